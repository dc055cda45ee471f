// Guardrails generated as cluster policies: ClusterNetworkPolicy v1beta1/v1alpha2, and with
// v1alpha1 AdminNetworkPolicy plus the one BaselineAdminNetworkPolicy `default`; the
// baselineDefaultDeny policy; every export layout. The output is read back by the manifest
// reader, which refuses what the CRD would refuse.

#include "model/design/designreader.h"
#include "model/generate/exporter.h"
#include "model/generate/generator.h"
#include "model/manifests/manifestreader.h"

#include <gtest/gtest.h>

using namespace Netpol;

namespace {

const char kDesign[] = R"(apiVersion: netpol-designer/v1
kind: Design
metadata: {name: g}
namespaces:
  - {name: shop, labels: {tenant: "true"}}
  - {name: data}
  - {name: kube-system, managed: false}
workloads:
  - {name: web, namespace: shop, labels: {app: web}, ports: [{name: metrics, port: 9102, protocol: TCP}]}
  - {name: db, namespace: data, labels: {app: db}}
flows:
  - {from: shop/web, to: data/db, ports: [5432/TCP]}
guardrails:
  - name: admin-a
    tier: Admin
    priority: 10
    subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: data}}}
    ingress:
      - {name: scrape, action: Accept, from: [{pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}}], ports: [metrics, 8000-9000/TCP, "*/UDP"]}
      - {action: Pass, from: [{namespaces: {}}]}
  - name: base-2
    tier: Baseline
    priority: 20
    subject: {namespaces: {matchLabels: {tenant: "true"}}}
    egress:
      - {action: Deny, to: [{networks: [10.0.0.0/8]}]}
  - name: base-1
    tier: Baseline
    priority: 5
    subject: {namespaces: {matchLabels: {tenant: "true"}}}
    egress:
      - {action: Accept, to: [{namespaces: {}}], ports: [53/UDP]}
)";

Design design(ClusterPolicyApi api, bool baselineDeny = false)
{
    DesignReadResult r = readDesign(kDesign, "g.netpol.yaml");
    for (const Diagnostic &d : r.diagnostics)
        ADD_FAILURE() << d.format();
    Design d = r.design.value_or(Design{});
    d.options.clusterPolicyApi = api;
    d.options.baselineDefaultDeny = baselineDeny;
    return d;
}

// The single-file export, read back: no diagnostics at all, and its cluster policies.
ManifestSet exportAndRead(const Design &d)
{
    const GenerateResult g = generatePolicies(d);
    std::vector<NetworkPolicy> policies;
    for (const GeneratedPolicy &p : g.policies)
        policies.push_back(p.policy);
    const auto files = buildExport(policies, ExportOptions{}, g.clusterPolicies);
    EXPECT_EQ(files.size(), 1u);
    ManifestSet set = readManifests(files.front().content, "out.yaml");
    for (const Diagnostic &x : set.diagnostics)
        ADD_FAILURE() << x.format() << "\n" << files.front().content;
    return set;
}

} // namespace

TEST(GuardrailGenerate, ClusterNetworkPolicyV1beta1AndV1alpha2)
{
    for (ClusterPolicyApi api : {ClusterPolicyApi::V1beta1, ClusterPolicyApi::V1alpha2}) {
        const ManifestSet set = exportAndRead(design(api));
        ASSERT_EQ(set.clusterPolicies.size(), 3u);
        const ClusterPolicy &a = set.clusterPolicies[0];
        EXPECT_EQ(a.kind, ClusterPolicyKind::ClusterNetworkPolicy);
        EXPECT_EQ(a.apiVersion, std::string("policy.networking.k8s.io/") + clusterPolicyApiName(api));
        EXPECT_EQ(a.metadata.name, "admin-a");
        EXPECT_EQ(a.metadata.labels.at(kManagedByLabel), kManagedByValue);
        EXPECT_EQ(a.tier, "Admin");
        EXPECT_EQ(a.priority, 10);
        ASSERT_EQ(a.ingress.size(), 2u);
        EXPECT_EQ(a.ingress[0].action, "Accept");
        ASSERT_EQ(a.ingress[0].ports.size(), 3u);
        EXPECT_EQ(a.ingress[0].ports[0].namedPort, "metrics");
        EXPECT_EQ(a.ingress[0].ports[1].start, 8000);
        EXPECT_EQ(a.ingress[0].ports[1].end, 9000);
        EXPECT_EQ(a.ingress[0].ports[2].protocol, "UDP");
        EXPECT_EQ(a.ingress[0].ports[2].start, 1);
        EXPECT_EQ(a.ingress[0].ports[2].end, 65535);
        EXPECT_EQ(a.ingress[1].action, "Pass");
        EXPECT_EQ(set.clusterPolicies[1].tier, "Baseline");
        EXPECT_EQ(set.clusterPolicies[1].metadata.name, "base-2");
    }
}

