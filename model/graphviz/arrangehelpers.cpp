#include "model/graphviz/arrange_p.h"

#include <cstdio>
#include <cstdlib>

namespace Netpol::ArrangeDetail {

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

std::string externalId(const std::string &name)
{
    return "x:" + name;
}

std::string nodeId(const Endpoint &e)
{
    if (e.kind == Endpoint::Kind::Workload)
        return workloadId(e.ns, e.name);
    if (e.kind == Endpoint::Kind::External)
        return externalId(e.name);
    return {};
}

RoomMap stubRoom(const Design &design, const ArrangeOptions &options)
{
    RoomMap room;
    for (const Flow &flow : design.flows) {
        if (flow.to.kind == Endpoint::Kind::AllNamespaces && !nodeId(flow.from).empty())
            room[nodeId(flow.from)].right = options.everyPodRoom;
        if (flow.from.kind == Endpoint::Kind::AllNamespaces && !nodeId(flow.to).empty())
            room[nodeId(flow.to)].left = options.everyPodRoom;
    }
    return room;
}

double widthWithRoom(const RoomMap &room, const std::string &id, double width)
{
    const auto it = room.find(id);
    return it == room.end() ? width : width + it->second.left + it->second.right;
}

double leftRoom(const RoomMap &room, const std::string &id)
{
    const auto it = room.find(id);
    return it == room.end() ? 0 : it->second.left;
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

void setBoxGraphDefaults(Agraph_t *graph, RankDirection rankdir)
{
    Gv::set(graph, "rankdir", rankdir == RankDirection::LeftRight ? "LR" : "TB");
    Gv::set(graph, "nodesep", "0.8");
    agattr(graph, AGNODE, Gv::cs("shape"), Gv::cs("box"));
    agattr(graph, AGNODE, Gv::cs("fixedsize"), Gv::cs("true"));
    // No text in the boxes: a blank label, since cgraph does not write an empty default and
    // dot would then label each box with its node id (and warn that a long one does not fit).
    agattr(graph, AGNODE, Gv::cs("label"), Gv::cs(" "));
}

} // namespace Netpol::ArrangeDetail
