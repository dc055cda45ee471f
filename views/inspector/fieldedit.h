#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTableWidget;
class QToolButton;

namespace Netpol {

// A line edit checked as the user types: `validate` returns what is wrong (empty when the text
// is fine), shown right under the field in red (word-wrapped, never clipped, scrolled into
// view) with a red frame on the field. The text is committed (Enter or leaving the field) only
// when it is valid and changed. What the field shows is what is applied: rejected text stays
// only while the field has focus (leaving it puts the applied value back), and Esc puts the
// applied value back at once.
class FieldEdit : public QWidget
{
    Q_OBJECT

public:
    using Validator = std::function<QString(const QString &)>;

    explicit FieldEdit(Validator validate, QWidget *parent = nullptr);

    void setText(const QString &text); // shown as committed, without signals
    QString text() const;
    QString error() const { return m_error; }
    QString committedText() const { return m_committed; }
    // Checks the text again (for validators that depend on more than the text).
    void recheck() { check(); }
    QLineEdit *lineEdit() const { return m_edit; }
    void setPlaceholderText(const QString &text);

signals:
    void committed(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void check();
    void commit();
    void revert();
    void fitMessage();

    Validator m_validate;
    QLineEdit *m_edit;
    QLabel *m_message;
    QString m_committed;
    QString m_error;
};

// Sizes a small editing table to its rows (one empty row to spare, at most a handful shown).
void fitTableHeight(QTableWidget *table);

// What the inspector's small table editors (labels, ports) share: the table keeps fitting its
// rows, "Add ..." and "Remove" buttons sit under it, and a red message line under those.
// Lays them out in `editor` and returns the buttons for the editor to connect.
struct TableEditorButtons
{
    QToolButton *add = nullptr;
    QToolButton *remove = nullptr;
};
// Removes the rows holding selected cells, or else the current row.
void removeSelectedTableRows(QTableWidget *table);

TableEditorButtons layOutTableEditor(QWidget *editor, QTableWidget *table, QLabel *message,
                                     const QString &addText);

} // namespace Netpol
