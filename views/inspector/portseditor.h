#pragma once

#include "model/design/design.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace Netpol {

// A workload's container ports: name (optional, an IANA service name), number and protocol,
// checked as they are edited and committed when the whole list is valid.
class PortsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PortsEditor(QWidget *parent = nullptr);

    void setPorts(const std::vector<ContainerPort> &ports); // without signals
    QTableWidget *table() const { return m_table; }
    QString error() const { return m_error; }

public slots:
    void addRow();
    void removeSelectedRows();

signals:
    void portsEdited(const std::vector<Netpol::ContainerPort> &ports);

private:
    void insertRow(const ContainerPort &port);
    void validateAndCommit();

    QTableWidget *m_table;
    QLabel *m_message;
    std::vector<ContainerPort> m_committed;
    QString m_error;
    bool m_loading = false;
};

} // namespace Netpol
