// The zero-trust generator: the seed's recipes, peers, ports, granularity, names and order.

#include "designbuilder.h"
#include "support/testsupport.h"

#include "model/generate/generator.h"
#include "model/generate/policynames.h"
#include "model/k8s/k8snames.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestwriter.h"

#include <gtest/gtest.h>

#include <set>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

std::vector<NetworkPolicy> generate(const Design &design)
{
    const GenerateResult r = generatePolicies(design);
    for (const Diagnostic &d : r.diagnostics)
        ADD_FAILURE() << d.format();
    std::vector<NetworkPolicy> out;
    for (const GeneratedPolicy &g : r.policies)
        out.push_back(g.policy);
    return out;
}

std::vector<std::string> names(const std::vector<NetworkPolicy> &policies)
{
    std::vector<std::string> out;
    for (const NetworkPolicy &p : policies)
        out.push_back(p.metadata.ns + '/' + p.metadata.name);
    return out;
}

const NetworkPolicy *find(const std::vector<NetworkPolicy> &policies, const std::string &ns,
                          const std::string &name)
{
    for (const NetworkPolicy &p : policies) {
        if (p.metadata.ns == ns && p.metadata.name == name)
            return &p;
    }
    ADD_FAILURE() << "no policy " << ns << '/' << name;
    return nullptr;
}

std::vector<NetworkPolicy> seed(const std::string &file)
{
    const ManifestSet set = readManifestFile(dataPath("seed/" + file));
    for (const Diagnostic &d : set.diagnostics)
        ADD_FAILURE() << d.format();
    return set.policies;
}

LabelSelector sel(Labels labels)
{
    return LabelSelector::fromLabels(std::move(labels));
}

Labels nsName(const std::string &ns)
{
    return {{"kubernetes.io/metadata.name", ns}};
}

// The production namespace with the seed's workloads and a chosen default deny.
DesignBuilder seedBase(DirectionSet deny, bool dnsEnabled = false)
{
    DesignBuilder b;
    b.ns("production", true, deny)
        .ns("ingress-nginx", false)
        .workload("production", "frontend", {{"app", "frontend"}}, {port(8080, "http")})
        .workload("production", "api-server", {{"app", "api-server"}}, {port(8080, "http")})
        .workload("production", "database", {{"app", "database"}}, {port(5432, "postgres")})
        .dns(dnsEnabled, "kube-system", {});
    return b;
}

} // namespace

// ---- The seed's recipes, one by one -------------------------------------------------------

TEST(GeneratorSeed, DenyIngress)
{
    const auto policies = generate(seedBase({true, false}));
    ASSERT_EQ(policies.size(), 1u);
    const NetworkPolicy expected = seed("deny-ingress.yaml").at(0);
    EXPECT_EQ(policies[0].metadata.name, expected.metadata.name);
    EXPECT_EQ(policies[0].spec, expected.spec);
}

TEST(GeneratorSeed, DenyEgress)
{
    const auto policies = generate(seedBase({false, true}));
    ASSERT_EQ(policies.size(), 1u);
    const NetworkPolicy expected = seed("deny-egress.yaml").at(0);
    EXPECT_EQ(policies[0].metadata.name, expected.metadata.name);
    EXPECT_EQ(policies[0].spec, expected.spec);
}

TEST(GeneratorSeed, DenyBoth)
{
    const auto policies = generate(seedBase(DirectionSet::both()));
    ASSERT_EQ(policies.size(), 1u);
    const NetworkPolicy expected = seed("deny-all.yaml").at(0);
    EXPECT_EQ(policies[0].metadata.name, expected.metadata.name);
    EXPECT_EQ(policies[0].spec, expected.spec);
}

TEST(GeneratorSeed, AllowDns)
{
    const auto policies = generate(seedBase(DirectionSet::both(), true));
    ASSERT_EQ(policies.size(), 2u);
    const NetworkPolicy expected = seed("allow-dns.yaml").at(0);
    EXPECT_EQ(policies[1].metadata.name, "allow-dns");
    EXPECT_EQ(policies[1].spec, expected.spec);
}

