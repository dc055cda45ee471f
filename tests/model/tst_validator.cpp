// The validation run behind `netpol validate`: designs told from manifests by content, reading
// errors, API rules and lint together, lint only on policies the server accepts, the network
// plugin note once, findings in file order.

#include "support/testsupport.h"

#include "model/lint/validator.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestvalidation.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

std::string dump(const Diagnostics &all)
{
    std::string out;
    for (const Diagnostic &d : all)
        out += d.format() + '\n';
    return out;
}

int countCode(const Diagnostics &all, const std::string &code)
{
    return int(std::count_if(all.begin(), all.end(), [&](const Diagnostic &d) { return d.code == code; }));
}

const char *const kDenyEgress = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                "metadata: {name: deny, namespace: prod}\n"
                                "spec: {podSelector: {}, policyTypes: [Egress]}\n";

} // namespace

TEST(Validator, DesignsAreRecognisedByContent)
{
    EXPECT_TRUE(isDesignText("apiVersion: netpol-designer/v1\nkind: Design\n"));
    EXPECT_TRUE(isDesignText("# a comment\napiVersion: \"netpol-designer/v1\"\n"));
    EXPECT_TRUE(isDesignText("{\"kind\": \"Design\", \"apiVersion\": \"netpol-designer/v1\"}"));
    EXPECT_TRUE(isDesignText("apiVersion: netpol-designer/v2\n")) << "the design reader explains the version";
    EXPECT_FALSE(isDesignText(kDenyEgress));
    EXPECT_FALSE(isDesignText("metadata:\n  apiVersion: netpol-designer/v1\n")) << "not top level";
    EXPECT_FALSE(isDesignText("{\"apiVersion\": \"networking.k8s.io/v1\"}"));
    EXPECT_FALSE(isDesignText(""));
}

TEST(Validator, DesignsAndManifestsTogether)
{
    const ValidationReport report = validateSources({
        {"d.netpol.yaml", readFile(examplePath("production.netpol.yaml")), {}},
        {"m.yaml", std::string(kDenyEgress), {}},
        {"gone.yaml", std::nullopt, "No such file or directory"},
    });
    ASSERT_EQ(report.files.size(), 3u);
    EXPECT_EQ(report.files[0].kind, ValidatedFile::Kind::Design);
    EXPECT_EQ(report.files[1].kind, ValidatedFile::Kind::Manifests);
    EXPECT_EQ(report.files[1].policies, 1);
    EXPECT_EQ(report.files[2].kind, ValidatedFile::Kind::Unreadable);
    EXPECT_TRUE(report.unreadable);
    EXPECT_EQ(report.designs(), 1);
    EXPECT_EQ(report.policies(), 1);
    EXPECT_EQ(countCode(report.diagnostics, "network-plugin"), 1) << dump(report.diagnostics);
    EXPECT_EQ(countCode(report.diagnostics, "egress-without-dns"), 1);
    EXPECT_EQ(countCode(report.diagnostics, "unreadable"), 1);
    EXPECT_EQ(countCode(report.diagnostics, "no-policies"), 0) << "m.yaml has one";
    // In input order, then by position.
    std::size_t lastFile = 0;
    int lastLine = 0;
    const std::vector<std::string> names = {"d.netpol.yaml", "m.yaml", "gone.yaml"};
    for (const Diagnostic &d : report.diagnostics) {
        const std::size_t file = std::size_t(std::find(names.begin(), names.end(), d.location.file) - names.begin());
        ASSERT_LT(file, names.size()) << d.format();
        EXPECT_TRUE(file > lastFile || (file == lastFile && d.location.line >= lastLine)) << dump(report.diagnostics);
        if (file != lastFile)
            lastLine = 0;
        lastFile = file;
        lastLine = d.location.line;
    }
}

TEST(Validator, ManifestsInDifferentFilesAreLintedTogether)
{
    const std::string dns = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                            "metadata: {name: dns, namespace: prod}\n"
                            "spec:\n  podSelector: {}\n  policyTypes: [Egress]\n"
                            "  egress: [{ports: [{port: 53, protocol: UDP}]}]\n";
    EXPECT_EQ(countCode(validateSources({{"a.yaml", std::string(kDenyEgress), {}}}).diagnostics, "egress-without-dns"), 1);
    EXPECT_EQ(countCode(validateSources({{"a.yaml", std::string(kDenyEgress), {}}, {"b.yaml", dns, {}}}).diagnostics,
                        "egress-without-dns"),
              0);
}

