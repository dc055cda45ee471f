// The manifest lint's per-pod findings when cluster guardrails decide traffic
// (docs/cluster-policies.md): each finding with the guardrail that changes it, and without.

#include "manifestyaml.h"
#include "support/testsupport.h"

#include "model/lint/manifestlint.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// A ClusterNetworkPolicy; `spec` is the indented body under `spec:`.
std::string cnp(const std::string &name, const std::string &spec)
{
    return "---\napiVersion: policy.networking.k8s.io/v1beta1\nkind: ClusterNetworkPolicy\n"
           "metadata: {name: "
           + name + "}\nspec:\n" + spec;
}

const std::string kShop
    = deployment("cart", "shop", "{app: cart}") + deployment("pay", "shop", "{app: pay}");
const std::string kWeb
    = deployment("web", "prod", "{app: web}", "[{name: http, containerPort: 8080}]");
const std::string kApi
    = deployment("api", "prod", "{app: api}", "[{name: http, containerPort: 8080}]");

const std::string kTenantBaseline
    = cnp("tenants", "  tier: Baseline\n  priority: 1\n"
                     "  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: shop}}}\n"
                     "  ingress:\n  - action: Deny\n    from: [{namespaces: {}}]\n"
                     "  egress:\n  - action: Deny\n    to: [{namespaces: {}}]\n");

} // namespace

TEST(ManifestLintGuardrails, NoDefaultDenySaysWhatTheGuardrailsLeaveOpen)
{
    const Diagnostics plain = withCode(lintText(kShop), "no-default-deny");
    ASSERT_EQ(plain.size(), 1u) << dump(plain);
    EXPECT_NE(plain[0].message.find("every connection to and from them is allowed"),
              std::string::npos);
    // A Baseline Deny from and to every pod: what is left to the default is the addresses.
    const std::string text = kShop + kTenantBaseline;
    const Diagnostics found = withCode(lintText(text), "no-default-deny");
    ASSERT_EQ(found.size(), 1u) << dump(found);
    const std::string &m = found[0].message;
    EXPECT_EQ(m.find("every connection to and from them is allowed"), std::string::npos) << m;
    EXPECT_NE(m.find("namespace shop has pods in the input (cart and pay) and no NetworkPolicy; "
                     "the guardrails that select them (ClusterNetworkPolicy/tenants) leave some "
                     "connections to the default, which allows them (not zero-trust), for "
                     "instance: cart accepts from every address outside the cluster : All "
                     "Connections; cart may send to every address outside the cluster : All "
                     "Connections"),
              std::string::npos)
        << m;
    // A guardrail for another namespace changes nothing.
    std::string other = kTenantBaseline;
    other.replace(other.find("name: shop"), 10, "name: bank");
    const Diagnostics unrelated = withCode(lintText(kShop + other), "no-default-deny");
    ASSERT_EQ(unrelated.size(), 1u) << dump(unrelated);
    EXPECT_EQ(unrelated[0].message, plain[0].message);
}

TEST(ManifestLintGuardrails, NamespaceDefaultDenyNamesTheGuardrails)
{
    // prod has a policy but no default deny; without its pods in the input.
    const std::string text
        = np("web", "prod", "  podSelector: {matchLabels: {app: web}}\n  ingress: [{}]\n")
          + cnp("prod-guard", "  tier: Admin\n  priority: 1\n"
                              "  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: "
                              "prod}}}\n"
                              "  ingress:\n  - action: Deny\n    from: [{namespaces: {}}]\n");
    const Diagnostics found = withCode(lintText(text), "no-default-deny");
    ASSERT_EQ(found.size(), 1u) << dump(found);
    EXPECT_NE(found[0].message.find("pods no policy selects keep open every connection the "
                                    "guardrails that may select them "
                                    "(ClusterNetworkPolicy/prod-guard) do not decide"),
              std::string::npos)
        << found[0].message;
}

