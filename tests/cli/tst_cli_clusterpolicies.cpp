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
    for (const std::string &file : files) {
        SCOPED_TRACE(file);
        const Scenario s = loadScenario(file);
        const std::string input = writeTemp(dir, "input.yaml", s.manifests);
        const std::string design = dir + "/imported.netpol.yaml";
        const ProcessResult imported = netpol({"import", input, "-o", design});
        ASSERT_EQ(imported.exitCode, 0) << imported.err;
        EXPECT_EQ(imported.err.find("import-not-exact"), std::string::npos) << imported.err;
        EXPECT_EQ(imported.err.find("import-cluster-policy"), std::string::npos) << imported.err;
        Scenario regenerated = s;
        const ProcessResult generated = netpol({"generate", design});
        ASSERT_EQ(generated.exitCode, 0) << generated.err;
        regenerated.manifests = s.inventory + "---\n" + generated.out;
        expectScenarioVerdicts(regenerated, dir);
    }
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

TEST(CliClusterPolicies, ConnectionListFollowsTheTiersAndExposureRefusesThem)
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
    for (const std::vector<std::string> &mode :
         {std::vector<std::string>{"--exposure"}, {"--explain"}}) {
        std::vector<std::string> args = {"analyze", input};
        args.insert(args.end(), mode.begin(), mode.end());
        const ProcessResult r = netpol(args);
        EXPECT_EQ(r.exitCode, 2) << r.out << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out; // nothing computed without the guardrails
        EXPECT_NE(r.err.find("error: cluster-policies-need-probes"), std::string::npos) << r.err;
    }
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

TEST(CliClusterPolicies, DiffFollowsTheTiersAndRefusesToExplainThem)
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
    EXPECT_EQ(explained.exitCode, 2) << explained.out;
    EXPECT_TRUE(explained.out.empty()) << explained.out;
    EXPECT_NE(explained.err.find("error: cluster-policies-need-probes"), std::string::npos)
        << explained.err;
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
