// NetworkPolicy YAML out and back in.

#include "designbuilder.h"
#include "support/testsupport.h"

#include "model/generate/generator.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestwriter.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

std::vector<NetworkPolicy> readBack(const std::string &text)
{
    const ManifestSet set = readManifests(text, "out.yaml");
    for (const Diagnostic &d : set.diagnostics)
        ADD_FAILURE() << d.format() << "\n" << text;
    return set.policies;
}

NetworkPolicy trickyPolicy()
{
    NetworkPolicy p;
    p.metadata.name = "tricky";
    p.metadata.ns = "default";
    p.metadata.labels = {{"flag", "y"}, {"version", "1.10"}, {"zip", "0123"}, {"when", "2024-01-01"},
                         {"empty", ""}, {"on", "off"}};
    p.metadata.annotations = {{"note", "a: b # c"}};
    p.spec.podSelector = LabelSelector{{{"app", "web"}}, {{"tier", "NotIn", {"y", "n"}}, {"canary", "DoesNotExist", {}}}};
    p.spec.policyTypes = {"Ingress", "Egress"};
    NetworkPolicyRule ingress;
    ingress.peers.push_back(NetworkPolicyPeer{LabelSelector{}, LabelSelector::fromLabels({{"team", "1e3"}}), std::nullopt});
    ingress.peers.push_back(NetworkPolicyPeer{std::nullopt, std::nullopt, IPBlock{"10.0.0.0/8", {"10.1.0.0/16"}}});
    ingress.ports.push_back(NetworkPolicyPort{"TCP", PortValue::fromName("http"), std::nullopt});
    ingress.ports.push_back(NetworkPolicyPort{"UDP", PortValue::fromNumber(30000), 30010});
    ingress.ports.push_back(NetworkPolicyPort{std::nullopt, PortValue::fromNumber(53), std::nullopt});
    ingress.ports.push_back(NetworkPolicyPort{"SCTP", std::nullopt, std::nullopt});
    p.spec.ingress.push_back(ingress);
    p.spec.ingress.push_back(NetworkPolicyRule{}); // allow all
    NetworkPolicyRule egress;
    egress.peers.push_back(NetworkPolicyPeer{LabelSelector::fromLabels({{"app", "db"}}), LabelSelector{}, std::nullopt});
    p.spec.egress.push_back(egress);
    return p;
}

} // namespace

TEST(ManifestIo, GeneratedPoliciesParseBackToTheSameObjects)
{
    for (Granularity g : {Granularity::PerFlow, Granularity::PerWorkload}) {
        Design design = productionDesign();
        design.options.granularity = g;
        std::vector<NetworkPolicy> policies;
        for (const GeneratedPolicy &gp : generatePolicies(design).policies)
            policies.push_back(gp.policy);
        EXPECT_EQ(readBack(writeManifests(policies, "header")), policies);
    }
}

TEST(ManifestIo, EveryFieldParsesBack)
{
    const NetworkPolicy p = trickyPolicy();
    const std::string text = writeManifests({p, p}, "two of them");
    const auto back = readBack(text);
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0], p) << text;
    EXPECT_EQ(back[1], p);
}

TEST(ManifestIo, QuotesWhereYaml11WouldMisread)
{
    const std::string text = writePolicy(trickyPolicy());
    for (const char *expected : {"flag: \"y\"", "version: \"1.10\"", "zip: \"0123\"", "when: \"2024-01-01\"",
                                 "empty: \"\"", "\"on\": \"off\"", "team: \"1e3\"", "- \"y\"", "- \"n\""})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    EXPECT_NE(text.find("port: http\n"), std::string::npos) << text;
    EXPECT_NE(text.find("port: 53\n"), std::string::npos) << text;
}

TEST(ManifestIo, NumericLookingPortNamesStayStrings)
{
    NetworkPolicy p;
    p.metadata.name = "p";
    NetworkPolicyRule rule;
    rule.ports.push_back(NetworkPolicyPort{"TCP", PortValue::fromName("80"), std::nullopt});
    p.spec.ingress.push_back(rule);
    const std::string text = writePolicy(p);
    EXPECT_NE(text.find("port: \"80\""), std::string::npos) << text;
    EXPECT_EQ(readBack(text).at(0), p);
}

