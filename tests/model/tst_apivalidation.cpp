// The API server's rules for a NetworkPolicy: every conformance file in invalid/ gives the
// server's error (field path and message) at a position in the file, every file in
// valid-edge/ gives none, and each rule is pinned down by a case of its own.

#include "support/testsupport.h"

#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestvalidation.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// The reader's and the validator's findings for one manifest text.
Diagnostics findings(const std::string &text, const std::string &file = "p.yaml")
{
    const ManifestSet set = readManifests(text, file);
    Diagnostics all = set.diagnostics;
    for (Diagnostic &d : validateManifests(set))
        all.push_back(std::move(d));
    return all;
}

Diagnostics errorsOf(const Diagnostics &all)
{
    Diagnostics out;
    for (const Diagnostic &d : all) {
        if (d.severity == Severity::Error)
            out.push_back(d);
    }
    return out;
}

std::string dump(const Diagnostics &all)
{
    std::string out;
    for (const Diagnostic &d : all)
        out += d.format() + '\n';
    return out;
}

const char *const kHeader = "apiVersion: networking.k8s.io/v1\n"
                            "kind: NetworkPolicy\n"
                            "metadata:\n"
                            "  name: p\n"
                            "  namespace: default\n"
                            "spec:\n";

// A policy whose spec continues with `spec` (indented by two spaces).
std::string policy(const std::string &spec)
{
    return kHeader + spec;
}

const Diagnostic *findCode(const Diagnostics &all, const std::string &code)
{
    for (const Diagnostic &d : all) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST(ApiConformance, EveryInvalidFileGivesTheServersError)
{
    const auto files = listFiles(sharedPath("conformance/invalid"), ".yaml");
    ASSERT_GE(files.size(), 20u);
    for (const std::string &file : files) {
        SCOPED_TRACE(file);
        const std::string text = readFile(file);
        const std::string expected = conformanceHeader(text, "error");
        ASSERT_FALSE(expected.empty()) << "no # error: line";
        const Diagnostics errors = errorsOf(findings(text, file));
        ASSERT_FALSE(errors.empty()) << "accepted, but the server says: " << expected;
        const Diagnostic *match = nullptr;
        for (const Diagnostic &d : errors) {
            if (sameReason(d.message, expected))
                match = &d;
        }
        ASSERT_NE(match, nullptr) << "expected: " << expected << "\ngot:\n" << dump(errors);
        EXPECT_EQ(match->location.file, file);
        EXPECT_GT(match->location.line, 2) << "placed on the offending node, after the header comments";
        EXPECT_GT(match->location.column, 0);
    }
}

TEST(ApiConformance, EveryValidEdgeFileIsAccepted)
{
    const auto files = listFiles(sharedPath("conformance/valid-edge"), ".yaml");
    ASSERT_GE(files.size(), 5u);
    for (const std::string &file : files) {
        SCOPED_TRACE(file);
        const Diagnostics all = findings(readFile(file), file);
        EXPECT_TRUE(errorsOf(all).empty()) << dump(all);
        EXPECT_EQ(findCode(all, "ambiguous-cidr"), nullptr) << dump(all);
    }
}

TEST(ApiConformance, ReasonMatcherIsStrict)
{
    EXPECT_TRUE(sameReason("a.b: Invalid value: \"xyz\": must be (long)", "a.b: Invalid value: \"x...\": must be (...)"));
    EXPECT_FALSE(sameReason("a.c: Invalid value: \"xyz\": must be (long)", "a.b: Invalid value: \"x...\": must be (...)"));
    EXPECT_FALSE(sameReason("a.b: Required value", "a.b: Required value: name is required"));
    EXPECT_TRUE(sameReason("a.b: Required value: name", "a.b: Required value: name (an author's note)"));
}

TEST(ApiValidation, QuotedPortNumberIsExplainedAsAPortName)
{
    const Diagnostics all = findings(policy("  podSelector: {}\n"
                                            "  ingress:\n"
                                            "  - ports:\n"
                                            "    - port: \"8080\"\n"));
    const Diagnostic *d = findCode(all, "invalid-port");
    ASSERT_NE(d, nullptr) << dump(all);
    EXPECT_EQ(d->message.rfind("spec.ingress[0].ports[0].port: Invalid value: \"8080\": must contain at least one letter (a-z)", 0), 0u)
        << d->message;
    EXPECT_NE(d->message.find("port name"), std::string::npos) << d->message;
    EXPECT_NE(d->hint.find("port: 8080"), std::string::npos) << d->hint;
    EXPECT_EQ(d->format().rfind("p.yaml:10:13: error: invalid-port: ", 0), 0u) << d->format();
}

TEST(ApiValidation, UnquotedNumberAndNamedPortsAreFine)
{
    EXPECT_TRUE(errorsOf(findings(policy("  podSelector: {}\n"
                                         "  ingress:\n"
                                         "  - ports:\n"
                                         "    - port: 8080\n"
                                         "    - port: http-alt\n"
                                         "    - {port: 30000, endPort: 30000, protocol: SCTP}\n"))).empty());
}

TEST(ApiValidation, PortRules)
{
    const Diagnostics all = errorsOf(findings(policy("  podSelector: {}\n"
                                                     "  egress:\n"
                                                     "  - ports:\n"
                                                     "    - {port: 9000, endPort: 8000}\n"
                                                     "    - {endPort: 80}\n"
                                                     "    - {port: 70000}\n"
                                                     "    - {port: a--b}\n"
                                                     "    - {port: web_1}\n"
                                                     "    - {protocol: ICMP}\n")));
    const std::vector<std::string> expected = {
        "spec.egress[0].ports[0].endPort: Invalid value: 9000: must be greater than or equal to `port`",
        "spec.egress[0].ports[1].endPort: Invalid value: 80: may not be specified when `port` is not specified",
        "spec.egress[0].ports[2].port: Invalid value: 70000: must be between 1 and 65535, inclusive",
        "spec.egress[0].ports[3].port: Invalid value: \"a--b\": must not contain consecutive hyphens",
        "spec.egress[0].ports[4].port: Invalid value: \"web_1\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
        "spec.egress[0].ports[5].protocol: Unsupported value: \"ICMP\": supported values: \"TCP\", \"UDP\", \"SCTP\""};
    ASSERT_EQ(all.size(), expected.size()) << dump(all);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(all[i].message, expected[i]);
        EXPECT_EQ(all[i].location.line, 10 + int(i)) << all[i].format();
    }
}

