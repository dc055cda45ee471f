// The tier evaluation of docs/cluster-policies.md in the model: the scenarios' verdicts from
// the Analyzer, the class-based matrix equal to the pair-by-pair evaluation with guardrails,
// domain name patterns, and pods whose address the input does not give.

#include "randomguardrails.h"
#include "randompolicies.h"
#include "support/scenario.h"
#include "support/testsupport.h"

#include "model/analysis/analysis.h"
#include "model/analysis/clustertiers.h"
#include "model/analysis/connectionlist.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestvalidation.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// Every pair of `peers` on every port: the matrix against PolicyEvaluator::allowed.
void expectMatrixIsPairwise(const Analyzer &analyzer, const std::vector<NetworkPeer> &peers)
{
    const std::vector<TrafficPort> ports = {{80, Protocol::TCP}, {81, Protocol::TCP}, {82, Protocol::TCP},
                                            {80, Protocol::UDP}, {443, Protocol::TCP}};
    const ReachabilityMatrix matrix(analyzer.evaluator(), peers, ports);
    int allowed = 0;
    int denied = 0;
    for (std::size_t a = 0; a < peers.size(); ++a) {
        for (std::size_t b = 0; b < peers.size(); ++b) {
            for (std::size_t p = 0; p < ports.size(); ++p) {
                const bool expected = analyzer.evaluator().allowed(peers[a], peers[b], ports[p].port,
                                                                   ports[p].protocol);
                ASSERT_EQ(matrix.allowed(a, b, p), expected) << a << " -> " << b << ' ' << ports[p].toString();
                (expected ? allowed : denied) += 1;
            }
        }
    }
    EXPECT_GT(allowed, 0);
    EXPECT_GT(denied, 0); // the guardrails did something
}

} // namespace

TEST(ClusterTiers, RandomGuardrailsMatrixAndListEqualPairwise)
{
    RandomClusters clusters(2024);
    RandomGuardrails guardrails(17);
    const std::vector<TrafficPort> ports = {{53, Protocol::UDP}, {53, Protocol::TCP}, {80, Protocol::TCP},
                                            {81, Protocol::SCTP}, {8080, Protocol::TCP}, {9000, Protocol::TCP}};
    long allowed = 0;
    long denied = 0;
    for (int round = 0; round < 120; ++round) {
        const RandomCluster c = clusters.next();
        const PolicyEvaluator evaluator(c.policies, guardrails.next(int(c.namespaceLabels.size())));
        const ReachabilityMatrix matrix(evaluator, c.peers, ports);
        const std::vector<PeerConnection> list = computeConnections(evaluator, c.peers);
        std::map<std::pair<std::size_t, std::size_t>, PortSet> byPair;
        for (const PeerConnection &pc : list)
            byPair[{pc.from, pc.to}] = pc.ports();
        for (std::size_t a = 0; a < c.peers.size(); ++a) {
            for (std::size_t b = 0; b < c.peers.size(); ++b) {
                const auto it = byPair.find({a, b});
                for (std::size_t p = 0; p < ports.size(); ++p) {
                    const bool expected = evaluator.allowed(c.peers[a], c.peers[b], ports[p].port,
                                                            ports[p].protocol);
                    ASSERT_EQ(matrix.allowed(a, b, p), expected)
                        << "round " << round << ' ' << a << " -> " << b << ' ' << ports[p].toString();
                    if (a != b && (c.peers[a].isPod || c.peers[b].isPod)) {
                        ASSERT_EQ(it != byPair.end() && it->second.contains(ports[p].port, ports[p].protocol),
                                  expected)
                            << "round " << round << ' ' << a << " -> " << b << ' ' << ports[p].toString();
                    }
                    (expected ? allowed : denied) += 1;
                }
            }
        }
    }
    EXPECT_GT(allowed, 1000);
    EXPECT_GT(denied, 1000);
}

