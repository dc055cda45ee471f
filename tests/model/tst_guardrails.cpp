// The designer's model helpers for cluster guardrails: the listed order, reordering by
// priority, what a subject or peer selects among the design's elements, the inspector's text
// forms, and the guardrails as the ClusterNetworkPolicies the analysis evaluates.

#include "designbuilder.h"

#include "model/analysis/analysis.h"
#include "model/analysis/cluster.h"
#include "model/design/guardrailmatch.h"
#include "model/design/guardrailorder.h"
#include "model/design/guardrailtext.h"
#include "model/generate/designmanifests.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Guardrail named(const std::string &name, ClusterTier tier, int priority)
{
    Guardrail g;
    g.name = name;
    g.tier = tier;
    g.priority = priority;
    return g;
}

std::vector<std::string> listed(const std::vector<Guardrail> &guardrails)
{
    std::vector<std::string> names;
    for (int i : guardrailOrder(guardrails))
        names.push_back(guardrails[i].name);
    return names;
}

} // namespace

TEST(Guardrails, OrderIsAdminThenBaselineByPriorityThenDesignOrder)
{
    const std::vector<Guardrail> g = {named("b1", ClusterTier::Baseline, 5),
                                      named("a30", ClusterTier::Admin, 30),
                                      named("a10", ClusterTier::Admin, 10),
                                      named("a10-second", ClusterTier::Admin, 10),
                                      named("b0", ClusterTier::Baseline, 0)};
    EXPECT_EQ(listed(g), (std::vector<std::string>{"a10", "a10-second", "a30", "b0", "b1"}));
}

TEST(Guardrails, MoveGivesAPriorityBetweenTheNeighbours)
{
    const std::vector<Guardrail> g = {named("a", ClusterTier::Admin, 10),
                                      named("b", ClusterTier::Admin, 20),
                                      named("c", ClusterTier::Admin, 40)};
    // c between a and b.
    std::vector<Guardrail> moved = moveGuardrail(g, 2, 1);
    EXPECT_EQ(listed(moved), (std::vector<std::string>{"a", "c", "b"}));
    EXPECT_EQ(moved[2].priority, 15);
    EXPECT_EQ(moved[0].priority, 10) << "the others keep their priorities";
    EXPECT_EQ(moved[1].priority, 20);
    // a to the end, b to the front.
    EXPECT_EQ(listed(moveGuardrail(g, 0, 2)), (std::vector<std::string>{"b", "c", "a"}));
    EXPECT_EQ(listed(moveGuardrail(g, 1, 0)), (std::vector<std::string>{"b", "a", "c"}));
    EXPECT_EQ(moveGuardrail(g, 1, 0)[1].priority, 0);
}

TEST(Guardrails, MoveRenumbersTheTierWhenNoPriorityIsFree)
{
    const std::vector<Guardrail> g = {named("a", ClusterTier::Admin, 10),
                                      named("b", ClusterTier::Admin, 11),
                                      named("c", ClusterTier::Admin, 12),
                                      named("base", ClusterTier::Baseline, 3)};
    const std::vector<Guardrail> moved = moveGuardrail(g, 2, 1);
    EXPECT_EQ(listed(moved), (std::vector<std::string>{"a", "c", "b", "base"}));
    EXPECT_LT(moved[0].priority, moved[2].priority);
    EXPECT_LT(moved[2].priority, moved[1].priority);
    EXPECT_EQ(moved[3].priority, 3) << "the other tier is left alone";
    for (const Guardrail &x : moved) {
        EXPECT_GE(x.priority, 0);
        EXPECT_LE(x.priority, 1000);
    }
    // Nothing below 0 and nothing above 1000 either.
    const std::vector<Guardrail> edges = {named("low", ClusterTier::Admin, 0),
                                          named("high", ClusterTier::Admin, 1000)};
    EXPECT_EQ(listed(moveGuardrail(edges, 1, 0)), (std::vector<std::string>{"high", "low"}));
    EXPECT_EQ(listed(moveGuardrail(edges, 0, 1)), (std::vector<std::string>{"high", "low"}));
}

TEST(Guardrails, MoveAmongTheOtherTierTakesItsTier)
{
    const std::vector<Guardrail> g = {named("a", ClusterTier::Admin, 10),
                                      named("b1", ClusterTier::Baseline, 10),
                                      named("b2", ClusterTier::Baseline, 30)};
    const std::vector<Guardrail> moved = moveGuardrail(g, 0, 1);
    EXPECT_EQ(moved[0].tier, ClusterTier::Baseline);
    EXPECT_EQ(listed(moved), (std::vector<std::string>{"b1", "a", "b2"}));
    EXPECT_EQ(moved[0].priority, 20);
}

