#pragma once

#include <QObject>

class QWidget;

namespace Netpol {

// Lets the window's own shortcuts (File, Edit's undo and redo, Export, Tools, View) work while a
// text field of the window has focus. A focused QLineEdit claims every key it has a binding
// for (Ctrl+E moves to the end of the line on X11) through a ShortcutOverride event, which
// would swallow the window's action; this guard refuses that claim for keys that match an
// enabled window-wide action, except undo and redo while the field has its own to undo, so
// typing, copy and paste in the field stay the field's.
class ShortcutGuard : public QObject
{
    Q_OBJECT

public:
    explicit ShortcutGuard(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace Netpol