TEST(ClusterTiers, ScenarioVerdictsInTheModel)
{
    for (const std::string &file : listFiles(dataPath("cluster-scenarios"), ".yaml")) {
        SCOPED_TRACE(file);
        const Scenario s = loadScenario(file);
        const Cluster cluster = clusterOfManifests(s.manifests);
        ASSERT_FALSE(cluster.clusterPolicies.empty());
        const Analyzer analyzer(cluster);
        for (const ScenarioProbe &p : s.probes) {
            Diagnostics problems;
            ProbeSpec spec{p.from, p.to, std::to_string(p.port), parseProtocol(p.protocol)};
            const auto result = analyzer.probe(spec, problems);
            ASSERT_TRUE(result) << problems.front().format();
            EXPECT_EQ(result->allowed, p.allowed) << p.from << " -> " << p.to << ' ' << p.port << '/' << p.protocol;
        }
    }
}

TEST(ClusterTiers, MatrixEqualsPairwiseOnEveryScenario)
{
    for (const std::string &file : listFiles(dataPath("cluster-scenarios"), ".yaml")) {
        SCOPED_TRACE(file);
        const Cluster cluster = clusterOfManifests(loadScenario(file).manifests);
        const Analyzer analyzer(cluster);
        std::vector<NetworkPeer> peers = cluster.workloadPeers();
        for (const char *address : {"192.0.2.10", "10.1.1.200", "10.1.2.1"})
            peers.push_back(NetworkPeer::address(*parseIpAddress(address)));
        expectMatrixIsPairwise(analyzer, peers);
    }
}

TEST(ClusterTiers, IdenticalPodsShareAClassAndUnknownAddressesMeetOnlyWholeSpaces)
{
    std::string text = "apiVersion: policy.networking.k8s.io/v1beta1\n"
                       "kind: ClusterNetworkPolicy\n"
                       "metadata: {name: no-pods-but-dns}\n"
                       "spec:\n"
                       "  tier: Admin\n"
                       "  priority: 1\n"
                       "  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: shop}}}\n"
                       "  egress:\n"
                       "  - action: Deny\n"
                       "    to: [{networks: [10.0.0.0/8]}]\n"
                       "    protocols: [{tcp: {destinationPort: {number: 81}}}]\n"
                       "  - action: Deny\n"
                       "    to: [{networks: [0.0.0.0/0]}]\n"
                       "    protocols: [{tcp: {destinationPort: {number: 80}}}]\n";
    for (int i = 0; i < 30; ++i)
        text += "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w" + std::to_string(i)
                + ", namespace: " + (i % 2 ? "shop" : "other") + "}\n"
                  "spec:\n  selector: {matchLabels: {app: web}}\n"
                  "  template:\n    metadata: {labels: {app: web}}\n"
                  "    spec: {containers: [{name: c, image: i}]}\n";
    const Cluster cluster = clusterOfManifests(text);
    const Analyzer analyzer(cluster);
    const std::vector<NetworkPeer> peers = cluster.workloadPeers();
    ASSERT_EQ(peers.size(), 30u);
    const ReachabilityMatrix classes(analyzer.evaluator(), peers, {});
    EXPECT_EQ(classes.classCount(), 2u); // one per namespace
    expectMatrixIsPairwise(analyzer, peers);
    // A Deployment's pods have no address in the input: 0.0.0.0/0 holds it, 10.0.0.0/8 may not.
    const NetworkPeer &from = peers[1]; // shop
    const NetworkPeer &to = peers[0];
    EXPECT_FALSE(analyzer.evaluator().allowed(from, to, 80, Protocol::TCP));
    EXPECT_TRUE(analyzer.evaluator().allowed(from, to, 81, Protocol::TCP));
    const Verdict v = analyzer.evaluator().explain(from, to, 80, Protocol::TCP);
    EXPECT_TRUE(v.egress.unknownAddress);
    ASSERT_TRUE(v.egress.decision);
    EXPECT_EQ(v.egress.decision->rule.rule, 1u);
}

