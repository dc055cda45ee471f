#pragma once

// The state an import works on, shared by the steps in importer.cpp, importflows.cpp and
// importreport.cpp (private to model/).

#include "model/analysis/cluster.h"
#include "model/analysis/portset.h"
#include "model/import/importer.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace Netpol::Import {

// A pod the import reasons about: a design workload's pods, a pod folded into one, or a
// stand-in for the pods the input does not show.
struct Member
{
    enum class Kind { Workload, Replica, OtherPod, OtherNamespace };

    Kind kind = Kind::Workload;
    NetworkPeer peer;
    std::string label;     // for messages
    int workload = -1;     // design workload index (Workload, Replica)
    bool portsKnown = true;
};

// An external: a distinct ipBlock of the input, or anywhere-ipv4/-ipv6.
struct ExternalBlock
{
    IPBlock block;
    bool anywhere = false; // stands for rules whose peers are every address
    std::size_t design = 0; // index into design.externals
};

// An end of a flow and the members (pods) or external it stands for.
struct Group
{
    Endpoint endpoint;
    std::vector<std::size_t> nodes; // member indexes; externals come after the members
    const Workload *workload = nullptr;
};

inline constexpr const char *kOtherNamespace = "(other namespaces)";

struct Context
{
    Context(const ManifestSet &manifests, const ImportOptions &options);

    Cluster cluster;
    PolicyEvaluator evaluator;
    Design design;
    Diagnostics diagnostics;
    std::vector<Member> members;
    std::vector<ExternalBlock> externals; // node index = members.size() + index
    bool synthesized = false;
    bool pairwise = false; // ImportOptions::pairwise
    std::set<PortSet::Name> referencedNames; // named ports the policies use
    std::vector<HalfOpenConnection> halfOpen;

    std::size_t nodeCount() const { return members.size() + externals.size(); }
    bool isExternal(std::size_t node) const { return node >= members.size(); }
    std::string nodeLabel(std::size_t node) const;

    void report(Severity severity, std::string code, std::string message, Location location = {});
    std::string policyName(std::size_t policy) const;
    Location policyLocation(std::size_t policy, const std::string &path = {}) const;
    bool deniesEgress(const std::string &ns) const;
    bool deniesIngress(const std::string &ns) const;

private:
    // The design's namespace of that name, through an index by name (asked per member, a
    // pass over the namespaces each time grows with the members times the namespaces).
    const Namespace *designNamespace(const std::string &ns) const;

    mutable std::unordered_map<std::string, std::size_t> m_namespaceIndex;
    mutable std::size_t m_namespacesIndexed = 0; // design.namespaces.size() when indexed
};

// "a, b, c and 4 more": the first `limit` names, for messages.
std::string joinNames(const std::vector<std::string> &names, std::size_t limit = 6);

// The steps, in order.
void addWorkloads(Context &ctx);          // importer.cpp: workloads or synthesized ones, members
void addNamespaces(Context &ctx);         // importer.cpp: managed and defaultDeny per namespace
void detectDns(Context &ctx);             // importer.cpp
void addExternals(Context &ctx);          // importflows.cpp
void synthesizeFlows(Context &ctx);       // importflows.cpp
void reportInexpressible(Context &ctx);   // importreport.cpp: structural findings
void layoutDesign(Design &design);        // importer.cpp
void verifyDesign(Context &ctx, const Design &design); // importverify.cpp
void addGuardrails(Context &ctx);         // importguardrails.cpp: cluster policies, as they are

// The egress (`egress`) or ingress ports the subject's rules admit toward/from `remote`, as
// the evaluator sees them: everything when the subject is not isolated in that direction.
PortSet sidePorts(const Context &ctx, const Member &subject, bool egress, const Member &remote);
// Only what rules explicitly admit (empty when the subject is not isolated).
PortSet explicitPorts(const Context &ctx, const Member &subject, bool egress, const Member &remote);
// What a pod's rules admit toward (egress) or from (ingress) every address of an external.
PortSet externalSide(const Context &ctx, const Member &pod, bool egress, const ExternalBlock &external);
// Every address of `inner` is in `outer` (and not in one of its excepts).
bool blockHolds(const IPBlock &outer, const IPBlock &inner);
// Per external: the externals (as node indexes, ascending) whose every address it holds.
std::vector<std::vector<std::size_t>> externalsInside(const Context &ctx);
// "CIDR EXCEPT...": what tells ipBlocks apart.
std::string blockKey(const IPBlock &block);

// synthesizeFlows evaluated member pair by member pair (importflowspairwise.cpp), the
// reference for the tests (ImportOptions::pairwise).
void synthesizeFlowsPairwise(Context &ctx);

} // namespace Netpol::Import