TEST(GeneratorSeed, AllowDnsToTheDnsPodsOnly)
{
    // The design format's default narrows allow-dns to the kube-dns pods: one peer, both selectors.
    const auto policies = generate(seedBase(DirectionSet::both()).dns(true));
    const NetworkPolicy *dns = find(policies, "production", "allow-dns");
    ASSERT_TRUE(dns);
    ASSERT_EQ(dns->spec.egress.size(), 1u);
    ASSERT_EQ(dns->spec.egress[0].peers.size(), 1u);
    EXPECT_EQ(dns->spec.egress[0].peers[0].namespaceSelector, sel(nsName("kube-system")));
    EXPECT_EQ(dns->spec.egress[0].peers[0].podSelector, sel({{"k8s-app", "kube-dns"}}));
}

TEST(GeneratorSeed, FrontendToApi)
{
    const auto policies = generate(seedBase({true, false}).flow("production/frontend", "production/api-server", {"8080/TCP"}));
    ASSERT_EQ(policies.size(), 2u);
    EXPECT_EQ(policies[1].spec, seed("allow-frontend-to-api.yaml").at(0).spec);
}

TEST(GeneratorSeed, ApiToDatabase)
{
    const auto policies = generate(seedBase({true, false}).flow("production/api-server", "production/database", {"5432/TCP"}));
    ASSERT_EQ(policies.size(), 2u);
    EXPECT_EQ(policies[1].spec, seed("allow-api-to-db.yaml").at(0).spec);
}

TEST(GeneratorSeed, IngressControllerToFrontend)
{
    const auto policies = generate(seedBase({true, false}).flow("ingress-nginx/*", "production/frontend", {"8080/TCP"}));
    ASSERT_EQ(policies.size(), 2u) << "the unmanaged ingress-nginx side gets nothing";
    EXPECT_EQ(policies[1].spec, seed("allow-ingress-controller.yaml").at(0).spec);
}

TEST(GeneratorSeed, CompleteExampleWithBothSidesOfEveryFlow)
{
    const auto policies = generate(seedBase(DirectionSet::both(), true)
                                       .flow("ingress-nginx/*", "production/frontend", {"8080/TCP"})
                                       .flow("production/frontend", "production/api-server", {"8080/TCP"}));
    const auto expected = seed("complete-example.yaml");
    ASSERT_EQ(expected.size(), 4u);
    EXPECT_EQ(names(policies),
              (std::vector<std::string>{"production/default-deny-all", "production/allow-dns",
                                        "production/allow-ingress-nginx-to-frontend-ingress",
                                        "production/allow-frontend-to-api-server-egress",
                                        "production/allow-frontend-to-api-server-ingress"}));
    // Every policy of the seed's example is there, spec for spec...
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(policies[std::size_t(i)].spec, expected[std::size_t(i)].spec) << expected[std::size_t(i)].metadata.name;
    // ...plus the ingress side on api-server that the seed's example forgot.
    EXPECT_EQ(policies[4].spec, seed("allow-frontend-to-api.yaml").at(0).spec);
}

// ---- Peers -------------------------------------------------------------------------------

