// Arrange for designs too big for one clustered Graphviz layout: each namespace is laid out as a
// graph of its own, and a small graph of the namespaces and externals (an edge where flows
// connect them) gives their order; the packing (arrangepacking.cpp) then places them. All the
// graphs go to one `dot` process, which lays out every graph of its input in turn.

#include "model/core/process.h"
#include "model/graphviz/arrange_p.h"

#include <cmath>
#include <set>
#include <sstream>

namespace Netpol::ArrangeDetail {

namespace {

using Gv::cs;
using Gv::set;

void setLayoutAttributes(Agraph_t *g, const ArrangeOptions &options)
{
    setBoxGraphDefaults(g, options.rankdir);
    set(g, "ranksep", "1.1");
    // Only the boxes' places are used: no edge routes, and little crossing minimisation.
    set(g, "splines", "false");
    set(g, "mclimit", "0.2");
    set(g, "nslimit", "2");
    set(g, "nslimit1", "2");
}

std::string namespaceNode(const std::string &ns)
{
    return "n:" + ns;
}

// The graphs of dot's output, one text each (dot writes every graph from a `digraph` line at
// the start of a line to its closing brace).
std::vector<std::string> splitGraphs(const std::string &output)
{
    std::vector<std::string> graphs;
    std::istringstream in(output);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("digraph", 0) == 0 || graphs.empty())
            graphs.emplace_back();
        graphs.back() += line;
        graphs.back() += '\n';
    }
    return graphs;
}

// The centre of a node of a laid-out graph, y growing downwards.
bool centreOf(Agraph_t *g, const std::string &id, double top, Point &centre)
{
    Agnode_t *n = agnode(g, cs(id), 0);
    double pos[2];
    if (!n || !parseNumbers(Gv::get(n, "pos"), pos, 2))
        return false;
    centre = Point{pos[0], top - pos[1]};
    return true;
}

double topOf(Agraph_t *g)
{
    double bb[4];
    return parseNumbers(Gv::get(g, "bb"), bb, 4) ? bb[3] : 0;
}

} // namespace

