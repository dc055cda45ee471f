#include "views/canvas/workloaditem.h"

#include "views/canvas/fittedtext.h"

#include "views/canvas/canvasstyle.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Netpol {

using namespace CanvasStyle;

namespace {

constexpr double kPadding = 12;

QString portsSummary(const Workload &w)
{
    QStringList parts;
    for (const ContainerPort &p : w.ports)
        parts << QString::number(p.port) + '/'
                + QString::fromStdString(std::string(protocolName(p.protocol)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

WorkloadItem::WorkloadItem(int index, QGraphicsItem *parent)
    : NodeItem(ElementRef::Kind::Workload, index, parent)
{
    setCacheMode(DeviceCoordinateCache);
}

QRectF WorkloadItem::frameRect() const
{
    return {QPointF(0, 0), kWorkloadSize};
}

QRectF WorkloadItem::boundingRect() const
{
    return frameRect().adjusted(-3, -9, kConnectorRadius + 4, 3);
}

void WorkloadItem::setWorkload(const Workload &workload)
{
    if (workload == m_workload)
        return;
    m_workload = workload;
    m_portsText = portsSummary(workload);
    m_labelLines.clear();
    for (const auto &[key, value] : workload.labels)
        m_labelLines << QString::fromStdString(key + '=' + value);
    updateToolTip();
    update();
}

void WorkloadItem::setExposure(const ExposureBadge &badge)
{
    if (badge.any() == m_exposure.any() && badge.text() == m_exposure.text()
        && badge.details == m_exposure.details)
        return;
    m_exposure = badge;
    updateToolTip();
    update();
}

void WorkloadItem::updateToolTip()
{
    QString tip = tr("<b>%1/%2</b> (%3)<br>labels: %4<br>ports: %5")
                      .arg(QString::fromStdString(m_workload.ns), QString::fromStdString(m_workload.name),
                           QString::fromStdString(std::string(workloadKindName(m_workload.kind))),
                           m_labelLines.isEmpty() ? tr("none", "no labels")
                                                  : m_labelLines.join(", ").toHtmlEscaped(),
                           m_portsText.isEmpty() ? tr("none", "no ports") : m_portsText);
    if (!m_exposure.details.isEmpty())
        tip += QStringLiteral("<br><b>%1</b><br>%2")
                   .arg(m_exposure.any() ? tr("Exposure (%1):").arg(m_exposure.text())
                                         : tr("Exposure:"),
                        m_exposure.details.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    setToolTip(tip);
}

void WorkloadItem::paintBlockName(QPainter *painter, const QRectF &frame, double lod) const
{
    // The name in a face large enough to read at this zoom (below 10% the block alone).
    QFont face = titleFont();
    face.setPixelSize(int(std::min(frame.height() * 0.45, 10.0 / lod)));
    const QFontMetricsF metrics(face);
    painter->setFont(face);
    painter->setPen(textColor());
    const QRectF room = frame.adjusted(16, 2, -6, -2);
    painter->drawText(room, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(QString::fromStdString(m_workload.name), Qt::ElideMiddle,
                                         room.width()));
}

void WorkloadItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF frame = frameRect();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor accent = kindColor(m_workload.kind);
    const bool selected = isSelected();

    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    if (lod < 0.35) {
        // Zoomed out, thousands of cards: plain rectangles, no rounded paths to clip.
        painter->setPen(selected || isDropTarget() ? QPen(selectionColor(), 2)
                                                   : QPen(QColor(0xc3, 0xcb, 0xd6), 0));
        painter->setBrush(Qt::white);
        painter->drawRect(frame);
        painter->fillRect(QRectF(frame.left(), frame.top(), 8, frame.height()), accent);
        if (lod >= 0.1)
            paintBlockName(painter, frame, lod);
        return;
    }
    if (lod > 0.5) { // a soft shadow
        painter->setPen(Qt::NoPen);
        painter->setBrush(current().cardShadow);
        painter->drawRoundedRect(frame.translated(0, 2), 7, 7);
    }
    painter->setPen(selected || isDropTarget() ? QPen(selectionColor(), 2)
                                               : QPen(current().cardBorder, 1));
    painter->setBrush(current().cardFill);
    painter->drawRoundedRect(frame, 7, 7);

    // The kind's colour as a strip down the left edge.
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    QPainterPath strip;
    strip.addRoundedRect(QRectF(frame.left(), frame.top(), 10, frame.height()), 7, 7);
    QPainterPath cut;
    cut.addRect(QRectF(frame.left() + 5, frame.top(), 5, frame.height()));
    painter->drawPath(strip.subtracted(cut));

    const double left = frame.left() + kPadding + 2;
    const double width = frame.width() - kPadding * 2 - 2;
    painter->setPen(textColor());
    // A long name gets a slightly smaller font before it is elided.
    const QString name = QString::fromStdString(m_workload.name);
    QFont titleFace = titleFont();
    if (QFontMetricsF(titleFace).horizontalAdvance(name) > width)
        titleFace.setPointSizeF(titleFace.pointSizeF() - 1);
    const QFontMetricsF title(titleFace);
    painter->setFont(titleFace);
    const bool whole = showsFullText(this);
    drawFittedText(painter, QPointF(left, frame.top() + 8 + QFontMetricsF(titleFont()).ascent()),
                   name, width, Qt::ElideMiddle, whole);

    painter->setFont(bodyFont());
    const QFontMetricsF body(bodyFont());
    const double kindY = frame.top() + 28 + body.ascent();
    const QString kind = QString::fromStdString(std::string(workloadKindName(m_workload.kind)));
    painter->setPen(kindText(m_workload.kind));
    painter->drawText(QPointF(left, kindY), kind);
    if (!m_portsText.isEmpty()) {
        painter->setPen(mutedText());
        const double kindWidth = body.horizontalAdvance(kind + QStringLiteral("  "));
        drawFittedText(painter, QPointF(left + kindWidth, kindY),
                       QStringLiteral("· ") + m_portsText, width - kindWidth, Qt::ElideRight,
                       whole);
    }

    painter->setFont(monoFont());
    const QFontMetricsF mono(monoFont());
    painter->setPen(mutedText());
    double y = frame.top() + 46 + mono.ascent();
    const int shown = std::min<int>(int(m_labelLines.size()), 2);
    for (int i = 0; i < shown; ++i) {
        QString line = m_labelLines[i];
        if (i == 1 && m_labelLines.size() > 2)
            line = tr("+%n more label(s)", nullptr, int(m_labelLines.size() - 1));
        drawFittedText(painter, QPointF(left, y), line, width, Qt::ElideMiddle, whole);
        y += mono.lineSpacing();
    }
    if (m_labelLines.isEmpty()) {
        painter->setPen(errorColor());
        painter->drawText(QPointF(left, y), tr("no labels: selects every pod"));
    }
    if (showsConnector())
        paintConnector(painter);
    paintProblem(painter);
    if (m_exposure.any() && lod >= 0.45) {
        // Open to everyone: an amber pill at the top right, its words saying what (not only
        // its colour).
        QFont face = smallFont();
        face.setBold(true);
        const QFontMetricsF metrics(face);
        const QString text = m_exposure.text();
        const QSizeF size(metrics.horizontalAdvance(text) + 10, metrics.height() + 2);
        const QRectF pill(QPointF(frame.right() - size.width() - 4, frame.top() - size.height() / 2), size);
        painter->setPen(QPen(current().exposureBorder, 1));
        painter->setBrush(current().exposureFill);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setFont(face);
        painter->setPen(current().exposureText); // 8.6:1 on the pill
        painter->drawText(pill, Qt::AlignCenter, text);
    }
}

} // namespace Netpol