TEST(Generator, CrossNamespaceWorkloadIsOnePeerWithBothSelectors)
{
    const auto policies = generate(DesignBuilder()
                                       .dns(false)
                                       .ns("web").ns("data")
                                       .workload("web", "api", {{"app", "api"}})
                                       .workload("data", "db", {{"app", "db"}})
                                       .flow("web/api", "data/db", {"5432/TCP"}));
    const NetworkPolicy *egress = find(policies, "web", "allow-api-to-data-db-egress");
    const NetworkPolicy *ingress = find(policies, "data", "allow-web-api-to-db-ingress");
    ASSERT_TRUE(egress && ingress);
    ASSERT_EQ(egress->spec.egress.at(0).peers.size(), 1u);
    const NetworkPolicyPeer &to = egress->spec.egress[0].peers[0];
    EXPECT_EQ(to.podSelector, sel({{"app", "db"}}));
    EXPECT_EQ(to.namespaceSelector, sel(nsName("data")));
    const NetworkPolicyPeer &from = ingress->spec.ingress.at(0).peers.at(0);
    EXPECT_EQ(from.podSelector, sel({{"app", "api"}}));
    EXPECT_EQ(from.namespaceSelector, sel(nsName("web")));
    EXPECT_EQ(egress->spec.podSelector, sel({{"app", "api"}}));
    EXPECT_EQ(ingress->spec.podSelector, sel({{"app", "db"}}));
}

TEST(Generator, NamespaceWildcardPeers)
{
    const auto policies = generate(DesignBuilder()
                                       .dns(false)
                                       .ns("a").ns("b")
                                       .workload("a", "w", {{"app", "w"}})
                                       .flow("a/*", "a/w", {"80/TCP"})
                                       .flow("b/*", "a/w", {"81/TCP"})
                                       .flow("a/w", "b/*", {"82/TCP"}));
    const NetworkPolicy *same = find(policies, "a", "allow-a-to-w-ingress");
    ASSERT_TRUE(same);
    EXPECT_EQ(same->spec.ingress.at(0).peers.at(0).podSelector, LabelSelector{});
    EXPECT_FALSE(same->spec.ingress[0].peers[0].namespaceSelector);
    const NetworkPolicy *sameEgress = find(policies, "a", "allow-a-to-w-egress");
    ASSERT_TRUE(sameEgress);
    EXPECT_EQ(sameEgress->spec.podSelector, LabelSelector{}) << "every pod of a sends";
    const NetworkPolicy *other = find(policies, "a", "allow-b-to-w-ingress");
    ASSERT_TRUE(other);
    EXPECT_EQ(other->spec.ingress.at(0).peers.at(0).namespaceSelector, sel(nsName("b")));
    EXPECT_FALSE(other->spec.ingress[0].peers[0].podSelector);
    const NetworkPolicy *intoB = find(policies, "b", "allow-a-w-to-b-ingress");
    ASSERT_TRUE(intoB);
    EXPECT_EQ(intoB->spec.podSelector, LabelSelector{});
}

TEST(Generator, EveryNamespaceEndIsGeneratedInEveryManagedNamespace)
{
    const auto policies = generate(DesignBuilder()
                                       .dns(false)
                                       .ns("a").ns("b", true, {true, false}).ns("c", false).ns("mon")
                                       .workload("mon", "prometheus", {{"app", "prometheus"}})
                                       .flow("mon/prometheus", "*/*", {"9090/TCP"}));
    EXPECT_EQ(names(policies),
              (std::vector<std::string>{
                  "a/default-deny-all", "a/allow-mon-prometheus-to-all-namespaces-ingress",
                  "b/default-deny-ingress", "b/allow-mon-prometheus-to-all-namespaces-ingress",
                  "mon/default-deny-all", "mon/allow-prometheus-to-all-namespaces-egress",
                  "mon/allow-prometheus-to-all-namespaces-ingress"}));
    const NetworkPolicy *egress = find(policies, "mon", "allow-prometheus-to-all-namespaces-egress");
    ASSERT_TRUE(egress);
    EXPECT_EQ(egress->spec.egress.at(0).peers.at(0).namespaceSelector, LabelSelector{});
    EXPECT_FALSE(egress->spec.egress[0].peers[0].podSelector);
}

