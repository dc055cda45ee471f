#include "views/canvas/flowitem.h"

#include "views/canvas/bundleitem.h"
#include "views/canvas/designscene.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/externalitem.h"
#include "views/canvas/fittedtext.h"
#include "views/canvas/corridorrouter.h"
#include "views/canvas/flowobstacles.h"
#include "views/canvas/flowrouter.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/nodeitem.h"
#include "views/canvas/workloaditem.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Netpol {

using namespace CanvasStyle;

namespace {

constexpr double kArrowLength = 11;
constexpr double kArrowHalfWidth = 5;
constexpr QSizeF kBadgeSize{CanvasMetrics::kEveryPodBadgeWidth, 22};
constexpr double kStubLength = CanvasMetrics::kEveryPodStub;
// Flows whose ends lie further apart than this (in either direction) cross namespaces: they are
// routed through the corridors between the frames (CorridorRouter), not among the cards near.
constexpr double kRoutedSpan = 1800;
// Unrelated long flows sharing a corridor run this far apart (a few tracks either side).
constexpr double kCorridorTrack = 5;
constexpr double kMaxPillText = 180; // a port pill no wider than a card's text

QString portsLabel(const Flow &flow)
{
    if (flow.ports.empty())
        return FlowItem::tr("all ports");
    QStringList parts;
    for (const FlowPort &p : flow.ports)
        parts << QString::fromStdString(p.toString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

FlowItem::FlowItem(int index) : m_index(index)
{
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption); // exposedRect, for clipping
    // Flows are drawn above the cards but never take a click from them: the scene picks a flow
    // only where no card or namespace header is (DesignScene::pickFlow).
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(2e6);
}

FlowItem::~FlowItem()
{
    setEnds(nullptr, nullptr);
}

void FlowItem::setFlow(const Flow &flow)
{
    m_flow = flow;
    const QString label = portsLabel(flow);
    if (label != m_label) {
        m_label = label;
        m_labelText.setText(label);
        updateGeometry();
    }
    setToolTip(tr("%1 → %2<br>ports: %3")
                   .arg(QString::fromStdString(flow.from.toString()),
                        QString::fromStdString(flow.to.toString()), m_label));
}

void FlowItem::updateContents()
{
    const auto *designScene = static_cast<const DesignScene *>(scene());
    const bool none = designScene && designScene->isZoomedOut() && !isSelected()
        && !isSuggestion();
    if (none != bool(flags() & ItemHasNoContents))
        setFlag(ItemHasNoContents, none);
}

QVariant FlowItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSceneHasChanged) {
        updateContents();
    } else if (change == ItemSelectedHasChanged) {
        const bool drawn = !(flags() & ItemHasNoContents);
        updateContents();
        // Deselected while zoomed out: the view no longer repaints an item without contents,
        // so the place where it was drawn is repainted through the scene.
        if (drawn && (flags() & ItemHasNoContents) && scene())
            scene()->update(sceneBoundingRect());
        else if (!drawn && !(flags() & ItemHasNoContents))
            update();
    }
    return QGraphicsItem::itemChange(change, value);
}

void FlowItem::setSuggestion(const QString &badge, const QString &tooltip)
{
    m_badge = badge;
    m_label = badge + QStringLiteral(" · ") + portsLabel(m_flow);
    m_labelText.setText(m_label);
    setToolTip(QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                   .arg(badge.toHtmlEscaped(), tooltip.toHtmlEscaped(),
                        tr("Click its label (or double-click the line) to add it as a "
                                    "flow, so both sides are generated; select it and press "
                                    "Delete to dismiss it.")));
    updateGeometry();
    updateContents();
}

void FlowItem::setEnds(NodeItem *from, NodeItem *to)
{
    if (from == m_from && to == m_to)
        return;
    if (m_from)
        m_from->detachFlow(this);
    if (m_to)
        m_to->detachFlow(this);
    m_from = from;
    m_to = to;
    if (m_from)
        m_from->attachFlow(this);
    if (m_to)
        m_to->attachFlow(this);
}

void FlowItem::nodeDestroyed(NodeItem *node)
{
    if (m_from == node)
        m_from = nullptr;
    if (m_to == node)
        m_to = nullptr;
    updateGeometry();
}

bool FlowItem::isComplete() const
{
    const bool fromAll = m_flow.from.kind == Endpoint::Kind::AllNamespaces;
    const bool toAll = m_flow.to.kind == Endpoint::Kind::AllNamespaces;
    return (m_from || fromAll) && (m_to || toAll) && (m_from || m_to);
}

