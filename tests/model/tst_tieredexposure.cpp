// netpol analyze --exposure with guardrails (docs/cluster-policies.md): every entry, with what
// it leaves out, checked against the pair-by-pair tier evaluation, on the input's pods, on pods
// of namespaces the input does not have, on addresses, nodes and domain names.

#include "randomguardrails.h"
#include "randompolicies.h"
#include "support/scenario.h"
#include "support/testsupport.h"

#include "model/analysis/exposure.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestvalidation.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

NetworkPeer endpoint(const std::string &node, const std::string &domain)
{
    NetworkPeer peer;
    peer.isPod = false;
    peer.node = node;
    if (!node.empty())
        peer.nodeLabels = {{"kubernetes.io/hostname", node}};
    peer.domain = domain;
    return peer;
}

std::vector<NetworkPeer> nodesAndDomains()
{
    return {endpoint("n1", ""), endpoint("n2", ""), endpoint("n3", ""),
            endpoint("", "api.example.com"), endpoint("", "a.b.example.com"),
            endpoint("", "db.example.org")};
}

std::vector<TrafficPort> samplePorts()
{
    std::vector<int> numbers = {1, 22, 442, 443, 444, 1000, 5000, 8079, 8080, 8081, 9000, 65535};
    for (int p = 49; p <= 101; ++p)
        numbers.push_back(p);
    std::vector<TrafficPort> out;
    for (Protocol protocol : kAllProtocols) {
        for (int n : numbers)
            out.push_back({n, protocol});
    }
    return out;
}

// Every workload's entries against egressAllowed / ingressAllowed; the number of checks.
long expectExposureIsPairwise(const Cluster &cluster, const PolicyEvaluator &evaluator,
                              const std::vector<NetworkPeer> &remotes,
                              const std::vector<TrafficPort> &ports, long *allowed,
                              const std::string &trace)
{
    long checks = 0;
    for (const WorkloadExposure &w : computeExposure(cluster, evaluator)) {
        const NetworkPeer self = cluster.peerOf(cluster.workloads[w.workload]);
        for (const NetworkPeer &remote : remotes) {
            for (const TrafficPort &port : ports) {
                for (bool egress : {false, true}) {
                    const bool expected
                        = egress ? evaluator.egressAllowed(self, remote, port.port, port.protocol)
                                 : evaluator.ingressAllowed(remote, self, port.port,
                                                            port.protocol);
                    bool actual = false;
                    for (const ExposureEntry &e : w.entries)
                        actual = actual
                                 || (e.egress == egress
                                     && e.admits(evaluator, remote, port.port, port.protocol));
                    if (actual != expected) {
                        std::string entries;
                        for (const ExposureEntry &e : w.entries)
                            entries += "\n  " + exposureLine(e);
                        ADD_FAILURE() << trace << entries << '\n'
                                      << cluster.workloads[w.workload].name
                                      << (egress ? " egress to " : " ingress from ")
                                      << (remote.isPod ? remote.ns + ' '
                                                             + formatLabels(remote.labels)
                                                       : remote.node + remote.domain)
                                      << ' ' << port.toString() << " expected " << expected;
                        return checks;
                    }
                    ++checks;
                    *allowed += expected;
                }
            }
        }
    }
    return checks;
}

std::string exposureText(const Cluster &cluster, const PolicyEvaluator &evaluator)
{
    std::ostringstream out;
    writeExposure(out, cluster, computeExposure(cluster, evaluator), AnalysisFormat::Text);
    return out.str();
}

} // namespace

TEST(TieredExposure, EveryEntryAgreesWithTheTierEvaluation)
{
    RandomClusters clusters(4711);
    RandomGuardrails guardrails(99, true);
    const std::vector<TrafficPort> ports = samplePorts();
    long checks = 0;
    long allowed = 0;
    for (int round = 0; round < 60; ++round) {
        const RandomCluster c = clusters.next();
        Cluster cluster = clusterOfRandom(c);
        cluster.clusterPolicies = guardrails.next(int(c.namespaceLabels.size()));
        const PolicyEvaluator evaluator(cluster.policies, cluster.clusterPolicies);
        std::vector<NetworkPeer> remotes = c.peers;
        for (NetworkPeer &p : strangerPeers())
            remotes.push_back(std::move(p));
        for (NetworkPeer &p : nodesAndDomains())
            remotes.push_back(std::move(p));
        checks += expectExposureIsPairwise(cluster, evaluator, remotes, ports, &allowed,
                                           "round " + std::to_string(round));
        if (testing::Test::HasFailure())
            return;
    }
    EXPECT_GT(allowed, checks / 10);
    EXPECT_LT(allowed, checks - checks / 10);
}

TEST(TieredExposure, EveryScenarioAgreesWithTheTierEvaluation)
{
    for (const std::string &file : listFiles(dataPath("cluster-scenarios"), ".yaml")) {
        SCOPED_TRACE(file);
        const Cluster cluster = clusterOfManifests(loadScenario(file).manifests);
        const PolicyEvaluator evaluator(cluster.policies, cluster.clusterPolicies);
        std::vector<NetworkPeer> remotes = cluster.workloadPeers();
        for (const char *address : {"192.0.2.10", "10.1.1.200", "10.1.2.1", "fd00::1"})
            remotes.push_back(NetworkPeer::address(*parseIpAddress(address)));
        for (NetworkPeer &p : strangerPeers())
            remotes.push_back(std::move(p));
        for (NetworkPeer &p : nodesAndDomains())
            remotes.push_back(std::move(p));
        long allowed = 0;
        EXPECT_GT(expectExposureIsPairwise(cluster, evaluator, remotes, samplePorts(), &allowed,
                                           file),
                  1000);
    }
}

