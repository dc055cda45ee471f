#include "model/graphviz/autolayout.h"

#include "model/core/process.h"
#include "model/graphviz/arrange_p.h"
#include "model/graphviz/arrangepacking_p.h"
#include "model/graphviz/graphviz_p.h"

#include <cstdio>
#include <map>

namespace Netpol {

namespace {

using Gv::cs;
using Gv::set;
using namespace ArrangeDetail;

std::string placeholderId(const std::string &ns)
{
    return "p:" + ns;
}

// The DOT that Graphviz lays out: fixed-size boxes of the canvas's sizes, no labels except the
// cluster titles (which reserve the frame's header).
std::string layoutDot(const Design &design, const ArrangeOptions &options, bool fast)
{
    Gv::Graph graph(Gv::open("arrange"));
    Agraph_t *g = graph.get();
    setBoxGraphDefaults(g, options.rankdir);
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

    const RoomMap room = stubRoom(design, options);
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
        const std::string id = externalId(e.name);
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
            return agnode(g, cs(externalId(e.name)), 0);
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

namespace {

enum class Clustered { Done, Failed, Broken };

// One clustered layout of the whole design. Broken: Graphviz wrote a layout that cannot be used
// (frames of negative size, as "trouble in init_rank" leaves them).
Clustered clusteredLayout(const Design &design, const ArrangeOptions &options, Design &arranged,
                          std::vector<Rect> &workloadBoxes, std::vector<Rect> &externalBoxes,
                          Diagnostics &diagnostics)
{
    auto fail = [&](std::string code, std::string message) {
        diagnostics.push_back(makeError(std::move(code), std::move(message)));
        return Clustered::Failed;
    };
    const ProgramResult run = runProgram("dot", {"-Tdot"}, arrangeDot(design, options), options.timeout);
    if (!run.started)
        return fail("graphviz-missing", run.error + " (the dot program comes with the Debian package graphviz)");
    if (run.timedOut)
        return fail("graphviz-timeout", run.error);
    const std::string firstLine = run.err.substr(0, run.err.find('\n'));
    if (run.out.empty())
        return fail("graphviz-failed", "Graphviz could not lay out the design: " + firstLine);
    // Big clustered graphs make dot report "trouble in init_rank" and exit with 1 although it
    // wrote a layout; its frames are then not to be trusted.
    if (run.err.find("trouble in init_rank") != std::string::npos)
        return Clustered::Broken;
    if (!run.err.empty()) {
        Diagnostic warning;
        warning.severity = Severity::Warning;
        warning.code = "graphviz";
        warning.message = "Graphviz: " + firstLine;
        diagnostics.push_back(warning);
    }
    std::string error;
    Gv::Graph laid(Gv::read(run.out, &error));
    if (!laid)
        return fail("graphviz-failed", "cannot read Graphviz's layout: " + error);
    double bb[4];
    if (!parseNumbers(Gv::get(laid.get(), "bb"), bb, 4))
        return fail("graphviz-failed", "Graphviz's layout has no bounding box");
    const double top = bb[3];

    std::map<std::string, Rect> frames;
    collectClusters(laid.get(), frames, top);
    for (Namespace &ns : arranged.namespaces) {
        const auto it = frames.find(ns.name);
        if (it == frames.end())
            continue;
        if (!(it->second.width > 0 && it->second.height > 0))
            return Clustered::Broken;
        ns.geometry = it->second;
    }
    const RoomMap room = stubRoom(design, options);
    auto place = [&](const std::string &id, double width, double height, Point &position) {
        Agnode_t *n = agnode(laid.get(), cs(id), 0);
        double pos[2];
        if (!n || !parseNumbers(Gv::get(n, "pos"), pos, 2))
            return;
        position = Point{pos[0] - widthWithRoom(room, id, width) / 2 + leftRoom(room, id),
                         top - pos[1] - height / 2};
    };
    for (Workload &w : arranged.workloads) {
        const std::string id = workloadId(w.ns, w.name);
        place(id, options.workloadWidth, options.workloadHeight, w.position);
        workloadBoxes.push_back(Rect{w.position.x - leftRoom(room, id), w.position.y,
                                     widthWithRoom(room, id, options.workloadWidth), options.workloadHeight});
    }
    for (External &e : arranged.externals) {
        const std::string id = externalId(e.name);
        place(id, options.externalWidth, options.externalHeight, e.position);
        externalBoxes.push_back(Rect{e.position.x - leftRoom(room, id), e.position.y,
                                     widthWithRoom(room, id, options.externalWidth), options.externalHeight});
    }
    return Clustered::Done;
}

} // namespace

ArrangeResult arrangeDesign(const Design &design, const ArrangeOptions &options)
{
    ArrangeResult result;
    Design arranged = design;
    std::vector<Rect> workloadBoxes, externalBoxes;
    const bool big = int(design.workloads.size()) > options.fastAbove;
    Clustered clustered = Clustered::Broken;
    if (!big) {
        clustered = clusteredLayout(design, options, arranged, workloadBoxes, externalBoxes, result.diagnostics);
        if (clustered == Clustered::Failed)
            return result;
    }
    if (clustered == Clustered::Broken) {
        Diagnostic note;
        note.severity = Severity::Info;
        note.code = "layout-simplified";
        note.message = std::to_string(design.workloads.size())
                       + " workloads: each namespace was laid out on its own, then the namespaces packed";
        result.diagnostics.push_back(note);
        arranged = design;
        workloadBoxes.clear();
        externalBoxes.clear();
        if (!layoutByNamespace(arranged, options, workloadBoxes, externalBoxes, result.diagnostics))
            return result;
    }
    Packing::packArrangement(arranged, workloadBoxes, externalBoxes, options);
    result.design = std::move(arranged);
    return result;
}

} // namespace Netpol
