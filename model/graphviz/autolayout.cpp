#include "model/graphviz/autolayout.h"

#include "model/core/process.h"
#include "model/graphviz/graphviz_p.h"

#include <cstdio>
#include <map>

namespace Netpol {

namespace {

using Gv::cs;
using Gv::set;

std::string inches(double units)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", units / 72.0);
    return buffer;
}

std::string workloadId(const std::string &ns, const std::string &name)
{
    return "w:" + ns + '/' + name;
}

std::string placeholderId(const std::string &ns)
{
    return "p:" + ns;
}

std::string nodeId(const Endpoint &e)
{
    if (e.kind == Endpoint::Kind::Workload)
        return workloadId(e.ns, e.name);
    if (e.kind == Endpoint::Kind::External)
        return "x:" + e.name;
    return {};
}

// Room beside a box for the */* stubs the canvas draws from it: on the right for flows it
// sends to every pod, on the left for flows it receives from every pod.
struct Room
{
    double left = 0;
    double right = 0;
};

std::map<std::string, Room> stubRoom(const Design &design, const ArrangeOptions &options)
{
    std::map<std::string, Room> room;
    for (const Flow &flow : design.flows) {
        if (flow.to.kind == Endpoint::Kind::AllNamespaces && !nodeId(flow.from).empty())
            room[nodeId(flow.from)].right = options.everyPodRoom;
        if (flow.from.kind == Endpoint::Kind::AllNamespaces && !nodeId(flow.to).empty())
            room[nodeId(flow.to)].left = options.everyPodRoom;
    }
    return room;
}

double widthWithRoom(const std::map<std::string, Room> &room, const std::string &id,
                     double width)
{
    const auto it = room.find(id);
    return it == room.end() ? width : width + it->second.left + it->second.right;
}

// The DOT that Graphviz lays out: fixed-size boxes of the canvas's sizes, no labels except the
// cluster titles (which reserve the frame's header).
std::string layoutDot(const Design &design, const ArrangeOptions &options, bool fast)
{
    Gv::Graph graph(Gv::open("arrange"));
    Agraph_t *g = graph.get();
    set(g, "rankdir", options.rankdir == RankDirection::LeftRight ? "LR" : "TB");
    set(g, "nodesep", "0.8");
    // dot keeps clusters of one rank apart by the root graph's margin (in points; 8 if unset).
    set(g, "margin", "40");
    // Ranks top to bottom also have to clear each namespace's header and margins.
    set(g, "ranksep", options.rankdir == RankDirection::LeftRight ? "1.1" : "1.7");
    set(g, "fontsize", "14");
    if (fast) {
        set(g, "splines", "line");
        set(g, "mclimit", "0.1");
        set(g, "nslimit", "1");
        set(g, "nslimit1", "1");
    }
    agattr(g, AGNODE, cs("shape"), cs("box"));
    agattr(g, AGNODE, cs("fixedsize"), cs("true"));
    // No text in the boxes: a blank label, since cgraph does not write an empty default and
    // dot would then label each box with its node id (and warn that a long one does not fit).
    agattr(g, AGNODE, cs("label"), cs(" "));

    const std::map<std::string, Room> room = stubRoom(design, options);
    std::map<std::string, Agraph_t *> clusters;
    std::map<std::string, Agnode_t *> firstNode;
    for (const Namespace &ns : design.namespaces) {
        Agraph_t *sub = agsubg(g, cs("cluster_" + ns.name), 1);
        // The title's font size makes Graphviz keep room for it above the cluster's nodes.
        set(sub, "label", ns.name);
        set(sub, "fontsize", std::to_string(int(options.namespaceHeader * 0.8)));
        set(sub, "margin", std::to_string(int(options.namespacePadding)));
        clusters.emplace(ns.name, sub);
    }
    for (const Workload &w : design.workloads) {
        const auto it = clusters.find(w.ns);
        const std::string id = workloadId(w.ns, w.name);
        Agnode_t *n = agnode(it == clusters.end() ? g : it->second, cs(id), 1);
        set(n, "width", inches(widthWithRoom(room, id, options.workloadWidth)));
        set(n, "height", inches(options.workloadHeight));
        firstNode.emplace(w.ns, n);
    }
    for (const Namespace &ns : design.namespaces) {
        if (firstNode.count(ns.name))
            continue;
        Agnode_t *n = agnode(clusters.at(ns.name), cs(placeholderId(ns.name)), 1);
        set(n, "width", inches(options.workloadWidth));
        set(n, "height", inches(options.workloadHeight * 0.6));
        firstNode.emplace(ns.name, n);
    }
    for (const External &e : design.externals) {
        const std::string id = "x:" + e.name;
        Agnode_t *n = agnode(g, cs(id), 1);
        set(n, "width", inches(widthWithRoom(room, id, options.externalWidth)));
        set(n, "height", inches(options.externalHeight));
    }
    auto nodeFor = [&](const Endpoint &e) -> Agnode_t * {
        switch (e.kind) {
        case Endpoint::Kind::Workload:
            return agnode(g, cs(workloadId(e.ns, e.name)), 0);
        case Endpoint::Kind::Namespace: {
            const auto it = firstNode.find(e.ns);
            return it == firstNode.end() ? nullptr : it->second;
        }
        case Endpoint::Kind::External:
            return agnode(g, cs("x:" + e.name), 0);
        case Endpoint::Kind::AllNamespaces:
            return nullptr;
        }
        return nullptr;
    };
    for (const Flow &flow : design.flows) {
        Agnode_t *from = nodeFor(flow.from);
        Agnode_t *to = nodeFor(flow.to);
        if (from && to && from != to)
            agedge(g, from, to, nullptr, 1);
    }
    return Gv::write(g);
}

bool parseNumbers(const std::string &text, double *values, int count)
{
    std::size_t pos = 0;
    for (int i = 0; i < count; ++i) {
        if (pos >= text.size())
            return false;
        char *end = nullptr;
        values[i] = std::strtod(text.c_str() + pos, &end);
        if (end == text.c_str() + pos)
            return false;
        pos = std::size_t(end - text.c_str()) + 1; // skip the ',' separator
    }
    return true;
}

void collectClusters(Agraph_t *graph, std::map<std::string, Rect> &frames, double top)
{
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        const std::string name = agnameof(sub);
        double bb[4];
        if (name.rfind("cluster_", 0) == 0 && parseNumbers(Gv::get(sub, "bb"), bb, 4))
            frames[name.substr(8)] = Rect{bb[0], top - bb[3], bb[2] - bb[0], bb[3] - bb[1]};
        collectClusters(sub, frames, top);
    }
}

} // namespace