TEST(TieredExposure, TextNamesWhatTheGuardrailsOpenAndClose)
{
    const std::string text = R"(apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: i, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: job, namespace: batch, labels: {app: job}}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
  - from: [{namespaceSelector: {}}]
    ports: [{port: http}]
---
apiVersion: policy.networking.k8s.io/v1beta1
kind: ClusterNetworkPolicy
metadata: {name: guard}
spec:
  tier: Admin
  priority: 10
  subject: {namespaces: {}}
  ingress:
  - action: Accept
    from: [{namespaces: {matchLabels: {team: monitoring}}}]
    protocols: [{tcp: {destinationPort: {number: 9090}}}]
  - action: Deny
    from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: batch}}}]
  egress:
  - action: Accept
    to: [{domainNames: [api.example.com]}]
    protocols: [{tcp: {destinationPort: {number: 443}}}]
  - action: Deny
    to: [{nodes: {}}]
---
apiVersion: policy.networking.k8s.io/v1beta1
kind: ClusterNetworkPolicy
metadata: {name: tenants}
spec:
  tier: Baseline
  priority: 1
  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: batch}}}
  ingress:
  - action: Deny
    from: [{namespaces: {}}]
)";
    const Cluster cluster = clusterOfManifests(text);
    const PolicyEvaluator evaluator(cluster.policies, cluster.clusterPolicies);
    EXPECT_EQ(exposureText(cluster, evaluator),
              "batch/job[Pod]\n"
              "  accepts from every address outside the cluster : All Connections\n"
              "  accepts from pods in namespaces team=monitoring [Admin tier: "
              "ClusterNetworkPolicy/guard spec.ingress[0]] : TCP 9090\n"
              "  may send to domain names api.example.com [Admin tier: "
              "ClusterNetworkPolicy/guard spec.egress[0]] : TCP 443\n"
              "  may send to entire cluster and every address, except every node : All "
              "Connections\n"
              "\n"
              "shop/web[Pod]\n"
              "  accepts from entire cluster, except pods in namespaces "
              "kubernetes.io/metadata.name=batch : TCP 8080\n"
              "  accepts from pods in namespaces team=monitoring [Admin tier: "
              "ClusterNetworkPolicy/guard spec.ingress[0]] : TCP 9090\n"
              "  may send to domain names api.example.com [Admin tier: "
              "ClusterNetworkPolicy/guard spec.egress[0]] : TCP 443\n"
              "  may send to entire cluster and every address, except every node : All "
              "Connections\n");
    std::ostringstream json;
    writeExposure(json, cluster, computeExposure(cluster, evaluator), AnalysisFormat::Json);
    EXPECT_NE(json.str().find("\"direction\": \"egress\", \"scope\": \"domains\", \"peer\": "
                              "\"domain names api.example.com [Admin tier: "),
              std::string::npos)
        << json.str();
}

// What the guardrails take says nothing more where another thing taken already holds it:
// an exclusion inside another is left out of the text, an entry inside an exclusion is left
// out (pod=b of z), "everything but the pods a Pass let through" is said as the addresses and
// those pods, and a Deny of pods before it with the same Pass (pod=b) then says nothing.
TEST(TieredExposure, TextLeavesOutWhatSaysNothing)
{
    const std::string text = R"(apiVersion: v1
kind: Namespace
metadata: {name: x, labels: {ns: x}}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: x, labels: {pod: a}}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: policy.networking.k8s.io/v1beta1
kind: ClusterNetworkPolicy
metadata: {name: guard}
spec:
  tier: Admin
  priority: 1
  subject: {namespaces: {matchLabels: {ns: x}}}
  ingress:
  - action: Pass
    from: [{namespaces: {matchLabels: {ns: "y"}}}]
  - action: Deny
    from: [{pods: {podSelector: {matchLabels: {pod: b}}}}]
  - action: Accept
    from: [{pods: {namespaceSelector: {matchLabels: {ns: z}}, podSelector: {matchLabels: {pod: b}}}}]
  - action: Deny
    from: [{namespaces: {}}]
  egress:
  - action: Deny
    to: [{networks: [10.1.0.0/16]}]
  - action: Deny
    to: [{networks: [0.0.0.0/0]}]
    protocols: [{tcp: {destinationPort: {number: 443}}}]
)";
    const Cluster cluster = clusterOfManifests(text);
    const PolicyEvaluator evaluator(cluster.policies, cluster.clusterPolicies);
    EXPECT_EQ(exposureText(cluster, evaluator),
              "x/a[Pod]\n"
              "  accepts from every address outside the cluster and pods in namespaces ns=y : All "
              "Connections\n"
              "  may send to entire cluster and every address, except addresses 0.0.0.0/0 : TCP 443\n"
              "  may send to entire cluster and every address, except addresses 10.1.0.0/16 : TCP "
              "1-442,444-65535; UDP 1-65535; SCTP 1-65535\n");
    // The text is shorter; what the entries let through is still exactly the tiers' answer.
    std::vector<NetworkPeer> remotes = strangerPeers();
    for (const char *address : {"10.1.2.3", "10.2.0.1", "fd00::1"})
        remotes.push_back(NetworkPeer::address(*parseIpAddress(address)));
    for (const Labels &labels : {Labels{{"pod", "b"}}, Labels{{"pod", "c"}}}) {
        for (const char *ns : {"y", "z"})
            remotes.push_back(NetworkPeer::pod(ns, labels, {{"ns", ns}, {kNamespaceNameLabel, ns}}));
    }
    long allowed = 0;
    EXPECT_GT(expectExposureIsPairwise(cluster, evaluator, remotes, samplePorts(), &allowed, "text"), 1000);
    EXPECT_GT(allowed, 0);
}