TEST(Guardrails, PeersSelectTheDesignsElements)
{
    Design d = DesignBuilder()
                   .ns("a", true, DirectionSet::both(), {{"tenant", "yes"}})
                   .ns("b")
                   .workload("a", "web", {{"app", "web"}})
                   .workload("b", "web", {{"app", "web"}})
                   .workload("b", "db", {{"app", "db"}})
                   .external("corp", "10.1.0.0/16")
                   .external("internet", "0.0.0.0/0");
    GuardrailPeer tenants;
    tenants.namespaces.matchLabels = {{"tenant", "yes"}};
    EXPECT_EQ(selectGuardrailPeer(d, tenants).namespaces, std::vector<int>{0});
    GuardrailPeer byName;
    byName.namespaces.matchLabels = {{"kubernetes.io/metadata.name", "b"}};
    EXPECT_EQ(selectGuardrailPeer(d, byName).namespaces, std::vector<int>{1});
    GuardrailPeer everyWeb;
    everyWeb.kind = GuardrailPeer::Kind::Pods;
    everyWeb.pods.matchLabels = {{"app", "web"}};
    EXPECT_EQ(selectGuardrailPeer(d, everyWeb).workloads, (std::vector<int>{0, 1}));
    everyWeb.namespaces = byName.namespaces;
    EXPECT_EQ(selectGuardrailPeer(d, everyWeb).workloads, std::vector<int>{1});
    GuardrailPeer wholeNamespace;
    wholeNamespace.kind = GuardrailPeer::Kind::Pods;
    wholeNamespace.namespaces = byName.namespaces;
    EXPECT_EQ(selectGuardrailPeer(d, wholeNamespace).namespaces, std::vector<int>{1});
    EXPECT_TRUE(selectGuardrailPeer(d, wholeNamespace).workloads.empty());
    GuardrailPeer network;
    network.kind = GuardrailPeer::Kind::Networks;
    network.values = {"10.0.0.0/8"};
    EXPECT_EQ(selectGuardrailPeer(d, network).externals, std::vector<int>{0})
        << "only an external whose whole range is inside";
    GuardrailPeer domains;
    domains.kind = GuardrailPeer::Kind::DomainNames;
    domains.values = {"example.com"};
    EXPECT_TRUE(selectGuardrailPeer(d, domains).empty());
}

TEST(Guardrails, PeerTextRoundTripsAndRefusesWhatTheApiWould)
{
    for (const char *text : {"namespaces: {}", "namespaces: team=a", "pods: app=web",
                             "pods: team=a / app=web", "nodes: role=ingress",
                             "pods: kubernetes.io/metadata.name=x / app.kubernetes.io/name=y",
                             "networks: 10.0.0.0/8, 192.168.0.0/16",
                             "domainNames: api.example.com, *.example.org",
                             "namespaces: kubernetes.io/metadata.name notin (kube-system)",
                             "namespaces: env=prod,tier in (a,b),team,!legacy",
                             "pods: team in (a,b) / app=web"}) {
        std::string error;
        const auto peer = parseGuardrailPeer(text, &error);
        ASSERT_TRUE(peer) << text << ": " << error;
        EXPECT_EQ(formatGuardrailPeer(*peer), text);
    }
    for (const char *text : {"namespace: x=y", "networks: 10.0.0.300/8", "pods: app in ()",
                             "domainNames: localhost", "networks:", "namespaces: Bad Key=x",
                             "namespaces: team in (a", "namespaces: team in (Bad Value)",
                             "namespaces: !Bad Key"}) {
        std::string error;
        EXPECT_FALSE(parseGuardrailPeer(text, &error)) << text;
        EXPECT_FALSE(error.empty()) << text;
    }
    {
        // kubectl's other spellings read as the same requirements.
        std::string error;
        const auto peer = parseGuardrailPeer("namespaces: env!=prod, tier==web", &error);
        ASSERT_TRUE(peer) << error;
        EXPECT_EQ(formatGuardrailPeer(*peer), "namespaces: tier=web,env notin (prod)");
    }
    std::string many = "networks: ";
    for (int i = 0; i < 26; ++i)
        many += "10.0." + std::to_string(i) + ".0/24,";
    std::string error;
    EXPECT_FALSE(parseGuardrailPeer(many, &error));
    EXPECT_NE(error.find("25"), std::string::npos) << error;
    const auto ports = parseGuardrailPorts("53/UDP, 443, 8000-8100/TCP, http", &error);
    ASSERT_TRUE(ports) << error;
    EXPECT_EQ(formatGuardrailPorts(*ports), "53/UDP, 443/TCP, 8000-8100/TCP, http/TCP");
    EXPECT_FALSE(parseGuardrailPorts("70000", &error));
}

TEST(Guardrails, DesignGuardrailsDecideInTheirTiersOverTheFlows)
{
    Design d = DesignBuilder()
                   .ns("a")
                   .ns("b")
                   .workload("a", "web", {{"app", "web"}}, {port(8080, "http")})
                   .workload("b", "api", {{"app", "api"}}, {port(8080, "http")})
                   .flow("a/web", "b/api", {"8080/TCP"});
    Guardrail deny;
    deny.name = "deny-b";
    deny.priority = 5;
    deny.subject.namespaces.matchLabels = {{"kubernetes.io/metadata.name", "b"}};
    GuardrailPeer every;
    deny.ingress = {GuardrailRule{"no", ClusterAction::Deny, {every}, {FlowPort::number(8080)}}};
    d.guardrails = {deny};
    const ManifestSet manifests = designManifests(d, "design");
    ASSERT_EQ(manifests.clusterPolicies.size(), 1u);
    EXPECT_EQ(manifests.clusterPolicies[0].displayName(), "ClusterNetworkPolicy/deny-b");
    const Cluster cluster = buildCluster(manifests);
    const Analyzer analyzer(cluster);
    ProbeSpec spec;
    spec.from = "a/web";
    spec.to = "b/api";
    spec.port = "8080";
    Diagnostics diagnostics;
    const auto result = analyzer.probe(spec, diagnostics);
    ASSERT_TRUE(result);
    EXPECT_FALSE(result->allowed) << "the Admin Deny wins over the flow's NetworkPolicy";
    ASSERT_TRUE(result->verdict.ingress.decision);
    EXPECT_EQ(result->verdict.ingress.decision->action, ClusterAction::Deny);
    // Without the guardrail the flow allows it.
    d.guardrails.clear();
    const Cluster open = buildCluster(designManifests(d, "design"));
    EXPECT_TRUE(Analyzer(open).probe(spec, diagnostics)->allowed);
}
