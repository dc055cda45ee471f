// netpol import and cluster guardrails: each valid ClusterNetworkPolicy, AdminNetworkPolicy
// and BaselineAdminNetworkPolicy of the input becomes a guardrail of the design, object for
// object, never flows; what a design guardrail cannot say is an import-cluster-policy warning.

#include "model/design/designwriter.h"
#include "model/generate/generator.h"
#include "model/import/importer.h"
#include "model/manifests/manifestreader.h"

#include <gtest/gtest.h>

using namespace Netpol;

namespace {

const std::string kPods = R"(apiVersion: v1
kind: Namespace
metadata: {name: x}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: x, labels: {app: a}}
spec: {containers: [{name: c, image: i, ports: [{name: http, containerPort: 80}]}]}
---
)";

ImportResult importText(const std::string &text)
{
    const ManifestSet set = readManifests(kPods + text, "in.yaml");
    for (const Diagnostic &d : set.diagnostics)
        EXPECT_NE(d.severity, Severity::Error) << d.format();
    return importDesign(set);
}

bool hasCode(const Diagnostics &all, const std::string &code)
{
    return std::any_of(all.begin(), all.end(), [&](const Diagnostic &d) { return d.code == code; });
}

} // namespace

TEST(ImportGuardrails, V1alpha1ObjectsBecomeGuardrailsInTheirApi)
{
    const ImportResult r = importText(R"(apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata: {name: default}
spec:
  subject: {namespaces: {}}
  ingress:
  - {action: Deny, from: [{namespaces: {}}]}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: scrape}
spec:
  priority: 7
  subject: {pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: a}}}}
  ingress:
  - name: http
    action: Allow
    from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}]
    ports: [{namedPort: http}, {portRange: {protocol: UDP, start: 1000, end: 2000}}]
)");
    ASSERT_TRUE(r.design) << (r.diagnostics.empty() ? "" : r.diagnostics.front().format());
    const Design &d = *r.design;
    EXPECT_FALSE(hasCode(r.diagnostics, "import-cluster-policy"));
    EXPECT_EQ(d.options.clusterPolicyApi, ClusterPolicyApi::V1alpha1);
    ASSERT_EQ(d.guardrails.size(), 2u);
    EXPECT_EQ(d.guardrails[0].name, "scrape");
    EXPECT_EQ(d.guardrails[0].tier, ClusterTier::Admin);
    EXPECT_EQ(d.guardrails[0].priority, 7);
    EXPECT_EQ(d.guardrails[0].subject.kind, GuardrailPeer::Kind::Pods);
    EXPECT_EQ(d.guardrails[0].ingress[0].action, ClusterAction::Accept);
    EXPECT_EQ(d.guardrails[0].ingress[0].ports,
              (std::vector<FlowPort>{FlowPort::named("http"),
                                     FlowPort::range(1000, 2000, Protocol::UDP)}));
    // The BaselineAdminNetworkPolicy goes last, after every Baseline-tier guardrail.
    EXPECT_EQ(d.guardrails[1].name, "default");
    EXPECT_EQ(d.guardrails[1].tier, ClusterTier::Baseline);
    EXPECT_EQ(d.guardrails[1].priority, 1000);
    EXPECT_TRUE(d.flows.empty()) << "guardrails are never folded into flows";
    // Generated again, they are the same kinds.
    const GenerateResult g = generatePolicies(d);
    ASSERT_EQ(g.clusterPolicies.size(), 2u);
    EXPECT_EQ(g.clusterPolicies[0].kind, ClusterPolicyKind::AdminNetworkPolicy);
    EXPECT_EQ(g.clusterPolicies[1].kind, ClusterPolicyKind::BaselineAdminNetworkPolicy);
}

TEST(ImportGuardrails, ClusterNetworkPolicyKeepsItsVersion)
{
    const ImportResult r = importText(R"(apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: deny-out}
spec:
  tier: Admin
  priority: 3
  subject: {namespaces: {}}
  egress:
  - {action: Deny, to: [{networks: [10.0.0.1/8]}], protocols: [{tcp: {destinationPort: {number: 443}}}]}
  - {action: Pass, to: [{nodes: {}}]}
)");
    ASSERT_TRUE(r.design);
    EXPECT_EQ(r.design->options.clusterPolicyApi, ClusterPolicyApi::V1alpha2);
    ASSERT_EQ(r.design->guardrails.size(), 1u);
    const Guardrail &g = r.design->guardrails[0];
    ASSERT_EQ(g.egress.size(), 2u);
    EXPECT_EQ(g.egress[0].peers[0].values, std::vector<std::string>{"10.0.0.1/8"});
    EXPECT_EQ(g.egress[0].ports, std::vector<FlowPort>{FlowPort::number(443)});
    EXPECT_EQ(g.egress[1].peers[0].kind, GuardrailPeer::Kind::Nodes);
    EXPECT_NE(writeDesign(*r.design).find("clusterPolicyApi: v1alpha2"), std::string::npos);
}

TEST(ImportGuardrails, WhatTheDesignCannotSayIsAWarning)
{
    // Mixed versions: the design writes v1beta1, which refuses a CIDR with host bits that
    // v1alpha2 took.
    const ImportResult r = importText(R"(apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: host-bits}
spec:
  tier: Admin
  priority: 3
  subject: {namespaces: {}}
  egress:
  - {action: Deny, to: [{networks: [10.0.0.1/8]}]}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: fine}
spec:
  priority: 4
  subject: {namespaces: {}}
  egress:
  - {action: Deny, to: [{networks: [10.0.0.0/8]}]}
)");
    ASSERT_TRUE(r.design);
    EXPECT_TRUE(hasCode(r.diagnostics, "import-cluster-policy-api"));
    EXPECT_TRUE(hasCode(r.diagnostics, "import-cluster-policy"));
    EXPECT_EQ(r.design->options.clusterPolicyApi, ClusterPolicyApi::V1beta1);
    ASSERT_EQ(r.design->guardrails.size(), 1u);
    EXPECT_EQ(r.design->guardrails[0].name, "fine");
}