void FlowItem::setProblem(std::optional<Severity> severity)
{
    if (m_problem == severity)
        return;
    m_problem = severity;
    update();
}

void FlowItem::setLane(double offset, double labelAt)
{
    if (offset == m_offset && labelAt == m_labelAt)
        return;
    m_offset = offset;
    m_labelAt = labelAt;
    updateGeometry();
}

void FlowItem::updateGeometry()
{
    // Straight at once, around the cards in the way soon after: the scene routes flows in
    // slices of its event loop (DesignScene::scheduleRoute), so opening a big design or
    // dragging a card never waits for the routes.
    // Only flows that are drawn are routed: paint() asks for the route when the flow shows at
    // a zoom where flows are drawn, so a zoomed-out view of thousands never routes them all.
    computeGeometry(false);
    m_routeStale = m_from && m_to && isVisible();
}

void FlowItem::rerouteLater()
{
    if (m_from && m_to && isVisible()) {
        m_routeStale = true;
        update();
    }
}

void FlowItem::routeNow()
{
    m_routeStale = false;
    computeGeometry(true);
}

bool FlowItem::routeAcross(const QRectF &a, const QRectF &b, bool near, QVector<QRectF> *obstacles)
{
    // A short flow the channels between its neighbours could not take around them searches the
    // same cards on a grid; a long one, the corridors between the namespaces on its way.
    ObstacleGrid grid;
    if (near) {
        for (const QRectF &rect : std::as_const(*obstacles))
            grid.add(rect);
    } else {
        grid = FlowObstacles::acrossNamespaces(scene(), m_from, m_to);
    }
    const double spread = double(m_index % 5 - 2) * kCorridorTrack;
    const QPolygonF around = CorridorRouter::route(a, b, m_offset, spread, grid);
    if (!around.isEmpty()) {
        m_route = around;
        if (near)
            return false;
        // Its label runs in a corridor beside other namespaces' frames: the scene's index
        // tells which cards it would cover.
        obstacles->clear();
        return true;
    }
    if (!near) { // no way through: straight, broken under what it crosses
        m_gaps = FlowObstacles::coveredAlong(scene(), QLineF(m_route.first(), m_route.last()),
                                             m_from, m_to);
        *obstacles = m_gaps; // and its label sits where it covers none of them
    }
    return false;
}

