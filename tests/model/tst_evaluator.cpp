// The verdict engine on small hand-made cases (the conformance scenarios run elsewhere).

#include "model/analysis/evaluator.h"
#include "model/manifests/manifestreader.h"

#include <gtest/gtest.h>

using namespace Netpol;

namespace {

std::vector<NetworkPolicy> policies(const std::string &yaml)
{
    const ManifestSet set = readManifests(yaml, "t.yaml");
    for (const Diagnostic &d : set.diagnostics)
        ADD_FAILURE() << d.format();
    return set.policies;
}

NetworkPeer pod(const std::string &ns, const std::string &name, const std::string &ip = "10.0.0.1")
{
    return NetworkPeer::pod(ns, {{"pod", name}}, {{"ns", ns}},
                            {{"http", 80, Protocol::TCP}, {"dns", 53, Protocol::UDP}}, parseIpAddress(ip));
}

} // namespace

TEST(Evaluator, NoPolicyAllowsEverything)
{
    const PolicyEvaluator e({});
    EXPECT_TRUE(e.allowed(pod("x", "a"), pod("y", "b"), 80, Protocol::TCP));
}

TEST(Evaluator, PolicyTypesDefaulting)
{
    // policyTypes omitted with an egress section: Ingress and Egress; no ingress rules, so
    // ingress is denied.
    const PolicyEvaluator e(policies("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                     "metadata: {name: p, namespace: x}\n"
                                     "spec:\n  podSelector: {}\n  egress:\n  - {}\n"));
    EXPECT_FALSE(e.allowed(pod("y", "a"), pod("x", "b"), 80, Protocol::TCP));
    EXPECT_TRUE(e.allowed(pod("x", "b"), pod("y", "a"), 80, Protocol::TCP));
    // egress: [] with policyTypes omitted is not an egress policy.
    const PolicyEvaluator f(policies("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                     "metadata: {name: p, namespace: x}\n"
                                     "spec:\n  podSelector: {}\n  egress: []\n  ingress: [{}]\n"));
    EXPECT_TRUE(f.allowed(pod("x", "b"), pod("y", "a"), 80, Protocol::TCP));
}

TEST(Evaluator, PodSelectorAloneMeansThePolicyNamespace)
{
    const PolicyEvaluator e(policies("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                     "metadata: {name: p, namespace: x}\n"
                                     "spec:\n  podSelector: {matchLabels: {pod: a}}\n"
                                     "  ingress:\n  - from:\n    - podSelector: {matchLabels: {pod: b}}\n"));
    EXPECT_TRUE(e.allowed(pod("x", "b"), pod("x", "a"), 80, Protocol::TCP));
    EXPECT_FALSE(e.allowed(pod("y", "b"), pod("x", "a"), 80, Protocol::TCP));
}

TEST(Evaluator, NotInMatchesAMissingKey)
{
    const PolicyEvaluator e(policies("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                     "metadata: {name: p, namespace: x}\n"
                                     "spec:\n  podSelector: {}\n  ingress:\n  - from:\n"
                                     "    - namespaceSelector: {matchExpressions: [{key: team, operator: NotIn, values: [red]}]}\n"));
    EXPECT_TRUE(e.allowed(pod("y", "b"), pod("x", "a"), 80, Protocol::TCP)) << "y has no team label";
}

TEST(Evaluator, NamedPortsResolveOnTheDestination)
{
    const PolicyEvaluator e(policies("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                     "metadata: {name: p, namespace: x}\n"
                                     "spec:\n  podSelector: {}\n  ingress:\n  - ports:\n    - port: http\n"));
    EXPECT_TRUE(e.allowed(pod("y", "b"), pod("x", "a"), 80, Protocol::TCP));
    EXPECT_FALSE(e.allowed(pod("y", "b"), pod("x", "a"), 81, Protocol::TCP));
    EXPECT_FALSE(e.allowed(pod("y", "b"), pod("x", "a"), 80, Protocol::UDP));
}

TEST(Evaluator, EndPortRangesAndProtocolDefault)
{
    const PolicyEvaluator e(policies("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                     "metadata: {name: p, namespace: x}\n"
                                     "spec:\n  podSelector: {}\n  ingress:\n  - ports:\n    - {port: 53, endPort: 84}\n"));
    EXPECT_TRUE(e.allowed(pod("y", "b"), pod("x", "a"), 84, Protocol::TCP));
    EXPECT_FALSE(e.allowed(pod("y", "b"), pod("x", "a"), 85, Protocol::TCP));
    EXPECT_FALSE(e.allowed(pod("y", "b"), pod("x", "a"), 60, Protocol::UDP));
}

TEST(Evaluator, IpBlockExcept)
{
    const PolicyEvaluator e(policies("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                     "metadata: {name: p, namespace: x}\n"
                                     "spec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to:\n"
                                     "    - ipBlock: {cidr: 10.1.0.0/16, except: [10.1.2.0/24]}\n"));
    EXPECT_TRUE(e.allowed(pod("x", "a"), pod("y", "b", "10.1.1.5"), 80, Protocol::TCP));
    EXPECT_FALSE(e.allowed(pod("x", "a"), pod("y", "b", "10.1.2.5"), 80, Protocol::TCP));
    EXPECT_TRUE(e.allowed(pod("x", "a"), NetworkPeer::address(*parseIpAddress("10.1.3.3")), 443, Protocol::TCP));
    EXPECT_FALSE(e.allowed(pod("x", "a"), NetworkPeer::address(*parseIpAddress("8.8.8.8")), 443, Protocol::TCP));
}

TEST(Evaluator, BothSidesMustAllow)
{
    const PolicyEvaluator e(policies("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                     "metadata: {name: deny-egress, namespace: x}\n"
                                     "spec:\n  podSelector: {}\n  policyTypes: [Egress]\n"
                                     "---\n"
                                     "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                     "metadata: {name: allow-in, namespace: \"y\"}\n"
                                     "spec:\n  podSelector: {}\n  ingress: [{}]\n"));
    EXPECT_FALSE(e.allowed(pod("x", "a"), pod("y", "b"), 80, Protocol::TCP));
    EXPECT_TRUE(e.ingressAllowed(pod("x", "a"), pod("y", "b"), 80, Protocol::TCP));
}
