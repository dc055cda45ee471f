// netpol analyze and netpol validate on cluster guardrails (docs/cluster-policies.md): the
// tier scenarios of tests/data/cluster-scenarios end to end through the binary, the tier in
// --explain, the modes that refuse guardrails, and the CRD rules in netpol validate.

#include "support/scenario.h"
#include "clitest.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

std::string scenarioInput(const std::string &dir, const std::string &name)
{
    const Scenario s = loadScenario(dataPath("cluster-scenarios/" + name));
    return writeTemp(dir, name, s.manifests);
}

} // namespace

TEST(CliClusterPolicies, ScenariosEndToEnd)
{
    const auto files = listFiles(dataPath("cluster-scenarios"), ".yaml");
    ASSERT_GE(files.size(), 10u);
    const std::string dir = makeTempDir();
    for (const std::string &file : files) {
        SCOPED_TRACE(file);
        const Scenario s = loadScenario(file);
        ASSERT_GE(s.probes.size(), 3u);
        expectScenarioVerdicts(s, dir);
    }
}

// netpol import, then netpol generate, then netpol analyze of the scenario's pods with what
// was generated: the guardrails come back as ClusterNetworkPolicies (or v1alpha1 objects) and
// every probe keeps its verdict.
TEST(CliClusterPolicies, ImportGenerateAnalyzeKeepsEveryScenarioVerdict)
{
    const auto files = listFiles(dataPath("cluster-scenarios"), ".yaml");
    ASSERT_GE(files.size(), 10u);
    const std::string dir = makeTempDir();
    int exact = 0;
    for (const std::string &file : files) {
        SCOPED_TRACE(file);
        const Scenario s = loadScenario(file);
        const std::string input = writeTemp(dir, "input.yaml", s.manifests);
        const std::string design = dir + "/imported.netpol.yaml";
        const ProcessResult imported = netpol({"import", input, "-o", design});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
        EXPECT_EQ(imported.err.find("import-cluster-policy:"), std::string::npos) << imported.err;
        EXPECT_NE(readFile(design).find("guardrails:"), std::string::npos);
        Scenario regenerated = s;
        const ProcessResult generated = netpol({"generate", design});
        ASSERT_EQ(generated.exitCode, 0) << generated.err;
        regenerated.manifests = s.inventory + "---\n" + generated.out;
        // Where the import says the design's NetworkPolicies differ from the input's (a
        // namespace isolated for some pods only), the verdicts may differ, and it says so.
        if (imported.err.find("import-not-exact") != std::string::npos)
            continue;
        ++exact;
        expectScenarioVerdicts(regenerated, dir);
    }
    EXPECT_GE(exact, 7) << "scenarios the import says are exact";
}

