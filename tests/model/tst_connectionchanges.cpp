// The class-level diff (changedConnections, diffClusters) against the diff of the two full
// connection lists (diffConnections), on random clusters whose policies, pods, pod labels and
// namespace labels change between the sides, and on a cluster large enough that every side
// changes and the lists are merged instead.

#include "randompolicies.h"

#include "model/analysis/connectionchanges.h"
#include "model/analysis/connectiondiff.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// Everything a change says, as one line.
std::vector<std::string> lines(const std::vector<ConnectionChange> &changes)
{
    std::vector<std::string> out;
    for (const ConnectionChange &c : changes)
        out.push_back(connectionChangeLine(c) + " | " + c.from.name + " | " + c.to.name + " | "
                      + std::to_string(c.fromNew) + std::to_string(c.fromGone)
                      + std::to_string(c.toNew) + std::to_string(c.toGone));
    return out;
}

// Both ways of diffing two clusters on the addresses both tell apart.
struct BothWays
{
    std::vector<std::string> byLists;
    std::vector<std::string> byClasses;
};

BothWays diffBothWays(const Cluster &before, const Cluster &after)
{
    const auto addresses = partitionAddresses({&before.policies, &after.policies});
    const PolicyEvaluator oldEval(before.policies);
    const PolicyEvaluator newEval(after.policies);
    const ConnectionList oldList(before, oldEval, addresses);
    const ConnectionList newList(after, newEval, addresses);
    return {lines(diffConnections(oldList, newList)),
            lines(diffClusters(before, oldEval, after, newEval, addresses))};
}

// Changes one random thing, or several, about a cluster: a policy dropped or added, a pod
// gone, a pod's labels, a namespace's labels.
void mutate(Cluster &cluster, const RandomCluster &donor, std::mt19937 &random, int changes)
{
    auto pick = [&](std::size_t n) { return std::size_t(random() % n); };
    for (int k = 0; k < changes; ++k) {
        switch (random() % 5) {
        case 0:
            if (!cluster.policies.empty()) {
                const std::size_t i = pick(cluster.policies.size());
                cluster.policies.erase(cluster.policies.begin() + std::ptrdiff_t(i));
                cluster.policySources.pop_back();
            }
            break;
        case 1:
            if (!donor.policies.empty()) {
                NetworkPolicy p = donor.policies[pick(donor.policies.size())];
                p.metadata.name += "-added" + std::to_string(k);
                if (cluster.findNamespace(p.metadata.ns)) {
                    cluster.policies.push_back(p);
                    cluster.policySources.emplace_back();
                }
            }
            break;
        case 2:
            if (cluster.workloads.size() > 1)
                cluster.workloads.erase(cluster.workloads.begin()
                                        + std::ptrdiff_t(pick(cluster.workloads.size())));
            break;
        case 3:
            if (!cluster.workloads.empty() && !donor.peers.empty() && donor.peers.front().isPod)
                cluster.workloads[pick(cluster.workloads.size())].labels
                    = donor.peers[pick(donor.peers.size())].labels;
            break;
        default:
            if (!cluster.namespaces.empty() && !donor.namespaceLabels.empty()) {
                ClusterNamespace &ns = cluster.namespaces[pick(cluster.namespaces.size())];
                ns.labels = donor.namespaceLabels[pick(donor.namespaceLabels.size())];
                ns.labels[kNamespaceNameLabel] = ns.name;
            }
            break;
        }
    }
}

} // namespace

TEST(ConnectionChanges, ClassLevelDiffIsTheListDiff)
{
    RandomClusters clusters(77);
    std::mt19937 random(5);
    std::size_t total = 0;
    int empty = 0;
    for (int round = 0; round < 300; ++round) {
        const RandomCluster c = clusters.next();
        const RandomCluster donor = clusters.next();
        const Cluster before = clusterOfRandom(c);
        Cluster after = before;
        mutate(after, donor, random, 1 + round % 4);
        const BothWays both = diffBothWays(before, after);
        ASSERT_EQ(both.byClasses, both.byLists) << "round " << round;
        total += both.byLists.size();
        empty += both.byLists.empty();
    }
    // The rounds are not all alike: most change something, some nothing.
    EXPECT_GT(total, 1000u);
    EXPECT_GT(empty, 5);
}

