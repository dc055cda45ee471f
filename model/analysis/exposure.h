#pragma once

#include "model/analysis/analysis.h"
#include "model/analysis/portset.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace Netpol {

// A remote end an exposure entry of an input with guardrails speaks of: a NetworkPolicy peer
// (read in `policyNamespace`), a peer of a guardrail rule (`rule`, `peerIndex`), or everything
// (neither); with `namedPort`, only on the remote pod's port of that name (a named port of an
// egress rule: its number is the remote's).
struct ExposureClause
{
    std::optional<NetworkPolicyPeer> peer;
    std::string policyNamespace;
    std::optional<ClusterRuleRef> rule;
    std::size_t peerIndex = 0;
    bool egress = false;
    std::string namedPort;
    std::string text; // "pods in namespaces team=a", "nodes all nodes", ...

    bool matches(const PolicyEvaluator &evaluator, const NetworkPeer &remote, int port,
                 Protocol protocol) const;
};

// Remote ends an entry does not hold for: those `clause` matches, unless one of `unless` does.
struct ExposureExclusion
{
    ExposureClause clause;
    std::vector<ExposureClause> unless;
};

// What a workload accepts from (ingress) or may send to (egress) by the policies alone,
// whatever pods exist: the entire cluster, pods of the namespaces a selector matches (any pod
// or those a pod selector matches), pods a selector matches in the policy's namespace, or
// addresses outside the cluster, with the ports. A direction no policy isolates is open to
// the entire cluster and every address.
struct ExposureEntry
{
    enum class Scope { Cluster, Namespaces, Namespace, Addresses, Nodes, Domains };

    bool egress = false;
    Scope scope = Scope::Cluster;
    // The peer as the rule wrote it (none for a rule without peers or an open direction), and
    // the policy's namespace it is read in.
    std::optional<NetworkPolicyPeer> peer;
    std::string policyNamespace;
    PortSet ports;           // for egress, named ports stay symbolic (the destination is not known)
    std::string description; // "entire cluster", "namespaces team=a", "pods app=web in shop", ...

    // Inputs with guardrails (docs/cluster-policies.md): the entry's remote ends, those it
    // leaves out (an Admin or Baseline Deny, a Pass before it), and the guardrail rule that
    // opened it ("Admin tier: ClusterNetworkPolicy/x spec.ingress[0]"; empty for NetworkPolicy
    // rules and what is allowed by default).
    std::optional<ExposureClause> clause;
    std::vector<ExposureExclusion> except;
    std::string decidedBy;
    bool byDefault = false; // what no tier decided (a side no NetworkPolicy isolates)

    // Does the remote end fall under this entry (the ports aside)? Inputs without guardrails.
    bool covers(const NetworkPeer &remote) const;
    // Does the entry let `remote` in (out) on that port? Every input; with guardrails, exactly
    // what that side of the workload allows.
    bool admits(const PolicyEvaluator &evaluator, const NetworkPeer &remote, int port,
                Protocol protocol) const;
};

// The workloads (indexes) in the order the exposure lists them: by namespace and name.
std::vector<std::size_t> exposureOrder(const Cluster &cluster);

// The scope and description of a NetworkPolicy peer read in namespace `ns`.
ExposureEntry::Scope describeExposurePeer(const NetworkPolicyPeer &peer, const std::string &ns,
                                          std::string *description);

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