TEST(ApiValidation, PeerRules)
{
    const Diagnostics all = errorsOf(findings(policy("  podSelector: {}\n"
                                                     "  ingress:\n"
                                                     "  - from:\n"
                                                     "    - podSelector:\n"
                                                     "    - namespaceSelector: {}\n"
                                                     "      ipBlock: {cidr: 10.0.0.0/8}\n"
                                                     "    - ipBlock: {cidr: \"\"}\n")));
    ASSERT_EQ(all.size(), 3u) << dump(all);
    EXPECT_EQ(all[0].message, "spec.ingress[0].from[0]: Required value: must specify a peer");
    EXPECT_EQ(all[0].location.line, 10);
    EXPECT_EQ(all[1].message, "spec.ingress[0].from[1]: Forbidden: may not specify both ipBlock and another peer");
    EXPECT_EQ(all[2].message, "spec.ingress[0].from[2].ipBlock.cidr: Required value");
    EXPECT_EQ(all[2].location.line, 13);
}

TEST(ApiValidation, CidrRulesAndWarnings)
{
    const Diagnostics all = findings(policy("  podSelector: {}\n"
                                            "  ingress:\n"
                                            "  - from:\n"
                                            "    - ipBlock:\n"
                                            "        cidr: 10.0.0.1/8\n"
                                            "        except: [10.1.0.0/16, 10.0.0.0/8, \"fd00::/64\", 010.2.0.0/16]\n"
                                            "    - ipBlock: {cidr: \"FD00:0:0::/48\"}\n"
                                            "    - ipBlock: {cidr: 10.0.0.0/33}\n"));
    const std::vector<std::pair<Severity, std::string>> expected = {
        {Severity::Warning, "spec.ingress[0].from[0].ipBlock.cidr: CIDR value \"10.0.0.1/8\" is ambiguous in this "
                            "context (should be \"10.0.0.0/8\" or \"10.0.0.1/32\"?)"},
        {Severity::Error, "spec.ingress[0].from[0].ipBlock.except[1]: Invalid value: \"10.0.0.0/8\": must be a strict subset of `cidr`"},
        {Severity::Error, "spec.ingress[0].from[0].ipBlock.except[2]: Invalid value: \"fd00::/64\": must be a strict subset of `cidr`"},
        {Severity::Warning, "spec.ingress[0].from[0].ipBlock.except[3]: non-standard CIDR value \"010.2.0.0/16\" will be "
                            "considered invalid in a future Kubernetes release: use \"10.2.0.0/16\""},
        {Severity::Warning, "spec.ingress[0].from[1].ipBlock.cidr: IPv6 CIDR value \"FD00:0:0::/48\" should be in RFC 5952 "
                            "canonical format (\"fd00::/48\")"},
        {Severity::Error, "spec.ingress[0].from[2].ipBlock.cidr: Invalid value: \"10.0.0.0/33\": must be a valid CIDR value, "
                          "(e.g. 10.9.8.0/24 or 2001:db8::/64)"}};
    ASSERT_EQ(all.size(), expected.size()) << dump(all);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(all[i].severity, expected[i].first) << all[i].message;
        EXPECT_EQ(all[i].message, expected[i].second);
    }
    EXPECT_EQ(all[0].code, "ambiguous-cidr");
    EXPECT_EQ(all[0].location.line, 11);
}

