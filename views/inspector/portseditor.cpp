#include "views/inspector/portseditor.h"

#include "views/inspector/fieldedit.h"

#include "model/k8s/k8snames.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>

#include <set>

namespace Netpol {

PortsEditor::PortsEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 3, this)), m_message(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Port"), tr("Protocol")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const TableEditorButtons buttons = layOutTableEditor(this, m_table, m_message, tr("Add port"));
    connect(buttons.add, &QToolButton::clicked, this, &PortsEditor::addRow);
    connect(buttons.remove, &QToolButton::clicked, this, &PortsEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            validateAndCommit();
    });
}

void PortsEditor::insertRow(const ContainerPort &port)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(port.name)));
    m_table->setItem(row, 1,
                     new QTableWidgetItem(port.port ? QString::number(port.port) : QString()));
    auto *protocol = new QComboBox(m_table);
    for (Protocol p : kAllProtocols)
        protocol->addItem(QString::fromStdString(std::string(protocolName(p))));
    protocol->setCurrentText(QString::fromStdString(std::string(protocolName(port.protocol))));
    protocol->setFrame(false);
    connect(protocol, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            validateAndCommit();
    });
    m_table->setCellWidget(row, 2, protocol);
}

void PortsEditor::setPorts(const std::vector<ContainerPort> &ports)
{
    if (ports == m_committed && m_error.isEmpty() && m_table->rowCount() == int(ports.size()))
        return;
    m_loading = true;
    m_committed = ports;
    m_table->setRowCount(0);
    for (const ContainerPort &p : ports)
        insertRow(p);
    m_loading = false;
    m_error.clear();
    m_message->hide();
}

void PortsEditor::addRow()
{
    m_loading = true;
    insertRow(ContainerPort{});
    m_loading = false;
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 1);
    m_table->editItem(m_table->item(row, 1));
}

void PortsEditor::removeSelectedRows()
{
    removeSelectedTableRows(m_table);
    validateAndCommit();
}

void PortsEditor::validateAndCommit()
{
    std::vector<ContainerPort> ports;
    QStringList problems;
    std::set<std::string> names;
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *nameItem = m_table->item(row, 0);
        QTableWidgetItem *portItem = m_table->item(row, 1);
        const auto *protocolBox = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
        const QString name = nameItem ? nameItem->text().trimmed() : QString();
        const QString number = portItem ? portItem->text().trimmed() : QString();
        if (name.isEmpty() && number.isEmpty())
            continue; // being filled in
        QString nameError, portError;
        if (!name.isEmpty()) {
            if (const auto errors = portNameErrors(name.toStdString()); !errors.empty())
                nameError
                    = tr("name \"%1\": %2").arg(name, QString::fromStdString(joinMessages(errors)));
            else if (!names.insert(name.toStdString()).second)
                nameError = tr("name \"%1\" is used twice").arg(name);
        }
        bool ok = false;
        const long long value = number.toLongLong(&ok);
        if (!ok)
            portError = tr("port \"%1\" is not a number").arg(number);
        else if (const auto errors = portNumberErrors(value); !errors.empty())
            portError = tr("port %1: %2").arg(number, QString::fromStdString(joinMessages(errors)));
        for (auto [item, error] :
             {std::pair(nameItem, nameError), std::pair(portItem, portError)}) {
            if (!item)
                continue;
            // A red tint, readable under the light and the dark theme's text.
            item->setBackground(error.isEmpty() ? QBrush()
                                                : QBrush(QColor(0xe5, 0x39, 0x35, 56)));
            item->setToolTip(error);
            if (!error.isEmpty())
                problems << error;
        }
        const auto protocol = parseProtocol(protocolBox ? protocolBox->currentText().toStdString()
                                                        : "TCP");
        ports.push_back({name.toStdString(), int(value), protocol.value_or(Protocol::TCP)});
    }
    m_loading = false;
    m_error = problems.join('\n');
    m_message->setText(m_error);
    m_message->setVisible(!m_error.isEmpty());
    if (!m_error.isEmpty() || ports == m_committed)
        return;
    m_committed = ports;
    emit portsEdited(ports);
}

} // namespace Netpol
