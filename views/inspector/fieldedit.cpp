#include "views/inspector/fieldedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>
#include <set>

namespace Netpol {

FieldEdit::FieldEdit(Validator validate, QWidget *parent)
    : QWidget(parent), m_validate(std::move(validate)), m_edit(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEdit::check);
    connect(m_edit, &QLineEdit::editingFinished, this, &FieldEdit::commit);
}

void FieldEdit::setText(const QString &text)
{
    m_committed = text;
    if (m_edit->text() != text)
        m_edit->setText(text);
    check();
}

QString FieldEdit::text() const
{
    return m_edit->text();
}

void FieldEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void FieldEdit::check()
{
    m_error = m_validate ? m_validate(m_edit->text()) : QString();
    m_message->setText(m_error);
    m_message->setVisible(!m_error.isEmpty());
    m_edit->setStyleSheet(
        m_error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    m_edit->setToolTip(m_error);
}

void FieldEdit::commit()
{
    check();
    if (!m_error.isEmpty() || m_edit->text() == m_committed)
        return;
    m_committed = m_edit->text();
    emit committed(m_committed);
}

void fitTableHeight(QTableWidget *table)
{
    const int rows = std::clamp(table->rowCount() + 1, 2, 6);
    const int height = table->horizontalHeader()->sizeHint().height()
        + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
    table->setFixedHeight(height);
}

void removeSelectedTableRows(QTableWidget *table)
{
    std::set<int, std::greater<int>> rows;
    for (const QTableWidgetItem *item : table->selectedItems())
        rows.insert(item->row());
    if (rows.empty() && table->currentRow() >= 0)
        rows.insert(table->currentRow());
    for (int row : rows)
        table->removeRow(row);
}

TableEditorButtons layOutTableEditor(QWidget *editor, QTableWidget *table, QLabel *message,
                                     const QString &addText)
{
    fitTableHeight(table);
    QObject::connect(table->model(), &QAbstractItemModel::rowsInserted, table,
                     [table] { fitTableHeight(table); });
    QObject::connect(table->model(), &QAbstractItemModel::rowsRemoved, table,
                     [table] { fitTableHeight(table); });

    TableEditorButtons buttons;
    buttons.add = new QToolButton(editor);
    buttons.add->setText(addText);
    buttons.add->setAutoRaise(true);
    buttons.remove = new QToolButton(editor);
    buttons.remove->setText(QObject::tr("Remove"));
    buttons.remove->setAutoRaise(true);

    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #c62828;"));
    message->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(buttons.add);
    row->addWidget(buttons.remove);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(table);
    layout->addLayout(row);
    layout->addWidget(message);
    return buttons;
}

} // namespace Netpol
