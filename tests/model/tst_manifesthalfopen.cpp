// The half-open check judged on pods: cases where the selectors alone cannot tell, and a
// brute-force oracle: for random clusters whose every namespace shows pods, a rule's peer is
// half-open exactly when some connection the rule allows on its side exists (pod pairs,
// ports, protocols) and the evaluator's verdict for the other side refuses every one of them.

#include "manifestyaml.h"
#include "randompolicies.h"
#include "support/testsupport.h"

#include "model/k8s/selectorlogic.h"
#include "model/lint/manifestlint.h"
#include "model/manifests/manifestreader.h"

#include <gtest/gtest.h>

#include <map>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

const std::string kWeb
    = deployment("web", "prod", "{app: web}", "[{name: http, containerPort: 8080}]");
const std::string kApi
    = deployment("api", "prod", "{app: api}", "[{name: http, containerPort: 8080}]");

// Each policy in a "file" of its own (p0, p1, ...), so a finding names its policy.
ManifestSet toManifests(const RandomCluster &c)
{
    ManifestSet set;
    for (std::size_t i = 0; i < c.policies.size(); ++i) {
        set.policies.push_back(c.policies[i]);
        set.policySources.emplace_back("p" + std::to_string(i));
        set.policyErrors.push_back(0);
    }
    for (std::size_t n = 0; n < c.namespaceLabels.size(); ++n) {
        Labels labels = c.namespaceLabels[n];
        labels.erase(kNamespaceNameLabel);
        set.namespaces.push_back({"n" + std::to_string(n), labels, Location::inFile("ns", 1, 1)});
    }
    for (std::size_t i = 0; i < c.peers.size(); ++i) {
        const NetworkPeer &peer = c.peers[i];
        if (!peer.isPod)
            continue;
        ManifestWorkload w;
        w.kind = WorkloadKind::Pod;
        w.ns = peer.ns;
        w.name = "pod" + std::to_string(i);
        w.labels = peer.labels;
        w.ports = peer.ports;
        if (peer.ip)
            w.ips.push_back(*peer.ip);
        w.location = Location::inFile("pods", 1, 1);
        set.workloads.push_back(std::move(w));
    }
    return set;
}

// Every range a rule or a container port can start at.
std::vector<int> criticalPorts()
{
    std::vector<int> ports = {1, 53, 81, 8080, 8081, 65535};
    for (int p = 50; p <= 80; ++p)
        ports.push_back(p);
    return ports;
}

std::vector<std::vector<std::string>> targetsOf(const NetworkPolicyPeer &peer,
                                                const std::string &ns, const RandomCluster &c)
{
    if (!peer.namespaceSelector)
        return {{ns}};
    if (const auto named = namespacesNamedBy(*peer.namespaceSelector)) {
        std::vector<std::vector<std::string>> out;
        for (const std::string &n : *named) {
            if (n.size() > 1 && std::stoul(n.substr(1)) < c.namespaceLabels.size())
                out.push_back({n}); // a namespace the cluster has
        }
        return out;
    }
    std::vector<std::string> matched;
    for (const Labels &labels : c.namespaceLabels) {
        if (peer.namespaceSelector->matches(labels))
            matched.push_back(labels.at(kNamespaceNameLabel));
    }
    return {matched};
}

// "p3 spec.egress[0].to[1]" -> number of refused targets, by brute force.
std::map<std::string, int> oracle(const RandomCluster &c)
{
    const PolicyEvaluator evaluator(c.policies);
    std::map<std::string, int> out;
    for (std::size_t i = 0; i < c.policies.size(); ++i) {
        const NetworkPolicy &p = c.policies[i];
        for (const bool egress : {false, true}) {
            const PolicyTypes types = p.effectiveTypes();
            if (!(egress ? types.egress : types.ingress))
                continue;
            const auto &rules = egress ? p.spec.egress : p.spec.ingress;
            for (std::size_t r = 0; r < rules.size(); ++r) {
                for (std::size_t k = 0; k < rules[r].peers.size(); ++k) {
                    const NetworkPolicyPeer &peer = rules[r].peers[k];
                    if (peer.ipBlock)
                        continue;
                    for (const std::vector<std::string> &target :
                         targetsOf(peer, p.metadata.ns, c)) {
                        bool allowedHere = false;
                        bool admitted = false;
                        for (std::size_t s = 0; s < c.peers.size() && !admitted; ++s) {
                            const NetworkPeer &own = c.peers[s];
                            if (!own.isPod || !evaluator.selects(i, own, egress))
                                continue;
                            for (std::size_t t = 0; t < c.peers.size() && !admitted; ++t) {
                                const NetworkPeer &remote = c.peers[t];
                                if (t == s || !remote.isPod
                                    || std::find(target.begin(), target.end(), remote.ns)
                                           == target.end()
                                    || !PolicyEvaluator::peerMatches(peer, p.metadata.ns, remote))
                                    continue;
                                const NetworkPeer &from = egress ? own : remote;
                                const NetworkPeer &to = egress ? remote : own;
                                for (const Protocol protocol : kAllProtocols) {
                                    for (const int port : criticalPorts()) {
                                        if (!PolicyEvaluator::ruleMatches(rules[r], p.metadata.ns,
                                                                          remote, to, port,
                                                                          protocol))
                                            continue;
                                        allowedHere = true;
                                        admitted = admitted
                                                   || (egress ? evaluator.ingressAllowed(
                                                           from, to, port, protocol)
                                                              : evaluator.egressAllowed(
                                                                  from, to, port, protocol));
                                    }
                                }
                            }
                        }
                        if (allowedHere && !admitted)
                            ++out["p" + std::to_string(i) + ' '
                                  + (egress ? "spec.egress[" : "spec.ingress[") + std::to_string(r)
                                  + "]." + (egress ? "to[" : "from[") + std::to_string(k) + ']'];
                    }
                }
            }
        }
    }
    return out;
}

} // namespace

