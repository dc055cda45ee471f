// Reading and validating the cluster guardrails (docs/cluster-policies.md): every CRD rule is
// a located error (tests/data/cluster-policies/invalid: `# code:` names it, `# <-` marks the
// line), every valid file reads without one, and the three kinds come through every input
// shape (documents, List, typed lists, directories).

#include "support/testsupport.h"

#include "model/analysis/cluster.h"
#include "model/k8s/clusterpolicyvalidation.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestvalidation.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Diagnostics findings(ManifestSet &set)
{
    Diagnostics all = set.diagnostics;
    for (Diagnostic &d : validateAndMarkRefused(set))
        all.push_back(std::move(d));
    return all;
}

std::string dump(const Diagnostics &all)
{
    std::string out;
    for (const Diagnostic &d : all)
        out += d.format() + '\n';
    return out;
}

void writeTemp(const std::string &dir, const std::string &name, const std::string &text)
{
    const std::filesystem::path path = std::filesystem::path(dir) / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

int markedLine(const std::string &text)
{
    int line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 4, "# <-") == 0)
            return line;
        line += text[i] == '\n';
    }
    return 0;
}

int errorCount(const Diagnostics &all)
{
    int n = 0;
    for (const Diagnostic &d : all)
        n += d.severity == Severity::Error;
    return n;
}

const char *const kCnp = "apiVersion: policy.networking.k8s.io/v1beta1\n"
                         "kind: ClusterNetworkPolicy\n"
                         "metadata:\n"
                         "  name: %s\n"
                         "spec:\n"
                         "  tier: Admin\n"
                         "  priority: 5\n"
                         "  subject: {namespaces: {}}\n";

std::string cnp(const std::string &name)
{
    std::string text = kCnp;
    text.replace(text.find("%s"), 2, name);
    return text;
}

} // namespace

TEST(ClusterPolicyValidation, EveryInvalidFileGivesItsCodeOnTheMarkedLine)
{
    const auto files = listFiles(dataPath("cluster-policies/invalid"), ".yaml");
    ASSERT_GE(files.size(), 40u);
    for (const std::string &file : files) {
        SCOPED_TRACE(file);
        const std::string text = readFile(file);
        const std::string code = conformanceHeader(text, "code");
        ASSERT_FALSE(code.empty()) << "no # code: line";
        const int line = markedLine(text);
        ASSERT_GT(line, 1) << "no # <- mark";
        ManifestSet set = readManifests(text, file);
        const Diagnostics all = findings(set);
        const Diagnostic *match = nullptr;
        for (const Diagnostic &d : all) {
            if (d.code == code && d.severity == Severity::Error && d.location.line == line)
                match = &d;
        }
        ASSERT_NE(match, nullptr) << "expected " << code << " on line " << line << ", got:\n" << dump(all);
        EXPECT_EQ(match->location.file, file);
        EXPECT_GT(match->location.column, 0);
        // Refused by the API server, so left out of the cluster.
        ASSERT_EQ(set.clusterPolicies.size(), 1u);
        EXPECT_GT(set.clusterPolicyErrors[0], 0);
        EXPECT_TRUE(buildCluster(set).clusterPolicies.empty());
        EXPECT_EQ(set.documentsLeftOut(), 1);
    }
}

TEST(ClusterPolicyValidation, EveryValidFileIsAccepted)
{
    const auto files = listFiles(dataPath("cluster-policies/valid"), ".yaml");
    ASSERT_GE(files.size(), 4u);
    for (const std::string &file : files) {
        SCOPED_TRACE(file);
        ManifestSet set = readManifests(readFile(file), file);
        const Diagnostics all = findings(set);
        EXPECT_EQ(errorCount(all), 0) << dump(all);
        ASSERT_EQ(set.clusterPolicies.size(), 1u);
        EXPECT_EQ(buildCluster(set).clusterPolicies.size(), 1u);
    }
}

TEST(ClusterPolicyValidation, MessagesNameTheFieldAndTheLimit)
{
    ManifestSet set = readManifests(readFile(dataPath("cluster-policies/invalid/08-26-ingress-rules.yaml")), "f");
    const Diagnostics all = findings(set);
    ASSERT_EQ(errorCount(all), 1) << dump(all);
    EXPECT_EQ(all.back().message, "spec.ingress: Too many: 26: must have at most 25 items");
    // 25 is the limit, not 24.
    std::string text = cnp("p") + "  ingress:\n";
    for (int i = 0; i < 25; ++i)
        text += "  - {action: Deny, from: [{namespaces: {}}]}\n";
    ManifestSet ok = readManifests(text, "g");
    EXPECT_EQ(errorCount(findings(ok)), 0);
}

TEST(ClusterPolicyValidation, DomainPatterns)
{
    EXPECT_TRUE(isValidDomainPattern("kubernetes.io"));
    EXPECT_TRUE(isValidDomainPattern("*.kubernetes.io"));
    EXPECT_TRUE(isValidDomainPattern("a_b.example.com."));
    EXPECT_FALSE(isValidDomainPattern("localhost"));        // one label
    EXPECT_FALSE(isValidDomainPattern("*.io.*"));
    EXPECT_FALSE(isValidDomainPattern("www.*.io"));
    EXPECT_FALSE(isValidDomainPattern("-a.example.com"));
    EXPECT_FALSE(isValidDomainPattern("a..example.com"));
    EXPECT_FALSE(isValidDomainPattern("example.com:443"));
}

