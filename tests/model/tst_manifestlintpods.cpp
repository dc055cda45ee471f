// The manifest lint on inputs that show pods: the checks that depend on pods judge the pods of
// the namespaces the input shows, and keep the policy-only reasoning for the others. Each
// check has input that triggers it and input that does not.

#include "manifestyaml.h"
#include "support/testsupport.h"

#include "model/lint/manifestlint.h"
#include "model/manifests/manifestreader.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

const std::string kWeb
    = deployment("web", "prod", "{app: web}", "[{name: http, containerPort: 8080}]");
const std::string kApi
    = deployment("api", "prod", "{app: api}", "[{name: http, containerPort: 8080}]");

// prod denies everything and allows DNS, web -> api on 8080 on both sides.
const std::string kZeroTrust
    = np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns)
      + np("nodes", "prod",
           "  podSelector: {}\n  ingress:\n  - from: [{ipBlock: {cidr: 10.0.0.0/16}}]\n")
      + np(
          "web-out", "prod",
          "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
          "  egress:\n  - to: [{podSelector: {matchLabels: {app: api}}}]\n    ports: [{port: 8080}]\n")
      + np(
          "api-in", "prod",
          "  podSelector: {matchLabels: {app: api}}\n  policyTypes: [Ingress]\n"
          "  ingress:\n  - from: [{podSelector: {matchLabels: {app: web}}}]\n    ports: [{port: 8080}]\n");

} // namespace

TEST(ManifestLintPods, ZeroTrustWithItsPodsHasOnlyTheNetworkPluginNote)
{
    const Diagnostics all = lintText(kZeroTrust + kWeb + kApi);
    ASSERT_EQ(all.size(), 1u) << dump(all);
    EXPECT_EQ(all[0].code, "network-plugin");
}

TEST(ManifestLintPods, PodSelectorMatchingNoneOfTheNamespacesPods)
{
    // app=api can match some pod, so without pods nothing is said; prod's pods have no api.
    const std::string text = kZeroTrust + kWeb;
    const Diagnostics found = withCode(lintText(text), "selects-nothing");
    ASSERT_EQ(found.size(), 2u) << dump(found);
    EXPECT_EQ(found[0].location.field, "spec.egress[0].to[0].podSelector") << "web-out's peer";
    EXPECT_NE(found[0].message.find("(app=api) matches none of the pods the input has in prod"),
              std::string::npos)
        << found[0].message;
    EXPECT_EQ(found[1].location.field, "spec.podSelector") << "api-in";
    EXPECT_EQ(found[1].location.line, lineOf(text, "name: api-in") + 3);
    EXPECT_NE(found[1].message.find(
                  "prod/api-in (app=api) matches none of the pods the input has in prod (web)"),
              std::string::npos)
        << found[1].message;
    EXPECT_TRUE(withCode(lintText(kZeroTrust), "selects-nothing").empty())
        << "no pods: cannot know";
    EXPECT_TRUE(withCode(lintText(kZeroTrust + kWeb + kApi), "selects-nothing").empty());
}

TEST(ManifestLintPods, NamespacesWithoutPodsInTheInputKeepThePolicyOnlyReasoning)
{
    // `other` shows no pods: its policy for app=x may select pods the input does not show, and
    // its contradictory selector is still reported by reasoning on the selector.
    const std::string text
        = kZeroTrust + kWeb + kApi
          + np("x", "other",
               "  podSelector: {matchLabels: {app: x}}\n  ingress:\n  - from:\n"
               "    - podSelector: {matchLabels: {app: other-y}}\n")
          + np("odd", "other",
               "  podSelector:\n    matchLabels: {app: a}\n"
               "    matchExpressions: [{key: app, operator: NotIn, values: [a]}]\n");
    const Diagnostics found = withCode(lintText(text), "selects-nothing");
    ASSERT_EQ(found.size(), 1u) << dump(found);
    EXPECT_NE(found[0].message.find("can match no pod"), std::string::npos) << found[0].message;
    // A peer in a namespace the input shows no pods of is not judged on pods either.
    const std::string toSystem
        = kZeroTrust + kWeb + kApi
          + np(
              "to-dns", "prod",
              "  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to:\n"
              "    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}\n"
              "      podSelector: {matchLabels: {k8s-app: kube-dns}}\n");
    EXPECT_TRUE(withCode(lintText(toSystem), "selects-nothing").empty());
    // Once kube-system's pods are shown, a peer that matches none of them is reported.
    const Diagnostics none
        = withCode(lintText(toSystem + deployment("coredns", "kube-system", "{k8s-app: coredns}")),
                   "selects-nothing");
    ASSERT_EQ(none.size(), 1u) << dump(none);
    EXPECT_NE(none[0].message.find("matches none of the pods the input has in kube-system"),
              std::string::npos);
}