TEST(ClusterTiers, DomainNamePatterns)
{
    EXPECT_TRUE(domainPatternMatches("kubernetes.io", "kubernetes.io"));
    EXPECT_TRUE(domainPatternMatches("kubernetes.io", "Kubernetes.IO."));
    EXPECT_FALSE(domainPatternMatches("kubernetes.io", "www.kubernetes.io"));
    EXPECT_TRUE(domainPatternMatches("*.kubernetes.io", "www.kubernetes.io"));
    EXPECT_TRUE(domainPatternMatches("*.kubernetes.io", "latest.blog.kubernetes.io"));
    EXPECT_FALSE(domainPatternMatches("*.kubernetes.io", "kubernetes.io"));
    EXPECT_FALSE(domainPatternMatches("*.kubernetes.io", "my-kubernetes.io"));
}

TEST(ClusterTiers, NodesAndDomainsAsProbeEndpoints)
{
    const Cluster cluster = clusterOfManifests(
        "apiVersion: policy.networking.k8s.io/v1beta1\nkind: ClusterNetworkPolicy\n"
        "metadata: {name: egress}\nspec:\n  tier: Admin\n  priority: 1\n"
        "  subject: {namespaces: {}}\n  egress:\n"
        "  - {action: Accept, to: [{domainNames: ['*.example.com']}]}\n"
        "  - {action: Deny, to: [{nodes: {matchLabels: {kubernetes.io/hostname: n1}}}]}\n"
        "  - {action: Accept, to: [{nodes: {}}]}\n"
        "  - {action: Deny, to: [{networks: [0.0.0.0/0]}]}\n"
        "---\napiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x}\n"
        "spec: {containers: [{name: c, image: i}]}\nstatus: {podIP: 10.0.0.5}\n");
    const Analyzer analyzer(cluster);
    auto verdict = [&](const std::string &to) {
        Diagnostics problems;
        const auto r = analyzer.probe(ProbeSpec{"x/a", to, "443", Protocol::TCP}, problems);
        EXPECT_TRUE(r) << (problems.empty() ? "" : problems.front().format());
        return r && r->allowed;
    };
    EXPECT_TRUE(verdict("dns:api.example.com"));
    EXPECT_FALSE(verdict("dns:example.org")); // its address, whatever it is, is in 0.0.0.0/0
    EXPECT_FALSE(verdict("node:n1"));
    EXPECT_TRUE(verdict("node:n2"));
    EXPECT_FALSE(verdict("203.0.113.7"));
}

TEST(ClusterTiers, ConnectionListEqualsPairwiseOnEveryScenario)
{
    std::vector<int> ports;
    for (int p = 1; p <= 100; ++p)
        ports.push_back(p);
    for (int p : {442, 443, 444, 5000, 65535})
        ports.push_back(p);
    for (const std::string &file : listFiles(dataPath("cluster-scenarios"), ".yaml")) {
        SCOPED_TRACE(file);
        const Cluster cluster = clusterOfManifests(loadScenario(file).manifests);
        const Analyzer analyzer(cluster);
        std::vector<NetworkPeer> peers = cluster.workloadPeers();
        for (const char *address : {"192.0.2.10", "10.1.1.200"})
            peers.push_back(NetworkPeer::address(*parseIpAddress(address)));
        const std::vector<PeerConnection> list = computeConnections(analyzer.evaluator(), peers);
        std::map<std::pair<std::size_t, std::size_t>, PortSet> byPair;
        for (const PeerConnection &c : list)
            byPair[{c.from, c.to}] = c.ports();
        int checked = 0;
        for (std::size_t a = 0; a < peers.size(); ++a) {
            for (std::size_t b = 0; b < peers.size(); ++b) {
                if (a == b || (!peers[a].isPod && !peers[b].isPod))
                    continue;
                const auto it = byPair.find({a, b});
                for (Protocol protocol : kAllProtocols) {
                    for (int port : ports) {
                        const bool listed = it != byPair.end() && it->second.contains(port, protocol);
                        ASSERT_EQ(listed, analyzer.evaluator().allowed(peers[a], peers[b], port, protocol))
                            << a << " -> " << b << ' ' << port << '/' << protocolName(protocol);
                        ++checked;
                    }
                }
            }
        }
        EXPECT_GT(checked, 1000);
    }
}