TEST(CliClusterPolicies, ExplainSaysWhichTierAndRuleDecided)
{
    const std::string dir = makeTempDir();
    const std::string input = scenarioInput(dir, "c04-pass-into-baseline.yaml");
    const ProcessResult r = netpol({"analyze", input, "--explain", "--probe", "y/a:x/b:80",
                                    "--probe", "y/a:x/a:80", "--probe", "z/a:x/b:80"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // Passed by the Admin tier, then denied by the Baseline tier, with the rules and lines.
    EXPECT_NE(r.out.find("ingress of x/b: passed on by ClusterNetworkPolicy/pass-y spec.ingress[0] ("
                         + input + ":"),
              std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(Admin tier, Pass); denied by the Baseline tier: "
                         "ClusterNetworkPolicy/baseline-no-y-web spec.ingress[0] (" + input + ":"),
              std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(Deny)"), std::string::npos) << r.out;
    // Passed into the NetworkPolicy tier, which allows.
    EXPECT_NE(r.out.find("(Admin tier, Pass); allowed by x/a-from-y spec.ingress[0]"), std::string::npos)
        << r.out;
    // Nothing decides: the default.
    EXPECT_NE(r.out.find("ingress of x/b: open (no NetworkPolicy in namespace x selects it for "
                         "ingress, and no guardrail rule decides)"),
              std::string::npos) << r.out;

    const ProcessResult json = netpol({"analyze", input, "--explain", "--format", "json", "--probe",
                                       "y/a:x/b:80"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    EXPECT_NE(json.out.find("\"decidedBy\": \"Baseline\""), std::string::npos) << json.out;
    EXPECT_NE(json.out.find("\"passedBy\": [\"ClusterNetworkPolicy/pass-y spec.ingress[0]"),
              std::string::npos) << json.out;
}

TEST(CliClusterPolicies, ConnectionListExposureAndExplainFollowTheTiers)
{
    const std::string dir = makeTempDir();
    const std::string input = scenarioInput(dir, "c01-admin-accept-over-networkpolicy-deny.yaml");
    const ProcessResult list = netpol({"analyze", input});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    // x denies all ingress; the Admin Accept lets y in on 80/TCP only.
    EXPECT_NE(list.out.find("y/a[Pod] => x/a[Pod] : TCP 80\n"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("y/b[Pod] => x/b[Pod] : TCP 80\n"), std::string::npos) << list.out;
    EXPECT_EQ(list.out.find("z/a[Pod] => x/a"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("x/a[Pod] => y/a[Pod] : All Connections\n"), std::string::npos) << list.out;

    const ProcessResult exposure = netpol({"analyze", input, "--exposure"});
    ASSERT_EQ(exposure.exitCode, 0) << exposure.err;
    EXPECT_NE(exposure.out.find("x/a[Pod]\n  accepts from pods in namespaces ns=y [Admin tier: "
                                "ClusterNetworkPolicy/accept-y-web spec.ingress[0]] : TCP 80\n"
                                "  may send to entire cluster and every address : All "
                                "Connections\n"),
              std::string::npos)
        << exposure.out;
    EXPECT_NE(exposure.out.find("y/a[Pod]\n  accepts from entire cluster and every address : All "
                                "Connections\n"),
              std::string::npos)
        << exposure.out;

    const ProcessResult explained = netpol({"analyze", input, "--explain"});
    ASSERT_EQ(explained.exitCode, 0) << explained.err;
    EXPECT_NE(explained.out.find("y/a[Pod] => x/a[Pod] : TCP 80\n"
                                 "    egress of y/a (TCP 80): open (no NetworkPolicy in namespace y "
                                 "selects it for egress, and no guardrail rule decides)\n"
                                 "    ingress of x/a (TCP 80): allowed by the Admin tier: "
                                 "ClusterNetworkPolicy/accept-y-web spec.ingress[0] ("
                                 + input + ":"),
              std::string::npos)
        << explained.out;
    // Pairs of one namespace also say what denies the rest.
    EXPECT_NE(explained.out.find("x/b[Pod] => x/a[Pod] : No Connections\n"
                                 "    ingress of x/a (All Connections): denied: isolated by "
                                 "x/default-deny-ingress ("
                                 + input + ":"),
              std::string::npos)
        << explained.out;
    const ProcessResult json = netpol({"analyze", input, "--explain", "--format", "json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    EXPECT_NE(json.out.find("{\"ports\": {\"TCP\": \"80\"}, \"allowed\": true, "
                            "\"decidedBy\": \"Admin\", "
                            "\"rule\": \"ClusterNetworkPolicy/accept-y-web spec.ingress[0]"),
              std::string::npos)
        << json.out;
    EXPECT_NE(json.out.find("\"allowed\": false, \"decidedBy\": \"NetworkPolicy\""),
              std::string::npos)
        << json.out;
}

TEST(CliClusterPolicies, ValidateReportsTheCrdRules)
{
    const std::string file = dataPath("cluster-policies/invalid/21-named-port-with-networks.yaml");
    const ProcessResult r = netpol({"validate", file});
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    EXPECT_NE(r.out.find(file + ":12:5: error: cnp-named-port-peer: spec.egress[0]: Invalid value: "
                                "\"object\": networks/nodes/domainNames peer cannot be set with "
                                "namedPorts"),
              std::string::npos) << r.out << r.err;
    const ProcessResult ok = netpol({"validate", dataPath("cluster-policies/valid")});
    EXPECT_EQ(ok.exitCode, 0) << ok.out << ok.err;
}

TEST(CliClusterPolicies, GuardrailsLeftOutAreSaidSo)
{
    const std::string dir = makeTempDir();
    const std::string input = writeTemp(
        dir, "bad.yaml",
        readFile(dataPath("cluster-policies/invalid/22-domain-names-in-deny.yaml"))
            + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x}\n"
              "spec: {containers: [{name: c, image: i}]}\n");
    const ProcessResult r = netpol({"analyze", input, "--probe", "x/a:x/a:80"});
    EXPECT_EQ(r.exitCode, 1) << r.err; // verdicts computed without a refused document
    EXPECT_NE(r.err.find("warning: left-out: ClusterNetworkPolicy/p is left out"), std::string::npos)
        << r.err;
}

TEST(CliClusterPolicies, DiffFollowsTheTiersAndExplainsThem)
{
    // OLD: scenario c02 without its guardrails; NEW: with them. The Admin Deny rules take
    // z/a -> x/a away entirely and y -> x on TCP 81.
    const std::string dir = makeTempDir();
    const Scenario s = loadScenario(dataPath("cluster-scenarios/c02-admin-deny-over-networkpolicy-allow.yaml"));
    std::string without;
    std::size_t at = 0;
    while (at <= s.manifests.size()) {
        std::size_t end = s.manifests.find("\n---\n", at);
        if (end == std::string::npos)
            end = s.manifests.size();
        const std::string document = s.manifests.substr(at, end - at);
        if (document.find("kind: ClusterNetworkPolicy") == std::string::npos)
            without += document + "\n---\n";
        at = end + 5;
    }
    ASSERT_NE(without.size(), s.manifests.size() + 5) << "the guardrails were found";
    const std::string oldFile = writeTemp(dir, "old.yaml", without);
    const std::string newFile = writeTemp(dir, "new.yaml", s.manifests);
    const ProcessResult r = netpol({"diff", oldFile, newFile});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.out.find("removed z/a[Pod] => x/a[Pod] : All Connections -> No Connections\n"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("changed y/a[Pod] => x/a[Pod] : All Connections -> "), std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("z/a[Pod] => x/b"), std::string::npos) << "x/b is not the subject: " << r.out;
    const ProcessResult same = netpol({"diff", newFile, newFile});
    EXPECT_EQ(same.exitCode, 0) << same.out << same.err;
    const ProcessResult explained = netpol({"diff", oldFile, newFile, "--explain"});
    EXPECT_EQ(explained.exitCode, 1) << explained.out << explained.err;
    EXPECT_NE(explained.out.find("removed z/a[Pod] => x/a[Pod] : All Connections -> No "
                                 "Connections\n    because: ingress of x/a (All Connections) now "
                                 "denied by the Admin tier: ClusterNetworkPolicy/deny-z-to-a "
                                 "spec.ingress[0] ("
                                 + newFile + ":"),
              std::string::npos)
        << explained.out;
    EXPECT_NE(explained.out.find("because: egress of y/a (TCP 81) now denied by the Admin tier: "
                                 "ClusterNetworkPolicy/deny-y-to-x-81 spec.egress[0] ("
                                 + newFile + ":"),
              std::string::npos)
        << explained.out;
    EXPECT_NE(explained.out.find("(Deny) (was: allowed by y/allow-all-egress spec.egress[0] ("
                                 + oldFile + ":"),
              std::string::npos)
        << explained.out;
    EXPECT_EQ(explained.err.find("error"), std::string::npos) << explained.err;
}

TEST(CliClusterPolicies, ImportMakesThemGuardrailsOfTheDesign)
{
    const std::string dir = makeTempDir();
    const std::string input = scenarioInput(dir, "c02-admin-deny-over-networkpolicy-allow.yaml");
    const std::string out = dir + "/out.netpol.yaml";
    const ProcessResult r = netpol({"import", input, "-o", out});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("import-cluster-polic"), std::string::npos) << r.err;
    const std::string design = readFile(out);
    EXPECT_NE(design.find("guardrails:"), std::string::npos) << design;
    EXPECT_NE(design.find("name: deny-z-to-a"), std::string::npos) << design;
    EXPECT_NE(design.find("name: deny-y-to-x-81"), std::string::npos) << design;
    // Generated again, the guardrails are ClusterNetworkPolicies beside the NetworkPolicies.
    const ProcessResult generated = netpol({"generate", out});
    EXPECT_EQ(generated.exitCode, 0) << generated.err;
    EXPECT_NE(generated.out.find("kind: ClusterNetworkPolicy"), std::string::npos)
        << generated.out;
}

TEST(CliClusterPolicies, ValidateLintsPodsThroughTheGuardrails)
{
    // shop has a pod and no NetworkPolicy; a Baseline Deny to and from every pod leaves the
    // addresses to the default, and takes DNS away.
    const std::string dir = makeTempDir();
    const std::string file = writeTemp(
        dir, "shop.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata: {name: cart, namespace: shop, labels: {app: cart}}\n"
        "spec: {containers: [{name: c, image: i}]}\n"
        "---\napiVersion: policy.networking.k8s.io/v1beta1\nkind: ClusterNetworkPolicy\n"
        "metadata: {name: tenants}\nspec:\n  tier: Baseline\n  priority: 1\n"
        "  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: shop}}}\n"
        "  ingress:\n  - action: Deny\n    from: [{namespaces: {}}]\n"
        "  egress:\n  - action: Deny\n    to: [{namespaces: {}}]\n");
    const ProcessResult r = netpol({"validate", file});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err; // warnings only
    EXPECT_NE(r.out.find(file + ":1:1: warning: no-default-deny: namespace shop has pods in the "
                                "input (cart) and no NetworkPolicy; the guardrails that select "
                                "them (ClusterNetworkPolicy/tenants) leave some connections to "
                                "the default"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("every connection to and from them is allowed"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(file + ":17:5: warning: egress-without-dns: ClusterNetworkPolicy/tenants "
                                "spec.egress[0] (Baseline tier, Deny) denies egress from cart"),
              std::string::npos)
        << r.out;
}
