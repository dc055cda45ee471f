#pragma once

#include "model/graphviz/diagram.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Netpol {

// File > Export Diagram: where to write the Graphviz diagram (the extension picks DOT, SVG, PNG
// or PDF) and what `netpol dot` draws: the rank direction, DNS edges, port labels, the legend.
// The choices are remembered.
class DiagramDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiagramDialog(const QString &designFile, QWidget *parent = nullptr);

    QString target() const;
    DiagramOptions options() const;
    // The format the target's extension names, if it names one.
    static std::optional<DiagramFormat> formatOf(const QString &path);

private:
    void browse();
    void targetChanged();
    void saveChoices() const;

    QLineEdit *m_target;
    QLabel *m_format;
    QComboBox *m_rankdir;
    QCheckBox *m_dns;
    QCheckBox *m_labels;
    QCheckBox *m_legend;
    QPushButton *m_export;
};

} // namespace Netpol
