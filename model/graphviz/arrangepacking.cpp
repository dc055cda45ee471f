#include "model/graphviz/arrangepacking_p.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace Netpol::Packing {

namespace {

// Everything below works along Graphviz's rank direction as if it were left to right: for top
// to bottom, rectangles are transposed on the way in and out.
Rect transposed(const Rect &r)
{
    return Rect{r.y, r.x, r.height, r.width};
}

Rect boundingBox(const std::vector<Rect> &rects, const std::vector<std::size_t> &which)
{
    double left = std::numeric_limits<double>::max(), top = left;
    double right = std::numeric_limits<double>::lowest(), bottom = right;
    for (std::size_t i : which) {
        left = std::min(left, rects[i].x);
        top = std::min(top, rects[i].y);
        right = std::max(right, rects[i].x + rects[i].width);
        bottom = std::max(bottom, rects[i].y + rects[i].height);
    }
    return which.empty() ? Rect{} : Rect{left, top, right - left, bottom - top};
}

// A rank of a namespace: the boxes Graphviz put at one position along the rank direction, in
// their order across it.
using Rank = std::vector<std::size_t>;

std::vector<Rank> ranksOf(const std::vector<Rect> &boxes, const std::vector<std::size_t> &members)
{
    std::vector<std::size_t> sorted = members;
    auto centre = [&](std::size_t i) { return boxes[i].x + boxes[i].width / 2; };
    std::stable_sort(sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) {
        return centre(a) != centre(b) ? centre(a) < centre(b) : boxes[a].y < boxes[b].y;
    });
    std::vector<Rank> ranks;
    for (std::size_t i : sorted) {
        if (ranks.empty() || std::abs(centre(ranks.back().front()) - centre(i)) > 2)
            ranks.emplace_back();
        ranks.back().push_back(i);
    }
    for (Rank &rank : ranks)
        std::stable_sort(rank.begin(), rank.end(),
                         [&](std::size_t a, std::size_t b) { return boxes[a].y < boxes[b].y; });
    return ranks;
}

// Lays the ranks out again with at most `perColumn` boxes in a column (a longer rank wraps into
// several columns side by side), from `origin`. Returns the boxes' new places by index.
std::map<std::size_t, Rect> wrapRanks(const std::vector<Rect> &boxes, const std::vector<Rank> &ranks,
                                      std::size_t perColumn, double originX, double originY)
{
    std::map<std::size_t, Rect> placed;
    double x = originX;
    for (const Rank &rank : ranks) {
        for (std::size_t first = 0; first < rank.size(); first += perColumn) {
            const std::size_t last = std::min(rank.size(), first + perColumn);
            double columnWidth = 0;
            for (std::size_t k = first; k < last; ++k)
                columnWidth = std::max(columnWidth, boxes[rank[k]].width);
            double y = originY;
            for (std::size_t k = first; k < last; ++k) {
                const Rect &box = boxes[rank[k]];
                placed[rank[k]] = Rect{x + (columnWidth - box.width) / 2, y, box.width, box.height};
                y += box.height + kRowGap;
            }
            x += columnWidth + kRankGap;
        }
    }
    return placed;
}

Rect extent(const std::map<std::size_t, Rect> &placed)
{
    std::vector<Rect> rects;
    std::vector<std::size_t> all;
    for (const auto &[index, rect] : placed) {
        all.push_back(rects.size());
        rects.push_back(rect);
    }
    return boundingBox(rects, all);
}

