#include "model/analysis/exposure.h"

#include "model/analysis/analysisformat.h"
#include "model/analysis/connectionformat.h"
#include "model/analysis/connectionlist.h"
#include "model/analysis/tieredexposure.h"

#include <algorithm>
#include <map>
#include <ostream>

namespace Netpol {

namespace {

std::string requirementText(const LabelSelectorRequirement &r)
{
    if (r.op == "Exists")
        return r.key;
    if (r.op == "DoesNotExist")
        return '!' + r.key;
    std::string values;
    for (const std::string &v : r.values)
        values += (values.empty() ? "" : ",") + v;
    return r.key + (r.op == "NotIn" ? " notin (" : " in (") + values + ')';
}

ExposureEntry entryFor(bool egress, const NetworkPolicyPeer *peer, const std::string &ns,
                       PortSet ports)
{
    ExposureEntry e;
    e.egress = egress;
    e.policyNamespace = ns;
    e.ports = std::move(ports);
    if (!peer) {
        e.scope = ExposureEntry::Scope::Cluster;
        e.description = "entire cluster and every address";
        return e;
    }
    e.peer = *peer;
    e.scope = describeExposurePeer(*peer, ns, &e.description);
    return e;
}

const char *scopeName(ExposureEntry::Scope scope)
{
    switch (scope) {
    case ExposureEntry::Scope::Cluster:
        return "cluster";
    case ExposureEntry::Scope::Namespaces:
        return "namespaces";
    case ExposureEntry::Scope::Namespace:
        return "namespace";
    case ExposureEntry::Scope::Nodes:
        return "nodes";
    case ExposureEntry::Scope::Domains:
        return "domains";
    case ExposureEntry::Scope::Addresses:
        break;
    }
    return "addresses";
}

std::string portsText(const PortSet &ports)
{
    std::string text = connectionPortsText(ports);
    for (const auto &[name, protocol] : ports.names()) {
        if (!ports.coversProtocol(protocol))
            text += (text.empty() ? "" : "; ") + std::string(protocolName(protocol)) + " named "
                    + name;
    }
    return text;
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

} // namespace

std::vector<std::size_t> exposureOrder(const Cluster &cluster)
{
    std::vector<std::size_t> order(cluster.workloads.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto &x = cluster.workloads[a];
        const auto &y = cluster.workloads[b];
        return std::tie(x.ns, x.name) < std::tie(y.ns, y.name);
    });
    return order;
}

ExposureEntry::Scope describeExposurePeer(const NetworkPolicyPeer &peer, const std::string &ns,
                                          std::string *description)
{
    if (peer.ipBlock) {
        *description = "addresses " + peer.ipBlock->cidr;
        for (std::size_t i = 0; i < peer.ipBlock->except.size(); ++i)
            *description += (i ? ", " : " except ") + peer.ipBlock->except[i];
        return ExposureEntry::Scope::Addresses;
    }
    const bool anyPod = !peer.podSelector || peer.podSelector->isEmpty();
    if (peer.namespaceSelector) {
        const bool anyNamespace = peer.namespaceSelector->isEmpty();
        if (anyNamespace && anyPod)
            *description = "entire cluster";
        else if (anyNamespace)
            *description = "pods " + selectorText(*peer.podSelector) + " in every namespace";
        else
            *description
                = (anyPod ? std::string("pods") : "pods " + selectorText(*peer.podSelector))
                  + " in namespaces " + selectorText(*peer.namespaceSelector);
        return anyNamespace && anyPod ? ExposureEntry::Scope::Cluster
                                      : ExposureEntry::Scope::Namespaces;
    }
    *description = (anyPod ? std::string("pods") : "pods " + selectorText(*peer.podSelector))
                   + " in namespace " + ns;
    return ExposureEntry::Scope::Namespace;
}

std::string selectorText(const LabelSelector &selector)
{
    if (selector.isEmpty())
        return "all pods";
    std::string out;
    for (const auto &[key, value] : selector.matchLabels)
        out += (out.empty() ? "" : ",") + key + '=' + value;
    for (const LabelSelectorRequirement &r : selector.matchExpressions)
        out += (out.empty() ? "" : ",") + requirementText(r);
    return out;
}

bool ExposureEntry::covers(const NetworkPeer &remote) const
{
    if (!peer)
        return true;
    return PolicyEvaluator::peerMatches(*peer, policyNamespace, remote);
}

std::vector<WorkloadExposure> computeExposure(const Cluster &cluster,
                                              const PolicyEvaluator &evaluator)
{
    if (evaluator.hasClusterPolicies())
        return computeTieredExposure(cluster, evaluator);
    std::vector<WorkloadExposure> out;
    for (std::size_t index : exposureOrder(cluster)) {
        const NetworkPeer pod = cluster.peerOf(cluster.workloads[index]);
        WorkloadExposure exposure{index, {}};
        for (bool egress : {false, true}) {
            std::map<std::string, ExposureEntry> byDescription;
            auto add = [&](ExposureEntry e) {
                if (e.ports.empty())
                    return;
                const auto [it, added] = byDescription.emplace(e.description, e);
                if (!added)
                    it->second.ports.unite(e.ports);
            };
            if (!evaluator.isolated(pod, egress)) {
                add(entryFor(egress, nullptr, pod.ns, PortSet::all()));
            } else {
                for (std::size_t p : evaluator.policiesIn(pod.ns)) {
                    if (!evaluator.selects(p, pod, egress))
                        continue;
                    const NetworkPolicy &policy = evaluator.policies()[p];
                    for (const NetworkPolicyRule &rule :
                         egress ? policy.spec.egress : policy.spec.ingress) {
                        // Ingress ports resolve on the workload; egress ones stay symbolic
                        // (they resolve on the destination pod, and match no other address).
                        const PortSet ports = PortSet::ofRule(rule, pod, !egress);
                        if (rule.peers.empty()) {
                            add(entryFor(egress, nullptr, policy.metadata.ns, ports));
                            continue;
                        }
                        // A named port toward an ipBlock applies to the pods whose addresses
                        // it holds, so it stays, symbolic, there too.
                        for (const NetworkPolicyPeer &peer : rule.peers)
                            add(entryFor(egress, &peer, policy.metadata.ns, ports));
                    }
                }
            }
            for (auto &[description, entry] : byDescription)
                exposure.entries.push_back(std::move(entry));
        }
        out.push_back(std::move(exposure));
    }
    return out;
}

void writeExposure(std::ostream &out, const Cluster &cluster,
                   const std::vector<WorkloadExposure> &exposure, AnalysisFormat format,
                   const std::vector<bool> &focus)
{
    auto shown = [&](const WorkloadExposure &w) {
        return focus.empty() || focus[w.workload];
    };
    if (format == AnalysisFormat::Json) {
        out << '[';
        bool first = true;
        for (const WorkloadExposure &w : exposure) {
            if (!shown(w))
                continue;
            const ManifestWorkload &workload = cluster.workloads[w.workload];
            for (const ExposureEntry &e : w.entries) {
                out << (first ? "\n  " : ",\n  ")
                    << "{\"workload\": " << jsonString(workloadName(workload))
                    << ", \"kind\": " << jsonString(workloadKindName(workload.kind))
                    << ", \"direction\": " << jsonString(e.egress ? "egress" : "ingress")
                    << ", \"scope\": " << jsonString(scopeName(e.scope))
                    << ", \"peer\": " << jsonString(e.description)
                    << ", \"all\": " << (e.ports.isAll() ? "true" : "false")
                    << ", \"ports\": " << jsonString(portsText(e.ports)) << '}';
                first = false;
            }
        }
        out << (first ? "]\n" : "\n]\n");
        return;
    }
    if (format == AnalysisFormat::Csv) {
        out << "workload,kind,direction,scope,peer,all,ports\n";
        for (const WorkloadExposure &w : exposure) {
            if (!shown(w))
                continue;
            const ManifestWorkload &workload = cluster.workloads[w.workload];
            for (const ExposureEntry &e : w.entries)
                out << csvField(workloadName(workload)) << ',' << workloadKindName(workload.kind)
                    << ',' << (e.egress ? "egress" : "ingress") << ',' << scopeName(e.scope) << ','
                    << csvField(e.description) << ',' << (e.ports.isAll() ? "true" : "false") << ','
                    << csvField(portsText(e.ports)) << '\n';
        }
        return;
    }
    bool first = true;
    for (const WorkloadExposure &w : exposure) {
        if (!shown(w))
            continue;
        const ManifestWorkload &workload = cluster.workloads[w.workload];
        out << (first ? "" : "\n") << workloadName(workload) << '['
            << workloadKindName(workload.kind) << "]\n";
        first = false;
        if (w.entries.empty())
            out << "  " << kNoExposure << '\n';
        for (const ExposureEntry &e : w.entries)
            out << "  " << exposureLine(e) << '\n';
    }
}

std::string exposureLine(const ExposureEntry &entry)
{
    return (entry.egress ? "may send to " : "accepts from ") + entry.description + " : "
           + portsText(entry.ports);
}

} // namespace Netpol
