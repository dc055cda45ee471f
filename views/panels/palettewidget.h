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
    struct Entry
    {
        QString id;
        QString title;
        QString description;
    };
    using Entries = QList<Entry>;

    explicit PaletteWidget(QWidget *parent = nullptr);

    static QIcon iconFor(const QString &templateId);
    static QString titleFor(const ElementTemplate &entry);
    static QString descriptionFor(const ElementTemplate &entry);
    // Whole designs to start from, listed with the presets; activating one (double-click or
    // Enter) asks for it as a new design. They are not dragged.
    void addDesignTemplates(const Entries &templates);
    // Draws the icons again in the current canvas theme's colours.
    void refreshIcons();

signals:
    // An entry was double-clicked (or Enter pressed on it): add it without dragging.
    void templateActivated(const QString &templateId);
    void designTemplateActivated(const QString &id);

protected:
    static QIcon designIcon();
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
};

} // namespace Netpol