// Wraps the long ranks of one namespace when that brings its frame much closer to the target.
// `frame` and `boxes` are in working coordinates; `margins` are the frame's room around its
// boxes there (Graphviz's padding and the title).
void packNamespace(std::vector<Rect> &boxes, const std::vector<std::size_t> &members, Rect &frame,
                   double target, bool transpose)
{
    const Rect content = boundingBox(boxes, members);
    const double before = content.x - frame.x, after = frame.x + frame.width - content.x - content.width;
    const double above = content.y - frame.y, below = frame.y + frame.height - content.y - content.height;
    auto framed = [&](const Rect &c) {
        return Rect{c.x - before, c.y - above, c.width + before + after, c.height + above + below};
    };
    auto realAspect = [&](const Rect &r) { return aspectOf(transpose ? transposed(r) : r); };
    const double current = aspectDistance(realAspect(frame), target);
    if (current <= kTolerance)
        return;
    const std::vector<Rank> ranks = ranksOf(boxes, members);
    std::size_t longest = 0;
    for (const Rank &rank : ranks)
        longest = std::max(longest, rank.size());
    std::size_t best = longest;
    double bestDistance = current;
    for (std::size_t perColumn = 1; perColumn < longest; ++perColumn) {
        const double d = aspectDistance(realAspect(framed(extent(wrapRanks(boxes, ranks, perColumn, 0, 0)))), target);
        if (d < bestDistance) {
            bestDistance = d;
            best = perColumn;
        }
    }
    if (best == longest)
        return;
    const std::map<std::size_t, Rect> placed = wrapRanks(boxes, ranks, best, content.x, content.y);
    for (const auto &[index, rect] : placed)
        boxes[index] = rect;
    frame = framed(extent(placed));
}

// A namespace with its workloads, an external, or a workload outside every frame: moved as one.
struct Block
{
    Rect rect;
    int ns = -1;      // index into design.namespaces
    int external = -1;
    int workload = -1;
};

// Shelves: blocks left to right in order, a new row when the next one would pass `limit`.
std::vector<Rect> shelve(const std::vector<Block> &blocks, double limit, double originX, double originY)
{
    std::vector<Rect> placed;
    placed.reserve(blocks.size());
    double x = originX, y = originY, rowHeight = 0;
    for (const Block &block : blocks) {
        if (x > originX && x + block.rect.width > originX + limit) {
            x = originX;
            y += rowHeight + kBlockGap;
            rowHeight = 0;
        }
        placed.push_back(Rect{x, y, block.rect.width, block.rect.height});
        x += block.rect.width + kBlockGap;
        rowHeight = std::max(rowHeight, block.rect.height);
    }
    return placed;
}

Rect extentOf(const std::vector<Rect> &rects)
{
    std::vector<std::size_t> all(rects.size());
    std::iota(all.begin(), all.end(), std::size_t(0));
    return boundingBox(rects, all);
}

// Whether two of the rectangles come closer than `gap` (a sweep along x).
bool anyOverlap(const std::vector<Rect> &rects, double gap)
{
    std::vector<std::size_t> order(rects.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rects[a].x < rects[b].x; });
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Rect &a = rects[order[i]];
        for (std::size_t j = i + 1; j < order.size() && rects[order[j]].x < a.x + a.width + gap; ++j) {
            const Rect &b = rects[order[j]];
            if (b.y < a.y + a.height + gap && a.y < b.y + b.height + gap)
                return true;
        }
    }
    return false;
}

} // namespace

double aspectOf(const Rect &r)
{
    return r.height > 0 ? r.width / r.height : 1.0;
}

double aspectDistance(double a, double b)
{
    if (a <= 0 || b <= 0)
        return std::numeric_limits<double>::max();
    return a > b ? a / b : b / a;
}

