// DesignScene's gestures: moving, drawing flows, dropping palette entries. (The scene's other
// half, following the design, is in designscene.cpp.)

#include "views/canvas/designscene.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/externalitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/flowroutequeue.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"
#include "views/common/designsource.h"

#include "model/design/elementtemplate.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>

namespace Netpol {

using namespace CanvasStyle;

namespace {

std::optional<ElementTemplate> templateOf(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(DesignScene::kTemplateMimeType))
        return std::nullopt;
    return parseTemplateId(
        QString::fromUtf8(mime->data(DesignScene::kTemplateMimeType)).toStdString());
}

// Where a dropped element's top-left corner goes, for a drop at `pos`.
QPointF dropPosition(const ElementTemplate &t, QPointF pos)
{
    switch (t.type) {
    case ElementTemplate::Type::Workload:
        return snap(pos - QPointF(kWorkloadSize.width() / 2, kWorkloadSize.height() / 2));
    case ElementTemplate::Type::External:
        return snap(pos - QPointF(kExternalSize.width() / 2, kExternalSize.height() / 2));
    default:
        return snap(pos - QPointF(40, kHeaderHeight / 2));
    }
}

} // namespace

QPointF DesignScene::constrainedPosition(NodeItem *item, QPointF proposed) const
{
    const auto start = m_moveStart.constFind(item);
    if (start == m_moveStart.constEnd() || !m_snap)
        return proposed;
    // Every moved item gets the same snapped offset, so the selection keeps its shape.
    const QPointF delta = proposed - *start;
    return *start + QPointF(snap(delta.x()), snap(delta.y()));
}

void DesignScene::requestResize(NamespaceItem *item, const QRectF &geometry)
{
    emit resizeRequested(item->index(), geometry);
    resyncNodes({item}); // back to the design's size if the request was refused
}

void DesignScene::nudgeSelection(QPointF delta)
{
    const QList<ElementRef> elements = selectedElements();
    QList<ElementRef> movable;
    for (const ElementRef &e : elements) {
        if (e.kind != ElementRef::Kind::Flow)
            movable.append(e);
    }
    if (!movable.isEmpty())
        emit moveRequested(movable, delta, true);
}

void DesignScene::setDropTarget(NodeItem *node)
{
    if (m_dropTarget == node)
        return;
    if (m_dropTarget)
        m_dropTarget->setDropTarget(false);
    m_dropTarget = node;
    if (m_dropTarget)
        m_dropTarget->setDropTarget(true);
}

// --- Drawing a flow ---------------------------------------------------------------------------

void DesignScene::startDraft(NodeItem *source, QPointF scenePos)
{
    m_draftSource = source;
    m_draftLine = new QGraphicsLineItem;
    QPen pen(selectionColor(), 1.8, Qt::DashLine, Qt::RoundCap);
    m_draftLine->setPen(pen);
    m_draftLine->setZValue(3e6);
    const QPointF from = source->isOnConnector(source->mapFromScene(scenePos))
        ? source->mapToScene(source->connectorPos())
        : scenePos;
    m_draftLine->setLine(QLineF(from, scenePos));
    addItem(m_draftLine);
}

void DesignScene::finishDraft(QPointF scenePos)
{
    NodeItem *source = m_draftSource;
    m_picking = false;
    delete m_draftLine; // gone before the hit test
    m_draftLine = nullptr;
    m_draftSource = nullptr;
    setDropTarget(nullptr);
    if (!source)
        return;
    NodeItem *target = nodeAt(scenePos, source);
    if (!target) {
        emit refused(tr("Release the flow on a workload, a namespace or an external"), scenePos);
        return;
    }
    if (std::exchange(m_draftReversed, false))
        emit connectRequested(refFor(target), refFor(source));
    else
        emit connectRequested(refFor(source), refFor(target));
}

