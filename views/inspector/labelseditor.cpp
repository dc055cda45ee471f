#include "views/inspector/labelseditor.h"

#include "views/inspector/fieldedit.h"

#include "model/k8s/k8snames.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>


namespace Netpol {

namespace {

QString joined(const std::vector<std::string> &messages)
{
    return QString::fromStdString(joinMessages(messages));
}

} // namespace

LabelsEditor::LabelsEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)), m_message(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    const TableEditorButtons buttons = layOutTableEditor(this, m_table, m_message, tr("Add label"));
    connect(buttons.add, &QToolButton::clicked, this, &LabelsEditor::addRow);
    connect(buttons.remove, &QToolButton::clicked, this, &LabelsEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, &LabelsEditor::cellChanged);
}

void LabelsEditor::setLabels(const Labels &labels)
{
    if (labels == m_committed && m_error.isEmpty() && m_table->rowCount() == int(labels.size()))
        return;
    m_loading = true;
    m_committed = labels;
    m_table->setRowCount(0);
    for (const auto &[key, value] : labels) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(key)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(value)));
    }
    m_loading = false;
    m_error.clear();
    m_message->hide();
}

void LabelsEditor::addRow()
{
    const int row = m_table->rowCount();
    m_loading = true;
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem);
    m_loading = false;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void LabelsEditor::removeSelectedRows()
{
    removeSelectedTableRows(m_table);
    validateAndCommit();
}

void LabelsEditor::cellChanged(QTableWidgetItem *)
{
    if (!m_loading)
        validateAndCommit();
}

void LabelsEditor::validateAndCommit()
{
    Labels labels;
    QStringList problems;
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *keyItem = m_table->item(row, 0);
        QTableWidgetItem *valueItem = m_table->item(row, 1);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text().trimmed() : QString();
        QString keyError, valueError;
        if (key.isEmpty() && value.isEmpty())
            continue; // a row still being filled in
        if (key.isEmpty())
            keyError = tr("a label needs a key");
        else if (const auto errors = qualifiedNameErrors(key.toStdString()); !errors.empty())
            keyError = tr("key \"%1\": %2").arg(key, joined(errors));
        else if (labels.count(key.toStdString()))
            keyError = tr("key \"%1\" is used twice").arg(key);
        if (const auto errors = labelValueErrors(value.toStdString()); !errors.empty())
            valueError = tr("value \"%1\": %2").arg(value, joined(errors));
        for (auto [item, error] :
             {std::pair(keyItem, keyError), std::pair(valueItem, valueError)}) {
            if (!item)
                continue;
            // A red tint, readable under the light and the dark theme's text.
            item->setBackground(error.isEmpty() ? QBrush()
                                                : QBrush(QColor(0xe5, 0x39, 0x35, 56)));
            item->setToolTip(error);
            if (!error.isEmpty())
                problems << error;
        }
        if (keyError.isEmpty())
            labels[key.toStdString()] = value.toStdString();
    }
    m_loading = false;
    m_error = problems.join('\n');
    m_message->setText(m_error);
    m_message->setVisible(!m_error.isEmpty());
    if (!m_error.isEmpty() || labels == m_committed)
        return;
    m_committed = labels;
    emit labelsEdited(labels);
}

} // namespace Netpol