TEST(GuardrailGenerate, V1alpha1MergesTheBaselineIntoDefault)
{
    const ManifestSet set = exportAndRead(design(ClusterPolicyApi::V1alpha1));
    ASSERT_EQ(set.clusterPolicies.size(), 2u);
    const ClusterPolicy &anp = set.clusterPolicies[0];
    EXPECT_EQ(anp.kind, ClusterPolicyKind::AdminNetworkPolicy);
    EXPECT_EQ(anp.apiVersion, "policy.networking.k8s.io/v1alpha1");
    EXPECT_EQ(anp.ingress[0].action, "Allow");
    EXPECT_EQ(anp.ingress[0].ports[0].namedPort, "metrics");
    const ClusterPolicy &banp = set.clusterPolicies[1];
    EXPECT_EQ(banp.kind, ClusterPolicyKind::BaselineAdminNetworkPolicy);
    EXPECT_EQ(banp.metadata.name, "default");
    EXPECT_FALSE(banp.priority.has_value());
    ASSERT_EQ(banp.egress.size(), 2u);
    // base-1 (priority 5) before base-2 (priority 20), whatever the design order.
    EXPECT_EQ(banp.egress[0].action, "Allow");
    EXPECT_EQ(banp.egress[1].action, "Deny");
}

TEST(GuardrailGenerate, BaselineDefaultDenyReplacesTheDefaultDenyPolicies)
{
    for (ClusterPolicyApi api : {ClusterPolicyApi::V1beta1, ClusterPolicyApi::V1alpha1}) {
        Design d = design(api, true);
        if (api == ClusterPolicyApi::V1alpha1) // the one BANP is the default deny's
            std::erase_if(d.guardrails, [](const Guardrail &g) {
                return g.tier == ClusterTier::Baseline;
            });
        const GenerateResult g = generatePolicies(d);
        for (const GeneratedPolicy &p : g.policies) {
            // No default-deny-all: ingress isolation stays as default-deny-ingress (a cluster
            // policy cannot refuse addresses outside the cluster), egress is the Baseline's.
            EXPECT_NE(p.policy.metadata.name, "default-deny-all");
            EXPECT_NE(p.policy.metadata.name, "default-deny-egress");
        }
        const auto names = [&] {
            std::vector<std::string> out;
            for (const GeneratedPolicy &p : g.policies)
                out.push_back(p.policy.metadata.ns + '/' + p.policy.metadata.name);
            return out;
        }();
        EXPECT_NE(std::find(names.begin(), names.end(), "shop/default-deny-ingress"), names.end());
        EXPECT_NE(std::find(names.begin(), names.end(), "shop/allow-dns"), names.end());
        // allow-dns selects every pod for egress, so NetworkPolicies decide every pod's egress:
        // a Baseline default deny would never be consulted, and none is written.
        const char *denyName = api == ClusterPolicyApi::V1alpha1 ? "default"
                                                                 : "netpol-baseline-default-deny";
        for (const ClusterPolicy &p : g.clusterPolicies)
            EXPECT_NE(p.metadata.name, denyName);
        exportAndRead(d);
        // Without DNS, the Baseline policy is what refuses egress.
        d.options.dns.enabled = false;
        const GenerateResult noDns = generatePolicies(d);
        ASSERT_FALSE(noDns.clusterPolicies.empty());
        const ClusterPolicy &deny = noDns.clusterPolicies.front();
        EXPECT_EQ(deny.metadata.name,
                  api == ClusterPolicyApi::V1alpha1 ? "default" : "netpol-baseline-default-deny");
        ASSERT_TRUE(deny.subject.namespaces);
        ASSERT_EQ(deny.subject.namespaces->matchExpressions.size(), 1u);
        EXPECT_EQ(deny.subject.namespaces->matchExpressions[0].key, kNamespaceNameLabel);
        EXPECT_EQ(deny.subject.namespaces->matchExpressions[0].values,
                  (std::vector<std::string>{"data", "shop"}));
        ASSERT_EQ(deny.egress.size(), 1u);
        EXPECT_EQ(deny.egress[0].action, "Deny");
        EXPECT_EQ(deny.egress[0].peers[0].networks,
                  (std::vector<std::string>{"0.0.0.0/0", "::/0"}));
        exportAndRead(d);
    }
    // With the nodes' CIDR, allow-from-nodes isolates ingress: no default deny policy at all.
    Design nodes = design(ClusterPolicyApi::V1beta1, true);
    nodes.options.nodeCidr = "192.168.0.0/16";
    for (const GeneratedPolicy &p : generatePolicies(nodes).policies)
        EXPECT_EQ(p.policy.metadata.name.rfind("default-deny", 0), std::string::npos)
            << p.policy.metadata.name;
}

TEST(GuardrailGenerate, EveryLayoutHoldsTheClusterPolicies)
{
    const Design d = design(ClusterPolicyApi::V1beta1);
    const GenerateResult g = generatePolicies(d);
    std::vector<NetworkPolicy> policies;
    for (const GeneratedPolicy &p : g.policies)
        policies.push_back(p.policy);
    for (ExportLayout layout : {ExportLayout::PerNamespace, ExportLayout::Kustomize}) {
        ExportOptions options;
        options.layout = layout;
        const auto files = buildExport(policies, options, g.clusterPolicies);
        const auto found = std::find_if(files.begin(), files.end(), [](const ExportFile &f) {
            return f.name == kClusterPoliciesFileName;
        });
        ASSERT_NE(found, files.end());
        EXPECT_EQ(readManifests(found->content, "c.yaml").clusterPolicies.size(), 3u);
        if (layout == ExportLayout::Kustomize) {
            EXPECT_EQ(files.back().name, "kustomization.yaml");
            EXPECT_NE(files.back().content.find("  - cluster-policies.yaml\n"), std::string::npos)
                << files.back().content;
        }
    }
}