void packArrangement(Design &design, std::vector<Rect> &workloadBoxes,
                     std::vector<Rect> &externalBoxes, const ArrangeOptions &options)
{
    const bool transpose = options.rankdir == RankDirection::TopBottom;
    const double target = options.aspectRatio > 0 ? options.aspectRatio : 1.6;
    auto work = [&](const Rect &r) { return transpose ? transposed(r) : r; };
    std::vector<Rect> boxes, externals;
    for (const Rect &r : workloadBoxes)
        boxes.push_back(work(r));
    for (const Rect &r : externalBoxes)
        externals.push_back(work(r));
    std::vector<Rect> frames;
    std::map<std::string, int> nsIndex;
    for (const Namespace &ns : design.namespaces) {
        nsIndex.emplace(ns.name, int(frames.size()));
        frames.push_back(work(ns.geometry));
    }
    std::vector<std::vector<std::size_t>> members(frames.size());
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < design.workloads.size(); ++i) {
        const auto it = nsIndex.find(design.workloads[i].ns);
        if (it != nsIndex.end())
            members[std::size_t(it->second)].push_back(i);
        else
            blocks.push_back(Block{boxes[i], -1, -1, int(i)});
    }

    // Inside each namespace first; the frame keeps at least the width its title needs.
    for (std::size_t n = 0; n < frames.size(); ++n) {
        if (members[n].empty() || frames[n].width <= 0 || frames[n].height <= 0)
            continue;
        packNamespace(boxes, members[n], frames[n], target, transpose);
        Rect real = transpose ? transposed(frames[n]) : frames[n];
        const double title = double(design.namespaces[n].name.size()) * options.namespaceHeader * 0.8 * 0.6
                             + 2 * options.namespacePadding;
        if (real.width < title) {
            real.x -= (title - real.width) / 2;
            real.width = title;
            frames[n] = work(real);
        }
    }
    for (std::size_t n = 0; n < frames.size(); ++n)
        if (frames[n].width > 0 && frames[n].height > 0)
            blocks.push_back(Block{frames[n], int(n), -1, -1});
    for (std::size_t e = 0; e < externals.size(); ++e)
        blocks.push_back(Block{externals[e], -1, int(e), -1});

    // Then the blocks, in Graphviz's order along the ranks, when the whole is far off target.
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block &a, const Block &b) {
        return a.rect.x != b.rect.x ? a.rect.x < b.rect.x : a.rect.y < b.rect.y;
    });
    std::vector<Rect> old;
    double widest = 0, total = 0;
    for (const Block &b : blocks) {
        old.push_back(b.rect);
        widest = std::max(widest, b.rect.width);
        total += b.rect.width + kBlockGap;
    }
    const Rect whole = extentOf(old);
    std::vector<Rect> placed = old;
    auto realAspect = [&](const Rect &r) { return aspectOf(transpose ? transposed(r) : r); };
    // Wrapped namespaces may have grown into their neighbours: then they are packed anyway.
    const bool overlap = anyOverlap(old, kBlockGap / 2);
    if (!blocks.empty() && (overlap || aspectDistance(realAspect(whole), target) > kTolerance)) {
        double bestDistance = overlap ? std::numeric_limits<double>::max()
                                      : aspectDistance(realAspect(whole), target);
        double bestArea = whole.width * whole.height;
        const int steps = 64;
        for (int s = 0; s <= steps; ++s) {
            const double limit = widest * std::pow(std::max(total / widest, 1.0), double(s) / steps);
            std::vector<Rect> candidate = shelve(blocks, limit, whole.x, whole.y);
            const Rect box = extentOf(candidate);
            const double d = aspectDistance(realAspect(box), target);
            const double area = box.width * box.height;
            // Closer to the target wins; among nearly equal ones, the smaller area.
            if (d < bestDistance / 1.02 || (d < bestDistance * 1.02 && area < bestArea)) {
                bestDistance = std::min(d, bestDistance);
                bestArea = area;
                placed = std::move(candidate);
            }
        }
    }

    auto moveBy = [&](Point &p, double dx, double dy) {
        p.x += transpose ? dy : dx;
        p.y += transpose ? dx : dy;
    };
    auto shift = [](Rect r, double dx, double dy) { return Rect{r.x + dx, r.y + dy, r.width, r.height}; };
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const double dx = placed[b].x - blocks[b].rect.x, dy = placed[b].y - blocks[b].rect.y;
        const Block &block = blocks[b];
        if (block.ns >= 0) {
            design.namespaces[std::size_t(block.ns)].geometry
                = transpose ? transposed(shift(frames[std::size_t(block.ns)], dx, dy))
                            : shift(frames[std::size_t(block.ns)], dx, dy);
            for (std::size_t i : members[std::size_t(block.ns)])
                boxes[i] = shift(boxes[i], dx, dy);
        } else if (block.external >= 0) {
            const std::size_t e = std::size_t(block.external);
            moveBy(design.externals[e].position, dx, dy);
            externalBoxes[e] = transpose ? transposed(shift(externals[e], dx, dy)) : shift(externals[e], dx, dy);
        } else {
            boxes[std::size_t(block.workload)] = shift(boxes[std::size_t(block.workload)], dx, dy);
        }
    }
    // A workload keeps its place inside its box (the room for its stubs stays where it was).
    for (std::size_t i = 0; i < design.workloads.size(); ++i) {
        const Rect now = transpose ? transposed(boxes[i]) : boxes[i];
        design.workloads[i].position.x += now.x - workloadBoxes[i].x;
        design.workloads[i].position.y += now.y - workloadBoxes[i].y;
        workloadBoxes[i] = now;
    }
}

} // namespace Netpol::Packing
