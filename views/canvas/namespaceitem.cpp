#include "views/canvas/namespaceitem.h"

#include "views/canvas/fittedtext.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Netpol {

using namespace CanvasStyle;

namespace {

constexpr double kEdgeGrip = 7;

} // namespace

NamespaceItem::NamespaceItem(int index) : NodeItem(ElementRef::Kind::Namespace, index)
{
    setZValue(index);
}

QRectF NamespaceItem::boundingRect() const
{
    return m_rect.adjusted(-3, -9, kConnectorRadius + 4, 3);
}

QPainterPath NamespaceItem::shape() const
{
    return m_shape;
}

void NamespaceItem::updateShape()
{
    // United, not just added: with the default odd-even fill the dot's overlap with the frame
    // would be a hole, and a press on the connector would miss the item.
    QPainterPath frame;
    frame.addRect(m_rect.adjusted(-2, -2, 2, 2));
    QPainterPath dot;
    dot.addEllipse(connectorPos(), kConnectorRadius + 3, kConnectorRadius + 3);
    m_shape = frame.united(dot);
}

QPointF NamespaceItem::connectorPos() const
{
    return {m_rect.right(), m_rect.top() + kHeaderHeight / 2};
}

void NamespaceItem::setNamespace(const Namespace &ns)
{
    const QRectF rect(0, 0, ns.geometry.width, ns.geometry.height);
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
        updateShape();
    }
    m_ns = ns;
    QStringList labels;
    for (const auto &[key, value] : ns.labels)
        labels << QString::fromStdString(key + '=' + value);
    setToolTip(tr("<b>namespace %1</b><br>%2<br>labels: %3")
                   .arg(name(), denyText(),
                        labels.isEmpty() ? tr("none", "no labels") : labels.join(", ")));
    update();
}

QString NamespaceItem::denyText() const
{
    if (!m_ns.managed)
        return tr("unmanaged", "a namespace the design only references");
    if (m_ns.defaultDeny.ingress && m_ns.defaultDeny.egress)
        return tr("deny in + out", "default deny for ingress and egress");
    if (m_ns.defaultDeny.ingress)
        return tr("deny ingress");
    if (m_ns.defaultDeny.egress)
        return tr("deny egress");
    return tr("no default deny");
}

void NamespaceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool managed = m_ns.managed;
    const bool highlighted = isSelected() || isDropTarget();
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);

    const QColor border = managed ? managedBorder() : unmanagedBorder();
    QPen pen(highlighted ? selectionColor() : border, highlighted ? 2.5 : (managed ? 1.6 : 1.4));
    if (!managed && !highlighted)
        pen.setStyle(Qt::DashLine);
    painter->setPen(Qt::NoPen);
    painter->setBrush(managed ? managedFill() : unmanagedFill());
    painter->drawRoundedRect(m_rect, 9, 9);
    if (!managed && lod > 0.3) { // faint hatching marks "not ours"
        painter->save();
        QPainterPath clip;
        clip.addRoundedRect(m_rect, 9, 9);
        painter->setClipPath(clip);
        painter->setBrush(QBrush(current().hatch, Qt::BDiagPattern));
        painter->drawRect(m_rect);
        painter->restore();
    }

    // Header band (zoomed out a plain rectangle: no path to clip for each of hundreds).
    painter->setBrush(managed ? managedHeader() : unmanagedHeader());
    if (lod < 0.3) {
        painter->drawRect(QRectF(m_rect.topLeft(), QSizeF(m_rect.width(), kHeaderHeight)));
    } else {
        if (m_headerFor != m_rect) { // a path subtraction per frame cost more than the frame
            QPainterPath header;
            header.addRoundedRect(
                QRectF(m_rect.topLeft(), QSizeF(m_rect.width(), kHeaderHeight + 9)), 9, 9);
            QPainterPath below;
            below.addRect(QRectF(m_rect.left(), m_rect.top() + kHeaderHeight, m_rect.width(), 9));
            m_header = header.subtracted(below);
            m_headerFor = m_rect;
        }
        painter->drawPath(m_header);
    }
    painter->setPen(QPen(border.lighter(125), 1));
    painter->drawLine(QPointF(m_rect.left(), m_rect.top() + kHeaderHeight),
                      QPointF(m_rect.right(), m_rect.top() + kHeaderHeight));

    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_rect, 9, 9);

    if (lod < kNameplateZoom)
        return; // far out: the name is the scene's foreground (paintNameplate)
    // Name on the left, what the generator does here on the right.
    QFont title = titleFont();
    title.setItalic(!managed);
    const QFontMetricsF titleMetrics(title);
    const QFontMetricsF body(bodyFont());
    // The name comes first; the badge only where there is room after it.
    QString badge = denyText();
    double badgeWidth = body.horizontalAdvance(badge) + 14;
    const double baseline = m_rect.top()
        + (kHeaderHeight + titleMetrics.ascent() - titleMetrics.descent()) / 2;
    const double nameRoom = m_rect.width() - 24;
    const double nameWidth = std::min(titleMetrics.horizontalAdvance(name()), nameRoom);
    if (nameWidth + badgeWidth + 34 > m_rect.width()) {
        badge.clear();
        badgeWidth = 0;
    }

    painter->setFont(title);
    painter->setPen(managed ? textColor() : mutedText());
    const bool whole = showsFullText(this);
    const QString shownName = whole ? name()
                                    : titleMetrics.elidedText(name(), Qt::ElideMiddle, nameRoom);
    drawFittedText(painter, QPointF(m_rect.left() + 12, baseline), shownName, nameRoom,
                   Qt::ElideMiddle, whole);

    if (!m_ns.labels.empty() && lod > 0.5) {
        QStringList labels;
        for (const auto &[key, value] : m_ns.labels)
            labels << QString::fromStdString(key + '=' + value);
        const double x = m_rect.left() + 12
            + std::min(titleMetrics.horizontalAdvance(shownName), nameRoom) + 10;
        const double room = m_rect.width() - badgeWidth - 24 - (x - m_rect.left());
        if (room > 40) {
            painter->setFont(monoFont());
            painter->setPen(mutedText());
            drawFittedText(painter, QPointF(x, baseline), labels.join(", "), room,
                           Qt::ElideRight, whole);
        }
    }

    if (!badge.isEmpty()) {
        const QRectF badgeRect(m_rect.right() - badgeWidth - 10, m_rect.top() + 6, badgeWidth,
                               kHeaderHeight - 12);
        painter->setFont(bodyFont());
        painter->setPen(Qt::NoPen);
        painter->setBrush(managed ? current().managedBadgeFill : current().unmanagedBadgeFill);
        painter->drawRoundedRect(badgeRect, badgeRect.height() / 2, badgeRect.height() / 2);
        painter->setPen(managed ? current().managedBadgeText : mutedText());
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }

    if (isSelected() || isHovered()) { // resize grip
        painter->setPen(QPen(border, 1.2));
        const QPointF corner = m_rect.bottomRight() - QPointF(4, 4);
        for (int i = 1; i <= 3; ++i)
            painter->drawLine(corner - QPointF(4 * i, 0), corner - QPointF(0, 4 * i));
    }
    if (showsConnector())
        paintConnector(painter);
    paintProblem(painter);
}

