#include "views/canvas/flowrouter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace Netpol::FlowRouter {

namespace {

constexpr double kBendCost = 40;
constexpr double kCrossingCost = 1e5;
constexpr int kChannels = 8; // candidate channels per axis, the nearest to the middle

// Where the segment from `inside` towards `towards` leaves `rect`.
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

// The route's cost: its length, its bends, and above all what it crosses. The cards at its ends
// count for the segments that do not start or end on them.
double cost(const QPolygonF &route, const QRectF &from, const QRectF &to, const QVector<QRectF> &obstacles,
            int *crossed)
{
    int count = crossings(route, obstacles);
    for (int i = 1; i + 1 < route.size(); ++i)
        count += crosses(QLineF(route[i], route[i + 1]), from);
    for (int i = 0; i + 2 < route.size(); ++i)
        count += crosses(QLineF(route[i], route[i + 1]), to);
    *crossed = count;
    return lengthOf(route) + kBendCost * double(route.size() - 2) + kCrossingCost * count;
}

// Candidate coordinates of channels along one axis: the middles of the free gaps between the
// cards' extents along it (a channel there is clear of every card, whatever the lane), the gaps
// beside the end cards, then beside each card; those nearest to the middle between the ends.
QVector<double> channels(const QVector<QRectF> &obstacles, const QRectF &from, const QRectF &to, bool vertical)
{
    auto low = [&](const QRectF &r) { return vertical ? r.left() : r.top(); };
    auto high = [&](const QRectF &r) { return vertical ? r.right() : r.bottom(); };
    const double middle = vertical ? (from.center().x() + to.center().x()) / 2
                                   : (from.center().y() + to.center().y()) / 2;
    QVector<QPair<double, double>> extents{{low(from), high(from)}, {low(to), high(to)}};
    for (const QRectF &r : obstacles)
        extents.append({low(r), high(r)});
    std::sort(extents.begin(), extents.end());
    QVector<double> gaps;
    double reach = extents.front().second;
    gaps << extents.front().first - kClearance * 2;
    for (const auto &[start, end] : extents) {
        if (start > reach + kClearance)
            gaps << (reach + start) / 2;
        reach = std::max(reach, end);
    }
    gaps << reach + kClearance * 2;
    auto nearest = [&](QVector<double> values, int count) {
        std::sort(values.begin(), values.end(),
                  [&](double a, double b) { return std::abs(a - middle) < std::abs(b - middle); });
        values.erase(std::unique(values.begin(), values.end()), values.end());
        if (values.size() > count)
            values.resize(count);
        return values;
    };
    QVector<double> all = nearest(gaps, kChannels);
    // The gap just beside each side of the end cards, so a route can leave and enter close by.
    for (double side : {low(from), high(from), low(to), high(to)}) {
        const auto closest = std::min_element(gaps.begin(), gaps.end(), [&](double a, double b) {
            return std::abs(a - side) < std::abs(b - side);
        });
        all << *closest;
    }
    QVector<double> edges{middle};
    for (const QRectF &r : {from, to})
        edges << low(r) - kClearance * 2 << high(r) + kClearance * 2;
    for (const QRectF &r : obstacles)
        edges << low(r) - kClearance << high(r) + kClearance;
    all << nearest(edges, kChannels / 2);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

struct Best
{
    QPolygonF route;
    double cost = std::numeric_limits<double>::max();
    int crossed = std::numeric_limits<int>::max();
};

} // namespace

std::optional<QLineF> clip(const QLineF &line, const QRectF &rect)
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

bool crosses(const QLineF &segment, const QRectF &rect)
{
    // Against the rectangle shrunk a little, so that touching is not crossing.
    const QRectF r = rect.adjusted(1, 1, -1, -1);
    return !r.isEmpty() && clip(segment, r).has_value();
}

int crossings(const QPolygonF &route, const QVector<QRectF> &obstacles)
{
    int count = 0;
    for (const QRectF &r : obstacles) {
        for (int i = 0; i + 1 < route.size(); ++i) {
            if (crosses(QLineF(route[i], route[i + 1]), r)) {
                ++count;
                break;
            }
        }
    }
    return count;
}

double lengthOf(const QPolygonF &route)
{
    double length = 0;
    for (int i = 0; i + 1 < route.size(); ++i)
        length += QLineF(route[i], route[i + 1]).length();
    return length;
}

QPointF pointAlong(const QPolygonF &route, double fraction, QPointF *direction)
{
    if (route.isEmpty())
        return {};
    double left = lengthOf(route) * std::clamp(fraction, 0.0, 1.0);
    for (int i = 0; i + 1 < route.size(); ++i) {
        const QLineF segment(route[i], route[i + 1]);
        const double length = segment.length();
        if (left <= length || i + 2 == route.size()) {
            if (direction)
                *direction = length > 0 ? (segment.p2() - segment.p1()) / length : QPointF(1, 0);
            return length > 0 ? segment.pointAt(std::min(1.0, left / length)) : segment.p1();
        }
        left -= length;
    }
    return route.last();
}

QPolygonF route(const QRectF &from, const QRectF &to, double offset, const QVector<QRectF> &obstacles)
{
    // The straight line between the centres, moved to its lane, as the canvas always drew it.
    const QLineF centre(from.center(), to.center());
    const QLineF normal = centre.normalVector().unitVector();
    const QPointF shift = (normal.p2() - normal.p1()) * -offset;
    const QPointF p1 = from.center() + shift, p2 = to.center() + shift;
    const QPolygonF straight{exitPoint(from, p1, p2), exitPoint(to, p2, p1)};
    if (crossings(straight, obstacles) == 0)
        return straight;

    Best best;
    auto consider = [&](QPolygonF candidate) {
        // Drop repeated points, so that bends are counted honestly.
        QPolygonF route;
        for (const QPointF &p : candidate)
            if (route.isEmpty() || QLineF(route.last(), p).length() > 0.01)
                route << p;
        if (route.size() < 2)
            return;
        int crossed = 0;
        const double c = cost(route, from, to, obstacles, &crossed);
        if (c < best.cost) {
            best.cost = c;
            best.crossed = crossed;
            best.route = route;
        }
    };
    consider(straight);

    const QVector<double> xs = channels(obstacles, from, to, true);
    const QVector<double> ys = channels(obstacles, from, to, false);
    // Lanes keep parallel flows on parallel tracks: ends and channels move by the offset.
    const double y1 = from.center().y() + offset, y2 = to.center().y() + offset;
    const double x1 = from.center().x() + offset, x2 = to.center().x() + offset;
    for (bool leaveRight : {true, false}) {
        const double ax = leaveRight ? from.right() : from.left();
        for (bool enterLeft : {true, false}) {
            const double bx = enterLeft ? to.left() : to.right();
            // Horizontal, vertical, horizontal: through a vertical channel.
            for (double x : xs) {
                const double m = x + offset;
                if ((leaveRight ? m < ax + kClearance : m > ax - kClearance)
                    || (enterLeft ? m > bx - kClearance : m < bx + kClearance))
                    continue;
                consider({{ax, y1}, {m, y1}, {m, y2}, {bx, y2}});
            }
        }
        // Horizontal, then down or up into the top or bottom of the destination.
        for (bool enterTop : {true, false}) {
            const double by = enterTop ? to.top() : to.bottom();
            if ((enterTop ? y1 > by - kClearance : y1 < by + kClearance)
                || (leaveRight ? x2 < ax + kClearance : x2 > ax - kClearance))
                continue;
            consider({{ax, y1}, {x2, y1}, {x2, by}});
        }
        // Horizontal, vertical to a horizontal channel, horizontal, into the top or bottom.
        for (double x : xs) {
            const double m1 = x + offset;
            if (leaveRight ? m1 < ax + kClearance : m1 > ax - kClearance)
                continue;
            for (double y : ys) {
                const double m2 = y + offset;
                const bool enterTop = m2 < to.top();
                if (enterTop ? m2 > to.top() - kClearance : m2 < to.bottom() + kClearance)
                    continue;
                consider({{ax, y1}, {m1, y1}, {m1, m2}, {x2, m2}, {x2, enterTop ? to.top() : to.bottom()}});
            }
        }
    }
    for (bool leaveDown : {true, false}) {
        const double ay = leaveDown ? from.bottom() : from.top();
        for (bool enterTop : {true, false}) {
            const double by = enterTop ? to.top() : to.bottom();
            // Vertical, horizontal, vertical: through a horizontal channel.
            for (double y : ys) {
                const double m = y + offset;
                if ((leaveDown ? m < ay + kClearance : m > ay - kClearance)
                    || (enterTop ? m > by - kClearance : m < by + kClearance))
                    continue;
                consider({{x1, ay}, {x1, m}, {x2, m}, {x2, by}});
            }
        }
        // Vertical, then across into the left or right side of the destination.
        for (bool enterLeft : {true, false}) {
            const double bx = enterLeft ? to.left() : to.right();
            if ((enterLeft ? x1 > bx - kClearance : x1 < bx + kClearance)
                || (leaveDown ? y2 < ay + kClearance : y2 > ay - kClearance))
                continue;
            consider({{x1, ay}, {x1, y2}, {bx, y2}});
        }
        // Vertical, horizontal to a vertical channel, vertical, into the left or right side.
        for (double y : ys) {
            const double m1 = y + offset;
            if (leaveDown ? m1 < ay + kClearance : m1 > ay - kClearance)
                continue;
            for (double x : xs) {
                const double m2 = x + offset;
                const bool enterLeft = m2 < to.left();
                if (enterLeft ? m2 > to.left() - kClearance : m2 < to.right() + kClearance)
                    continue;
                consider({{x1, ay}, {x1, m1}, {m2, m1}, {m2, y2}, {enterLeft ? to.left() : to.right(), y2}});
            }
        }
    }
    return best.route;
}

} // namespace Netpol::FlowRouter