TEST(ManifestHalfOpen, OnPodsAgreesWithTheEvaluatorPairByPair)
{
    RandomClusters random(20240611);
    int compared = 0;
    int found = 0;
    for (int round = 0; round < 400; ++round) {
        const RandomCluster c = random.next();
        // Only clusters whose every namespace shows pods: all judged on pods.
        std::vector<bool> shown(c.namespaceLabels.size(), false);
        for (const NetworkPeer &peer : c.peers) {
            if (peer.isPod)
                shown[std::stoul(peer.ns.substr(1))] = true;
        }
        if (std::find(shown.begin(), shown.end(), false) != shown.end())
            continue;
        std::map<std::string, int> lint;
        for (const Diagnostic &d : lintManifests(toManifests(c))) {
            if (d.code == "half-open-flow")
                ++lint[d.location.file + ' ' + d.location.field];
        }
        const std::map<std::string, int> expected = oracle(c);
        ASSERT_EQ(lint, expected) << "round " << round;
        ++compared;
        for (const auto &[key, count] : expected)
            found += count;
    }
    EXPECT_GE(compared, 150);
    EXPECT_GE(found, 30) << "the clusters must exercise the check";
}

TEST(ManifestHalfOpen, SeedCompleteExampleWithItsWorkloadsIsHalfOpenOnce)
{
    ManifestSet set = readManifestFile(dataPath("seed/complete-example.yaml"));
    set.append(readManifestFile(dataPath("seed/complete-example-workloads.yaml")));
    ASSERT_TRUE(set.diagnostics.empty()) << dump(set.diagnostics);
    const Diagnostics found = withCode(lintManifests(set), "half-open-flow");
    ASSERT_EQ(found.size(), 1u) << dump(found);
    EXPECT_EQ(found[0].location.file, dataPath("seed/complete-example.yaml"));
    EXPECT_EQ(found[0].location.line, 61);
    EXPECT_EQ(found[0].location.field, "spec.egress[0].to[0]");
    EXPECT_NE(found[0].message.find(
                  "egress is allowed for frontend -> api-server on 8080/TCP, but no ingress rule "
                  "in production lets it in (default-deny-all isolates api-server)"),
              std::string::npos)
        << found[0].message;
}

TEST(ManifestHalfOpen, HalfOpenOnPodsWhereSelectorsCannotTell)
{
    const std::string base
        = np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns) + kWeb + kApi
          + np("web-out", "prod",
               "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
               "  egress:\n  - to: [{podSelector: {matchLabels: {app: api}}}]\n"
               "    ports: [{port: http}]\n");
    // api accepts 9090 only; the named port http is 8080 on api: refused. The selectors alone
    // cannot tell (http could be 9090), so without the pods nothing is said.
    const std::string api9090 = np("api-in", "prod",
                                   "  podSelector: {matchLabels: {app: api}}\n  ingress:\n"
                                   "  - from: [{podSelector: {}}]\n    ports: [{port: 9090}]\n");
    const Diagnostics refused = withCode(lintText(base + api9090), "half-open-flow");
    ASSERT_EQ(refused.size(), 2u) << dump(refused);
    EXPECT_EQ(refused[0].location.field, "spec.egress[0].to[0]");
    EXPECT_NE(refused[0].message.find("web -> api on http/TCP"), std::string::npos)
        << refused[0].message;
    EXPECT_NE(refused[0].message.find("(deny isolates api)"), std::string::npos)
        << refused[0].message;
    // And api-in's own rule: no pod of prod may send to 9090.
    EXPECT_NE(
        refused[1].message.find("ingress is allowed for web -> api and api -> api on 9090/TCP"),
        std::string::npos)
        << refused[1].message;
    const std::string policiesOnly
        = np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns)
          + base.substr(base.find(
              "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web-out"))
          + api9090;
    EXPECT_TRUE(withCode(lintText(policiesOnly), "half-open-flow").empty());
    // api accepts 8000-9000 from every pod of prod: admitted.
    const std::string range
        = np("api-in", "prod",
             "  podSelector: {matchLabels: {app: api}}\n  ingress:\n"
             "  - from: [{podSelector: {}}]\n    ports: [{port: 8000, endPort: 9000}]\n");
    EXPECT_TRUE(withCode(lintText(base + range), "half-open-flow").empty());
    // A policy for tier=backend might select api (selectors overlap), but api's pods do not
    // carry the label: the ingress rule there does not help.
    const std::string backend = np("backend-in", "prod",
                                   "  podSelector: {matchLabels: {tier: backend}}\n  ingress:\n"
                                   "  - from: [{podSelector: {}}]\n");
    const Diagnostics noBackend = withCode(lintText(base + backend), "half-open-flow");
    ASSERT_EQ(noBackend.size(), 1u) << dump(noBackend);
    EXPECT_EQ(noBackend[0].location.field, "spec.egress[0].to[0]");
    const std::string backendApi
        = np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns) + kWeb
          + deployment("api", "prod", "{app: api, tier: backend}",
                       "[{name: http, containerPort: 8080}]")
          + base.substr(base.find(
              "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web-out"))
          + backend;
    EXPECT_TRUE(withCode(lintText(backendApi), "half-open-flow").empty())
        << dump(lintText(backendApi));
}

