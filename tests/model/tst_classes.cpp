// The class-based computations against pair-by-pair evaluation on random clusters: the
// import's flows and half-open findings (against ImportOptions::pairwise), both sides per class
// (computeClassSides, behind the import's half-open findings) and compareReachability
// (against every pair on every port through PolicyEvaluator::allowed).

#include "randompolicies.h"

#include "model/analysis/connectionlist.h"
#include "model/analysis/reachabilitydiff.h"
#include "model/design/designwriter.h"
#include "model/import/importer.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// The random cluster as manifests: its namespaces, its pods (with addresses and ports) and
// its policies.
ManifestSet manifestsOf(const RandomCluster &c, int copies = 1)
{
    ManifestSet set;
    for (std::size_t i = 0; i < c.namespaceLabels.size(); ++i) {
        Labels labels = c.namespaceLabels[i];
        labels.erase(kNamespaceNameLabel);
        set.namespaces.push_back({"n" + std::to_string(i), labels, {}});
    }
    // Copies differ in a label no selector looks at: more workloads in the same classes.
    for (int copy = 0; copy < copies; ++copy) {
        for (std::size_t i = 0; i < c.peers.size(); ++i) {
            const NetworkPeer &peer = c.peers[i];
            if (!peer.isPod)
                continue;
            ManifestWorkload w;
            w.kind = WorkloadKind::Pod;
            w.ns = peer.ns;
            w.name = "pod-" + std::to_string(i) + (copy ? "-copy-" + std::to_string(copy) : "");
            w.labels = peer.labels;
            if (copy)
                w.labels["zz-copy"] = std::to_string(copy);
            w.ports = peer.ports;
            if (peer.ip && !copy)
                w.ips.push_back(*peer.ip);
            set.workloads.push_back(std::move(w));
        }
    }
    for (const NetworkPolicy &p : c.policies) {
        set.policies.push_back(p);
        set.policySources.emplace_back();
        set.policyErrors.push_back(0);
    }
    return set;
}

std::string messages(const Diagnostics &diagnostics)
{
    std::string out;
    for (const Diagnostic &d : diagnostics)
        out += d.code + ": " + d.message + '\n';
    return out;
}

} // namespace

TEST(Classes, ImportFlowsSameAsPairByPair)
{
    RandomClusters clusters(4242);
    int flows = 0, halfOpen = 0, counted = 0;
    for (int round = 0; round < 150; ++round) {
        const ManifestSet set = manifestsOf(clusters.next(), round % 3 == 0 ? 5 : 1);
        const ImportResult classes = importDesign(set);
        ImportOptions options;
        options.pairwise = true;
        const ImportResult pairs = importDesign(set, options);
        ASSERT_EQ(classes.design.has_value(), pairs.design.has_value()) << "round " << round;
        EXPECT_EQ(messages(classes.diagnostics), messages(pairs.diagnostics)) << "round " << round;
        counted += messages(classes.diagnostics).find("import-half-open: ") != std::string::npos
                   && messages(classes.diagnostics).find(" more findings like the above") != std::string::npos;
        if (!classes.design)
            continue;
        flows += int(classes.design->flows.size());
        halfOpen += int(classes.halfOpen.size());
        ASSERT_EQ(writeDesign(*classes.design), writeDesign(*pairs.design)) << "round " << round;
    }
    EXPECT_GT(flows, 300) << "the random clusters make flows";
    EXPECT_GT(halfOpen, 100) << "and half-open connections";
    EXPECT_GT(counted, 5) << "some past the reported ones, counted";
}

TEST(Classes, SidesPerClassSameAsPairByPair)
{
    RandomClusters clusters(99);
    long open = 0, restricted = 0;
    for (int round = 0; round < 200; ++round) {
        const RandomCluster c = clusters.next();
        const PolicyEvaluator evaluator(c.policies);
        const ClassSides sides = computeClassSides(evaluator, c.peers, {});
        for (std::size_t i = 0; i < c.peers.size(); ++i) {
            for (std::size_t j = 0; j < c.peers.size(); ++j) {
                if (!c.peers[i].isPod && !c.peers[j].isPod)
                    continue;
                const std::size_t a = sides.classOf[i], b = sides.classOf[j];
                const PortSet both = sides.ports(true, a, b).intersect(sides.ports(false, b, a));
                ASSERT_EQ(both, connectionPorts(evaluator, c.peers[i], c.peers[j]))
                    << "round " << round << ": " << i << " -> " << j;
                // Explicit ports are the side's ports where the side is isolated, else none.
                const bool isolated = c.peers[i].isPod && evaluator.isolated(c.peers[i], true);
                ASSERT_EQ(sides.explicitPorts(true, a, b),
                          isolated ? sides.ports(true, a, b) : PortSet::none());
                (isolated ? restricted : open) += 1;
            }
        }
    }
    EXPECT_GT(open, 100);
    EXPECT_GT(restricted, 100);
}

TEST(Classes, CompareReachabilitySameAsEveryPairOnEveryPort)
{
    RandomClusters clusters(31337);
    std::size_t differences = 0;
    for (int round = 0; round < 120; ++round) {
        const RandomCluster first = clusters.next();
        RandomCluster second = clusters.next();
        // The same peers under two policy sets that share some policies.
        std::vector<NetworkPolicy> mixed = first.policies;
        for (std::size_t k = 0; k < second.policies.size(); k += 2)
            mixed.push_back(second.policies[k]);
        std::vector<NetworkPeer> peers = first.peers;
        if (!peers.empty())
            peers.push_back(peers.front()); // a twin: the same pod twice
        const auto ports = distinguishingPorts({first.policies, mixed}, peers);
        const auto found = compareReachability(first.policies, mixed, peers, ports);
        const PolicyEvaluator a(first.policies), b(mixed);
        std::vector<ReachabilityDifference> expected;
        for (std::size_t i = 0; i < peers.size(); ++i) {
            for (std::size_t j = 0; j < peers.size(); ++j) {
                if (!peers[i].isPod && !peers[j].isPod)
                    continue;
                for (const TrafficPort &p : ports) {
                    const bool inA = a.allowed(peers[i], peers[j], p.port, p.protocol);
                    if (inA != b.allowed(peers[i], peers[j], p.port, p.protocol))
                        expected.push_back({i, j, p, inA});
                }
            }
        }
        ASSERT_EQ(found.size(), expected.size()) << "round " << round;
        for (std::size_t k = 0; k < found.size(); ++k) {
            ASSERT_TRUE(found[k].from == expected[k].from && found[k].to == expected[k].to
                        && found[k].port == expected[k].port
                        && found[k].allowedByFirst == expected[k].allowedByFirst)
                << "round " << round << " difference " << k;
        }
        differences += found.size();
    }
    EXPECT_GT(differences, 1000u);
}
