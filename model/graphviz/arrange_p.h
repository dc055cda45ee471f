#pragma once

// Private pieces of Arrange shared by the clustered layout (autolayout.cpp) and the
// namespace-by-namespace layout of big designs (namespacelayout.cpp).

#include "model/design/design.h"
#include "model/graphviz/autolayout.h"
#include "model/graphviz/graphviz_p.h"

#include <map>
#include <string>
#include <vector>

namespace Netpol::ArrangeDetail {

std::string inches(double units);
std::string workloadId(const std::string &ns, const std::string &name);
std::string externalId(const std::string &name);
// The layout node of a workload or external endpoint; empty for the others.
std::string nodeId(const Endpoint &e);

// Room beside a box for the */* stubs the canvas draws from it: on the right for flows it
// sends to every pod, on the left for flows it receives from every pod.
struct Room
{
    double left = 0;
    double right = 0;
};
using RoomMap = std::map<std::string, Room>;

RoomMap stubRoom(const Design &design, const ArrangeOptions &options);
double widthWithRoom(const RoomMap &room, const std::string &id, double width);
double leftRoom(const RoomMap &room, const std::string &id);

// What every Arrange graph starts with: the direction, the space between boxes in a rank, and
// nodes as fixed-size boxes without text.
void setBoxGraphDefaults(Agraph_t *graph, RankDirection rankdir);

// Reads `count` comma-separated numbers ("1,2,3,4").
bool parseNumbers(const std::string &text, double *values, int count);

// Lays out each namespace on its own and places the namespaces by a layout of how they connect;
// the packing then arranges them (for designs too big for one clustered layout). Fills
// `boxes` (with stub room) like the clustered layout does.
bool layoutByNamespace(Design &design, const ArrangeOptions &options, std::vector<Rect> &workloadBoxes,
                       std::vector<Rect> &externalBoxes, Diagnostics &diagnostics);

} // namespace Netpol::ArrangeDetail