TEST(Generator, ExternalsBecomeIpBlocksOnTheClusterSideOnly)
{
    const auto policies = generate(DesignBuilder()
                                       .dns(false)
                                       .ns("p")
                                       .workload("p", "api", {{"app", "api"}})
                                       .external("partner", "203.0.113.0/24", {"203.0.113.128/25"})
                                       .flow("p/api", "external/partner", {"443/TCP"})
                                       .flow("external/partner", "p/api", {"8443/TCP"}));
    EXPECT_EQ(names(policies), (std::vector<std::string>{"p/default-deny-all", "p/allow-api-to-partner-egress",
                                                         "p/allow-partner-to-api-ingress"}));
    const IPBlock expected{"203.0.113.0/24", {"203.0.113.128/25"}};
    EXPECT_EQ(policies[1].spec.egress.at(0).peers.at(0).ipBlock, expected);
    EXPECT_EQ(policies[2].spec.ingress.at(0).peers.at(0).ipBlock, expected);
}

TEST(Generator, UnmanagedEndsGetNoPolicies)
{
    const auto policies = generate(DesignBuilder()
                                       .dns(false)
                                       .ns("app").ns("legacy", false)
                                       .workload("app", "w", {{"app", "w"}})
                                       .workload("legacy", "old", {{"app", "old"}})
                                       .flow("app/w", "legacy/old", {"80/TCP"})
                                       .flow("legacy/old", "app/w", {"81/TCP"})
                                       .flow("legacy/*", "legacy/old", {"82/TCP"}));
    EXPECT_EQ(names(policies), (std::vector<std::string>{"app/default-deny-all", "app/allow-w-to-legacy-old-egress",
                                                         "app/allow-legacy-old-to-w-ingress"}));
}

TEST(Generator, OnlyTheDeniedDirectionsGetFlowSides)
{
    const auto policies = generate(DesignBuilder()
                                       .ns("a", true, {true, false})
                                       .workload("a", "x", {{"app", "x"}})
                                       .workload("a", "y", {{"app", "y"}})
                                       .flow("a/x", "a/y", {"80/TCP"}));
    EXPECT_EQ(names(policies), (std::vector<std::string>{"a/default-deny-ingress", "a/allow-x-to-y-ingress"}))
        << "no egress deny: no allow-dns, no egress side";
}

TEST(Generator, NodeCidrAllowsIngressFromTheNodes)
{
    const auto policies = generate(DesignBuilder().dns(false).nodeCidr("10.0.0.0/16").ns("a").ns("b", true, {false, true}));
    EXPECT_EQ(names(policies), (std::vector<std::string>{"a/default-deny-all", "a/allow-from-nodes", "b/default-deny-egress"}));
    EXPECT_EQ(policies[1].spec.ingress.at(0).peers.at(0).ipBlock, (IPBlock{"10.0.0.0/16", {}}));
    EXPECT_TRUE(policies[1].spec.ingress[0].ports.empty());
}

// ---- Ports -------------------------------------------------------------------------------

TEST(Generator, EveryPortForm)
{
    const auto policies = generate(DesignBuilder()
                                       .dns(false)
                                       .ns("a", true, {true, false})
                                       .workload("a", "x", {{"app", "x"}})
                                       .workload("a", "y", {{"app", "y"}}, {port(8080, "http")})
                                       .flow("a/x", "a/y", {"8080/TCP", "30000-32767/TCP", "http/TCP", "*/UDP", "9/SCTP"})
                                       .flow("a/y", "a/x"));
    const NetworkPolicy *p = find(policies, "a", "allow-x-to-y-ingress");
    ASSERT_TRUE(p);
    const auto &ports = p->spec.ingress.at(0).ports;
    ASSERT_EQ(ports.size(), 5u);
    EXPECT_EQ(ports[0], (NetworkPolicyPort{"TCP", PortValue::fromNumber(8080), std::nullopt}));
    EXPECT_EQ(ports[1], (NetworkPolicyPort{"TCP", PortValue::fromNumber(30000), 32767}));
    EXPECT_EQ(ports[2], (NetworkPolicyPort{"TCP", PortValue::fromName("http"), std::nullopt}));
    EXPECT_EQ(ports[3], (NetworkPolicyPort{"UDP", std::nullopt, std::nullopt}));
    EXPECT_EQ(ports[4], (NetworkPolicyPort{"SCTP", PortValue::fromNumber(9), std::nullopt}));
    const NetworkPolicy *all = find(policies, "a", "allow-y-to-x-ingress");
    ASSERT_TRUE(all);
    EXPECT_TRUE(all->spec.ingress.at(0).ports.empty()) << "no ports on a flow: every port";
}