TEST(ManifestLintGuardrails, EgressWithoutDnsThroughTheTiers)
{
    const std::string zeroTrust = np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns);
    EXPECT_TRUE(withCode(lintText(zeroTrust + kWeb), "egress-without-dns").empty());
    // An Admin Deny to kube-system takes DNS away although the NetworkPolicy allows it.
    const std::string noDns
        = cnp("no-dns", "  tier: Admin\n  priority: 3\n"
                        "  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: "
                        "prod}}}\n"
                        "  egress:\n  - action: Deny\n"
                        "    to: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: "
                        "kube-system}}}]\n");
    const std::string text = zeroTrust + kWeb + noDns;
    const Diagnostics denied = withCode(lintText(text), "egress-without-dns");
    ASSERT_EQ(denied.size(), 1u) << dump(denied);
    EXPECT_EQ(denied[0].location.line, lineOf(text, "  - action: Deny\n    to: [{namespaces: "));
    EXPECT_NE(denied[0].message.find("ClusterNetworkPolicy/no-dns spec.egress[0] (Admin tier, "
                                     "Deny) denies egress from web to the usual DNS pods "
                                     "(kube-system, k8s-app=kube-dns; the input shows none) on "
                                     "53/UDP"),
              std::string::npos)
        << denied[0].message;
    // The NetworkPolicies allow no DNS, but an Admin Accept does: nothing to say.
    std::string accept = noDns;
    accept.replace(accept.find("Deny"), 4, "Accept");
    const Diagnostics nothing
        = withCode(lintText(np("deny", "prod", kDenyAll) + kWeb + accept), "egress-without-dns");
    EXPECT_TRUE(nothing.empty()) << dump(nothing);
    const Diagnostics without
        = withCode(lintText(np("deny", "prod", kDenyAll) + kWeb), "egress-without-dns");
    EXPECT_EQ(without.size(), 1u) << dump(without);
    // No NetworkPolicy isolates shop, but the Baseline Deny to every pod takes DNS too.
    const Diagnostics baseline = withCode(lintText(kShop + kTenantBaseline), "egress-without-dns");
    ASSERT_EQ(baseline.size(), 1u) << dump(baseline);
    EXPECT_NE(baseline[0].message.find("ClusterNetworkPolicy/tenants spec.egress[0] (Baseline "
                                       "tier, Deny) denies egress from cart and pay"),
              std::string::npos)
        << baseline[0].message;
}

TEST(ManifestLintGuardrails, HalfOpenFlowUnlessAGuardrailLetsItThrough)
{
    // web may send to api on 8080, but api's namespace policy admits nothing.
    const std::string policies
        = np("deny-in", "prod", "  podSelector: {}\n  policyTypes: [Ingress]\n")
          + np("web-out", "prod",
               "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
               "  egress:\n  - to: [{podSelector: {matchLabels: {app: api}}}]\n"
               "    ports: [{port: 8080}]\n");
    const std::string text = policies + kWeb + kApi;
    EXPECT_EQ(withCode(lintText(text), "half-open-flow").size(), 1u);
    // An Admin Accept lets web into api on 8080: the flow is not half-open.
    const std::string accept
        = cnp("web-to-api", "  tier: Admin\n  priority: 1\n"
                            "  subject: {pods: {podSelector: {matchLabels: {app: api}}}}\n"
                            "  ingress:\n  - action: Accept\n"
                            "    from: [{pods: {podSelector: {matchLabels: {app: web}}}}]\n"
                            "    protocols: [{tcp: {destinationPort: {number: 8080}}}]\n");
    const Diagnostics accepted = withCode(lintText(text + accept), "half-open-flow");
    EXPECT_TRUE(accepted.empty()) << dump(accepted);
    // An Admin Deny on web's own egress takes what its rule allows: not this finding's either.
    const std::string deny
        = cnp("web-out-deny", "  tier: Admin\n  priority: 1\n"
                              "  subject: {pods: {podSelector: {matchLabels: {app: web}}}}\n"
                              "  egress:\n  - action: Deny\n    to: [{namespaces: {}}]\n");
    const Diagnostics overridden = withCode(lintText(text + deny), "half-open-flow");
    EXPECT_TRUE(overridden.empty()) << dump(overridden);
}
