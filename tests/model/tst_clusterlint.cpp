// The lint of cluster guardrails behind `netpol validate` (model/lint/clusterlint.h): each
// finding on an input that has it, placed on the rule, and none on a variant that does not.

#include "support/testsupport.h"

#include "model/lint/clusterlint.h"
#include "model/manifests/manifestvalidation.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Diagnostics lint(const std::string &text)
{
    ManifestSet set = readManifests(text, "g.yaml");
    validateAndMarkRefused(set);
    EXPECT_EQ(set.documentsLeftOut(), 0) << (set.diagnostics.empty() ? "" : set.diagnostics.front().format());
    return lintClusterPolicies(set);
}

std::vector<std::string> codes(const Diagnostics &all)
{
    std::vector<std::string> out;
    for (const Diagnostic &d : all)
        out.push_back(d.code + '@' + std::to_string(d.location.line));
    return out;
}

std::string cnp(const std::string &name, const std::string &tier, int priority,
                const std::string &subject, const std::string &rules)
{
    return "---\napiVersion: policy.networking.k8s.io/v1beta1\nkind: ClusterNetworkPolicy\n"
           "metadata: {name: " + name + "}\nspec:\n  tier: " + tier + "\n  priority: "
           + std::to_string(priority) + "\n  subject: " + subject + "\n" + rules;
}

const char *const kNamespaces = "apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {team: t}}\n"
                                "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b, labels: {team: t}}\n";

std::string defaultDeny(const std::string &ns)
{
    return "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
           "metadata: {name: deny, namespace: " + ns + "}\nspec: {podSelector: {}, policyTypes: [Ingress]}\n";
}

} // namespace

TEST(ClusterLint, RulesThatCanNeverMatch)
{
    // Lines: the policy starts on line 2; ingress rules on 10, 11, 12.
    const std::string text = cnp("p", "Admin", 1, "{namespaces: {}}",
                                 "  ingress:\n"
                                 "  - {action: Pass, from: [{pods: {podSelector: {matchExpressions: "
                                 "[{key: app, operator: In, values: [x]}, {key: app, operator: NotIn, values: [x]}]}}}]}\n"
                                 "  - {action: Deny, from: [{namespaces: {}}]}\n"
                                 "  - {action: Accept, from: [{namespaces: {matchLabels: {team: t}}}]}\n");
    EXPECT_EQ(codes(lint(text)),
              (std::vector<std::string>{"cnp-unreachable-rule@10", "cnp-unreachable-rule@12"}));
    // With ports, the catch-all no longer covers the rule after it.
    const std::string narrower = cnp("p", "Admin", 1, "{namespaces: {}}",
                                     "  ingress:\n"
                                     "  - {action: Deny, from: [{namespaces: {}}], protocols: [{tcp: {destinationPort: {number: 22}}}]}\n"
                                     "  - {action: Accept, from: [{namespaces: {matchLabels: {team: t}}}]}\n");
    EXPECT_TRUE(lint(narrower).empty());
}

TEST(ClusterLint, EqualPrioritiesWithConflictingRules)
{
    const std::string rules1 = "  egress:\n  - {action: Deny, to: [{networks: [10.0.0.0/8]}]}\n";
    const std::string rules2 = "  egress:\n  - {action: Accept, to: [{networks: [10.1.0.0/16]}]}\n";
    const Diagnostics found = lint(cnp("one", "Admin", 7, "{namespaces: {matchLabels: {team: t}}}", rules1)
                                   + cnp("two", "Admin", 7, "{pods: {podSelector: {matchLabels: {app: x}}}}", rules2));
    ASSERT_EQ(codes(found), (std::vector<std::string>{"cnp-same-priority@17"})); // two's priority
    EXPECT_NE(found[0].message.find("spec.egress[0] (Deny) and spec.egress[0] (Accept)"), std::string::npos)
        << found[0].message;
    // Different priorities, disjoint subjects, disjoint networks or the same action: nothing.
    EXPECT_TRUE(lint(cnp("one", "Admin", 7, "{namespaces: {}}", rules1)
                     + cnp("two", "Admin", 8, "{namespaces: {}}", rules2)).empty());
    EXPECT_TRUE(lint(cnp("one", "Admin", 7, "{namespaces: {matchLabels: {team: t}}}", rules1)
                     + cnp("two", "Admin", 7, "{namespaces: {matchLabels: {team: u}}}", rules2)).empty());
    EXPECT_TRUE(lint(cnp("one", "Admin", 7, "{namespaces: {}}", rules1)
                     + cnp("two", "Admin", 7, "{namespaces: {}}",
                           "  egress:\n  - {action: Accept, to: [{networks: [192.168.0.0/16]}]}\n")).empty());
    EXPECT_TRUE(lint(cnp("one", "Admin", 7, "{namespaces: {}}", rules1)
                     + cnp("two", "Baseline", 7, "{namespaces: {}}", rules2)).empty());
}

TEST(ClusterLint, AdminDenyShadowsTheNetworkPoliciesOfANamespace)
{
    const std::string deny = cnp("lockdown", "Admin", 1, "{namespaces: {matchLabels: {kubernetes.io/metadata.name: a}}}",
                                 "  ingress:\n  - {action: Deny, from: [{namespaces: {}}]}\n");
    const Diagnostics found = lint(std::string(kNamespaces) + defaultDeny("a") + deny);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].code, "cnp-shadows-networkpolicies");
    EXPECT_NE(found[0].message.find("namespace a from pods: its NetworkPolicies (deny)"), std::string::npos)
        << found[0].message;
    // A Pass before it hands traffic to the NetworkPolicies; a namespace without any has none.
    const std::string pass = cnp("first", "Admin", 0, "{namespaces: {}}",
                                 "  ingress:\n  - {action: Pass, from: [{namespaces: {matchLabels: {team: t}}}]}\n");
    EXPECT_TRUE(lint(std::string(kNamespaces) + defaultDeny("a") + deny + pass).empty());
    EXPECT_TRUE(lint(std::string(kNamespaces) + defaultDeny("b") + deny).empty());
}

TEST(ClusterLint, BaselineRulesEveryNamespaceOverrides)
{
    const std::string baseline = cnp("tenants", "Baseline", 1, "{namespaces: {matchLabels: {team: t}}}",
                                     "  ingress:\n  - {action: Deny, from: [{namespaces: {}}]}\n");
    const Diagnostics found = lint(std::string(kNamespaces) + defaultDeny("a") + defaultDeny("b") + baseline);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].code, "cnp-baseline-overridden");
    EXPECT_NE(found[0].message.find("(a, b)"), std::string::npos) << found[0].message;
    // One namespace without a default deny still reaches the Baseline.
    EXPECT_TRUE(lint(std::string(kNamespaces) + defaultDeny("a") + baseline).empty());
}