TEST(ApiValidation, SelectorRules)
{
    const Diagnostics all = errorsOf(findings(policy("  podSelector:\n"
                                                     "    matchLabels: {example.com/app: web, Bad_Prefix/app: x}\n"
                                                     "    matchExpressions:\n"
                                                     "    - {key: tier, operator: NotIn}\n"
                                                     "    - {key: tier, operator: DoesNotExist, values: [a]}\n"
                                                     "    - {key: tier, operator: in, values: [a]}\n"
                                                     "    - {key: tier, operator: In, values: [\"a b\"]}\n")));
    const std::vector<std::string> expected = {
        "spec.podSelector.matchLabels: Invalid value: \"Bad_Prefix/app\": prefix part a lowercase RFC 1123 subdomain",
        "spec.podSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
        "spec.podSelector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
        "spec.podSelector.matchExpressions[2].operator: Invalid value: \"in\": not a valid selector operator",
        "spec.podSelector.matchExpressions[3].values[0]: Invalid value: \"a b\": a valid label must be an empty string"};
    ASSERT_EQ(all.size(), expected.size()) << dump(all);
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(all[i].message.rfind(expected[i], 0), 0u) << all[i].message;
    EXPECT_EQ(all[0].location.line, 8) << "on the key";
    EXPECT_EQ(all[0].location.column, 41);
}

TEST(ApiValidation, PolicyTypeRules)
{
    const Diagnostics three = errorsOf(findings(policy("  podSelector: {}\n  policyTypes: [Ingress, Egress, Ingress]\n")));
    ASSERT_EQ(three.size(), 1u) << dump(three);
    EXPECT_EQ(three[0].message, "spec.policyTypes: Invalid value: []networking.PolicyType{\"Ingress\", \"Egress\", \"Ingress\"}: "
                                "may not specify more than two policyTypes");
    const Diagnostics bad = errorsOf(findings(policy("  podSelector: {}\n  policyTypes: [Ingress, egress]\n")));
    ASSERT_EQ(bad.size(), 1u) << dump(bad);
    EXPECT_EQ(bad[0].message, "spec.policyTypes[1]: Unsupported value: \"egress\": supported values: \"Ingress\", \"Egress\"");
    EXPECT_EQ(bad[0].code, "invalid-policy-type");
}