// --- Mouse --------------------------------------------------------------------------------------

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_picking) { // Add Flow From/To Here: this click ends it
        if (event->button() == Qt::LeftButton)
            finishFlowPick(event->scenePos());
        else
            cancelFlowPick();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && !m_connectMode
        && activateSuggestionAt(event->scenePos(), true)) {
        event->accept(); // one click on a suggested flow's label adds it
        return;
    }
    if (event->button() == Qt::LeftButton && !m_draftSource && !m_connectMode
        && pickFlow(event->scenePos(), event->modifiers())) {
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && !m_draftSource) {
        NodeItem *node = nodeAt(event->scenePos());
        if (node && (m_connectMode || node->isOnConnector(node->mapFromScene(event->scenePos())))) {
            startDraft(node, event->scenePos());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton || m_connectMode)
        return;
    // Remember where the items that will move start from; a workload's frame comes to the front
    // so it stays visible while dragged over other namespaces.
    m_moveStart.clear();
    m_pressScenePos = event->scenePos();
    for (QGraphicsItem *item : selectedItems()) {
        if (!(item->flags() & QGraphicsItem::ItemIsMovable))
            continue;
        bool carried = false;
        for (QGraphicsItem *p = item->parentItem(); p; p = p->parentItem())
            carried = carried || p->isSelected();
        if (carried)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        m_moveStart.insert(node, node->pos());
        if (auto *ns = qgraphicsitem_cast<NamespaceItem *>(node->parentItem())) {
            m_raised.insert(ns, ns->zValue());
            ns->setZValue(1e5);
        }
    }
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_draftLine) {
        m_draftLine->setLine(QLineF(m_draftLine->line().p1(), event->scenePos()));
        setDropTarget(nodeAt(event->scenePos(), m_draftSource));
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (!m_moveStart.isEmpty() && (event->buttons() & Qt::LeftButton)) {
        // Show the namespace a single dragged workload would land in.
        NamespaceItem *target = nullptr;
        if (m_moveStart.size() == 1) {
            if (auto *w = qgraphicsitem_cast<WorkloadItem *>(m_moveStart.constBegin().key())) {
                target = namespaceAt(w->sceneFrame().center());
                if (target == w->parentItem())
                    target = nullptr;
            }
        }
        setDropTarget(target);
    }
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_draftLine && event->button() == Qt::LeftButton) {
        finishDraft(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        endMove();
}

void DesignScene::endMove()
{
    const QHash<NodeItem *, QPointF> moved = std::exchange(m_moveStart, {});
    for (auto it = m_raised.cbegin(); it != m_raised.cend(); ++it)
        it.key()->setZValue(it.value());
    m_raised.clear();
    setDropTarget(nullptr);
    if (moved.isEmpty())
        return;
    NodeItem *first = moved.constBegin().key();
    const QPointF delta = first->pos() - moved.constBegin().value();
    if (delta.isNull())
        return;
    QList<ElementRef> elements;
    QList<NodeItem *> nodes;
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        elements.append(refFor(it.key()));
        nodes.append(it.key());
    }
    // The routes the cards crossed on their way are kept while dragging: the ones passing
    // where a card was, or now is, are routed again.
    QList<QRectF> crossed;
    for (NodeItem *node : std::as_const(nodes))
        crossed << node->sceneFrame() << node->sceneFrame().translated(-delta);
    emit moveRequested(elements, delta, false);
    resyncNodes(nodes); // where the design says they are (back where they were, if refused)
    constexpr int kMaxRerouted = 400; // a bigger move leaves the routes to its flows' ends
    if (crossed.size() <= kMaxRerouted)
        for (const QRectF &rect : std::as_const(crossed))
            m_routes->rerouteThrough(this, rect);
}

// --- Dropping palette entries ----------------------------------------------------------------

void DesignScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    m_lastHint.clear();
    event->setAccepted(templateOf(event->mimeData()).has_value());
}

void DesignScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto t = templateOf(event->mimeData());
    if (!t) {
        event->ignore();
        return;
    }
    // Accepted everywhere, so that a drop in the wrong place can say why it is refused.
    NamespaceItem *ns = namespaceAt(event->scenePos());
    QString hint;
    if (t->needsNamespace()) {
        hint = ns ? tr("Drop to add a %1 to namespace %2")
                        .arg(QString::fromStdString(t->title()), ns->name())
                  : tr("A workload goes inside a namespace frame");
    }
    if (hint != m_lastHint) {
        m_lastHint = hint;
        emit this->hint(hint);
    }
    setDropTarget(t->needsNamespace() ? ns : nullptr);
    event->acceptProposedAction();
}

void DesignScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    setDropTarget(nullptr);
    event->accept();
}

void DesignScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    setDropTarget(nullptr);
    const auto t = templateOf(event->mimeData());
    if (!t) {
        event->ignore();
        return;
    }
    if (t->needsNamespace() && !namespaceAt(event->scenePos())) {
        emit refused(tr("A workload lives in a namespace: drop it inside a namespace frame"),
                     event->scenePos());
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit createRequested(QString::fromStdString(t->id()), event->scenePos(),
                         dropPosition(*t, event->scenePos()));
}

} // namespace Netpol