// ---- Granularity -------------------------------------------------------------------------

TEST(Generator, PerWorkloadGranularityGroupsRulesPerSelectedWorkload)
{
    const Design design = DesignBuilder(seedBase(DirectionSet::both()))
                              .granularity(Granularity::PerWorkload)
                              .flow("ingress-nginx/*", "production/frontend", {"8080/TCP"})
                              .flow("production/frontend", "production/api-server", {"8080/TCP"})
                              .flow("production/api-server", "production/database", {"5432/TCP"})
                              .flow("production/frontend", "production/database", {"5432/TCP"});
    const auto policies = generate(design);
    EXPECT_EQ(names(policies),
              (std::vector<std::string>{"production/default-deny-all", "production/allow-frontend-ingress",
                                        "production/allow-frontend-egress", "production/allow-api-server-ingress",
                                        "production/allow-api-server-egress", "production/allow-database-ingress"}));
    const NetworkPolicy *db = find(policies, "production", "allow-database-ingress");
    ASSERT_TRUE(db);
    ASSERT_EQ(db->spec.ingress.size(), 2u) << "one rule per flow, so ports stay with their peers";
    EXPECT_EQ(db->spec.ingress[0].peers.at(0).podSelector, sel({{"app", "api-server"}}));
    EXPECT_EQ(db->spec.ingress[1].peers.at(0).podSelector, sel({{"app", "frontend"}}));
    const NetworkPolicy *fe = find(policies, "production", "allow-frontend-egress");
    ASSERT_TRUE(fe);
    EXPECT_EQ(fe->spec.egress.size(), 2u);
}

// ---- Names and order ---------------------------------------------------------------------

TEST(Generator, NamesAreValidUniqueAndReadable)
{
    const auto policies = generate(DesignBuilder()
                                       .ns("a")
                                       .workload("a", "x", {{"app", "x"}})
                                       .workload("a", "y", {{"app", "y"}})
                                       .flow("a/x", "a/y", {"80/TCP"})
                                       .flow("a/x", "a/y", {"81/TCP"})
                                       .flow("a/x", "a/y", {"82/TCP"}));
    EXPECT_EQ(names(policies),
              (std::vector<std::string>{"a/default-deny-all", "a/allow-dns", "a/allow-x-to-y-egress",
                                        "a/allow-x-to-y-ingress", "a/allow-x-to-y-egress-2", "a/allow-x-to-y-ingress-2",
                                        "a/allow-x-to-y-egress-3", "a/allow-x-to-y-ingress-3"}));
    for (const NetworkPolicy &p : policies)
        EXPECT_TRUE(isDns1123Subdomain(p.metadata.name)) << p.metadata.name;
}

TEST(Generator, LongNamesAreCutUniquelyAndStayValid)
{
    const std::string longA(120, 'a');
    const std::string longB = std::string(119, 'b') + "1";
    const std::string longC = std::string(119, 'b') + "2";
    const auto policies = generate(DesignBuilder()
                                       .dns(false)
                                       .ns("n", true, {true, false})
                                       .workload("n", longA, {{"app", "a"}})
                                       .workload("n", longB, {{"app", "b"}})
                                       .workload("n", longC, {{"app", "c"}})
                                       .flow("n/" + longA, "n/" + longB)
                                       .flow("n/" + longA, "n/" + longC));
    ASSERT_EQ(policies.size(), 3u);
    std::set<std::string> seen;
    for (const NetworkPolicy &p : policies) {
        EXPECT_LE(p.metadata.name.size(), 253u);
        EXPECT_TRUE(isDns1123Subdomain(p.metadata.name)) << p.metadata.name;
        EXPECT_TRUE(seen.insert(p.metadata.name).second) << p.metadata.name;
    }
    EXPECT_EQ(limitNameLength(std::string(300, 'x')), limitNameLength(std::string(300, 'x'))) << "stable";
}

