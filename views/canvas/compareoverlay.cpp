#include "views/canvas/compareoverlay.h"

#include "views/canvas/bundleitem.h"
#include "views/canvas/canvasstyle.h"
#include "views/canvas/connectionelements.h"
#include "views/canvas/designscene.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/flowrouter.h"
#include "views/canvas/nodeitem.h"

#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <cmath>

namespace Netpol {

namespace {

constexpr double kZ = 60;        // above flows and cards
constexpr double kLaneOffset = 7; // off the flows' centre line, so both stay visible

// The layer the overlay's items hang from: one object the overlay can watch.
class CompareLayer : public QGraphicsObject
{
public:
    CompareLayer() { setFlag(ItemHasNoContents); }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

struct KindStyle
{
    QColor colour;
    Qt::PenStyle line;
    QString sign;
};

// Okabe-Ito blue, vermillion and reddish purple.
KindStyle styleOf(ConnectionChange::Kind kind)
{
    switch (kind) {
    case ConnectionChange::Kind::Added:
        return {QColor(0x00, 0x72, 0xb2), Qt::SolidLine, QStringLiteral("+")};
    case ConnectionChange::Kind::Removed:
        return {QColor(0xd5, 0x5e, 0x00), Qt::DashLine, QStringLiteral("−")};
    case ConnectionChange::Kind::Changed:
        break;
    }
    return {QColor(0xa0, 0x4a, 0x88), Qt::DashDotLine, QStringLiteral("~")};
}

QString labelOf(const ConnectionChange &c)
{
    const QString before = QString::fromStdString(changeSideText(c.before));
    const QString after = QString::fromStdString(changeSideText(c.after));
    switch (c.kind) {
    case ConnectionChange::Kind::Added:
        return QStringLiteral("+ ") + after;
    case ConnectionChange::Kind::Removed:
        return QStringLiteral("− ") + before;
    case ConnectionChange::Kind::Changed:
        break;
    }
    return QStringLiteral("~ %1 → %2").arg(before, after);
}

QPainterPath arrow(const QPolygonF &route)
{
    QPainterPath path;
    path.addPolygon(route);
    if (route.size() < 2)
        return path;
    const QPointF tip = route.back();
    const QLineF back(tip, route[route.size() - 2]);
    if (back.length() < 1)
        return path;
    for (double turn : {25.0, -25.0}) {
        QLineF wing = back;
        wing.setLength(11);
        wing.setAngle(back.angle() + turn);
        path.moveTo(tip);
        path.lineTo(wing.p2());
    }
    return path;
}

} // namespace

CompareOverlay::CompareOverlay(DesignScene *scene) : QObject(scene), m_scene(scene) {}

CompareOverlay::~CompareOverlay()
{
    delete m_layer.data();
}

void CompareOverlay::show(const std::vector<ConnectionChange> &changes)
{
    delete m_layer.data();
    m_drawn.clear();
    auto *layer = new CompareLayer;
    layer->setZValue(kZ);
    m_scene->addItem(layer);
    m_layer = layer;
    m_active = true;
    const Design &design = m_scene->design();
    for (const ConnectionChange &c : changes) {
        const KindStyle style = styleOf(c.kind);
        const QString tip = QString::fromStdString(connectionChangeLine(c));
        for (const ElementRef &f : elementsOfEndpoint(design, c.from)) {
            for (const ElementRef &t : elementsOfEndpoint(design, c.to)) {
                auto *from = dynamic_cast<NodeItem *>(m_scene->itemFor(f));
                auto *to = dynamic_cast<NodeItem *>(m_scene->itemFor(t));
                if (!from || !to || from == to)
                    continue;
                const QPolygonF route
                    = FlowRouter::route(from->sceneFrame(), to->sceneFrame(), kLaneOffset, {});
                QPen pen(style.colour, c.kind == ConnectionChange::Kind::Removed ? 2.5 : 3,
                         style.line, Qt::RoundCap, Qt::RoundJoin);
                auto *line = new QGraphicsPathItem(arrow(route), layer);
                line->setPen(pen);
                line->setToolTip(tip);
                line->setAcceptedMouseButtons(Qt::NoButton);
                if (c.kind == ConnectionChange::Kind::Removed)
                    line->setOpacity(0.8); // a ghost of what was there
                auto *label = new QGraphicsSimpleTextItem(labelOf(c), layer);
                label->setFont(CanvasStyle::smallFont());
                label->setBrush(style.colour);
                label->setToolTip(tip);
                label->setAcceptedMouseButtons(Qt::NoButton);
                const QPointF mid = FlowRouter::pointAlong(route, 0.5);
                const QRectF box = label->boundingRect();
                label->setPos(mid - QPointF(box.width() / 2, box.height() + 2));
                auto *back = new QGraphicsRectItem(box.adjusted(-3, -1, 3, 1), layer);
                back->setPos(label->pos());
                back->setBrush(CanvasStyle::canvasBackground());
                back->setPen(QPen(style.colour, 1, style.line));
                back->setAcceptedMouseButtons(Qt::NoButton);
                label->setZValue(1);
                m_drawn.push_back(c.kind);
            }
        }
    }
    setFlowsFaded(true);
}

void CompareOverlay::clear()
{
    delete m_layer.data();
    m_drawn.clear();
    m_active = false;
    setFlowsFaded(false);
}

int CompareOverlay::lineCount(ConnectionChange::Kind kind) const
{
    return int(std::count(m_drawn.begin(), m_drawn.end(), kind));
}

void CompareOverlay::setFlowsFaded(bool faded)
{
    const double opacity = faded ? kFadedFlowOpacity : 1.0;
    for (FlowItem *flow : m_scene->flowItems())
        flow->setOpacity(opacity);
    for (BundleItem *bundle : m_scene->bundleItems())
        bundle->setOpacity(opacity);
}

} // namespace Netpol
