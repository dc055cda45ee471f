// The manifest lint on inputs that show pods: the checks that depend on pods judge the pods of
// the namespaces the input shows, and keep the policy-only reasoning for the others. Each
// check has input that triggers it and input that does not.

#include "manifestyaml.h"
#include "support/testsupport.h"

#include "model/manifestlint.h"
#include "model/manifestreader.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Diagnostics lintText(const std::string &text)
{
    const ManifestSet set = readManifests(text, "m.yaml");
    EXPECT_TRUE(set.diagnostics.empty()) << dump(set.diagnostics);
    const Diagnostics all = lintManifests(set);
    for (const Diagnostic &d : all) {
        EXPECT_NE(d.severity, Severity::Error) << d.format();
        EXPECT_GT(d.location.line, 0) << d.format();
        EXPECT_EQ(d.location.file, "m.yaml") << d.format();
        EXPECT_FALSE(d.hint.empty()) << d.code;
    }
    return all;
}

int lineOf(const std::string &text, const std::string &needle)
{
    const std::size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    return 1 + int(std::count(text.begin(), text.begin() + std::ptrdiff_t(at), '\n'));
}

const std::string kWeb = deployment("web", "prod", "{app: web}", "[{name: http, containerPort: 8080}]");
const std::string kApi = deployment("api", "prod", "{app: api}", "[{name: http, containerPort: 8080}]");

// prod denies everything and allows DNS, web -> api on 8080 on both sides.
const std::string kZeroTrust
    = np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns)
      + np("nodes", "prod", "  podSelector: {}\n  ingress:\n  - from: [{ipBlock: {cidr: 10.0.0.0/16}}]\n")
      + np("web-out", "prod", "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
                              "  egress:\n  - to: [{podSelector: {matchLabels: {app: api}}}]\n    ports: [{port: 8080}]\n")
      + np("api-in", "prod", "  podSelector: {matchLabels: {app: api}}\n  policyTypes: [Ingress]\n"
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
              std::string::npos) << found[0].message;
    EXPECT_EQ(found[1].location.field, "spec.podSelector") << "api-in";
    EXPECT_EQ(found[1].location.line, lineOf(text, "name: api-in") + 3);
    EXPECT_NE(found[1].message.find("prod/api-in (app=api) matches none of the pods the input has in prod (web)"),
              std::string::npos) << found[1].message;
    EXPECT_TRUE(withCode(lintText(kZeroTrust), "selects-nothing").empty()) << "no pods: cannot know";
    EXPECT_TRUE(withCode(lintText(kZeroTrust + kWeb + kApi), "selects-nothing").empty());
}

TEST(ManifestLintPods, NamespacesWithoutPodsInTheInputKeepThePolicyOnlyReasoning)
{
    // `other` shows no pods: its policy for app=x may select pods the input does not show, and
    // its contradictory selector is still reported by reasoning on the selector.
    const std::string text = kZeroTrust + kWeb + kApi
                             + np("x", "other", "  podSelector: {matchLabels: {app: x}}\n  ingress:\n  - from:\n"
                                                "    - podSelector: {matchLabels: {app: other-y}}\n")
                             + np("odd", "other", "  podSelector:\n    matchLabels: {app: a}\n"
                                                  "    matchExpressions: [{key: app, operator: NotIn, values: [a]}]\n");
    const Diagnostics found = withCode(lintText(text), "selects-nothing");
    ASSERT_EQ(found.size(), 1u) << dump(found);
    EXPECT_NE(found[0].message.find("can match no pod"), std::string::npos) << found[0].message;
    // A peer in a namespace the input shows no pods of is not judged on pods either.
    const std::string toSystem = kZeroTrust + kWeb + kApi
                                 + np("to-dns", "prod", "  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to:\n"
                                                        "    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}\n"
                                                        "      podSelector: {matchLabels: {k8s-app: kube-dns}}\n");
    EXPECT_TRUE(withCode(lintText(toSystem), "selects-nothing").empty());
    // Once kube-system's pods are shown, a peer that matches none of them is reported.
    const Diagnostics none = withCode(lintText(toSystem + deployment("coredns", "kube-system", "{k8s-app: coredns}")),
                                      "selects-nothing");
    ASSERT_EQ(none.size(), 1u) << dump(none);
    EXPECT_NE(none[0].message.find("matches none of the pods the input has in kube-system"), std::string::npos);
}

TEST(ManifestLintPods, NamespaceWithPodsAndNoPolicy)
{
    const std::string shop = deployment("cart", "shop", "{app: cart}") + deployment("pay", "shop", "{app: pay}");
    const std::string text = kZeroTrust + kWeb + kApi + shop;
    const Diagnostics found = withCode(lintText(text), "no-default-deny");
    ASSERT_EQ(found.size(), 1u) << dump(found);
    EXPECT_EQ(found[0].location.line, lineOf(text, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart"));
    EXPECT_NE(found[0].message.find("namespace shop has pods in the input (cart and pay) and no NetworkPolicy"),
              std::string::npos) << found[0].message;
    // Placed on the Namespace object when there is one; not reported once shop has a policy.
    const std::string declared = kZeroTrust + kWeb + kApi + namespaceObject("shop") + shop;
    const Diagnostics atNamespace = withCode(lintText(declared), "no-default-deny");
    ASSERT_EQ(atNamespace.size(), 1u);
    EXPECT_EQ(atNamespace[0].location.line, lineOf(declared, "apiVersion: v1\nkind: Namespace"));
    EXPECT_TRUE(withCode(lintText(kZeroTrust + kWeb + kApi + shop + np("deny", "shop", kDenyAll) + np("dns", "shop", kAllowDns)),
                         "no-default-deny").empty());
    // Pods alone, no policy anywhere: the warning, and no network plugin note.
    const Diagnostics alone = lintText(shop);
    ASSERT_EQ(alone.size(), 1u) << dump(alone);
    EXPECT_EQ(alone[0].code, "no-default-deny");
}
