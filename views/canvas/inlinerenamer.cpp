#include "views/canvas/inlinerenamer.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"

#include <QGraphicsItem>
#include <QKeyEvent>
#include <QLineEdit>

namespace Netpol {

InlineRenamer::InlineRenamer(DesignView *view)
    : QObject(view), m_view(view), m_editor(new QLineEdit(view->viewport()))
{
    m_editor->setObjectName(QStringLiteral("inlineRename"));
    m_editor->hide();
    m_editor->installEventFilter(this);
    connect(m_editor, &QLineEdit::returnPressed, this, &InlineRenamer::commit);
    connect(m_editor, &QLineEdit::editingFinished, this, &InlineRenamer::commit);
    // The design changed under the field (undo, another edit): the name may be stale.
    connect(view->designScene(), &QGraphicsScene::selectionChanged, this, &InlineRenamer::cancel);
}

bool InlineRenamer::isEditing() const
{
    return m_editor->isVisible();
}

bool InlineRenamer::start(const ElementRef &element)
{
    QGraphicsItem *item = m_view->designScene()->itemFor(element);
    QString name;
    switch (element.kind) {
    case ElementRef::Kind::Namespace:
        name = QString::fromStdString(element.ns);
        break;
    case ElementRef::Kind::Workload:
    case ElementRef::Kind::External:
        name = QString::fromStdString(element.name);
        break;
    default:
        return false;
    }
    if (!item)
        return false;
    m_element = element;
    m_view->ensureVisible(item);
    // Over the name: the top band of the card or the namespace's header.
    const QRectF box = item->sceneBoundingRect();
    const QPoint topLeft = m_view->mapFromScene(box.topLeft() + QPointF(8, 4));
    const int width = std::clamp(int(box.width() * m_view->zoom()) - 16, 120, 320);
    m_editor->setFont(CanvasStyle::titleFont());
    m_editor->setText(name);
    m_editor->selectAll();
    m_editor->setGeometry(QRect(topLeft, QSize(width, m_editor->sizeHint().height())));
    m_editor->show();
    m_editor->raise();
    m_editor->setFocus();
    return true;
}

void InlineRenamer::commit()
{
    if (!isEditing())
        return;
    const QString name = m_editor->text().trimmed();
    const ElementRef element = m_element;
    m_editor->blockSignals(true);
    m_editor->hide();
    m_editor->blockSignals(false);
    m_view->setFocus();
    if (!name.isEmpty())
        emit renameRequested(element, name);
}

void InlineRenamer::cancel()
{
    if (!isEditing())
        return;
    m_editor->blockSignals(true); // hiding it would finish the editing
    m_editor->hide();
    m_editor->blockSignals(false);
    m_view->setFocus();
}

bool InlineRenamer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancel();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Netpol
