#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class QGraphicsScene;
class QRectF;

namespace Netpol {

class FlowItem;

// Flows waiting for their route around the cards in the way. They are routed in slices of a
// few milliseconds between events, so the window stays responsive while a big design opens
// or many flows move; while `paused()` says so (a drag in progress) the slices wait.
class FlowRouteQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSliceMs = 6;

    explicit FlowRouteQueue(std::function<bool()> paused, QObject *parent = nullptr);

    void schedule(FlowItem *flow);
    void remove(FlowItem *flow) { m_waiting.remove(flow); }
    void clear() { m_waiting.clear(); }
    bool isEmpty() const { return m_waiting.isEmpty(); }
    // Routes every waiting flow now (before an export, in tests).
    void finish();
    // A card or frame moved from or to `rect`: the flows whose routes pass there (or bend
    // round it) are routed again, the ones the scene's index finds there, not all of them.
    // Returns how many.
    int rerouteThrough(const QGraphicsScene *scene, const QRectF &rect);

private:
    void slice();

    std::function<bool()> m_paused;
    QSet<FlowItem *> m_waiting;
    QTimer m_timer;
};

} // namespace Netpol
