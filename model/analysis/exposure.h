#pragma once

#include "model/analysis/analysis.h"
#include "model/analysis/portset.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace Netpol {

// What a workload accepts from (ingress) or may send to (egress) by the policies alone,
// whatever pods exist: the entire cluster, pods of the namespaces a selector matches (any pod
// or those a pod selector matches), pods a selector matches in the policy's namespace, or
// addresses outside the cluster, with the ports. A direction no policy isolates is open to
// the entire cluster and every address.
struct ExposureEntry
{
    enum class Scope { Cluster, Namespaces, Namespace, Addresses };

    bool egress = false;
    Scope scope = Scope::Cluster;
    // The peer as the rule wrote it (none for a rule without peers or an open direction), and
    // the policy's namespace it is read in.
    std::optional<NetworkPolicyPeer> peer;
    std::string policyNamespace;
    PortSet ports;           // for egress, named ports stay symbolic (the destination is not known)
    std::string description; // "entire cluster", "namespaces team=a", "pods app=web in shop", ...

    // Does the remote end fall under this entry (the ports aside)?
    bool covers(const NetworkPeer &remote) const;
};

struct WorkloadExposure
{
    std::size_t workload = 0;           // index into Cluster::workloads
    std::vector<ExposureEntry> entries; // ingress first, each direction by description
};

// Per workload, sorted by namespace and name.
std::vector<WorkloadExposure> computeExposure(const Cluster &cluster,
                                              const PolicyEvaluator &evaluator);

// "app=web,tier in (a,b),!canary"; "all pods" for an empty selector.
std::string selectorText(const LabelSelector &selector);

// One entry as the text output writes it: "accepts from entire cluster : TCP 8080".
std::string exposureLine(const ExposureEntry &entry);
// What the text output writes for a workload without entries.
inline constexpr const char *kNoExposure = "accepts nothing and sends nothing";

// Text: per workload a header and one line an entry (`accepts from entire cluster : TCP 8080`,
// `may send to addresses 203.0.113.0/24 : TCP 443`); JSON a list of {workload, kind,
// direction, scope, peer, all, ports}; CSV the same columns (TCP, UDP, SCTP and named ports).
void writeExposure(std::ostream &out, const Cluster &cluster,
                   const std::vector<WorkloadExposure> &exposure, AnalysisFormat format,
                   const std::vector<bool> &focus = {});

} // namespace Netpol