TEST(ApiValidation, MetadataRules)
{
    const Diagnostics generated = errorsOf(findings("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                                    "metadata: {generateName: allow-, namespace: Prod}\n"
                                                    "spec: {podSelector: {}}\n"));
    ASSERT_EQ(generated.size(), 1u) << dump(generated);
    EXPECT_EQ(generated[0].message.rfind("metadata.namespace: Invalid value: \"Prod\": a lowercase RFC 1123 label", 0), 0u);
    const Diagnostics labelled = errorsOf(findings("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                                   "metadata:\n  name: a.b\n  labels: {team: \"-x\"}\n"
                                                   "  annotations: {\"a b\": c}\n"));
    ASSERT_EQ(labelled.size(), 2u) << dump(labelled);
    EXPECT_EQ(labelled[0].message.rfind("metadata.labels: Invalid value: \"-x\": a valid label", 0), 0u);
    EXPECT_EQ(labelled[1].message.rfind("metadata.annotations: Invalid value: \"a b\": name part must consist", 0), 0u);
    EXPECT_EQ(labelled[1].location.line, 6);
}

TEST(ApiValidation, ReaderFindingsAreNotRepeated)
{
    // `name: yes` is a boolean for kubectl: the reader says so; the validator must not add
    // "name is required" for the same node. Likewise the label value `on`.
    const Diagnostics all = findings("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                     "metadata:\n  name: yes\n"
                                     "spec:\n  podSelector:\n    matchLabels: {debug: on}\n");
    ASSERT_EQ(all.size(), 2u) << dump(all);
    EXPECT_EQ(all[0].code, "yaml11-type");
    EXPECT_EQ(all[1].code, "yaml11-type");
    EXPECT_NE(all[1].message.find("boolean"), std::string::npos) << all[1].message;
}

TEST(ApiValidation, StrictFieldsStayErrors)
{
    const Diagnostics all = findings(policy("  podSelecter: {}\n  ingress:\n  - from:\n    - podSelector: {matchLabels: {app: 5}}\n"));
    ASSERT_GE(all.size(), 1u);
    EXPECT_EQ(all[0].code, "unknown-field");
    EXPECT_EQ(all[0].severity, Severity::Error);
    EXPECT_NE(findCode(all, "yaml11-type"), nullptr) << dump(all);
}

TEST(ApiValidation, ValidPoliciesGiveNothing)
{
    const Diagnostics all = findings(policy("  podSelector: {matchLabels: {app.kubernetes.io/name: web}}\n"
                                            "  policyTypes: [Ingress, Egress]\n"
                                            "  ingress:\n"
                                            "  - from:\n"
                                            "    - namespaceSelector: {matchExpressions: [{key: team, operator: Exists}]}\n"
                                            "      podSelector: {}\n"
                                            "    - ipBlock: {cidr: \"2001:db8::/32\", except: [\"2001:db8:1::/48\"]}\n"
                                            "    ports: [{port: 53, protocol: UDP}, {port: 30000, endPort: 32767}]\n"
                                            "  egress:\n"
                                            "  - {}\n"));
    EXPECT_TRUE(all.empty()) << dump(all);
}

TEST(ApiValidation, EmptyNamesFailEveryRuleTheServerApplies)
{
    const Diagnostics all = errorsOf(findings(policy("  podSelector:\n    matchLabels: {\"example.com/\": x}\n"
                                                     "  ingress:\n  - ports: [{port: \"\"}]\n")));
    std::vector<std::string> messages;
    for (const Diagnostic &d : all)
        messages.push_back(d.message.substr(0, d.message.find(" (e.g.")));
    const std::vector<std::string> expected = {
        "spec.podSelector.matchLabels: Invalid value: \"example.com/\": name part must be non-empty",
        "spec.podSelector.matchLabels: Invalid value: \"example.com/\": name part must consist of alphanumeric characters, "
        "'-', '_' or '.', and must start and end with an alphanumeric character",
        "spec.ingress[0].ports[0].port: Invalid value: \"\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
        "spec.ingress[0].ports[0].port: Invalid value: \"\": must contain at least one letter (a-z)"};
    EXPECT_EQ(messages, expected) << dump(all);
}

TEST(ApiValidation, KubectlGetOutputIsRead)
{
    // What `kubectl get netpol -o yaml` prints: a List, server-set metadata, status.
    const Diagnostics all = findings("apiVersion: v1\nkind: List\nitems:\n"
                                     "- apiVersion: networking.k8s.io/v1\n  kind: NetworkPolicy\n"
                                     "  metadata:\n"
                                     "    annotations:\n      kubectl.kubernetes.io/last-applied-configuration: |\n        {\"a\":1}\n"
                                     "    creationTimestamp: \"2024-01-01T00:00:00Z\"\n    generation: 1\n"
                                     "    managedFields:\n    - manager: kubectl\n      operation: Update\n"
                                     "    name: default-deny\n    namespace: prod\n    resourceVersion: \"42\"\n"
                                     "    uid: 0b5c7e4e-0000-0000-0000-000000000000\n"
                                     "  spec:\n    podSelector: {}\n    policyTypes:\n    - Ingress\n"
                                     "  status: {}\nmetadata:\n  resourceVersion: \"\"\n");
    EXPECT_TRUE(all.empty()) << dump(all);
}

TEST(ApiValidation, Ipv4MappedCidrsAreReadAsIpv4)
{
    const Diagnostics all = findings(policy("  podSelector: {}\n  ingress:\n  - from:\n"
                                            "    - ipBlock: {cidr: \"::ffff:10.0.0.0/104\", except: [10.1.0.0/16]}\n"));
    ASSERT_EQ(all.size(), 1u) << dump(all);
    EXPECT_EQ(all[0].severity, Severity::Warning);
    EXPECT_EQ(all[0].message, "spec.ingress[0].from[0].ipBlock.cidr: non-standard CIDR value \"::ffff:10.0.0.0/104\" "
                              "will be considered invalid in a future Kubernetes release: use \"10.0.0.0/8\"");
}