TEST(ConnectionChanges, MergedListsAgreeWithTheClassLevelPath)
{
    RandomClusters clusters(91);
    std::mt19937 random(3);
    for (int round = 0; round < 200; ++round) {
        const RandomCluster c = clusters.next();
        const RandomCluster donor = clusters.next();
        Cluster after = clusterOfRandom(c);
        mutate(after, donor, random, 1 + round % 3);
        const Cluster before = clusterOfRandom(c);
        const PolicyEvaluator oldEval(before.policies);
        const PolicyEvaluator newEval(after.policies);
        // Joint peers by workload name, in another order than either side's.
        const std::vector<NetworkPeer> oldPeers = before.workloadPeers();
        const std::vector<NetworkPeer> newPeers = after.workloadPeers();
        std::vector<JointPeer> joint;
        std::vector<bool> taken(newPeers.size(), false);
        for (std::size_t i = oldPeers.size(); i-- > 0;) {
            std::size_t match = kNoPeer;
            for (std::size_t j = 0; j < newPeers.size(); ++j)
                match = after.workloads[j].name == before.workloads[i].name ? j : match;
            if (match != kNoPeer)
                taken[match] = true;
            joint.emplace_back(i, match);
        }
        for (std::size_t j = 0; j < newPeers.size(); ++j) {
            if (!taken[j])
                joint.emplace_back(kNoPeer, j);
        }
        const auto fast = changedConnections(oldEval, oldPeers, newEval, newPeers, joint);
        const auto merged = changedConnectionsByLists(oldEval, oldPeers, newEval, newPeers, joint);
        ASSERT_EQ(fast.size(), merged.size()) << "round " << round;
        for (std::size_t k = 0; k < fast.size(); ++k) {
            EXPECT_EQ(fast[k].from, merged[k].from) << "round " << round;
            EXPECT_EQ(fast[k].to, merged[k].to) << "round " << round;
            EXPECT_EQ(fast[k].before, merged[k].before) << "round " << round;
            EXPECT_EQ(fast[k].after, merged[k].after) << "round " << round;
            // Each is a real change, pair by pair, on the evaluator's ports.
            EXPECT_FALSE(fast[k].before == fast[k].after);
            EXPECT_NE(fast[k].from, fast[k].to);
        }
    }
}

// 240 pods in 12 namespaces, open before and isolated after (a default deny and one allow per
// namespace): every side changes, more than the class-level path takes on, so the lists are
// merged; the answer is the same as the lists' diff either way.
TEST(ConnectionChanges, EverySideChangedOnALargeCluster)
{
    Cluster open;
    for (int n = 0; n < 12; ++n) {
        const std::string ns = "ns" + std::to_string(n);
        open.namespaces.push_back({ns, {{"team", "t" + std::to_string(n % 4)}}, false, {}});
        for (int i = 0; i < 20; ++i) {
            ManifestWorkload w;
            w.ns = ns;
            w.name = "w" + std::to_string(i);
            w.labels = {{"app", "a" + std::to_string(i % 7)}};
            open.workloads.push_back(w);
        }
    }
    Cluster closed = open;
    for (int n = 0; n < 12; ++n) {
        const std::string ns = "ns" + std::to_string(n);
        NetworkPolicy deny;
        deny.metadata = {"deny", ns, {}, {}, {}};
        deny.spec.policyTypes = {"Ingress", "Egress"};
        NetworkPolicy allow;
        allow.metadata = {"allow", ns, {}, {}, {}};
        allow.spec.podSelector = LabelSelector::fromLabels({{"app", "a" + std::to_string(n % 7)}});
        allow.spec.policyTypes = {"Ingress"};
        NetworkPolicyRule rule;
        NetworkPolicyPeer peer;
        peer.namespaceSelector = LabelSelector::fromLabels({{"team", "t1"}});
        rule.peers = {peer};
        rule.ports = {{"TCP", PortValue::fromNumber(8080), std::nullopt}};
        allow.spec.ingress = {rule};
        for (const NetworkPolicy &p : {deny, allow}) {
            closed.policies.push_back(p);
            closed.policySources.emplace_back();
        }
    }
    const BothWays opening = diffBothWays(closed, open);
    const BothWays closing = diffBothWays(open, closed);
    EXPECT_EQ(opening.byClasses, opening.byLists);
    EXPECT_EQ(closing.byClasses, closing.byLists);
    // Every ordered pair of the 240 pods changes (open to isolated), and each pod's
    // connections with the addresses outside.
    EXPECT_GT(closing.byLists.size(), 240u * 239u);
}
