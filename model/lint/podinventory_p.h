#pragma once

// The pods of a manifest set as the manifest lint sees them (private to model/): the input's
// Pods and workload templates, grouped into classes that no policy can tell apart, each with
// the policies that select it, and the namespaces with their labels.
//
// The input shows the pods of a namespace when it holds at least one Pod or workload there;
// only those namespaces are judged on pods. A namespace without any (kube-system when only the
// application's manifests are given) may still have pods the input does not show.

#include "model/analysis/cluster.h"
#include "model/analysis/evaluator.h"
#include "model/analysis/tieredexplain.h"
#include "model/analysis/portset.h"
#include "model/manifests/manifestreader.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace Netpol::ManifestLint {

// Pods with the same namespace, labels and container ports: every policy treats them alike.
struct PodClass
{
    NetworkPeer peer;                  // namespace labels from the Namespace object
    std::string name;                  // its first workload (a Deployment before its Pods)
    std::vector<std::size_t> members;  // indexes into PodInventory::workloads()
    std::vector<IpAddress> ips;        // its Pods' addresses (peer.ip is left empty)
    std::vector<std::size_t> ingressPolicies; // policies selecting it for ingress, input order
    std::vector<std::size_t> egressPolicies;  // and for egress
    bool singlePod = false;            // one Pod object: a connection to itself is loopback

    const std::vector<std::size_t> &policies(bool egress) const
    {
        return egress ? egressPolicies : ingressPolicies;
    }
    bool isolated(bool egress) const { return !policies(egress).empty(); }
};

class PodInventory
{
public:
    // `set` holds the policies to judge (none refused); their indexes are the evaluator's.
    explicit PodInventory(const ManifestSet &set);
    PodInventory(const PodInventory &) = delete; // m_intervals refers to m_evaluator
    PodInventory &operator=(const PodInventory &) = delete;

    bool empty() const { return m_classes.empty(); }
    // Does the input show the pods of `ns`?
    bool knows(const std::string &ns) const { return m_byNamespace.count(ns) > 0; }

    // The evaluator of the NetworkPolicies (indexes as the set's) and the input's guardrails.
    const PolicyEvaluator &evaluator() const { return m_evaluator; }
    bool hasGuardrails() const { return m_evaluator.hasClusterPolicies(); }
    const Cluster &cluster() const { return m_cluster; }
    const NetworkPolicy &policy(std::size_t index) const { return m_evaluator.policies()[index]; }
    const std::vector<ManifestWorkload> &workloads() const { return m_cluster.workloads; }
    const std::vector<ClusterNamespace> &namespaces() const { return m_cluster.namespaces; }
    const ClusterNamespace *findNamespace(const std::string &ns) const
    {
        return m_cluster.findNamespace(ns);
    }
    const std::vector<PodClass> &classes() const { return m_classes; }
    const PodClass &podClass(std::size_t index) const { return m_classes[index]; }
    const std::vector<std::size_t> &classesIn(const std::string &ns) const;

    // Classes of `ns` whose labels `selector` matches, in input order.
    std::vector<std::size_t> matching(const std::string &ns, const LabelSelector &selector) const;
    // Classes of its namespace that policy `index` selects by its podSelector (its
    // policyTypes are not looked at).
    std::vector<std::size_t> selectedBy(std::size_t index) const;
    // Namespaces of the input (declared, holding objects or named by selectors) whose labels
    // the namespaceSelector matches.
    std::vector<std::string> namespacesMatching(const LabelSelector &namespaceSelector) const;
    // The DNS pods: kube-system's classes labelled k8s-app=kube-dns or serving 53/UDP.
    const std::vector<std::size_t> &dnsClasses() const { return m_dns; }

    // The ports `subject`'s side admits toward (egress) or from (ingress) `remote`, resolved on
    // the destination's container ports: every port when that side is not isolated. An ipBlock
    // that holds the address of any of remote's pods counts for all of them (so that a port
    // left out is refused to every one).
    PortSet sidePorts(std::size_t subject, bool egress, std::size_t remote) const;

    // With guardrails: the ports `subject`'s side admits toward (egress) or from (ingress)
    // `remote` through the tiers (docs/cluster-policies.md), for any pod of remote (each of
    // its addresses is tried, as a guardrail's networks may hold some of them).
    // Only among `within` when it is given.
    PortSet tieredSidePorts(std::size_t subject, bool egress, std::size_t remote,
                            const PortSet *within = nullptr) const;
    // The names of the guardrails whose subject selects some class of `ns`.
    std::vector<std::string> guardrailsSelecting(const std::string &ns) const;

    // The class's name for a message about namespace `ns`: "frontend", or "shop/api" when it
    // lives in another namespace.
    std::string describe(std::size_t index, const std::string &ns) const;

private:
    void addClasses();
    void indexPolicies();
    bool rulePeersMatch(std::size_t index, bool egress, std::size_t rule,
                        const PodClass &remote) const;

    Cluster m_cluster;
    PolicyEvaluator m_evaluator;
    std::vector<PodClass> m_classes;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byNamespace;
    // "ns\nkey=value" -> classes of ns carrying that label.
    std::unordered_map<std::string, std::vector<std::size_t>> m_byLabel;
    std::vector<std::size_t> m_dns;
    TierIntervals m_intervals{m_evaluator};
};

} // namespace Netpol::ManifestLint