int NamespaceItem::edgeAt(QPointF pos) const
{
    int edge = NoEdge;
    if (std::abs(pos.x() - m_rect.right()) <= kEdgeGrip && pos.y() > m_rect.top() + kHeaderHeight)
        edge |= RightEdge;
    if (std::abs(pos.y() - m_rect.bottom()) <= kEdgeGrip)
        edge |= BottomEdge;
    return edge;
}

void NamespaceItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    switch (edgeAt(event->pos())) {
    case RightEdge:
        setCursor(Qt::SizeHorCursor);
        break;
    case BottomEdge:
        setCursor(Qt::SizeVerCursor);
        break;
    case RightEdge | BottomEdge:
        setCursor(Qt::SizeFDiagCursor);
        break;
    default:
        unsetCursor();
    }
    NodeItem::hoverMoveEvent(event);
}

void NamespaceItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const int edge = event->button() == Qt::LeftButton ? edgeAt(event->pos()) : NoEdge;
    DesignScene *scene = designScene();
    if (edge != NoEdge && scene && !scene->isConnectMode()) {
        m_resizing = edge;
        m_resizeStart = m_rect;
        event->accept();
        return;
    }
    NodeItem::mousePressEvent(event);
}

void NamespaceItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing == NoEdge) {
        NodeItem::mouseMoveEvent(event);
        return;
    }
    const QPointF delta = event->pos() - event->buttonDownPos(Qt::LeftButton);
    QRectF rect = m_resizeStart;
    const bool snapping = designScene() && designScene()->snapsToGrid();
    if (m_resizing & RightEdge) {
        const double right = rect.right() + delta.x();
        rect.setRight(snapping ? snap(right + pos().x()) - pos().x() : right);
    }
    if (m_resizing & BottomEdge) {
        const double bottom = rect.bottom() + delta.y();
        rect.setBottom(snapping ? snap(bottom + pos().y()) - pos().y() : bottom);
    }
    rect.setWidth(std::max(rect.width(), kMinimumNamespaceSize.width()));
    rect.setHeight(std::max(rect.height(), kMinimumNamespaceSize.height()));
    prepareGeometryChange();
    m_rect = rect;
    updateShape();
    for (FlowItem *flow : flows())
        designScene()->updateFlowGeometry(flow);
    update();
}

void NamespaceItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing == NoEdge) {
        NodeItem::mouseReleaseEvent(event);
        return;
    }
    m_resizing = NoEdge;
    if (DesignScene *scene = designScene())
        scene->requestResize(this, QRectF(pos() + m_rect.topLeft(), m_rect.size()));
}

void NamespaceItem::paintNameplate(QPainter *painter, double lod) const
{
    // Far out: the name at a constant screen size on a pale pill, so Fit shows which namespace
    // is where. The scene draws it after every item: dense cards would cover it otherwise.
    const bool managed = m_ns.managed;
    painter->save();
    painter->setTransform(sceneTransform(), true);
    QFont face = titleFont();
    face.setItalic(!managed);
    face.setPixelSize(std::max(1, int(std::min(m_rect.height() * 0.3, 13.0 / lod))));
    const QFontMetricsF metrics(face);
    const double pad = 4 / lod;
    const QString text = metrics.elidedText(name(), Qt::ElideMiddle, m_rect.width() - 4 * pad);
    const QRectF pill(m_rect.left() + pad, m_rect.top() + pad,
                      metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad);
    painter->setPen(Qt::NoPen);
    painter->setBrush(current().nameplate);
    painter->drawRoundedRect(pill, pill.height() / 3, pill.height() / 3);
    painter->setFont(face);
    painter->setPen(managed ? textColor() : mutedText());
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace Netpol