TEST(ClusterPolicyReading, StrictFieldsAndDuplicateKeysAreLocated)
{
    ManifestSet set = readManifests(cnp("p") + "  ingress:\n  - action: Deny\n    form: []\n"
                                        + "---\n" + cnp("q") + "  egress:\n  - action: Deny\n"
                                        + "    action: Pass\n", "s.yaml");
    const Diagnostics all = findings(set);
    bool unknown = false;
    bool duplicate = false;
    for (const Diagnostic &d : all) {
        unknown = unknown || (d.code == "unknown-field" && d.location.line == 11);
        duplicate = duplicate || (d.code == "duplicate-key" && d.location.line == 23);
    }
    EXPECT_TRUE(unknown) << dump(all);
    EXPECT_TRUE(duplicate) << dump(all);
    EXPECT_EQ(set.documentsLeftOut(), 2);
}

TEST(ClusterPolicyReading, EveryKindInEveryInputShape)
{
    const std::string list = "apiVersion: v1\nkind: List\nitems:\n"
                             "- apiVersion: policy.networking.k8s.io/v1alpha2\n"
                             "  kind: ClusterNetworkPolicy\n"
                             "  metadata: {name: a}\n"
                             "  spec: {tier: Baseline, priority: 3, subject: {namespaces: {}}}\n"
                             "- apiVersion: policy.networking.k8s.io/v1alpha1\n"
                             "  kind: AdminNetworkPolicy\n"
                             "  metadata: {name: b}\n"
                             "  spec: {priority: 3, subject: {namespaces: {}}}\n";
    // The API server writes the items of a typed list without kind and apiVersion.
    const std::string typed = "apiVersion: policy.networking.k8s.io/v1beta1\n"
                              "kind: ClusterNetworkPolicyList\nitems:\n"
                              "- metadata: {name: c}\n"
                              "  spec: {tier: Admin, priority: 1, subject: {namespaces: {}}}\n"
                              "- metadata: {name: d}\n"
                              "  spec: {tier: Admin, priority: 2, subject: {namespaces: {}}}\n"
                              "---\n"
                              "apiVersion: policy.networking.k8s.io/v1alpha1\n"
                              "kind: BaselineAdminNetworkPolicyList\nitems:\n"
                              "- metadata: {name: default}\n"
                              "  spec: {subject: {namespaces: {}}}\n";
    const std::string dir = makeTempDir();
    writeTemp(dir, "list.yaml", list);
    writeTemp(dir, "sub/typed.yaml", typed);
    writeTemp(dir, "z.json",
              R"({"apiVersion": "policy.networking.k8s.io/v1alpha1", "kind": "AdminNetworkPolicy",)"
              R"( "metadata": {"name": "e"}, "spec": {"priority": 9, "subject": {"pods":)"
              R"( {"namespaceSelector": {}, "podSelector": {}}}}})");
    ManifestSet set = readManifestPath(dir);
    const Diagnostics all = findings(set);
    ASSERT_EQ(errorCount(all), 0) << dump(all);
    ASSERT_EQ(set.clusterPolicies.size(), 6u);
    std::vector<std::string> names;
    for (const ClusterPolicy &p : set.clusterPolicies)
        names.push_back(p.displayName());
    EXPECT_EQ(names, (std::vector<std::string>{
                         "ClusterNetworkPolicy/a", "AdminNetworkPolicy/b", "ClusterNetworkPolicy/c",
                         "ClusterNetworkPolicy/d", "BaselineAdminNetworkPolicy/default",
                         "AdminNetworkPolicy/e"}));
    EXPECT_EQ(set.clusterPolicies[2].apiVersion, "policy.networking.k8s.io/v1beta1");
    EXPECT_EQ(set.clusterPolicies[4].effectiveTier(), ClusterTier::Baseline);
    // Positions come from the right files.
    EXPECT_EQ(set.clusterPolicySources[3].locate("spec.priority").line, 7);
    EXPECT_NE(set.clusterPolicySources[3].file().find("typed.yaml"), std::string::npos);
    const Cluster cluster = buildCluster(set);
    EXPECT_EQ(cluster.clusterPolicies.size(), 6u);
}

TEST(ClusterPolicyReading, LaterObjectOfTheSameKindAndNameReplacesTheEarlier)
{
    ManifestSet set = readManifests(cnp("same") + "---\n" + cnp("same") + "---\n"
                                        + "apiVersion: policy.networking.k8s.io/v1alpha1\n"
                                          "kind: AdminNetworkPolicy\nmetadata: {name: same}\n"
                                          "spec: {priority: 1, subject: {namespaces: {}}}\n",
                                    "d.yaml");
    findings(set);
    const Cluster cluster = buildCluster(set);
    ASSERT_EQ(cluster.clusterPolicies.size(), 2u); // a different kind is a different object
    bool warned = false;
    for (const Diagnostic &d : cluster.diagnostics)
        warned = warned || (d.code == "duplicate-object" && d.location.line == 10);
    EXPECT_TRUE(warned) << dump(cluster.diagnostics);
}
