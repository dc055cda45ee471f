#include "views/canvas/corridorrouter.h"

#include "views/canvas/flowrouter.h"
#include "views/canvas/obstaclegrid.h"

#include <QLineF>
#include <QVector>

#include <algorithm>
#include <cmath>
#include <queue>
#include <unordered_map>
#include <vector>

namespace Netpol::CorridorRouter {

namespace {

constexpr double kBendCost = 60;
constexpr int kDirections = 4; // east, west, south, north; kDirections itself: the start
constexpr int kStepX[] = {1, -1, 0, 0};
constexpr int kStepY[] = {0, 0, 1, -1};

// The lines a route may run along on one axis: a clearance off each obstacle's sides, through
// the ends, and midway across wide gaps (the middle of a corridor).
QVector<double> lines(const ObstacleGrid &obstacles, bool vertical, double start, double end)
{
    QVector<double> all{start, end};
    for (const QRectF &r : obstacles.rects()) {
        all << (vertical ? r.left() : r.top()) - FlowRouter::kClearance;
        all << (vertical ? r.right() : r.bottom()) + FlowRouter::kClearance;
    }
    std::sort(all.begin(), all.end());
    QVector<double> unique;
    for (double value : std::as_const(all))
        if (unique.isEmpty() || value - unique.last() > 0.5)
            unique << value;
    QVector<double> result;
    for (int i = 0; i < unique.size(); ++i) {
        if (i > 0 && unique[i] - unique[i - 1] > 4 * FlowRouter::kClearance)
            result << (unique[i] + unique[i - 1]) / 2;
        result << unique[i];
    }
    return result;
}

int indexOf(const QVector<double> &values, double value)
{
    const auto it = std::lower_bound(values.begin(), values.end(), value - 0.25);
    return int(it - values.begin());
}

struct Open
{
    double estimate;
    double cost;
    qint64 state;
    // The cheapest estimate first; among equal ones the furthest along, so that a plateau of
    // equally good routes (open space) is not searched breadth first.
    bool operator>(const Open &other) const
    {
        return estimate > other.estimate || (estimate == other.estimate && cost < other.cost);
    }
};

// The route less its parts inside `from` (at the front) and `to` (at the back).
QPolygonF clipEnds(QPolygonF path, const QRectF &from, const QRectF &to)
{
    int first = 0;
    while (first + 1 < path.size() && from.contains(path[first + 1]))
        ++first;
    if (first + 1 >= path.size())
        return {};
    const auto inFrom = FlowRouter::clip(QLineF(path[first], path[first + 1]), from);
    path = path.mid(first);
    path[0] = inFrom ? inFrom->p2() : path[0];
    int last = int(path.size()) - 1;
    while (last > 0 && to.contains(path[last - 1]))
        --last;
    if (last <= 0)
        return {};
    const auto inTo = FlowRouter::clip(QLineF(path[last - 1], path[last]), to);
    path = path.mid(0, last + 1);
    path[last] = inTo ? inTo->p1() : path[last];
    return path;
}

// The route with its middle segments moved `spread` sideways, if that crosses nothing.
QPolygonF spreadOut(const QPolygonF &route, double spread, const QRectF &from, const QRectF &to,
                    const ObstacleGrid &obstacles)
{
    if (spread == 0 || route.size() < 4)
        return route;
    QPolygonF moved = route;
    for (int i = 1; i + 2 < route.size(); ++i) { // segment i runs from point i to point i + 1
        const bool horizontal = route[i].y() == route[i + 1].y();
        for (int k : {i, i + 1}) {
            if (horizontal)
                moved[k].setY(route[k].y() + spread);
            else
                moved[k].setX(route[k].x() + spread);
        }
    }
    const QLineF lastSegment(moved[moved.size() - 2], moved.last());
    if (from.adjusted(-2, -2, 2, 2).contains(moved[1]) || lastSegment.length() < 20
        || to.adjusted(-2, -2, 2, 2).contains(moved[moved.size() - 2]))
        return route;
    for (int i = 0; i + 1 < moved.size(); ++i)
        if (obstacles.blocks(QLineF(moved[i], moved[i + 1])))
            return route;
    return moved;
}

} // namespace

QPolygonF route(const QRectF &from, const QRectF &to, double offset, double spread,
                const ObstacleGrid &obstacles)
{
    if (from.intersects(to))
        return {};
    // Leave and arrive in the lane, not beyond the cards' sides.
    auto laneOf = [&](double half) { return std::clamp(offset, -half + 4, half - 4); };
    const QPointF start = from.center()
        + QPointF(laneOf(from.width() / 2), laneOf(from.height() / 2));
    const QPointF end = to.center() + QPointF(laneOf(to.width() / 2), laneOf(to.height() / 2));
    if (obstacles.covers(start) || obstacles.covers(end))
        return {};
    const QVector<double> xs = lines(obstacles, true, start.x(), end.x());
    const QVector<double> ys = lines(obstacles, false, start.y(), end.y());
    const int nx = int(xs.size()), ny = int(ys.size());
    const int sx = indexOf(xs, start.x()), sy = indexOf(ys, start.y());
    const int tx = indexOf(xs, end.x()), ty = indexOf(ys, end.y());
    auto stateOf = [&](int ix, int iy, int dir) {
        return (qint64(ix) * ny + iy) * (kDirections + 1) + dir;
    };
    auto heuristic = [&](int ix, int iy) {
        return std::abs(xs[ix] - xs[tx]) + std::abs(ys[iy] - ys[ty]);
    };

    std::unordered_map<qint64, double> best;
    std::unordered_map<qint64, qint64> parent;
    best.reserve(4096);
    parent.reserve(4096);
    std::priority_queue<Open, std::vector<Open>, std::greater<>> open;
    const qint64 first = stateOf(sx, sy, kDirections);
    best[first] = 0;
    open.push({heuristic(sx, sy), 0, first});
    qint64 goal = -1;
    int visits = 0;
    while (!open.empty() && visits < kMaxVisits) {
        const Open at = open.top();
        open.pop();
        if (at.cost > best[at.state])
            continue; // settled before, cheaper
        ++visits;
        const int dir = int(at.state % (kDirections + 1));
        const qint64 cell = at.state / (kDirections + 1);
        const int ix = int(cell / ny), iy = int(cell % ny);
        if (ix == tx && iy == ty) {
            goal = at.state;
            break;
        }
        for (int next = 0; next < kDirections; ++next) {
            if (dir < kDirections && (next ^ 1) == dir)
                continue; // no turning back
            const int jx = ix + kStepX[next], jy = iy + kStepY[next];
            if (jx < 0 || jy < 0 || jx >= nx || jy >= ny)
                continue;
            const QPointF p(xs[ix], ys[iy]), q(xs[jx], ys[jy]);
            if (obstacles.blocks(QLineF(p, q)))
                continue;
            const double cost = at.cost + QLineF(p, q).length()
                + (dir < kDirections && dir != next ? kBendCost : 0);
            const qint64 state = stateOf(jx, jy, next);
            const auto known = best.find(state);
            if (known != best.end() && known->second <= cost)
                continue;
            best[state] = cost;
            parent[state] = at.state;
            open.push({cost + heuristic(jx, jy), cost, state});
        }
    }
    if (goal < 0)
        return {};
    QPolygonF path;
    for (qint64 state = goal;; state = parent.at(state)) {
        const qint64 cell = state / (kDirections + 1);
        const QPointF p(xs[int(cell / ny)], ys[int(cell % ny)]);
        // Only the bends: a point in line with the two around it is dropped.
        if (path.size() >= 2) {
            const QPointF a = path[path.size() - 2], b = path.last();
            if ((a.x() == b.x() && b.x() == p.x()) || (a.y() == b.y() && b.y() == p.y()))
                path.removeLast();
        }
        if (path.isEmpty() || path.last() != p)
            path << p;
        if (state == first)
            break;
    }
    std::reverse(path.begin(), path.end());
    const QPolygonF clipped = clipEnds(path, from, to);
    if (clipped.size() < 2)
        return {};
    return spreadOut(clipped, spread, from, to, obstacles);
}

} // namespace Netpol::CorridorRouter
