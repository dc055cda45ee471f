#include "views/canvas/externalitem.h"

#include "views/canvas/fittedtext.h"

#include "views/canvas/canvasstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Netpol {

using namespace CanvasStyle;

ExternalItem::ExternalItem(int index) : NodeItem(ElementRef::Kind::External, index)
{
    setZValue(1e6);
    setCacheMode(DeviceCoordinateCache);
}

QRectF ExternalItem::frameRect() const
{
    return {QPointF(0, 0), kExternalSize};
}

QRectF ExternalItem::boundingRect() const
{
    return frameRect().adjusted(-3, -9, kConnectorRadius + 4, 3);
}

void ExternalItem::setExternal(const External &external)
{
    if (external == m_external)
        return;
    m_external = external;
    QString except;
    for (const std::string &e : external.except)
        except += (except.isEmpty() ? "" : ", ") + QString::fromStdString(e);
    const QString tip = tr("<b>external %1</b><br>ipBlock %2", "a peer outside the cluster")
                            .arg(QString::fromStdString(external.name),
                                 QString::fromStdString(external.cidr));
    setToolTip(except.isEmpty() ? tip
                                : tip + QStringLiteral("<br>")
                                      + tr("except %1", "CIDRs left out of the ipBlock").arg(except));
    update();
}

void ExternalItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF frame = frameRect();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const double radius = frame.height() / 2;
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    painter->setPen(isSelected() || isDropTarget() ? QPen(selectionColor(), 2)
                                                   : QPen(externalBorder(), 1.4, Qt::DashDotLine));
    painter->setBrush(externalFill());
    painter->drawRoundedRect(frame, radius, radius);
    if (lod < 0.35)
        return;

    // A globe.
    const QPointF c(frame.left() + radius, frame.center().y());
    const double r = 13;
    painter->setPen(QPen(externalBorder(), 1.4));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(c, r, r);
    painter->drawEllipse(c, r * 0.45, r);
    painter->drawLine(c - QPointF(r, 0), c + QPointF(r, 0));
    painter->drawLine(c - QPointF(0, r), c + QPointF(0, r));

    const double left = frame.left() + radius + 20;
    const double width = frame.right() - left - 16;
    const QString name = QString::fromStdString(m_external.name);
    QFont titleFace = titleFont();
    if (QFontMetricsF(titleFace).horizontalAdvance(name) > width)
        titleFace.setPointSizeF(titleFace.pointSizeF() - 1);
    painter->setPen(textColor());
    painter->setFont(titleFace);
    const bool whole = showsFullText(this);
    drawFittedText(painter, QPointF(left, frame.top() + 10 + QFontMetricsF(titleFont()).ascent()),
                   name, width, Qt::ElideMiddle, whole);
    painter->setFont(monoFont());
    painter->setPen(mutedText());
    const QFontMetricsF mono(monoFont());
    QString cidr = QString::fromStdString(m_external.cidr);
    if (!m_external.except.empty())
        cidr += QStringLiteral("  ")
            + tr("except %n", "how many CIDRs the ipBlock leaves out", int(m_external.except.size()));
    drawFittedText(painter, QPointF(left, frame.top() + 32 + mono.ascent()), cidr, width,
                   Qt::ElideRight, whole);
    if (showsConnector())
        paintConnector(painter);
    paintProblem(painter);
}

} // namespace Netpol