TEST(Validator, RefusedPoliciesAreNotLinted)
{
    // The second policy would allow DNS, but its name is invalid: it never reaches the
    // cluster, so the first one's pods still have no DNS.
    const std::string text = std::string(kDenyEgress)
                             + "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                               "metadata: {name: Allow_DNS, namespace: prod}\n"
                               "spec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress: [{ports: [{port: 53, protocol: UDP}]}]\n";
    ManifestSet set = readManifests(text, "m.yaml");
    EXPECT_EQ(set.policyErrors, (std::vector<int>{0, 0})) << "it reads fine";
    const Diagnostics api = validateAndMarkRefused(set);
    EXPECT_EQ(countCode(api, "invalid-name"), 1);
    EXPECT_EQ(set.policyErrors, (std::vector<int>{0, 1}));
    const ValidationReport report = validateSources({{"m.yaml", text, {}}});
    EXPECT_EQ(countCode(report.diagnostics, "invalid-name"), 1);
    EXPECT_EQ(countCode(report.diagnostics, "egress-without-dns"), 1) << dump(report.diagnostics);
    const std::string fixed = text.substr(0, text.find("Allow_DNS")) + "allow-dns" + text.substr(text.find("Allow_DNS") + 9);
    EXPECT_EQ(countCode(validateSources({{"m.yaml", fixed, {}}}).diagnostics, "egress-without-dns"), 0);
}

TEST(Validator, ReadingErrorsRefuseTheirPolicyOnly)
{
    const std::string text = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a, namespace: x}\n"
                             "spec:\n  podSelecter: {}\n"
                             "---\n"
                             "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: b, namespace: x}\n"
                             "spec: {podSelector: {}}\n";
    ManifestSet set = readManifests(text, "m.yaml");
    EXPECT_EQ(set.policyErrors, (std::vector<int>{1, 0}));
    validateAndMarkRefused(set);
    EXPECT_EQ(set.policyErrors, (std::vector<int>{1, 0})) << "b is valid";
}

TEST(Validator, ErrorsInOtherObjectsDoNotRefuseAPolicy)
{
    // Refusal is counted per policy, not by lines: a bad Pod after a policy in the same file
    // is the Pod's problem. The deny is still linted (its pods have no DNS).
    const std::string text = std::string(kDenyEgress)
                             + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: prod}\n"
                               "spec: {containers: [{name: c, ports: [{containerPort: 0}]}]}\n";
    const ValidationReport report = validateSources({{"m.yaml", text, {}}});
    EXPECT_EQ(countCode(report.diagnostics, "invalid-port"), 1) << dump(report.diagnostics);
    EXPECT_EQ(countCode(report.diagnostics, "egress-without-dns"), 1) << dump(report.diagnostics);
}

TEST(Validator, FilesWithoutPoliciesAreNoted)
{
    const ValidationReport report = validateSources({{"cm.yaml", std::string("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"), {}}});
    ASSERT_EQ(report.diagnostics.size(), 1u) << dump(report.diagnostics);
    EXPECT_EQ(report.diagnostics[0].code, "no-policies");
    EXPECT_EQ(report.diagnostics[0].severity, Severity::Info);
    EXPECT_EQ(report.files[0].otherObjects, 1);
}

TEST(Validator, PodsInAnotherFileAreThePodsTheLintJudges)
{
    const std::string policy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                               "metadata: {name: web, namespace: prod}\n"
                               "spec: {podSelector: {matchLabels: {app: web}}, policyTypes: [Ingress]}\n";
    const std::string pods = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: prod}\n"
                             "spec:\n  selector: {matchLabels: {app: api}}\n"
                             "  template: {metadata: {labels: {app: api}}, spec: {containers: [{name: c, image: i}]}}\n";
    EXPECT_EQ(countCode(validateSources({{"a.yaml", policy, {}}}).diagnostics, "selects-nothing"), 0);
    const ValidationReport report = validateSources({{"a.yaml", policy, {}}, {"b.yaml", pods, {}}});
    EXPECT_EQ(countCode(report.diagnostics, "selects-nothing"), 1) << dump(report.diagnostics);
    EXPECT_EQ(countCode(report.diagnostics, "no-policies"), 0) << "b.yaml's pods are used";
}

TEST(Validator, ValidateFilesReadsFromDisk)
{
    const ValidationReport report = validateFiles({sharedPath("conformance/invalid/01-port-zero.yaml"), "/nonexistent.yaml"});
    EXPECT_EQ(report.count(Severity::Error), 2) << dump(report.diagnostics);
    EXPECT_TRUE(report.unreadable);
}

TEST(Validator, TheSameFileTwiceIsReadOnce)
{
    const ValidationReport report = validateSources({{"a.yaml", std::string(kDenyEgress), {}},
                                                     {"a.yaml", std::string(kDenyEgress), {}}});
    EXPECT_EQ(report.files.size(), 1u);
    EXPECT_EQ(countCode(report.diagnostics, "duplicate-policy"), 0) << dump(report.diagnostics);
}

TEST(Validator, DocumentsWithoutKindAreErrorsNotCrashes)
{
    // A map without `kind` (a conformance scenario file, say) used to throw from yaml-cpp.
    const ValidationReport report = validateSources({{"s.yaml", std::string("name: scenario\npolicies: |\n  x\n"), {}},
                                                     {"t.yaml", std::string("apiVersion: networking.k8s.io/v1\n"), {}}});
    EXPECT_EQ(countCode(report.diagnostics, "missing-field"), 2) << dump(report.diagnostics);
}
