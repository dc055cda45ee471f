#pragma once

#include "model/generate/exporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Netpol {

// File > Export YAML: the layouts of `netpol generate` (one file, one file per namespace, or
// per-namespace files plus a kustomization.yaml) and where to write them.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString &designFile, QWidget *parent = nullptr);

    ExportLayout layout() const;
    QString target() const;

private:
    void browse();
    void layoutChanged();

    QComboBox *m_layout;
    QLineEdit *m_target;
    QLabel *m_help;
    QString m_designFile;
};

} // namespace Netpol