void FlowItem::computeGeometry(bool routed)
{
    // The bounding rectangle changes only in finishGeometry(): the scene is asked for the cards
    // near the route first, and its index must not see this item half changed.
    m_badgeRect = {};
    m_gaps.clear();
    if (!isComplete()) {
        prepareGeometryChange();
        m_line = {};
        m_arrow.clear();
        m_labelRect = {};
        m_bounds = {};
        m_shape.reset();
        setVisible(false);
        return;
    }
    setVisible(true);

    QPointF start, end;
    m_route.clear();
    QVector<QRectF> obstacles;
    bool cardsByIndex = false; // the label asks the scene's index for the cards it covers
    if (!m_from || !m_to) { // a */* end: a stub with a badge
        const QRectF node = (m_from ? m_from : m_to)->sceneFrame();
        if (m_from) {
            start = QPointF(node.right(), node.center().y() + m_offset);
            end = start + QPointF(kStubLength, 0);
            m_badgeRect = QRectF(end, kBadgeSize).translated(0, -kBadgeSize.height() / 2);
        } else {
            end = QPointF(node.left(), node.center().y() + m_offset);
            start = end - QPointF(kStubLength, 0);
            m_badgeRect = QRectF(start - QPointF(kBadgeSize.width(), kBadgeSize.height() / 2),
                                 kBadgeSize);
        }
    } else {
        const QRectF a = m_from->sceneFrame();
        const QRectF b = m_to->sceneFrame();
        if (b.contains(a)) { // a workload to its own namespace: up into the header
            start = QPointF(a.center().x() + m_offset, a.top());
            end = QPointF(start.x(), b.top() + kHeaderHeight);
        } else if (a.contains(b)) {
            start = QPointF(b.center().x() - m_offset, a.top() + kHeaderHeight);
            end = QPointF(start.x(), b.top());
        } else {
            const QRectF both = a | b;
            const bool near = both.width() <= kRoutedSpan && both.height() <= kRoutedSpan;
            if (routed && near)
                obstacles = FlowObstacles::near(scene(), both.adjusted(-200, -200, 200, 200),
                                                m_from, m_to);
            m_route = FlowRouter::route(a, b, m_offset, obstacles);
            if (routed && (!near || FlowRouter::crossings(m_route, obstacles) > 0))
                cardsByIndex = routeAcross(a, b, near, &obstacles);
            start = m_route.first();
            end = m_route.last();
        }
    }
    if (m_route.isEmpty())
        m_route = QPolygonF{start, end};
    m_line = QLineF(start, end);

    // Arrow head at the destination, along the route's last segment; the line stops where the
    // head begins.
    m_arrow.clear();
    const QLineF last(m_route[m_route.size() - 2], m_route.last());
    const double length = last.length();
    if (length > 0.5) {
        const QPointF dir = (last.p2() - last.p1()) / length;
        const QPointF n(-dir.y(), dir.x());
        const QPointF base = end - dir * std::min(kArrowLength, length);
        m_arrow << end << base + n * kArrowHalfWidth << base - n * kArrowHalfWidth;
    }

    const QFontMetricsF metrics(smallFont());
    // A long list of ports is elided on screen (the tooltip has it whole), whole in an export.
    const double advance = m_labelText.advance(smallFont());
    const double textWidth = showsFullText(this) ? advance : std::min(advance, kMaxPillText);
    const QSizeF labelSize(textWidth + 12, metrics.height() + 4);
    QPointF at = m_line.pointAt(m_labelAt);
    const double along = std::abs(m_line.dx()) * labelSize.width() / std::max(1.0, length)
        + std::abs(m_line.dy()) * labelSize.height() / std::max(1.0, length);
    if (length > 0.5 && length < along + 2 * kArrowLength + 8) {
        // Too short to carry its label: the label goes beside the arrow (outwards for a lane,
        // above or to the right for a lone flow), so the arrow stays visible.
        QPointF side(-m_line.dy() / length, m_line.dx() / length);
        if (m_offset < 0 || (m_offset == 0 && (side.y() > 0 || (side.y() == 0 && side.x() < 0))))
            side = -side;
        const double away = std::abs(side.y()) * labelSize.height() / 2
            + std::abs(side.x()) * labelSize.width() / 2 + 4;
        at += side * away;
    }
    m_labelRect = QRectF(at - QPointF(labelSize.width() / 2, labelSize.height() / 2), labelSize);
    if (m_route.size() > 2 || !obstacles.isEmpty()) {
        // The label sits on the route where it covers no card and not the arrow head.
        const QRectF head = m_arrow.boundingRect().adjusted(-2, -2, 2, 2);
        auto pillAt = [&](double fraction) {
            const QPointF c = FlowRouter::pointAlong(m_route, fraction);
            return QRectF(c - QPointF(labelSize.width() / 2, labelSize.height() / 2), labelSize);
        };
        auto free = [&](const QRectF &pill) {
            return !pill.intersects(head)
                && std::none_of(obstacles.begin(), obstacles.end(),
                                [&](const QRectF &r) { return r.intersects(pill); })
                && (!cardsByIndex || FlowObstacles::near(scene(), pill, m_from, m_to).isEmpty());
        };
        if (m_route.size() > 2 || !free(m_labelRect)) {
            if (m_route.size() > 2)
                m_labelRect = pillAt(m_labelAt);
            for (double fraction : {m_labelAt, 0.5, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85}) {
                if (free(pillAt(fraction))) {
                    m_labelRect = pillAt(fraction);
                    break;
                }
            }
        }
    }
    finishGeometry();
}

void FlowItem::finishGeometry()
{
    prepareGeometryChange();
    // The shape (for hit tests) is built when first asked for; a drag moves many flows and
    // asks for none.
    m_shape.reset();
    QRectF bounds = m_route.boundingRect().adjusted(-5, -5, 5, 5);
    bounds |= m_arrow.boundingRect();
    bounds |= m_labelRect;
    if (!m_badgeRect.isNull())
        bounds |= m_badgeRect;
    m_bounds = bounds.adjusted(-2, -2, 2, 2);
}

QPainterPath FlowItem::shape() const
{
    if (!m_shape) {
        QPainterPath path;
        if (!m_line.isNull()) {
            QPainterPath line;
            line.addPolygon(m_route);
            QPainterPathStroker stroker;
            stroker.setWidth(9);
            path = stroker.createStroke(line);
            path.addPolygon(m_arrow);
            path.addRect(m_labelRect);
            if (!m_badgeRect.isNull())
                path.addRect(m_badgeRect);
        }
        m_shape = path;
    }
    return *m_shape;
}

void FlowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_line.isNull())
        return;
    if (const auto *designScene = static_cast<const DesignScene *>(scene());
        designScene && designScene->isFaded(this))
        painter->setOpacity(0.15); // not about the selection: in the background
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < BundleItem::kZoom && !isSelected() && !isSuggestion())
        return; // zoomed out: the namespaces' bundles stand for the flows
    if (m_routeStale) {
        if (auto *designScene = dynamic_cast<DesignScene *>(scene()))
            designScene->scheduleRoute(this); // drawn straight now, routed in a moment
    }
    const QColor warning = current().suggestion; // readable as a label colour
    const QColor color = isSelected() ? selectionColor() : isSuggestion() ? warning : flowColor();
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);

    const QLineF last(m_route[m_route.size() - 2], m_route.last());
    const double length = last.length();
    const QPointF dir = length > 0 ? (last.p2() - last.p1()) / length : QPointF();
    // A one-pixel cosmetic pen takes the raster engine's fast path; anything wider is stroked
    // as a path and costs ten times as much per line (measured by bench_canvas). Only the part
    // in the exposed area is drawn, so a long flow crossing the window costs its visible part.
    // A selected flow is two one-pixel lines side by side rather than one wide line: after
    // Select All thousands of them are drawn, and each wide one would be stroked as a path.
    const bool doubled = isSelected() && !isSuggestion();
    QPen pen(color, isSelected() && !doubled ? 2.4 : isSuggestion() ? 1.6 : 1,
             isSuggestion() ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
    pen.setCosmetic(!isSuggestion());
    painter->setPen(pen);
    const double halfWidth = 0.6 / std::max(lod, 1e-3); // in scene units: 0.6 pixels
    auto drawShaft = [&](const QLineF &part) {
        const double across = halfWidth / std::max(part.length(), 1e-9);
        const QPointF side = QPointF(-part.dy(), part.dx()) * across;
        painter->drawLine(doubled ? part.translated(side) : part);
        if (doubled)
            painter->drawLine(part.translated(-side));
    };
    const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
    for (int i = 0; i + 1 < m_route.size(); ++i) {
        const bool lastSegment = i + 2 == m_route.size();
        const QLineF shaft(m_route[i], lastSegment ? m_route[i + 1] - dir * std::min(kArrowLength - 1, length)
                                                   : m_route[i + 1]);
        if (const auto visible = FlowRouter::clip(shaft, exposed)) {
            if (m_gaps.isEmpty()) {
                drawShaft(*visible);
            } else {
                for (const QLineF &part : FlowObstacles::outside(*visible, m_gaps))
                    drawShaft(part);
            }
        }
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);

    if (lod < 0.45)
        return;
    if (!m_badgeRect.isNull()) {
        painter->setPen(QPen(color, 1.2, Qt::DashLine));
        painter->setBrush(current().stubFill);
        painter->drawRoundedRect(m_badgeRect, 5, 5);
        painter->setFont(smallFont());
        painter->setPen(textColor());
        painter->drawText(m_badgeRect, Qt::AlignCenter, tr("*/* every pod", "the badge of a flow to all pods of all namespaces"));
    }
    const QColor rim = m_problem == Severity::Error ? errorColor()
        : m_problem == Severity::Warning || isSuggestion() ? current().warningLine
        : isSelected()                              ? selectionColor()
                                                    : current().labelBorder;
    painter->setPen(QPen(rim, m_problem ? 1.6 : 1));
    painter->setBrush(current().labelFill);
    painter->drawRoundedRect(m_labelRect, m_labelRect.height() / 2, m_labelRect.height() / 2);
    painter->setFont(smallFont());
    painter->setPen(isSuggestion() ? warning : m_flow.ports.empty() ? errorColor() : textColor());
    const QFontMetricsF metrics(smallFont());
    const double room = m_labelRect.width() - 12;
    const double textWidth = std::min(m_labelText.advance(smallFont()), room);
    m_labelText.draw(painter,
                     QPointF(m_labelRect.center().x() - textWidth / 2,
                             m_labelRect.center().y() + (metrics.ascent() - metrics.descent()) / 2),
                     room, Qt::ElideRight, showsFullText(this));
}

} // namespace Netpol
