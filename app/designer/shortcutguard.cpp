#include "shortcutguard.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

namespace Netpol {

namespace {

// Does the text widget have an edit of its own that `sequence` (undo or redo) would act on?
bool fieldUsesUndo(QWidget *widget, const QKeySequence &sequence)
{
    const bool isUndo = QKeySequence::keyBindings(QKeySequence::Undo).contains(sequence);
    const bool isRedo = QKeySequence::keyBindings(QKeySequence::Redo).contains(sequence);
    if (!isUndo && !isRedo)
        return false;
    QLineEdit *line = qobject_cast<QLineEdit *>(widget);
    if (!line) {
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            line = spin->findChild<QLineEdit *>();
    }
    if (line)
        return isUndo ? line->isUndoAvailable() : line->isRedoAvailable();
    const QTextDocument *document = nullptr;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        document = plain->isReadOnly() ? nullptr : plain->document();
    else if (auto *rich = qobject_cast<QTextEdit *>(widget))
        document = rich->isReadOnly() ? nullptr : rich->document();
    if (document)
        return isUndo ? document->isUndoAvailable() : document->isRedoAvailable();
    return false;
}

bool isTextField(QObject *object)
{
    return qobject_cast<QLineEdit *>(object) || qobject_cast<QAbstractSpinBox *>(object)
           || qobject_cast<QPlainTextEdit *>(object) || qobject_cast<QTextEdit *>(object);
}

} // namespace

ShortcutGuard::ShortcutGuard(QWidget *window)
    : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

bool ShortcutGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !isTextField(watched))
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence sequence(key->keyCombination());
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut || !action->isEnabled()
            || !action->shortcuts().contains(sequence)) {
            continue;
        }
        if (fieldUsesUndo(widget, sequence))
            return false;
        key->ignore(); // not the field's: the shortcut goes to the window's action
        return true;
    }
    return false;
}

} // namespace Netpol
