#include "views/canvas/bundleitem.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/namespaceitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Netpol {

using namespace CanvasStyle;

namespace {

constexpr int kTooltipFlows = 20;

// Where the line between two frames' centres leaves `frame`.
QPointF edgePoint(const QRectF &frame, QPointF towards)
{
    const QPointF c = frame.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const double sx = std::abs(d.x()) > 0 ? frame.width() / 2 / std::abs(d.x()) : 1e9;
    const double sy = std::abs(d.y()) > 0 ? frame.height() / 2 / std::abs(d.y()) : 1e9;
    return c + d * std::min({sx, sy, 1.0});
}

} // namespace

BundleItem::BundleItem(NamespaceItem *a, NamespaceItem *b) : m_a(a), m_b(b)
{
    setZValue(2e6 - 1); // with the flows, above the frames
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(true);
}

QString BundleItem::label() const
{
    return tr("%n flow(s)", "a bundle of flows between two namespaces", m_count);
}

void BundleItem::setFlows(const QList<const FlowItem *> &flows)
{
    // Only the flows the tooltip names are described.
    QStringList shown;
    for (const FlowItem *flow : flows.mid(0, kTooltipFlows)) {
        shown << QStringLiteral("%1 → %2 %3")
                     .arg(QString::fromStdString(flow->flow().from.toString()),
                          QString::fromStdString(flow->flow().to.toString()), flow->label());
    }
    if (flows.size() > kTooltipFlows)
        shown << tr("… and %n more", nullptr, int(flows.size() - kTooltipFlows));
    const int count = int(flows.size());
    const bool recount = count != m_count;
    m_count = count;
    const QString tip = QStringLiteral("<b>%1 ↔ %2: %3</b><br>%4")
                            .arg(QString::fromStdString(m_a->ns().name),
                                 QString::fromStdString(m_b->ns().name), label(),
                                 shown.join(QStringLiteral("<br>")));
    if (tip != toolTip())
        setToolTip(tip);
    updateGeometry(recount);
}

void BundleItem::updateGeometry(bool repaint)
{
    const QRectF a = m_a->sceneBoundingRect();
    const QRectF b = m_b->sceneBoundingRect();
    const QLineF line(edgePoint(a, b.center()), edgePoint(b, a.center()));
    if (line == m_line) {
        if (repaint)
            update(); // a new count on the same line
        return;
    }
    prepareGeometryChange();
    m_line = line;
    // The count's pill keeps its screen size however far out the view is: room for it at the
    // smallest zoom (5%: a pill of 70 x 20 pixels is 1,400 x 400 units there).
    m_bounds = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-800, -300, 800, 300);
    update();
}

QPainterPath BundleItem::shape() const
{
    QPainterPath line(m_line.p1());
    line.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(40);
    return stroker.createStroke(line);
}

void BundleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= kZoom || m_line.isNull())
        return;
    // Thousands of bundles are painted at Fit: a one-pixel cosmetic line without antialiasing
    // takes the raster engine's fast path, so the few thin bundles (most of them) use it; wider
    // ones, for more flows, are antialiased.
    const bool thin = m_count < 3;
    painter->setRenderHint(QPainter::Antialiasing, !thin);
    // Wider for more flows, in screen pixels: 1 px for one or two, about 8 for a hundred.
    const double pixels = thin ? 1 : 2 + 3 * std::log10(double(m_count));
    // Thin bundles are also paler, so the busy routes stand out of a dense picture.
    QColor color = flowColor();
    color.setAlphaF(std::min(1.0, 0.35 + 0.3 * std::log10(double(std::max(1, m_count))) * 2));
    QPen pen(color, pixels, Qt::SolidLine, Qt::RoundCap);
    pen.setCosmetic(true); // screen pixels at any zoom
    painter->setPen(pen);
    painter->drawLine(m_line);
    // The count, in a pill of constant screen size at the middle, where the line is long
    // enough on screen to carry it; a single flow is told by its thin line (and the tooltip).
    if (m_count < 2 || m_line.length() * lod < 120)
        return;
    painter->save();
    painter->translate(m_line.center());
    painter->scale(1 / lod, 1 / lod);
    QFont font = smallFont();
    painter->setFont(font);
    const QString text = label();
    const QRectF pill = QFontMetricsF(font).boundingRect(text).adjusted(-6, -2, 6, 2);
    const QRectF at = pill.translated(-pill.center());
    painter->setPen(QPen(flowColor(), 1));
    painter->setBrush(current().labelFill);
    painter->drawRoundedRect(at, at.height() / 2, at.height() / 2);
    painter->setPen(textColor());
    painter->drawText(at, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace Netpol
