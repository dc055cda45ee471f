#pragma once

#include "model/analysis/analysis.h"
#include "model/analysis/connectionlist.h"
#include "model/manifests/manifestreader.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace Netpol {

// One ordered pair whose allowed connections differ between two inputs.
struct ConnectionChange
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    ConnectionEndpoint from; // as the side that has it names it (NEW where both do)
    ConnectionEndpoint to;
    bool fromNew = false;  // the endpoint is only in NEW
    bool fromGone = false; // only in OLD
    bool toNew = false;
    bool toGone = false;
    std::optional<PortSet> before; // none: nothing allowed in OLD
    std::optional<PortSet> after;
    std::vector<std::string> reasons; // with explain: the rules behind each side's ports
};

// The pairs two connection lists disagree on, sorted by from and to. Workloads are matched by
// namespace, kind and name, address sets by their text (compute both lists on the same
// partition of the address space).
std::vector<ConnectionChange> diffConnections(const ConnectionList &before,
                                              const ConnectionList &after);

// The same changes as diffConnections of both clusters' lists on `addresses`, found per class
// of endpoints with a changed side (changedConnections), without listing every connection.
std::vector<ConnectionChange> diffClusters(const Cluster &before, const PolicyEvaluator &beforeEval,
                                           const Cluster &after, const PolicyEvaluator &afterEval,
                                           const std::vector<AddressSet> &addresses);

const char *changeKindName(ConnectionChange::Kind kind); // added, removed, changed
// An end as a change line names it: "shop/web[Deployment]", with " (new)" or " (gone)".
std::string changeEndpointText(const ConnectionChange &change, bool from);
// One side's ports as a change line gives them: the ports, or "No Connections".
std::string changeSideText(const std::optional<PortSet> &ports);
// The text line of one change, as `netpol diff` writes it (without the reasons).
std::string connectionChangeLine(const ConnectionChange &change);

// Text: one line a change, `changed shop/web[Deployment] => shop/db[StatefulSet] : TCP 5432 ->
// TCP 5432,6000` ("(new)"/"(gone)" after an endpoint on one side only, "No Connections" for an
// absent side), then a summary; JSON {"changes": [{from, to, change, before, after}]}; CSV and
// a Markdown table with the same columns. The reasons, when filled, are indented under a text
// line, a `reasons` list in JSON, a last column in CSV and Markdown.
void writeConnectionChanges(std::ostream &out, const std::vector<ConnectionChange> &changes,
                            AnalysisFormat format);

// The changes from `before` to `after` and the clusters' warnings: both clusters are built,
// their connections listed on the address sets the ipBlocks of both tell apart; with
// `explain`, each change says which policies and rules allow its ports on each side.
struct ConnectionDiff
{
    std::vector<ConnectionChange> changes;
    Diagnostics diagnostics; // the clusters' warnings and errors (not the reading's)
};
ConnectionDiff computeConnectionDiff(const ManifestSet &before, const ManifestSet &after,
                                     bool explain = false);

struct DiffOutcome
{
    Diagnostics diagnostics; // of both inputs
    std::size_t changes = 0;
    int documentsLeftOut = 0;
};

// What `netpol diff` does once both sides are read: builds both clusters, lists their
// connections on the address sets the ipBlocks of both tell apart, and writes the changes;
// with `explain`, each change says which policies and rules allow its ports on each side
// ("before: egress of ...: shop/p spec.egress[0] (old.yaml:12): TCP 5432").
DiffOutcome runConnectionDiff(const ManifestSet &before, const ManifestSet &after,
                              AnalysisFormat format, std::ostream &out, bool explain = false);

} // namespace Netpol