TEST(ManifestIo, KubectlShape)
{
    const std::string text = writePolicy(generatePolicies(productionDesign()).policies.at(0).policy);
    EXPECT_EQ(text,
              "apiVersion: networking.k8s.io/v1\n"
              "kind: NetworkPolicy\n"
              "metadata:\n"
              "  name: default-deny-all\n"
              "  namespace: production\n"
              "  labels:\n"
              "    app.kubernetes.io/managed-by: netpol-designer\n"
              "spec:\n"
              "  podSelector: {}\n"
              "  policyTypes:\n"
              "    - Ingress\n"
              "    - Egress\n");
}

TEST(ManifestIo, HeaderCommentAndSeparators)
{
    const std::string text = writeManifests({trickyPolicy()}, "Generated from design \"x\".\nSecond line.");
    EXPECT_EQ(text.rfind("# Generated from design \"x\".\n# Second line.\n---\napiVersion: networking.k8s.io/v1\n", 0), 0u)
        << text;
}

TEST(ManifestRead, StrictFieldsAreLocatedErrors)
{
    const ManifestSet set = readManifests("apiVersion: networking.k8s.io/v1\n"
                                          "kind: NetworkPolicy\n"
                                          "metadata: {name: a, namespace: b}\n"
                                          "spec:\n"
                                          "  podSelecter: {}\n",
                                          "p.yaml");
    ASSERT_EQ(set.diagnostics.size(), 1u);
    EXPECT_EQ(set.diagnostics[0].code, "unknown-field");
    EXPECT_EQ(set.diagnostics[0].format().substr(0, 27), "p.yaml:5:3: error: unknown-");
    EXPECT_NE(set.diagnostics[0].message.find("did you mean \"podSelector\""), std::string::npos);
}

TEST(ManifestRead, Yaml11BooleansInLabelValuesAreExplained)
{
    const ManifestSet set = readManifests("apiVersion: networking.k8s.io/v1\n"
                                          "kind: NetworkPolicy\n"
                                          "metadata: {name: a}\n"
                                          "spec:\n"
                                          "  podSelector:\n"
                                          "    matchLabels:\n"
                                          "      ns: y\n",
                                          "p.yaml");
    ASSERT_EQ(set.diagnostics.size(), 1u);
    EXPECT_EQ(set.diagnostics[0].location.line, 7);
    EXPECT_EQ(set.diagnostics[0].location.column, 11);
    EXPECT_NE(set.diagnostics[0].message.find("as a boolean"), std::string::npos) << set.diagnostics[0].message;
    EXPECT_NE(set.diagnostics[0].hint.find("\"y\""), std::string::npos);
}

TEST(ManifestRead, ListsAndOtherKinds)
{
    const ManifestSet set = readManifests("apiVersion: v1\nkind: List\nitems:\n"
                                          "- apiVersion: networking.k8s.io/v1\n  kind: NetworkPolicy\n  metadata: {name: a, namespace: x}\n"
                                          "- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c}\n"
                                          "---\n"
                                          "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n",
                                          "l.yaml");
    EXPECT_TRUE(set.diagnostics.empty());
    ASSERT_EQ(set.policies.size(), 1u);
    EXPECT_EQ(set.policies[0].metadata.name, "a");
    EXPECT_EQ(set.skippedKinds.at("ConfigMap"), 1);
    EXPECT_EQ(set.skippedKinds.at("Secret"), 1);
    EXPECT_EQ(set.documents, 3);
}

TEST(ManifestRead, ABadDocumentDoesNotStopTheOthers)
{
    const ManifestSet set = readManifests("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: one}\n"
                                          "---\n"
                                          "kind: NetworkPolicy\nmetadata: {name: [broken\n"
                                          "---\n"
                                          "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: three}\n",
                                          "m.yaml");
    ASSERT_EQ(set.policies.size(), 2u);
    EXPECT_EQ(set.policies[1].metadata.name, "three");
    ASSERT_EQ(set.diagnostics.size(), 1u);
    EXPECT_EQ(set.diagnostics[0].code, "yaml-syntax");
    EXPECT_GE(set.diagnostics[0].location.line, 6);
}

