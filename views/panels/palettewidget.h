#pragma once

#include <QListWidget>

namespace Netpol {

struct ElementTemplate;

// The palette: what can be dragged onto the canvas (namespaces, workload kinds, externals and
// two presets), with icons drawn like the canvas draws the elements.
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    static QIcon iconFor(const QString &templateId);
    static QString titleFor(const ElementTemplate &entry);
    static QString descriptionFor(const ElementTemplate &entry);

signals:
    // An entry was double-clicked (or Enter pressed on it): add it without dragging.
    void templateActivated(const QString &templateId);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
};

} // namespace Netpol
