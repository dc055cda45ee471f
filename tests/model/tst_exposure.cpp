// netpol analyze --exposure: what each workload accepts from and may send to, by the policies
// alone. Every entry is checked against the pair-by-pair evaluator, on the input's pods and on
// pods the input does not have (in a namespace it does not have either).

#include "randompolicies.h"

#include "model/analysis/exposure.h"
#include "model/analysis/reachabilitydiff.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

bool entryAllows(const ExposureEntry &e, const NetworkPeer &remote, const TrafficPort &port)
{
    if (!e.covers(remote))
        return false;
    if (e.ports.contains(port.port, port.protocol))
        return true;
    for (const auto &[name, protocol] : e.ports.names()) {
        if (protocol == port.protocol && remote.isPod
            && remote.resolveNamedPort(name, protocol) == port.port)
            return true;
    }
    return false;
}

} // namespace

TEST(Exposure, EveryEntryAgreesWithTheEvaluator)
{
    RandomClusters clusters(31337);
    long checks = 0;
    long allowed = 0;
    int scopes[4] = {0, 0, 0, 0};
    for (int round = 0; round < 250; ++round) {
        const RandomCluster c = clusters.next();
        const Cluster cluster = clusterOfRandom(c);
        const PolicyEvaluator evaluator(cluster.policies);
        std::vector<NetworkPeer> remotes = c.peers;
        for (NetworkPeer &p : strangerPeers())
            remotes.push_back(std::move(p));
        const auto ports = distinguishingPorts({cluster.policies}, remotes);
        for (const WorkloadExposure &w : computeExposure(cluster, evaluator)) {
            const NetworkPeer self = cluster.peerOf(cluster.workloads[w.workload]);
            for (const ExposureEntry &e : w.entries)
                ++scopes[std::size_t(e.scope)];
            for (const NetworkPeer &remote : remotes) {
                for (const TrafficPort &port : ports) {
                    for (bool egress : {false, true}) {
                        const bool expected
                            = egress
                                  ? evaluator.egressAllowed(self, remote, port.port, port.protocol)
                                  : evaluator.ingressAllowed(remote, self, port.port,
                                                             port.protocol);
                        bool actual = false;
                        for (const ExposureEntry &e : w.entries)
                            actual = actual || (e.egress == egress && entryAllows(e, remote, port));
                        if (actual != expected) {
                            std::string entries;
                            for (const ExposureEntry &e : w.entries)
                                entries += std::string(e.egress ? "\n  egress " : "\n  ingress ")
                                           + e.description + " : " + e.ports.toString();
                            FAIL() << entries << "\nround " << round << ' '
                                   << cluster.workloads[w.workload].name
                                   << (egress ? " egress to " : " ingress from ") << remote.ns
                                   << ' ' << formatLabels(remote.labels) << ' ' << port.toString();
                        }
                        ++checks;
                        allowed += expected;
                    }
                }
            }
        }
    }
    EXPECT_GT(allowed, checks / 10);
    EXPECT_LT(allowed, checks - checks / 10);
    for (int scope : scopes)
        EXPECT_GT(scope, 20) << "every scope appears";
}

TEST(Exposure, TextNamesTheScopes)
{
    NetworkPolicy p;
    p.metadata = {"web", "shop", {}, {}, {}};
    p.spec.podSelector = LabelSelector::fromLabels({{"app", "web"}});
    p.spec.policyTypes = {"Ingress", "Egress"};
    NetworkPolicyRule all;
    NetworkPolicyPeer everyNamespace;
    everyNamespace.namespaceSelector = LabelSelector{};
    all.peers.push_back(everyNamespace);
    all.ports.push_back({"TCP", PortValue::fromName("http"), std::nullopt});
    NetworkPolicyRule monitoring;
    NetworkPolicyPeer team;
    team.namespaceSelector
        = LabelSelector::fromLabels({{"team", "monitoring"}}); // no such namespace
    monitoring.peers.push_back(team);
    p.spec.ingress = {all, monitoring};
    NetworkPolicyRule out;
    NetworkPolicyPeer block;
    block.ipBlock = IPBlock{"203.0.113.0/24", {"203.0.113.128/25"}};
    out.peers.push_back(block);
    out.ports.push_back({"TCP", PortValue::fromNumber(443), std::nullopt});
    p.spec.egress = {out};
    Cluster cluster;
    cluster.namespaces.push_back({"shop", {}, false, {}});
    ManifestWorkload web;
    web.kind = WorkloadKind::Deployment;
    web.ns = "shop";
    web.name = "web";
    web.labels = {{"app", "web"}};
    web.ports = {{"http", 8080, Protocol::TCP}};
    cluster.workloads.push_back(web);
    cluster.policies = {p};
    const PolicyEvaluator evaluator(cluster.policies);
    std::ostringstream text;
    writeExposure(text, cluster, computeExposure(cluster, evaluator), AnalysisFormat::Text);
    EXPECT_EQ(text.str(),
              "shop/web[Deployment]\n"
              "  accepts from entire cluster : TCP 8080\n"
              "  accepts from pods in namespaces team=monitoring : All Connections\n"
              "  may send to addresses 203.0.113.0/24 except 203.0.113.128/25 : TCP 443\n");
    // A pod of a namespace the input does not have, labelled team=monitoring, is accepted.
    const NetworkPeer stranger = NetworkPeer::pod(
        "mon", {{"app", "prom"}}, {{kNamespaceNameLabel, "mon"}, {"team", "monitoring"}});
    EXPECT_TRUE(evaluator.ingressAllowed(stranger, cluster.peerOf(web), 9090, Protocol::UDP));
}