bool layoutByNamespace(Design &design, const ArrangeOptions &options, std::vector<Rect> &workloadBoxes,
                       std::vector<Rect> &externalBoxes, Diagnostics &diagnostics)
{
    const RoomMap room = stubRoom(design, options);
    std::map<std::string, std::size_t> nsIndex;
    for (std::size_t n = 0; n < design.namespaces.size(); ++n)
        nsIndex.emplace(design.namespaces[n].name, n);
    std::vector<std::vector<std::size_t>> members(design.namespaces.size());
    for (std::size_t i = 0; i < design.workloads.size(); ++i) {
        const auto it = nsIndex.find(design.workloads[i].ns);
        if (it != nsIndex.end())
            members[it->second].push_back(i);
    }
    auto groupOf = [&](const Endpoint &e) -> std::string {
        if (e.kind == Endpoint::Kind::Workload || e.kind == Endpoint::Kind::Namespace)
            return nsIndex.count(e.ns) ? namespaceNode(e.ns) : std::string();
        if (e.kind == Endpoint::Kind::External)
            return externalId(e.name);
        return {};
    };

    std::string dot;
    {
        Gv::Graph quotient(Gv::open("q"));
        Agraph_t *g = quotient.get();
        setLayoutAttributes(g, options);
        for (std::size_t n = 0; n < design.namespaces.size(); ++n) {
            Agnode_t *node = agnode(g, cs(namespaceNode(design.namespaces[n].name)), 1);
            const double side = std::sqrt(double(std::max<std::size_t>(members[n].size(), 1)));
            set(node, "width", inches(side * options.workloadWidth));
            set(node, "height", inches(side * options.workloadHeight * 1.5));
        }
        for (const External &e : design.externals) {
            Agnode_t *node = agnode(g, cs(externalId(e.name)), 1);
            set(node, "width", inches(options.externalWidth));
            set(node, "height", inches(options.externalHeight));
        }
        std::set<std::pair<std::string, std::string>> edges;
        for (const Flow &flow : design.flows) {
            const std::string from = groupOf(flow.from), to = groupOf(flow.to);
            if (!from.empty() && !to.empty() && from != to && edges.emplace(from, to).second)
                agedge(g, agnode(g, cs(from), 0), agnode(g, cs(to), 0), nullptr, 1);
        }
        dot += Gv::write(g);
    }
    for (std::size_t n = 0; n < design.namespaces.size(); ++n) {
        if (members[n].empty())
            continue;
        Gv::Graph graph(Gv::open("n" + std::to_string(n)));
        Agraph_t *g = graph.get();
        setLayoutAttributes(g, options);
        for (std::size_t i : members[n]) {
            const std::string id = workloadId(design.workloads[i].ns, design.workloads[i].name);
            Agnode_t *node = agnode(g, cs(id), 1);
            set(node, "width", inches(widthWithRoom(room, id, options.workloadWidth)));
            set(node, "height", inches(options.workloadHeight));
        }
        for (const Flow &flow : design.flows) {
            if (flow.from.kind != Endpoint::Kind::Workload || flow.to.kind != Endpoint::Kind::Workload
                || flow.from.ns != design.namespaces[n].name || flow.to.ns != flow.from.ns
                || flow.from.name == flow.to.name)
                continue;
            Agnode_t *from = agnode(g, cs(nodeId(flow.from)), 0);
            Agnode_t *to = agnode(g, cs(nodeId(flow.to)), 0);
            if (from && to)
                agedge(g, from, to, nullptr, 1);
        }
        dot += Gv::write(g);
    }

    const ProgramResult run = runProgram("dot", {"-Tdot"}, dot, options.timeout);
    auto fail = [&](std::string code, std::string message) {
        diagnostics.push_back(makeError(std::move(code), std::move(message)));
        return false;
    };
    if (!run.started)
        return fail("graphviz-missing", run.error + " (the dot program comes with the Debian package graphviz)");
    if (run.timedOut)
        return fail("graphviz-timeout", run.error);
    const std::vector<std::string> graphs = splitGraphs(run.out);
    if (graphs.empty())
        return fail("graphviz-failed", "Graphviz could not lay out the design: "
                                           + run.err.substr(0, run.err.find('\n')));

    // Where the namespaces and externals go, roughly: the packing keeps this order.
    std::string error;
    Gv::Graph quotient(Gv::read(graphs.front(), &error));
    if (!quotient)
        return fail("graphviz-failed", "cannot read Graphviz's layout: " + error);
    const double quotientTop = topOf(quotient.get());
    std::vector<Point> centres(design.namespaces.size());
    for (std::size_t n = 0; n < design.namespaces.size(); ++n)
        centreOf(quotient.get(), namespaceNode(design.namespaces[n].name), quotientTop, centres[n]);

    workloadBoxes.assign(design.workloads.size(), Rect{0, 0, options.workloadWidth, options.workloadHeight});
    for (std::size_t i = 0; i < design.workloads.size(); ++i) {
        const std::string id = workloadId(design.workloads[i].ns, design.workloads[i].name);
        workloadBoxes[i].width = widthWithRoom(room, id, options.workloadWidth);
    }
    std::vector<bool> laidOut(design.namespaces.size(), false);
    for (std::size_t k = 1; k < graphs.size(); ++k) {
        Gv::Graph laid(Gv::read(graphs[k], &error));
        if (!laid)
            return fail("graphviz-failed", "cannot read Graphviz's layout: " + error);
        const std::string name = agnameof(laid.get());
        const std::size_t n = std::size_t(std::strtoul(name.c_str() + 1, nullptr, 10));
        if (name.empty() || name[0] != 'n' || n >= design.namespaces.size() || members[n].empty())
            continue;
        const double top = topOf(laid.get());
        double left = 1e300, upper = 1e300, right = -1e300, lower = -1e300;
        for (std::size_t i : members[n]) {
            Point c;
            if (!centreOf(laid.get(), workloadId(design.workloads[i].ns, design.workloads[i].name),
                          top, c))
                continue;
            Rect &box = workloadBoxes[i];
            box.x = c.x - box.width / 2;
            box.y = c.y - box.height / 2;
            left = std::min(left, box.x);
            upper = std::min(upper, box.y);
            right = std::max(right, box.x + box.width);
            lower = std::max(lower, box.y + box.height);
        }
        if (left > right)
            continue;
        // The frame: padding around the boxes and the title band above them, centred where the
        // namespace's node is in the small graph.
        const double pad = options.namespacePadding;
        const Rect frame{left - pad, upper - pad - options.namespaceHeader, right - left + 2 * pad,
                         lower - upper + 2 * pad + options.namespaceHeader};
        const double dx = centres[n].x - (frame.x + frame.width / 2);
        const double dy = centres[n].y - (frame.y + frame.height / 2);
        design.namespaces[n].geometry = Rect{frame.x + dx, frame.y + dy, frame.width, frame.height};
        for (std::size_t i : members[n]) {
            workloadBoxes[i].x += dx;
            workloadBoxes[i].y += dy;
        }
        laidOut[n] = true;
    }
    for (std::size_t n = 0; n < design.namespaces.size(); ++n) {
        if (laidOut[n])
            continue;
        const double width = options.workloadWidth + 2 * options.namespacePadding;
        const double height = options.namespaceHeader + options.workloadHeight * 0.6 + 2 * options.namespacePadding;
        design.namespaces[n].geometry = Rect{centres[n].x - width / 2, centres[n].y - height / 2, width, height};
    }
    for (std::size_t i = 0; i < design.workloads.size(); ++i) {
        const std::string id = workloadId(design.workloads[i].ns, design.workloads[i].name);
        design.workloads[i].position = Point{workloadBoxes[i].x + leftRoom(room, id), workloadBoxes[i].y};
    }
    for (External &e : design.externals) {
        const std::string id = externalId(e.name);
        Point c;
        centreOf(quotient.get(), id, quotientTop, c);
        const Rect box{c.x - widthWithRoom(room, id, options.externalWidth) / 2, c.y - options.externalHeight / 2,
                       widthWithRoom(room, id, options.externalWidth), options.externalHeight};
        externalBoxes.push_back(box);
        e.position = Point{box.x + leftRoom(room, id), box.y};
    }
    return true;
}

} // namespace Netpol::ArrangeDetail
