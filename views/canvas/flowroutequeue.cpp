#include "views/canvas/flowroutequeue.h"

#include "views/canvas/flowitem.h"
#include "views/canvas/flowrouter.h"

#include <QGraphicsScene>

namespace Netpol {

FlowRouteQueue::FlowRouteQueue(std::function<bool()> paused, QObject *parent)
    : QObject(parent), m_paused(std::move(paused))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FlowRouteQueue::slice);
}

void FlowRouteQueue::schedule(FlowItem *flow)
{
    m_waiting.insert(flow);
    if (!m_timer.isActive())
        m_timer.start(0);
}

void FlowRouteQueue::finish()
{
    m_timer.stop();
    const QSet<FlowItem *> waiting = std::exchange(m_waiting, {});
    for (FlowItem *flow : waiting)
        flow->routeNow();
}

int FlowRouteQueue::rerouteThrough(const QGraphicsScene *scene, const QRectF &rect)
{
    // A route bending round the card runs a clearance off its sides: it may straighten now.
    const double margin = FlowRouter::kClearance + 2;
    const QRectF around = rect.adjusted(-margin, -margin, margin, margin);
    int count = 0;
    for (QGraphicsItem *item : scene->items(around, Qt::IntersectsItemBoundingRect)) {
        if (item->type() != FlowItem::Type)
            continue;
        auto *flow = static_cast<FlowItem *>(item);
        if (FlowRouter::crossings(flow->route(), {around}) == 0)
            continue;
        flow->rerouteLater();
        schedule(flow);
        ++count;
    }
    return count;
}

void FlowRouteQueue::slice()
{
    if (m_paused && m_paused()) {
        m_timer.start(50); // a drag: its flows are routed once it stops
        return;
    }
    QElapsedTimer clock;
    clock.start();
    while (!m_waiting.isEmpty() && clock.elapsed() < kSliceMs) {
        FlowItem *flow = *m_waiting.begin();
        m_waiting.erase(m_waiting.begin());
        flow->routeNow();
    }
    if (!m_waiting.isEmpty())
        m_timer.start(0);
}

} // namespace Netpol