std::string arrangeDot(const Design &design, const ArrangeOptions &options)
{
    return layoutDot(design, options, int(design.workloads.size()) > options.fastAbove);
}

ArrangeResult arrangeDesign(const Design &design, const ArrangeOptions &options)
{
    ArrangeResult result;
    auto fail = [&](std::string code, std::string message) {
        result.diagnostics.push_back(makeError(std::move(code), std::move(message)));
        return result;
    };
    const bool fast = int(design.workloads.size()) > options.fastAbove;
    if (fast) {
        Diagnostic note;
        note.severity = Severity::Info;
        note.code = "layout-simplified";
        note.message = std::to_string(design.workloads.size())
                       + " workloads: Graphviz's fast layout settings were used";
        result.diagnostics.push_back(note);
    }
    const ProgramResult run = runProgram("dot", {"-Tdot"}, arrangeDot(design, options), options.timeout);
    if (!run.started)
        return fail("graphviz-missing", run.error + " (the dot program comes with the Debian package graphviz)");
    if (run.timedOut)
        return fail("graphviz-timeout", run.error);
    // Big clustered graphs make dot report "trouble in init_rank" and exit with 1 although it
    // wrote a complete layout: output counts, the message becomes a warning.
    const std::string firstLine = run.err.substr(0, run.err.find('\n'));
    if (run.out.empty())
        return fail("graphviz-failed", "Graphviz could not lay out the design: " + firstLine);
    if (!run.err.empty()) {
        Diagnostic warning;
        warning.severity = Severity::Warning;
        warning.code = "graphviz";
        warning.message = "Graphviz: " + firstLine;
        result.diagnostics.push_back(warning);
    }

    std::string error;
    Gv::Graph laid(Gv::read(run.out, &error));
    if (!laid)
        return fail("graphviz-failed", "cannot read Graphviz's layout: " + error);
    double bb[4];
    if (!parseNumbers(Gv::get(laid.get(), "bb"), bb, 4))
        return fail("graphviz-failed", "Graphviz's layout has no bounding box");
    const double top = bb[3];

    Design arranged = design;
    std::map<std::string, Rect> frames;
    collectClusters(laid.get(), frames, top);
    for (Namespace &ns : arranged.namespaces) {
        const auto it = frames.find(ns.name);
        if (it != frames.end())
            ns.geometry = it->second;
    }
    const std::map<std::string, Room> room = stubRoom(design, options);
    auto place = [&](const std::string &id, double width, double height, Point &position) {
        Agnode_t *n = agnode(laid.get(), cs(id), 0);
        double pos[2];
        if (!n || !parseNumbers(Gv::get(n, "pos"), pos, 2))
            return;
        const auto it = room.find(id);
        const double left = it == room.end() ? 0 : it->second.left;
        position = Point{pos[0] - widthWithRoom(room, id, width) / 2 + left,
                         top - pos[1] - height / 2};
    };
    for (Workload &w : arranged.workloads)
        place(workloadId(w.ns, w.name), options.workloadWidth, options.workloadHeight, w.position);
    for (External &e : arranged.externals)
        place("x:" + e.name, options.externalWidth, options.externalHeight, e.position);
    result.design = std::move(arranged);
    return result;
}

} // namespace Netpol
