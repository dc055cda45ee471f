#include "model/design/freeplace.h"

#include "model/design/canvasmetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Netpol {

namespace {

constexpr double kStep = 20;   // the canvas's snapping grid
constexpr double kMargin = 20; // between cards, and between a card and its frame

double snapped(double v)
{
    return std::round(v / kStep) * kStep;
}

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

} // namespace

Placement placeInNamespace(const Design &design, const Namespace &ns, Point wanted, double width,
                           double height)
{
    // The other cards, grown by the margin: a place is free when it overlaps none of them.
    std::vector<Rect> taken;
    for (const Workload &w : design.workloads)
        if (w.ns == ns.name)
            taken.push_back(Rect{w.position.x - kMargin, w.position.y - kMargin,
                                 CanvasMetrics::kWorkloadWidth + 2 * kMargin,
                                 CanvasMetrics::kWorkloadHeight + 2 * kMargin});
    auto isFree = [&](double x, double y) {
        const Rect box{x, y, width, height};
        return std::none_of(taken.begin(), taken.end(), [&](const Rect &r) { return overlaps(box, r); });
    };
    const Rect &frame = ns.geometry;
    const double left = frame.x + kMargin, top = frame.y + CanvasMetrics::kNamespaceHeader + kMargin;
    const double right = frame.x + frame.width - kMargin - width;
    const double bottom = frame.y + frame.height - kMargin - height;

    // Where it was dropped, when that is free; else the free grid point inside the frame
    // nearest to it.
    Placement best;
    best.frame = frame;
    if (wanted.x >= left && wanted.x <= right && wanted.y >= top && wanted.y <= bottom
        && isFree(wanted.x, wanted.y)) {
        best.position = wanted;
        return best;
    }
    double bestDistance = std::numeric_limits<double>::max();
    for (double y = std::ceil(top / kStep) * kStep; y <= bottom; y += kStep) {
        for (double x = std::ceil(left / kStep) * kStep; x <= right; x += kStep) {
            const double d = std::hypot(x - wanted.x, y - wanted.y);
            if (d < bestDistance && isFree(x, y)) {
                bestDistance = d;
                best.position = Point{x, y};
            }
        }
    }
    if (bestDistance < std::numeric_limits<double>::max())
        return best;

    // No room: beside the cards on the right, in the row nearest to the drop, or below them;
    // whichever keeps the frame closer to its shape. The frame grows around the card.
    double contentRight = left - kMargin, contentBottom = top - kMargin;
    for (const Rect &r : taken) {
        contentRight = std::max(contentRight, r.x + r.width - kMargin);
        contentBottom = std::max(contentBottom, r.y + r.height - kMargin);
    }
    const double rowY = std::clamp(snapped(wanted.y), std::ceil(top / kStep) * kStep,
                                   std::max(std::ceil(top / kStep) * kStep, snapped(contentBottom - height)));
    const Point beside{std::ceil((contentRight + kMargin) / kStep) * kStep, rowY};
    const Point below{std::clamp(snapped(wanted.x), std::ceil(left / kStep) * kStep,
                                 std::max(std::ceil(left / kStep) * kStep, snapped(contentRight - width))),
                      std::ceil((contentBottom + kMargin) / kStep) * kStep};
    auto grownFrame = [&](Point p) {
        Rect grown = frame;
        grown.width = std::max(frame.width, p.x + width + kMargin - frame.x);
        grown.height = std::max(frame.height, p.y + height + kMargin - frame.y);
        return grown;
    };
    const Rect a = grownFrame(beside), b = grownFrame(below);
    const bool wide = frame.height > 0 && frame.width / frame.height > 1.6;
    const bool useBelow = wide ? true : (a.width * a.height > b.width * b.height);
    best.position = useBelow && isFree(below.x, below.y) ? below : beside;
    best.frame = grownFrame(best.position);
    best.grown = true;
    return best;
}

} // namespace Netpol
