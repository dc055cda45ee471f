#include "views/inspector/fieldedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
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
    m_message->setObjectName(QStringLiteral("fieldMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    // Grows with its lines: a wrapped message takes the height it needs in the form.
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEdit::check);
    connect(m_edit, &QLineEdit::editingFinished, this, &FieldEdit::commit);
}

bool FieldEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && m_edit->text() != m_committed) {
        revert();
        return true; // the field's Esc; the canvas's Esc (clear the selection) is not meant
    }
    if (watched == m_edit && event->type() == QEvent::FocusOut && !m_error.isEmpty()) {
        // Leaving the field with rejected text: show what is applied again.
        revert();
    }
    return QWidget::eventFilter(watched, event);
}

void FieldEdit::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitMessage();
}

// Forms and stacked pages do not pass height-for-width on, so a wrapped message would get the
// height of one line: its minimum height is set to what its lines need at its width.
void FieldEdit::fitMessage()
{
    if (m_message->isHidden()) {
        m_message->setMinimumHeight(0);
        return;
    }
    const int width = std::max(m_message->width(), m_edit->width());
    const int needed = m_message->heightForWidth(width);
    if (needed > 0 && needed != m_message->minimumHeight())
        m_message->setMinimumHeight(needed);
}

void FieldEdit::revert()
{
    m_edit->setText(m_committed);
    check();
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
    fitMessage();
    if (!m_error.isEmpty()) {
        // The message is under the field: keep both in sight in the inspector's scroll area.
        for (QWidget *p = parentWidget(); p; p = p->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
                scroll->ensureWidgetVisible(this, 0, 8);
                break;
            }
        }
    }
}

void FieldEdit::commit()
{
    check();
    if (!m_error.isEmpty()) {
        if (!m_edit->hasFocus())
            revert(); // Enter keeps the rejected text to fix; leaving the field does not
        return;
    }
    if (m_edit->text() == m_committed)
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
