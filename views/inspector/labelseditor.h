#pragma once

#include "model/k8s/labels.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace Netpol {

// A key/value table for a label map, checked against Kubernetes' label rules as cells are
// edited. A valid map is committed at once; an invalid cell is marked with its message and
// nothing is committed until it is fixed.
class LabelsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LabelsEditor(QWidget *parent = nullptr);

    void setLabels(const Labels &labels); // without signals
    Labels committedLabels() const { return m_committed; }
    QTableWidget *table() const { return m_table; }
    QString error() const { return m_error; }

public slots:
    void addRow();
    void removeSelectedRows();

signals:
    void labelsEdited(const Netpol::Labels &labels);

private:
    void cellChanged(QTableWidgetItem *item);
    void validateAndCommit();

    QTableWidget *m_table;
    QLabel *m_message;
    Labels m_committed;
    QString m_error;
    bool m_loading = false;
};

} // namespace Netpol
