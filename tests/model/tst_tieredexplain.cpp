// The reasons of the connection list and of netpol diff with guardrails: per side, the ports
// grouped by the tier and rule that decided them, checked port by port against the pair-by-pair
// tier evaluation (PolicyEvaluator::explain) on every scenario and on random guardrails.

#include "randomguardrails.h"
#include "randompolicies.h"
#include "support/scenario.h"
#include "support/testsupport.h"

#include "model/analysis/connectiondiff.h"
#include "model/analysis/tieredexplain.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestvalidation.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// The groups of both sides cover every port once, and each port's group says what the
// evaluator says of that port: allowed or not, and the same reason.
long expectGroupsArePairwise(const Cluster &cluster, const PolicyEvaluator &evaluator,
                             const std::vector<NetworkPeer> &peers)
{
    std::vector<int> numbers = {1, 22, 52, 53, 54, 442, 443, 444, 5000, 8080, 65535};
    for (int p = 75; p <= 90; ++p)
        numbers.push_back(p);
    long checks = 0;
    for (std::size_t a = 0; a < peers.size(); ++a) {
        for (std::size_t b = 0; b < peers.size(); ++b) {
            if (a == b || (!peers[a].isPod && !peers[b].isPod))
                continue;
            const TieredSides sides = tieredSides(cluster, evaluator, peers[a], peers[b]);
            for (int s = 0; s < 2; ++s) {
                const NetworkPeer &subject = s == 0 ? peers[a] : peers[b];
                if (!subject.isPod) {
                    EXPECT_TRUE(sides.sides[s].empty());
                    continue;
                }
                PortSet all;
                for (const TieredSideGroup &g : sides.sides[s]) {
                    EXPECT_TRUE(all.intersect(g.ports).empty()) << "groups overlap";
                    all.unite(g.ports);
                }
                EXPECT_TRUE(all.isAll()) << a << " -> " << b;
                for (Protocol protocol : kAllProtocols) {
                    for (int port : numbers) {
                        const Verdict v = evaluator.explain(peers[a], peers[b], port, protocol);
                        const SideVerdict &side = s == 0 ? v.egress : v.ingress;
                        const auto group = std::find_if(
                            sides.sides[s].begin(), sides.sides[s].end(),
                            [&](const TieredSideGroup &g) { return g.ports.contains(port, protocol); });
                        if (group == sides.sides[s].end()) {
                            ADD_FAILURE() << "no group for " << port;
                            return checks;
                        }
                        EXPECT_EQ(group->allowed, side.allowed())
                            << a << " -> " << b << ' ' << port << '/' << protocolName(protocol);
                        EXPECT_EQ(group->reason,
                                  tieredSideReason(cluster, evaluator, side, subject.ns, s == 0));
                        if (testing::Test::HasFailure())
                            return checks;
                        ++checks;
                    }
                }
            }
        }
    }
    return checks;
}

} // namespace

TEST(TieredExplain, GroupsAgreeWithTheEvaluatorOnEveryScenario)
{
    for (const std::string &file : listFiles(dataPath("cluster-scenarios"), ".yaml")) {
        SCOPED_TRACE(file);
        const Cluster cluster = clusterOfManifests(loadScenario(file).manifests);
        const PolicyEvaluator evaluator(cluster.policies, cluster.clusterPolicies);
        std::vector<NetworkPeer> peers = cluster.workloadPeers();
        for (const char *address : {"192.0.2.10", "10.1.1.200"})
            peers.push_back(NetworkPeer::address(*parseIpAddress(address)));
        EXPECT_GT(expectGroupsArePairwise(cluster, evaluator, peers), 500);
    }
}

TEST(TieredExplain, GroupsAgreeWithTheEvaluatorOnRandomGuardrails)
{
    RandomClusters clusters(2027);
    RandomGuardrails guardrails(5, true);
    long checks = 0;
    for (int round = 0; round < 25; ++round) {
        const RandomCluster c = clusters.next();
        Cluster cluster = clusterOfRandom(c);
        cluster.clusterPolicies = guardrails.next(int(c.namespaceLabels.size()));
        const PolicyEvaluator evaluator(cluster.policies, cluster.clusterPolicies);
        checks += expectGroupsArePairwise(cluster, evaluator, c.peers);
        if (testing::Test::HasFailure())
            return;
    }
    EXPECT_GT(checks, 10000);
}

TEST(TieredExplain, DiffSaysWhichTierTurnedEachPort)
{
    // OLD: a NetworkPolicy lets every pod into x/a; NEW: an Admin Deny keeps z out of it.
    const std::string pods = R"(apiVersion: v1
kind: Pod
metadata: {name: a, namespace: x, labels: {pod: a}}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: z, labels: {pod: a}}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-all, namespace: x}
spec:
  podSelector: {}
  ingress: [{}]
)";
    const std::string guardrail = R"(---
apiVersion: policy.networking.k8s.io/v1beta1
kind: ClusterNetworkPolicy
metadata: {name: deny-z}
spec:
  tier: Admin
  priority: 5
  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: x}}}
  ingress:
  - action: Deny
    from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: z}}}]
    protocols: [{tcp: {destinationPort: {range: {start: 80, end: 81}}}}]
)";
    ManifestSet before = readManifests(pods, "old.yaml");
    ManifestSet after = readManifests(pods + guardrail, "new.yaml");
    validateAndMarkRefused(before);
    validateAndMarkRefused(after);
    const ConnectionDiff diff = computeConnectionDiff(before, after, true);
    const auto change = std::find_if(diff.changes.begin(), diff.changes.end(),
                                     [](const ConnectionChange &c) {
                                         return c.from.name == "z/a" && c.to.name == "x/a";
                                     });
    ASSERT_NE(change, diff.changes.end());
    std::string reasons;
    for (const std::string &line : change->reasons)
        reasons += line + '\n';
    EXPECT_NE(reasons.find("because: ingress of x/a (TCP 80-81) now denied by the Admin tier: "
                           "ClusterNetworkPolicy/deny-z spec.ingress[0] (new.yaml:"),
              std::string::npos)
        << reasons;
    EXPECT_NE(reasons.find("(Deny) (was: allowed by x/allow-all spec.ingress[0] (old.yaml:"),
              std::string::npos)
        << reasons;
    EXPECT_NE(reasons.find("after: ingress of x/a (TCP 1-79,82-65535; UDP 1-65535; SCTP "
                           "1-65535): allowed by x/allow-all spec.ingress[0] (new.yaml:"),
              std::string::npos)
        << reasons;
    EXPECT_EQ(reasons.find("because: egress"), std::string::npos) << reasons;
}
