// The half-open check on pods against a brute-force oracle: for random clusters whose every
// namespace shows pods, a rule's peer is half-open exactly when some connection the rule allows
// on its side exists (pod pairs, ports, protocols) and the evaluator's verdict for the other
// side refuses every one of them.

#include "randompolicies.h"

#include "model/manifestlint.h"
#include "model/selectorlogic.h"

#include <gtest/gtest.h>

#include <map>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

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

std::vector<std::vector<std::string>> targetsOf(const NetworkPolicyPeer &peer, const std::string &ns,
                                                const RandomCluster &c)
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
                    for (const std::vector<std::string> &target : targetsOf(peer, p.metadata.ns, c)) {
                        bool allowedHere = false;
                        bool admitted = false;
                        for (std::size_t s = 0; s < c.peers.size() && !admitted; ++s) {
                            const NetworkPeer &own = c.peers[s];
                            if (!own.isPod || !evaluator.selects(i, own, egress))
                                continue;
                            for (std::size_t t = 0; t < c.peers.size() && !admitted; ++t) {
                                const NetworkPeer &remote = c.peers[t];
                                if (t == s || !remote.isPod
                                    || std::find(target.begin(), target.end(), remote.ns) == target.end()
                                    || !PolicyEvaluator::peerMatches(peer, p.metadata.ns, remote))
                                    continue;
                                const NetworkPeer &from = egress ? own : remote;
                                const NetworkPeer &to = egress ? remote : own;
                                for (const Protocol protocol : kAllProtocols) {
                                    for (const int port : criticalPorts()) {
                                        if (!PolicyEvaluator::ruleMatches(rules[r], p.metadata.ns, remote, to,
                                                                          port, protocol))
                                            continue;
                                        allowedHere = true;
                                        admitted = admitted
                                                   || (egress ? evaluator.ingressAllowed(from, to, port, protocol)
                                                              : evaluator.egressAllowed(from, to, port, protocol));
                                    }
                                }
                            }
                        }
                        if (allowedHere && !admitted)
                            ++out["p" + std::to_string(i) + ' ' + (egress ? "spec.egress[" : "spec.ingress[")
                                  + std::to_string(r) + "]." + (egress ? "to[" : "from[") + std::to_string(k)
                                  + ']'];
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
