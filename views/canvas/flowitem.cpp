#include "views/canvas/flowitem.h"

#include "views/canvas/bundleitem.h"
#include "views/canvas/designscene.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/nodeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <optional>

namespace Netpol {

using namespace CanvasStyle;

namespace {

constexpr double kArrowLength = 11;
constexpr double kArrowHalfWidth = 5;
constexpr QSizeF kBadgeSize{CanvasMetrics::kEveryPodBadgeWidth, 22};
constexpr double kStubLength = CanvasMetrics::kEveryPodStub;

// Where the segment from `inside` towards `towards` leaves `rect` (or `inside` when it starts
// outside).
QPointF exitPoint(const QRectF &rect, QPointF inside, QPointF towards)
{
    const QPointF d = towards - inside;
    double t = 1;
    if (d.x() > 0)
        t = std::min(t, (rect.right() - inside.x()) / d.x());
    else if (d.x() < 0)
        t = std::min(t, (rect.left() - inside.x()) / d.x());
    if (d.y() > 0)
        t = std::min(t, (rect.bottom() - inside.y()) / d.y());
    else if (d.y() < 0)
        t = std::min(t, (rect.top() - inside.y()) / d.y());
    return inside + d * std::max(0.0, t);
}

// The part of `line` inside `rect` (Liang-Barsky), if any.
std::optional<QLineF> clipped(const QLineF &line, const QRectF &rect)
{
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                        rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

QString portsLabel(const Flow &flow)
{
    if (flow.ports.empty())
        return QStringLiteral("all ports");
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
        updateGeometry();
    }
    setToolTip(QStringLiteral("%1 → %2<br>ports: %3")
                   .arg(QString::fromStdString(flow.from.toString()),
                        QString::fromStdString(flow.to.toString()), m_label));
}

void FlowItem::setSuggestion(const QString &badge, const QString &tooltip)
{
    m_badge = badge;
    m_label = badge + QStringLiteral(" · ") + portsLabel(m_flow);
    setToolTip(QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                   .arg(badge.toHtmlEscaped(), tooltip.toHtmlEscaped(),
                        QObject::tr("Click its label (or double-click the line) to add it as a "
                                    "flow, so both sides are generated; select it and press "
                                    "Delete to dismiss it.")));
    updateGeometry();
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
    prepareGeometryChange();
    m_badgeRect = {};
    if (!isComplete()) {
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
            QLineF centre(a.center(), b.center());
            const QLineF normal = centre.normalVector().unitVector();
            const QPointF shift = (normal.p2() - normal.p1()) * -m_offset;
            const QPointF p1 = a.center() + shift;
            const QPointF p2 = b.center() + shift;
            start = exitPoint(a, p1, p2);
            end = exitPoint(b, p2, p1);
        }
    }
    m_line = QLineF(start, end);

    // Arrow head at the destination; the line stops where the head begins.
    m_arrow.clear();
    const double length = m_line.length();
    if (length > 0.5) {
        const QPointF dir = (end - start) / length;
        const QPointF n(-dir.y(), dir.x());
        const QPointF base = end - dir * std::min(kArrowLength, length);
        m_arrow << end << base + n * kArrowHalfWidth << base - n * kArrowHalfWidth;
    }

    const QFontMetricsF metrics(smallFont());
    const QSizeF labelSize(metrics.horizontalAdvance(m_label) + 12, metrics.height() + 4);
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

    // The shape (for hit tests) is built when first asked for; a drag moves many flows and
    // asks for none.
    m_shape.reset();
    QRectF bounds = QRectF(start, end).normalized().adjusted(-5, -5, 5, 5);
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
            QPainterPath line(m_line.p1());
            line.lineTo(m_line.p2());
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
    const QColor warning(0xb2, 0x6a, 0x00); // 4.9:1 on white: readable as a label colour
    const QColor color = isSelected() ? selectionColor() : isSuggestion() ? warning : flowColor();
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);

    const double length = m_line.length();
    const QPointF dir = length > 0 ? (m_line.p2() - m_line.p1()) / length : QPointF();
    // A one-pixel cosmetic pen takes the raster engine's fast path; anything wider is stroked
    // as a path and costs ten times as much per line (measured by bench_canvas). Only the part
    // in the exposed area is drawn, so a long flow crossing the window costs its visible part.
    QPen pen(color, isSelected() ? 2.4 : isSuggestion() ? 1.6 : 1,
             isSuggestion() ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
    pen.setCosmetic(!isSelected() && !isSuggestion());
    painter->setPen(pen);
    const QLineF shaft(m_line.p1(), m_line.p2() - dir * std::min(kArrowLength - 1, length));
    if (const auto visible = clipped(shaft, option->exposedRect.adjusted(-4, -4, 4, 4)))
        painter->drawLine(*visible);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);

    if (lod < 0.45)
        return;
    if (!m_badgeRect.isNull()) {
        painter->setPen(QPen(color, 1.2, Qt::DashLine));
        painter->setBrush(QColor(0xee, 0xf1, 0xf5));
        painter->drawRoundedRect(m_badgeRect, 5, 5);
        painter->setFont(smallFont());
        painter->setPen(textColor());
        painter->drawText(m_badgeRect, Qt::AlignCenter, QStringLiteral("*/* every pod"));
    }
    const QColor rim = m_problem == Severity::Error ? errorColor()
        : m_problem == Severity::Warning || isSuggestion() ? QColor(0xd9, 0x8c, 0x00)
        : isSelected()                              ? selectionColor()
                                                    : QColor(0xb4, 0xbd, 0xc9);
    painter->setPen(QPen(rim, m_problem ? 1.6 : 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(m_labelRect, m_labelRect.height() / 2, m_labelRect.height() / 2);
    painter->setFont(smallFont());
    painter->setPen(isSuggestion() ? warning : m_flow.ports.empty() ? errorColor() : textColor());
    painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
}

} // namespace Netpol