TEST(Generator, NamesStayStableWhenUnrelatedPartsChange)
{
    Design design = productionDesign();
    const auto before = names(generate(design));
    design.workloads.insert(design.workloads.begin(), Workload{"cache", "production", WorkloadKind::StatefulSet,
                                                               {{"app", "cache"}}, {port(6379)}, {}});
    design.flows.insert(design.flows.begin(), Flow{Endpoint::workload("production", "api-server"),
                                                   Endpoint::workload("production", "cache"), {FlowPort::number(6379)}});
    design.namespaces.push_back(Namespace{"aaa-first", {}, true, DirectionSet::both(), {}});
    const auto after = names(generate(design));
    for (const std::string &name : before)
        EXPECT_NE(std::find(after.begin(), after.end(), name), after.end()) << name << " was renamed";
}

TEST(Generator, OrderIsNamespaceThenDenyThenDnsThenFlows)
{
    const auto policies = generate(DesignBuilder()
                                       .nodeCidr("10.0.0.0/8")
                                       .ns("zeta").ns("alpha")
                                       .workload("zeta", "z", {{"app", "z"}})
                                       .workload("alpha", "a", {{"app", "a"}})
                                       .flow("zeta/z", "alpha/a", {"1/TCP"})
                                       .flow("alpha/a", "zeta/z", {"2/TCP"}));
    EXPECT_EQ(names(policies),
              (std::vector<std::string>{"alpha/default-deny-all", "alpha/allow-dns", "alpha/allow-from-nodes",
                                        "alpha/allow-zeta-z-to-a-ingress", "alpha/allow-a-to-zeta-z-egress",
                                        "zeta/default-deny-all", "zeta/allow-dns", "zeta/allow-from-nodes",
                                        "zeta/allow-z-to-alpha-a-egress", "zeta/allow-alpha-a-to-z-ingress"}));
    EXPECT_EQ(names(generate(DesignBuilder()
                                 .nodeCidr("10.0.0.0/8")
                                 .ns("zeta").ns("alpha")
                                 .workload("zeta", "z", {{"app", "z"}})
                                 .workload("alpha", "a", {{"app", "a"}})
                                 .flow("zeta/z", "alpha/a", {"1/TCP"})
                                 .flow("alpha/a", "zeta/z", {"2/TCP"}))),
              names(policies))
        << "deterministic";
}

TEST(Generator, EveryPolicyIsLabelledAsOurs)
{
    for (const NetworkPolicy &p : generate(productionDesign()))
        EXPECT_EQ(p.metadata.labels.at(kManagedByLabel), kManagedByValue);
}

TEST(Generator, UndeclaredEndpointsAreReportedNotGuessed)
{
    Design design = productionDesign();
    design.flows.push_back(Flow{Endpoint::workload("production", "ghost"), Endpoint::workload("production", "frontend"), {}});
    const GenerateResult r = generatePolicies(design);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].code, "unknown-endpoint");
    EXPECT_EQ(r.diagnostics[0].location.element, ElementRef::flow(3));
    EXPECT_EQ(r.policies.size(), generatePolicies(productionDesign()).policies.size());
}

// ---- YAML out ----------------------------------------------------------------------------

TEST(GeneratorYaml, ProductionExampleGolden)
{
    expectGolden("production-policies.yaml",
                 writeManifests(generate(productionDesign()), "Generated from the production test design."));
}
