#include "model/design/designalign.h"

#include "model/design/canvasmetrics.h"

#include <algorithm>

namespace Netpol {

namespace {

struct Placed
{
    ElementRef element;
    Rect box;
};

std::vector<Placed> placedElements(const Design &design, const std::vector<ElementRef> &elements)
{
    std::vector<Placed> out;
    for (const ElementRef &e : elements) {
        if (const auto box = elementBox(design, e))
            out.push_back({e, *box});
    }
    return out;
}

// Moves each element so that its box's top-left corner is at its target, one after the other
// on a working copy (a namespace carries its workloads; a workload moved after its namespace
// is measured where the namespace left it), as one edit.
EditResult moveTo(const Design &design, const std::vector<Placed> &placed,
                  const std::vector<Point> &targets, Point workloadAnchor)
{
    Design work = design;
    EditResult out;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const auto box = elementBox(work, placed[i].element);
        if (!box)
            continue;
        const Point delta{targets[i].x - box->x, targets[i].y - box->y};
        if (delta.x == 0 && delta.y == 0)
            continue;
        EditResult step = moveElements(work, {placed[i].element}, delta, workloadAnchor);
        if (!step.ok())
            return step;
        applyEdit(work, step.edit);
        for (ElementChange &change : step.edit.changes)
            out.edit.changes.push_back(std::move(change));
    }
    return out;
}

} // namespace

std::optional<Rect> elementBox(const Design &design, const ElementRef &element)
{
    if (!isValidIndex(design, element.kind, element.index))
        return std::nullopt;
    const auto i = std::size_t(element.index);
    switch (element.kind) {
    case ElementRef::Kind::Namespace:
        return design.namespaces[i].geometry;
    case ElementRef::Kind::Workload: {
        const Point p = design.workloads[i].position;
        return Rect{p.x, p.y, CanvasMetrics::kWorkloadWidth, CanvasMetrics::kWorkloadHeight};
    }
    case ElementRef::Kind::External: {
        const Point p = design.externals[i].position;
        return Rect{p.x, p.y, CanvasMetrics::kExternalWidth, CanvasMetrics::kExternalHeight};
    }
    default:
        return std::nullopt;
    }
}

EditResult alignElements(const Design &design, const std::vector<ElementRef> &elements,
                         Alignment alignment, Point workloadAnchor)
{
    const std::vector<Placed> placed = placedElements(design, elements);
    if (placed.size() < 2)
        return EditResult::refused("select two elements or more to align them");
    double left = placed.front().box.x, top = placed.front().box.y;
    double right = left + placed.front().box.width, bottom = top + placed.front().box.height;
    for (const Placed &p : placed) {
        left = std::min(left, p.box.x);
        top = std::min(top, p.box.y);
        right = std::max(right, p.box.x + p.box.width);
        bottom = std::max(bottom, p.box.y + p.box.height);
    }
    std::vector<Point> targets;
    for (const Placed &p : placed) {
        Point t{p.box.x, p.box.y};
        switch (alignment) {
        case Alignment::Left:
            t.x = left;
            break;
        case Alignment::Centre:
            t.x = (left + right) / 2 - p.box.width / 2;
            break;
        case Alignment::Right:
            t.x = right - p.box.width;
            break;
        case Alignment::Top:
            t.y = top;
            break;
        case Alignment::Middle:
            t.y = (top + bottom) / 2 - p.box.height / 2;
            break;
        case Alignment::Bottom:
            t.y = bottom - p.box.height;
            break;
        }
        targets.push_back(t);
    }
    return moveTo(design, placed, targets, workloadAnchor);
}

EditResult distributeElements(const Design &design, const std::vector<ElementRef> &elements,
                              Distribution distribution, Point workloadAnchor)
{
    std::vector<Placed> placed = placedElements(design, elements);
    if (placed.size() < 3)
        return EditResult::refused("select three elements or more to distribute them");
    const bool horizontal = distribution == Distribution::Horizontal;
    auto start = [horizontal](const Rect &r) { return horizontal ? r.x : r.y; };
    auto length = [horizontal](const Rect &r) { return horizontal ? r.width : r.height; };
    std::stable_sort(placed.begin(), placed.end(), [&](const Placed &a, const Placed &b) {
        return start(a.box) + length(a.box) / 2 < start(b.box) + length(b.box) / 2;
    });
    const double first = start(placed.front().box);
    const double last = start(placed.back().box) + length(placed.back().box);
    double total = 0;
    for (const Placed &p : placed)
        total += length(p.box);
    const double gap = (last - first - total) / double(placed.size() - 1);
    std::vector<Point> targets;
    double at = first;
    for (const Placed &p : placed) {
        targets.push_back(horizontal ? Point{at, p.box.y} : Point{p.box.x, at});
        at += length(p.box) + gap;
    }
    return moveTo(design, placed, targets, workloadAnchor);
}

} // namespace Netpol