TEST(ManifestRead, ADocumentAfterAnEndMarkerIsRead)
{
    // "..." ends a document and a bare one may follow; yaml-cpp alone stops at the marker, so
    // the second policy would be lost without a word.
    const ManifestSet set = readManifests("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                          "metadata: {name: one, namespace: a}\nspec: {podSelector: {}}\n"
                                          "...\n"
                                          "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                          "metadata: {name: two, namespace: a}\nspec: {podSelector: {}}\n"
                                          "... # end\n"
                                          "---\n"
                                          "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                          "metadata: {name: three, namespace: a}\nspec: {podSelector: [}\n",
                                          "e.yaml");
    ASSERT_EQ(set.policies.size(), 2u);
    EXPECT_EQ(set.policies[0].metadata.name, "one");
    EXPECT_EQ(set.policies[1].metadata.name, "two");
    EXPECT_EQ(set.policySources[1].locate("metadata.name").line, 8) << "lines count across the marker";
    ASSERT_EQ(set.diagnostics.size(), 1u);
    EXPECT_EQ(set.diagnostics[0].code, "yaml-syntax");
    EXPECT_GE(set.diagnostics[0].location.line, 13);
}

TEST(ManifestRead, ContentAfterAFlowDocumentIsAnError)
{
    // yaml-cpp ends a document after a top-level flow mapping and takes what follows on the
    // line for another document; YAML and kubectl refuse it. Read as yaml-cpp does, the
    // first policy would count and the rest be dropped without a word.
    const std::string policy = "{\"apiVersion\": \"networking.k8s.io/v1\", \"kind\": \"NetworkPolicy\", "
                               "\"metadata\": {\"name\": \"p\", \"namespace\": \"a\"}, "
                               "\"spec\": {\"podSelector\": {}}}";
    for (const std::string &tail : {std::string("---"), std::string(" x"), std::string(" {\"a\": 1}")}) {
        SCOPED_TRACE(tail);
        const ManifestSet set = readManifests("# first line\n" + policy + tail + "\n---\n" + policy + "\n", "f.yaml");
        ASSERT_EQ(set.diagnostics.size(), 1u);
        EXPECT_EQ(set.diagnostics[0].code, "yaml-syntax");
        EXPECT_EQ(set.diagnostics[0].location.line, 2);
        EXPECT_EQ(set.diagnostics[0].location.column, int(policy.size()) + 1 + (tail[0] == ' '));
        // The document after the next marker is read.
        EXPECT_EQ(set.policies.size(), 1u);
    }
    // Nothing after it but a comment or blank lines: one document, no error.
    const ManifestSet clean = readManifests(policy + " # done\n\n", "g.yaml");
    EXPECT_TRUE(clean.diagnostics.empty());
    EXPECT_EQ(clean.policies.size(), 1u);
}

TEST(ManifestRead, AMarkerLineEndsEvenABlockScalar)
{
    // YAML forbids a "---" line inside any scalar, and kubectl splits there too: a top-level
    // block scalar ends at it and the policy after it is read. An indented "---" is text.
    const ManifestSet set = readManifests("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"
                                          "data:\n  script: |\n    echo a\n    ---\n    echo b\n"
                                          "---\n"
                                          "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                          "metadata: {name: p, namespace: a}\nspec: {podSelector: {}}\n",
                                          "b.yaml");
    EXPECT_TRUE(set.diagnostics.empty());
    ASSERT_EQ(set.policies.size(), 1u);
    EXPECT_EQ(set.documents, 2);
}

TEST(ManifestRead, SourcePositionsOfFields)
{
    const ManifestSet set = readManifests("# comment\n"
                                          "apiVersion: networking.k8s.io/v1\n"
                                          "kind: NetworkPolicy\n"
                                          "metadata:\n"
                                          "  name: a\n"
                                          "spec:\n"
                                          "  podSelector: {}\n"
                                          "  ingress:\n"
                                          "  - ports:\n"
                                          "    - port: 80\n",
                                          "f.yaml");
    ASSERT_EQ(set.policySources.size(), 1u);
    const Location at = set.policySources[0].locate("spec.ingress[0].ports[0].port");
    EXPECT_EQ(at.line, 10);
    EXPECT_EQ(at.column, 13);
    EXPECT_EQ(set.policySources[0].locate("spec.ingress[0].ports[0].endPort").line, 10) << "falls back to the parent";
}
