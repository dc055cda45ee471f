// From manifests to the cluster an analysis sees: implicit namespaces, defaults, duplicates,
// and the reasons the evaluator gives.

#include "model/analysis/cluster.h"

#include <gtest/gtest.h>

using namespace Netpol;

namespace {

Cluster cluster(const std::string &yaml)
{
    return buildCluster(readManifests(yaml, "c.yaml"));
}

const char *kPolicies = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress}}}]
    ports: [{port: http}]
  - from: [{podSelector: {matchLabels: {app: api}}}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-out, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: web}}}]
---
apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: red, kubernetes.io/metadata.name: wrong}}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
---
apiVersion: v1
kind: Pod
metadata: {name: lb, namespace: ingress}
)";

} // namespace

TEST(Cluster, ImplicitNamespacesAreNotes)
{
    const Cluster c = cluster(kPolicies);
    ASSERT_EQ(c.namespaces.size(), 2u);
    EXPECT_EQ(c.namespaces[0].name, "ingress");
    EXPECT_TRUE(c.namespaces[0].implicit);
    EXPECT_EQ(c.namespaces[0].effectiveLabels(), (Labels{{kNamespaceNameLabel, "ingress"}}));
    EXPECT_FALSE(c.namespaces[1].implicit);
    EXPECT_EQ(c.namespaces[1].effectiveLabels(),
              (Labels{{"team", "red"}, {kNamespaceNameLabel, "shop"}})) << "the server sets the name label";
    ASSERT_EQ(c.diagnostics.size(), 1u);
    EXPECT_EQ(c.diagnostics[0].severity, Severity::Info);
    EXPECT_EQ(c.diagnostics[0].code, "implicit-namespace");
    EXPECT_NE(c.diagnostics[0].message.find("\"ingress\""), std::string::npos);
    EXPECT_EQ(c.diagnostics[0].location.line, 38) << "named by the pod lb (workloads are looked at first)";
}

TEST(Cluster, NamespaceSelectorsByNameImplyNamespaces)
{
    const Cluster c = cluster("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                              "metadata: {name: p, namespace: a}\n"
                              "spec:\n  podSelector: {}\n  ingress:\n  - from:\n"
                              "    - namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [b, c]}]}\n");
    ASSERT_EQ(c.namespaces.size(), 3u);
    EXPECT_EQ(c.namespaces[2].name, "c");
    EXPECT_EQ(c.diagnostics.size(), 3u);
}

TEST(Cluster, DefaultNamespaceDuplicatesAndBrokenPolicies)
{
    const Cluster c = cluster("apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {v: one}}\n"
                              "---\n"
                              "apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: default, labels: {v: two}}\n"
                              "---\n"
                              "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {template: {}}\n"
                              "---\n"
                              "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                              "metadata: {name: p, namespace: x}\nspec: {podSelecter: {}}\n");
    ASSERT_EQ(c.workloads.size(), 2u);
    EXPECT_EQ(c.workloads[0].ns, "default");
    EXPECT_EQ(c.workloads[0].labels.at("v"), "two") << "the later object replaces the earlier";
    EXPECT_EQ(c.workloads[1].kind, WorkloadKind::Deployment);
    EXPECT_EQ(c.findWorkloads("default", "a").size(), 2u);
    EXPECT_TRUE(c.policies.empty());
    std::vector<std::string> codes;
    for (const Diagnostic &d : c.diagnostics)
        codes.push_back(d.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"implicit-namespace", "duplicate-object", "left-out",
                                               "default-namespace"}));
    EXPECT_NE(c.diagnostics.back().message.find("2 objects"), std::string::npos) << c.diagnostics.back().message;
}

TEST(Explain, ReasonsOfBothSides)
{
    const Cluster c = cluster(kPolicies);
    const PolicyEvaluator e(c.policies);
    const NetworkPeer web = c.peerOf(c.workloads[0]);
    const NetworkPeer api = c.peerOf(c.workloads[1]);
    const NetworkPeer lb = c.peerOf(c.workloads[2]);

    // api -> web: egress allowed by api-out's rule 0, ingress by web-in's rule 1.
    const Verdict v = e.explain(api, web, 8080, Protocol::TCP);
    EXPECT_TRUE(v.allowed());
    EXPECT_EQ(v.egress.isolatingPolicies, (std::vector<std::size_t>{0, 2}));
    EXPECT_EQ(v.egress.allowingRules, (std::vector<RuleRef>{{2, 0}}));
    EXPECT_EQ(v.ingress.isolatingPolicies, (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(v.ingress.allowingRules, (std::vector<RuleRef>{{1, 1}}));
    EXPECT_EQ(v.allowed(), e.allowed(api, web, 8080, Protocol::TCP));

    // lb -> web: ingress rule 0 (named port http = 8080); lb's namespace has no policy.
    const Verdict in = e.explain(lb, web, 8080, Protocol::TCP);
    EXPECT_TRUE(in.allowed());
    EXPECT_FALSE(in.egress.isolated);
    EXPECT_EQ(in.ingress.allowingRules, (std::vector<RuleRef>{{1, 0}}));
    const Verdict other = e.explain(lb, web, 9090, Protocol::TCP);
    EXPECT_FALSE(other.allowed());
    EXPECT_TRUE(other.ingress.isolated);
    EXPECT_TRUE(other.ingress.allowingRules.empty());

    // web -> api: web's egress is isolated by deny alone; api's ingress likewise.
    const Verdict back = e.explain(web, api, 80, Protocol::TCP);
    EXPECT_FALSE(back.allowed());
    EXPECT_EQ(back.egress.isolatingPolicies, (std::vector<std::size_t>{0}));
    EXPECT_FALSE(back.egress.allowed());
    EXPECT_FALSE(back.ingress.allowed());
}

TEST(Explain, AddressesAreNeverIsolated)
{
    const Cluster c = cluster(kPolicies);
    const PolicyEvaluator e(c.policies);
    const NetworkPeer outside = NetworkPeer::address(*parseIpAddress("192.0.2.1"));
    const Verdict v = e.explain(c.peerOf(c.workloads[0]), outside, 443, Protocol::TCP);
    EXPECT_FALSE(v.ingress.isolated);
    EXPECT_TRUE(v.egress.isolated);
    EXPECT_FALSE(v.allowed());
}
