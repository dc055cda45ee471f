#include "views/canvas/nodeitem.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/canvas/flowitem.h"

#include <QPainter>

namespace Netpol {

NodeItem::NodeItem(ElementRef::Kind kind, int index, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_kind(kind), m_index(index)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsScenePositionChanges
             | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
}

NodeItem::~NodeItem()
{
    for (FlowItem *flow : std::as_const(m_flows))
        flow->nodeDestroyed(this);
}

QPointF NodeItem::connectorPos() const
{
    const QRectF frame = frameRect();
    return {frame.right(), frame.center().y()};
}

bool NodeItem::isOnConnector(QPointF itemPos) const
{
    const QPointF d = itemPos - connectorPos();
    const double reach = CanvasStyle::kConnectorRadius + 4;
    return d.x() * d.x() + d.y() * d.y() <= reach * reach;
}

void NodeItem::attachFlow(FlowItem *flow)
{
    if (!m_flows.contains(flow))
        m_flows.append(flow);
}

void NodeItem::detachFlow(FlowItem *flow)
{
    m_flows.removeOne(flow);
}

void NodeItem::setProblem(std::optional<Severity> severity)
{
    if (m_problem == severity)
        return;
    m_problem = severity;
    update();
}

void NodeItem::paintProblem(QPainter *painter) const
{
    if (!m_problem)
        return;
    const QRectF frame = frameRect();
    const QPointF centre(frame.right() - 2, frame.top() + 2);
    const QColor colour = *m_problem == Severity::Error ? CanvasStyle::errorColor()
        : *m_problem == Severity::Warning               ? CanvasStyle::current().warningLine
                                                        : CanvasStyle::selectionColor();
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(colour);
    painter->drawEllipse(centre, 8, 8);
    QFont font = CanvasStyle::titleFont();
    font.setPointSizeF(8);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(centre - QPointF(8, 8), QSizeF(16, 16)), Qt::AlignCenter,
                      *m_problem == Severity::Info ? QStringLiteral("i") : QStringLiteral("!"));
}

void NodeItem::setDropTarget(bool target)
{
    if (m_dropTarget == target)
        return;
    m_dropTarget = target;
    update();
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) {
        if (DesignScene *scene = designScene())
            return scene->constrainedPosition(this, value.toPointF());
    } else if (change == ItemScenePositionHasChanged) {
        for (FlowItem *flow : std::as_const(m_flows))
            flow->updateGeometry();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

DesignScene *NodeItem::designScene() const
{
    return static_cast<DesignScene *>(scene());
}

bool NodeItem::showsConnector() const
{
    const DesignScene *s = designScene();
    return m_hovered || isSelected() || (s && s->isConnectMode());
}

void NodeItem::paintConnector(QPainter *painter) const
{
    const QPointF c = connectorPos();
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(CanvasStyle::selectionColor());
    painter->drawEllipse(c, CanvasStyle::kConnectorRadius, CanvasStyle::kConnectorRadius);
}

} // namespace Netpol
