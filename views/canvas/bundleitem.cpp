#include "views/canvas/bundleitem.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/namespaceitem.h"

#include <QFontMetricsF>
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
    const QString title = isInner()
        ? tr("%1: %2 inside the namespace", "a bundle's tooltip: namespace, '12 flows'")
              .arg(QString::fromStdString(m_a->ns().name), label())
        : QStringLiteral("%1 ↔ %2: %3")
              .arg(QString::fromStdString(m_a->ns().name), QString::fromStdString(m_b->ns().name),
                   label());
    const QString tip = QStringLiteral("<b>%1</b><br>%2")
                            .arg(title.toHtmlEscaped(), shown.join(QStringLiteral("<br>")));
    if (tip != toolTip())
        setToolTip(tip);
    updateGeometry(recount);
}

void BundleItem::updateGeometry(bool repaint)
{
    const QRectF a = m_a->sceneBoundingRect();
    const QRectF b = m_b->sceneBoundingRect();
    // An inner bundle's "line" is its frame's diagonal: it moves when the frame does.
    const QLineF line = isInner() ? QLineF(a.topLeft(), a.bottomRight())
                                  : QLineF(edgePoint(a, b.center()), edgePoint(b, a.center()));
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

QString BundleItem::innerText() const
{
    return m_compact ? QString::number(m_count) : label();
}

QRectF BundleItem::innerPill(double lod) const
{
    const QFontMetricsF metrics(smallFont());
    const QSizeF size = (metrics.boundingRect(innerText()).size() + QSizeF(12, 4)) / lod;
    // On the frame's bottom border, at its right: half in the margin below the cards, half in
    // the gap below the frame, so it covers as little as it can of either.
    const QPointF corner = m_line.p2() + QPointF(-10 / lod, size.height() / 2);
    return QRectF(corner - QPointF(size.width(), size.height()), size);
}

void BundleItem::paintInner(QPainter *painter, double lod)
{
    const QRectF frame = QRectF(m_line.p1(), m_line.p2());
    const double radius = 5 / lod;
    // Room for the pill and its loop below the namespace's name (a pill of about 24 pixels
    // when zoomed out): the whole label, else the bare count, else the loop alone.
    auto fits = [&](const QRectF &pill) {
        return pill.left() - 3 * radius > frame.left() && pill.top() > frame.top() + 26 / lod;
    };
    m_compact = false;
    QRectF pill = innerPill(lod);
    if (!fits(pill)) {
        m_compact = true;
        pill = innerPill(lod);
    }
    QColor color = flowColor();
    color.setAlphaF(std::min(1.0, 0.5 + 0.2 * std::log10(double(std::max(1, m_count)))));
    QPen pen(color, 1.5);
    pen.setCosmetic(true);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(pen);
    // The loop: flows leaving a workload of the namespace for another of it.
    if (!fits(pill)) {
        const QPointF c = frame.bottomRight() - QPointF(2, 2) * radius;
        if (frame.width() > 4 * radius && frame.height() > 4 * radius)
            painter->drawEllipse(c, radius, radius);
        return; // the tooltip tells the rest
    }
    painter->drawEllipse(QPointF(pill.left() - 1.6 * radius, pill.center().y()), radius, radius);
    painter->save();
    painter->translate(pill.topLeft());
    painter->scale(1 / lod, 1 / lod);
    const QRectF at(QPointF(0, 0), pill.size() * lod);
    painter->setPen(QPen(flowColor(), 1, Qt::DashLine));
    painter->setBrush(current().labelFill);
    painter->drawRoundedRect(at, at.height() / 2, at.height() / 2);
    painter->setFont(smallFont());
    painter->setPen(textColor());
    painter->drawText(at, Qt::AlignCenter, innerText());
    painter->restore();
}

QPainterPath BundleItem::shape() const
{
    if (isInner()) {
        QPainterPath pill;
        pill.addRect(innerPill(m_paintedLod).adjusted(-12 / m_paintedLod, 0, 0, 0));
        return pill;
    }
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
    if (isInner()) {
        m_paintedLod = lod; // the pill keeps its screen size: its shape follows the zoom
        paintInner(painter, lod);
        return;
    }
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