TEST(ManifestLintPods, NamespaceWithPodsAndNoPolicy)
{
    const std::string shop
        = deployment("cart", "shop", "{app: cart}") + deployment("pay", "shop", "{app: pay}");
    const std::string text = kZeroTrust + kWeb + kApi + shop;
    const Diagnostics found = withCode(lintText(text), "no-default-deny");
    ASSERT_EQ(found.size(), 1u) << dump(found);
    EXPECT_EQ(found[0].location.line,
              lineOf(text, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart"));
    EXPECT_NE(found[0].message.find(
                  "namespace shop has pods in the input (cart and pay) and no NetworkPolicy"),
              std::string::npos)
        << found[0].message;
    // Placed on the Namespace object when there is one; not reported once shop has a policy.
    const std::string declared = kZeroTrust + kWeb + kApi + namespaceObject("shop") + shop;
    const Diagnostics atNamespace = withCode(lintText(declared), "no-default-deny");
    ASSERT_EQ(atNamespace.size(), 1u);
    EXPECT_EQ(atNamespace[0].location.line, lineOf(declared, "apiVersion: v1\nkind: Namespace"));
    EXPECT_TRUE(withCode(lintText(kZeroTrust + kWeb + kApi + shop + np("deny", "shop", kDenyAll)
                                  + np("dns", "shop", kAllowDns)),
                         "no-default-deny")
                    .empty());
    // Pods alone, no policy anywhere: the warning, and no network plugin note.
    const Diagnostics alone = lintText(shop);
    ASSERT_EQ(alone.size(), 1u) << dump(alone);
    EXPECT_EQ(alone[0].code, "no-default-deny");
}

TEST(ManifestLintPods, KubeletProbesPerWorkloadThatHasThem)
{
    const std::string deny = np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns);
    // Without pods: prod denies ingress, so probes may suffer. With pods and no probe: nothing.
    EXPECT_EQ(withCode(lintText(deny), "kubelet-probes").size(), 1u);
    EXPECT_TRUE(withCode(lintText(deny + kWeb), "kubelet-probes").empty());
    const std::string probed
        = deployment("api", "prod", "{app: api}", "[{name: http, containerPort: 8080}]",
                     "livenessProbe: {httpGet: {path: /healthz, port: http}}");
    const std::string text = deny + kWeb + probed;
    const Diagnostics found = withCode(lintText(text), "kubelet-probes");
    ASSERT_EQ(found.size(), 1u) << dump(found);
    EXPECT_EQ(found[0].severity, Severity::Info);
    EXPECT_EQ(found[0].location.line, lineOf(text, "livenessProbe"));
    EXPECT_NE(
        found[0].message.find(
            "prod/api has a liveness probe (httpGet on port http) and deny isolates its ingress"),
        std::string::npos)
        << found[0].message;
    // A rule from the node network on that port, or from anyone, lets the node in.
    const std::string nodes
        = np("nodes", "prod",
             "  podSelector: {}\n  ingress:\n  - from: [{ipBlock: {cidr: 10.0.0.0/16}}]\n"
             "    ports: [{port: 8080}]\n");
    EXPECT_TRUE(withCode(lintText(text + nodes), "kubelet-probes").empty());
    const std::string otherPort
        = np("nodes", "prod",
             "  podSelector: {}\n  ingress:\n  - from: [{ipBlock: {cidr: 10.0.0.0/16}}]\n"
             "    ports: [{port: 9100}]\n");
    EXPECT_EQ(withCode(lintText(text + otherPort), "kubelet-probes").size(), 1u)
        << "8080 is not 9100";
    const std::string anyone
        = np("open", "prod", "  podSelector: {matchLabels: {app: api}}\n  ingress:\n  - {}\n");
    EXPECT_TRUE(withCode(lintText(text + anyone), "kubelet-probes").empty());
    // exec probes run inside the container; a namespace without ingress isolation lets all in.
    const std::string exec
        = deployment("api", "prod", "{app: api}", "[]", "livenessProbe: {exec: {command: [true]}}");
    EXPECT_TRUE(withCode(lintText(deny + exec), "kubelet-probes").empty());
    const std::string egressOnly
        = np("deny", "prod", "  podSelector: {}\n  policyTypes: [Egress]\n")
          + np("dns", "prod", kAllowDns);
    EXPECT_TRUE(withCode(lintText(egressOnly + probed), "kubelet-probes").empty());
}

TEST(ManifestLintPods, EgressWithoutDnsPerPod)
{
    EXPECT_TRUE(withCode(lintText(kZeroTrust + kWeb + kApi), "egress-without-dns").empty());
    // DNS allowed to web only: api cannot resolve. The policy-only reasoning says as much about
    // the namespace; on pods the message names api and only api.
    const std::string webDns
        = np("dns", "prod",
             "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
             "  egress:\n  - ports: [{protocol: UDP, port: 53}]\n");
    const Diagnostics found = withCode(
        lintText(np("deny", "prod", kDenyAll) + webDns + kWeb + kApi), "egress-without-dns");
    ASSERT_EQ(found.size(), 1u) << dump(found);
    EXPECT_EQ(found[0].location.field, "spec.policyTypes");
    EXPECT_NE(found[0].message.find(
                  "policy prod/deny denies egress to api, and no policy allows them DNS (53/UDP)"),
              std::string::npos)
        << found[0].message;
    // Only web's pods exist: every one of them resolves.
    EXPECT_TRUE(
        withCode(lintText(np("deny", "prod", kDenyAll) + webDns + kWeb), "egress-without-dns")
            .empty());
}

TEST(ManifestLintPods, EgressWithoutDnsAgainstTheDnsPods)
{
    const std::string coredns = deployment("coredns", "kube-system", "{k8s-app: kube-dns}",
                                           "[{name: dns, containerPort: 53, protocol: UDP}]");
    const std::string toDns
        = "  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to:\n"
          "    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}\n"
          "      podSelector: {matchLabels: {k8s-app: LABEL}}\n"
          "    ports: [{protocol: UDP, port: 53}]\n";
    const auto allowDns = [&](const std::string &label) {
        std::string spec = toDns;
        spec.replace(spec.find("LABEL"), 5, label);
        return np("deny", "prod", kDenyAll) + np("dns", "prod", spec);
    };
    EXPECT_TRUE(
        withCode(lintText(allowDns("kube-dns") + kWeb + coredns), "egress-without-dns").empty());
    // The rule names pods the DNS deployment does not carry: 53/UDP goes nowhere. Without the
    // DNS pods in the input, any 53/UDP rule counts.
    const Diagnostics wrong
        = withCode(lintText(allowDns("coredns") + kWeb + coredns), "egress-without-dns");
    ASSERT_EQ(wrong.size(), 1u) << dump(wrong);
    EXPECT_NE(
        wrong[0].message.find("denies egress to web, and no policy lets them reach the DNS pods "
                              "(kube-system/coredns) on 53/UDP"),
        std::string::npos)
        << wrong[0].message;
    EXPECT_TRUE(withCode(lintText(allowDns("coredns") + kWeb), "egress-without-dns").empty());
    // The resolvers themselves are not asked to resolve.
    const std::string systemDeny
        = np("deny", "kube-system", "  podSelector: {}\n  policyTypes: [Egress]\n");
    EXPECT_TRUE(
        withCode(lintText(allowDns("kube-dns") + kWeb + coredns + systemDeny), "egress-without-dns")
            .empty());
}

TEST(ManifestLintPods, NamedPortNoDestinationDefines)
{
    const auto webToApi = [](const std::string &port, const std::string &extraPeer = {}) {
        return np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns)
               + np("web-out", "prod",
                    "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
                    "  egress:\n  - to:\n    - podSelector: {matchLabels: {app: api}}\n"
                        + extraPeer + "    ports: [" + port + "]\n")
               + np("api-in", "prod",
                    "  podSelector: {matchLabels: {app: api}}\n  policyTypes: [Ingress]\n"
                    "  ingress:\n  - from: [{podSelector: {matchLabels: {app: web}}}]\n    ports: ["
                        + port + "]\n");
    };
    EXPECT_TRUE(
        withCode(lintText(webToApi("{port: http}") + kWeb + kApi), "unknown-named-port").empty());
    EXPECT_TRUE(withCode(lintText(webToApi("{port: grpc}")), "unknown-named-port").empty())
        << "no pods: cannot know";
    // Both sides name a port api does not define: the egress rule (its peer's pods) and the
    // ingress rule (its policy's pods).
    const std::string text = webToApi("{port: grpc}") + kWeb + kApi;
    const Diagnostics found = withCode(lintText(text), "unknown-named-port");
    ASSERT_EQ(found.size(), 2u) << dump(found);
    EXPECT_EQ(found[0].location.field, "spec.egress[0].ports[0].port");
    EXPECT_EQ(found[1].location.field, "spec.ingress[0].ports[0].port");
    EXPECT_NE(
        found[0].message.find(
            "the named port grpc/TCP is defined by none of the pods this rule's traffic goes to "
            "(api has no TCP container port called grpc)"),
        std::string::npos)
        << found[0].message;
    // The protocol is part of the name's match.
    EXPECT_EQ(withCode(lintText(webToApi("{port: http, protocol: UDP}") + kWeb + kApi),
                       "unknown-named-port")
                  .size(),
              2u);
    // Destinations that may be elsewhere (an ipBlock, a namespace the input does not show):
    // the egress rule is not judged; the ingress side still is.
    const std::string cidr = "    - ipBlock: {cidr: 10.0.0.0/8}\n";
    EXPECT_EQ(withCode(lintText(webToApi("{port: grpc}", cidr) + kWeb + kApi), "unknown-named-port")
                  .size(),
              1u);
    const std::string system
        = "    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}\n";
    EXPECT_EQ(
        withCode(lintText(webToApi("{port: grpc}", system) + kWeb + kApi), "unknown-named-port")
            .size(),
        1u);
}