TEST(ManifestHalfOpen, HalfOpenThroughNamespaceLabels)
{
    // b admits ingress from namespaces labelled team=a; a's pods cannot send (a denies egress
    // and allows only DNS). Known through a's Namespace object.
    const std::string a = np("deny", "a", kDenyAll) + np("dns", "a", kAllowDns)
                          + deployment("client", "a", "{app: client}");
    const std::string b
        = np("in", "b",
             "  podSelector: {}\n  ingress:\n  - from: [{namespaceSelector: {matchLabels: {team: a}}}]\n"
             "    ports: [{port: 443}]\n")
          + deployment("server", "b", "{app: server}", "[{containerPort: 443}]");
    const std::string text = namespaceObject("a", "{team: a}") + a + b;
    const Diagnostics found = withCode(lintText(text), "half-open-flow");
    ASSERT_EQ(found.size(), 1u) << dump(found);
    EXPECT_EQ(found[0].location.field, "spec.ingress[0].from[0]");
    EXPECT_NE(found[0].message.find(
                  "ingress is allowed for a/client -> server on 443/TCP, but no egress rule in a "
                  "lets it out (deny isolates a/client)"),
              std::string::npos)
        << found[0].message;
    // Without the label on a, the peer matches no namespace of the input: nothing to say.
    EXPECT_TRUE(withCode(lintText(namespaceObject("a") + a + b), "half-open-flow").empty());
    // Once a lets its pods out on 443, the connection is open on both sides.
    const std::string out443
        = np("out", "a",
             "  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - ports: [{port: 443}]\n");
    EXPECT_TRUE(
        withCode(lintText(namespaceObject("a", "{team: a}") + a + out443 + b), "half-open-flow")
            .empty());
    // With no pods shown in a, a (found by its labels) is judged on its policies' selectors.
    const std::string noPods = namespaceObject("a", "{team: a}") + np("deny", "a", kDenyAll)
                               + np("dns", "a", kAllowDns) + b;
    const Diagnostics bySelectors = withCode(lintText(noPods), "half-open-flow");
    ASSERT_EQ(bySelectors.size(), 1u) << dump(bySelectors);
    EXPECT_NE(bySelectors[0].message.find(
                  "ingress is allowed for every pod of a -> every pod of b on 443/TCP"),
              std::string::npos)
        << bySelectors[0].message;
    // Without any pods, a label selector cannot be resolved: nothing is said.
    const std::string policies
        = np("deny", "a", kDenyAll) + b.substr(0, b.find("---\napiVersion: apps/v1"));
    EXPECT_TRUE(
        withCode(lintText(namespaceObject("a", "{team: a}") + policies), "half-open-flow").empty());
}

TEST(ManifestHalfOpen, HalfOpenNeedsEveryConnectionRefused)
{
    // web may reach every pod of prod on 8080; api accepts it, db does not: the rule is not
    // half-open (the other side decides who accepts).
    const std::string db = deployment("db", "prod", "{app: db}", "[{containerPort: 8080}]");
    const std::string rules
        = np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns)
          + np("web-out", "prod",
               "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
               "  egress:\n  - to: [{podSelector: {}}]\n    ports: [{port: 8080}]\n");
    const std::string apiIn
        = np("api-in", "prod",
             "  podSelector: {matchLabels: {app: api}}\n  ingress:\n"
             "  - from: [{podSelector: {matchLabels: {app: web}}}]\n    ports: [{port: 8080}]\n");
    EXPECT_TRUE(withCode(lintText(rules + apiIn + kWeb + kApi + db), "half-open-flow").empty());
    const Diagnostics none = withCode(lintText(rules + kWeb + kApi + db), "half-open-flow");
    ASSERT_EQ(none.size(), 1u) << dump(none);
    EXPECT_NE(none[0].message.find("web -> web, web -> api and web -> db on 8080/TCP"),
              std::string::npos)
        << none[0].message;
}
