// netpol analyze on real files: probes, matrix, formats, explanations and exit codes, plus
// conformance scenarios end to end through the binary.

#include "support/scenario.h"
#include "clitest.h"
#include "support/testsupport.h"

#include "model/core/fileio.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

std::string seed(const std::string &name)
{
    return dataPath("seed/" + name);
}

} // namespace

TEST(CliAnalyze, ScenariosEndToEnd)
{
    const std::string dir = makeTempDir();
    for (const char *file : {"21-named-port-ingress-from-namespace.yaml", "39-egress-ipblock-except.yaml",
                             "53-peer-podselector-uses-policy-namespace.yaml"}) {
        SCOPED_TRACE(file);
        expectScenarioVerdicts(loadScenario(sharedPath(std::string("conformance/scenarios/") + file)), dir);
    }
}

TEST(CliAnalyze, SeedExampleProbesWithReasons)
{
    const ProcessResult r = netpol({"analyze", seed("complete-example.yaml"), seed("complete-example-workloads.yaml"),
                                    "--probe", "production/frontend:production/api-server:8080/TCP",
                                    "--probe", "production/frontend:production/api-server:http", "--explain"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    EXPECT_NE(r.out.find("FROM                 TO                     PORT"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("production/frontend  production/api-server  8080/TCP         denied"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("http (8080/TCP)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("egress of production/frontend: allowed by production/frontend-to-api spec.egress[0] "
                         "(" + seed("complete-example.yaml") + ":60)"),
              std::string::npos) << r.out;
    EXPECT_NE(r.out.find("ingress of production/api-server: denied: isolated by production/default-deny-all"),
              std::string::npos) << r.out;
    EXPECT_NE(r.out.find("2 probes: 0 allowed, 2 denied"), std::string::npos) << r.out;
}

TEST(CliAnalyze, JsonAndCsvShapes)
{
    const std::vector<std::string> inputs = {"analyze", seed("complete-example.yaml"), seed("complete-example-workloads.yaml")};
    auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = inputs;
        args.insert(args.end(), extra.begin(), extra.end());
        return netpol(args);
    };
    const ProcessResult json = with({"--probe", "production/frontend:production/api-server:8080",
                                     "--probe", "production/api-server:production/database:5432/TCP", "--format", "json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto rows = parseJsonObjects(json.out);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (std::map<std::string, std::string>{{"from", "production/frontend"},
                                                            {"to", "production/api-server"},
                                                            {"port", "8080"},
                                                            {"protocol", "TCP"},
                                                            {"allowed", "false"}}));
    EXPECT_EQ(rows[1].at("to"), "production/database");

    const ProcessResult explained = with({"--probe", "production/frontend:production/api-server:8080", "--format", "json", "--explain"});
    EXPECT_NE(explained.out.find("\"egress\": {\"isolated\": true, \"isolatedBy\": [\"production/default-deny-all\", "
                                 "\"production/allow-dns\", \"production/frontend-to-api\"], \"allowedBy\": "
                                 "[{\"policy\": \"production/frontend-to-api\", \"rule\": \"spec.egress[0]\"}], "
                                 "\"allowed\": true}"),
              std::string::npos) << explained.out;
    EXPECT_NE(explained.out.find("\"reasons\": [\"egress of production/frontend"), std::string::npos);

    const ProcessResult csv = with({"--probe", "production/frontend:production/api-server:8080", "--format", "csv"});
    EXPECT_EQ(csv.out, "from,to,port,protocol,allowed\nproduction/frontend,production/api-server,8080,TCP,false\n");
}

TEST(CliAnalyze, MatrixWithoutProbes)
{
    const std::string dir = makeTempDir();
    const std::string manifests = writeTemp(dir, "m.yaml", R"(apiVersion: v1
kind: Pod
metadata: {name: a, namespace: x, labels: {app: a}}
spec: {containers: [{ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: b, namespace: x, labels: {app: b}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: only-b-to-a, namespace: x}
spec:
  podSelector: {matchLabels: {app: a}}
  ingress: [{from: [{podSelector: {matchLabels: {app: b}}}], ports: [{port: 443}]}]
)");
    const ProcessResult text = netpol({"analyze", manifests, "--matrix"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_EQ(text.out, "2 workloads, 2 ports in play. Rows send, columns receive: \".\" allowed, \"X\" denied, "
                        "\"-\" a pod and itself.\n"
                        "\n80/TCP\n"
                        "       1 2\n"
                        "1  x/a - .\n"
                        "2  x/b X -\n"
                        "\n443/TCP\n"
                        "       1 2\n"
                        "1  x/a - .\n"
                        "2  x/b . -\n");
    const ProcessResult json = netpol({"analyze", manifests, "--matrix", "--format", "json"});
    const auto rows = parseJsonObjects(json.out);
    ASSERT_EQ(rows.size(), 4u) << "two ordered pairs on two ports, no pod with itself";
    EXPECT_EQ(rows[2].at("from"), "x/b");
    EXPECT_EQ(rows[2].at("port"), "80");
    EXPECT_EQ(rows[2].at("allowed"), "false");
    EXPECT_EQ(rows[3].at("allowed"), "true");
}

TEST(CliAnalyze, StandardInputAndDirectories)
{
    const std::string text = readFile(seed("complete-example.yaml"));
    const ProcessResult r = netpol({"analyze", "-", seed("complete-example-workloads.yaml"), "--probe",
                                    "ingress-nginx/10.0.0.1:production/frontend:8080"},
                                   text);
    EXPECT_EQ(r.exitCode, 1) << "no workload called 10.0.0.1 in ingress-nginx";
    EXPECT_NE(r.err.find("error: probe-unknown-endpoint: --probe "
                         "ingress-nginx/10.0.0.1:production/frontend:8080: "
                         "no pod or workload \"ingress-nginx/10.0.0.1\""),
              std::string::npos)
        << r.err;
    const ProcessResult ok = netpol({"analyze", "-", seed("complete-example-workloads.yaml"), "--probe",
                                     "10.0.0.1:production/frontend:8080", "--format", "csv"},
                                    text);
    ASSERT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_NE(ok.out.find("10.0.0.1,production/frontend,8080,TCP,false"), std::string::npos) << ok.out;
}

TEST(CliAnalyze, ErrorsAndExitCodes)
{
    const std::string dir = makeTempDir();
    const std::string broken = writeTemp(dir, "broken.yaml",
                                         "apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x}\n"
                                         "---\n"
                                         "apiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: x, labels: [oops]}\n");
    const ProcessResult partial = netpol({"analyze", broken, "--probe", "x/a:x/a:80"});
    EXPECT_EQ(partial.exitCode, 1) << "the analysis ran without a document";
    EXPECT_NE(partial.err.find("broken.yaml:7:43: error: wrong-type"), std::string::npos) << partial.err;
    EXPECT_NE(partial.out.find("allowed (loopback)"), std::string::npos) << partial.out;
    EXPECT_EQ(netpol({"analyze", broken, "--probe", "x/a:x/a:80", "--keep-going"}).exitCode, 0);

    const ProcessResult gone = netpol({"analyze", broken, "--probe", "x/b:x/a:80", "--keep-going"});
    EXPECT_EQ(gone.exitCode, 1) << "--keep-going is about documents, not about probes";
    EXPECT_NE(gone.err.find("no pod or workload \"x/b\""), std::string::npos) << gone.err;
    EXPECT_NE(gone.out.find("0 probes: 0 allowed, 0 denied"), std::string::npos) << gone.out;

    const ProcessResult missing = netpol({"analyze", dir + "/nope.yaml"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("nope.yaml: error: unreadable"), std::string::npos) << missing.err;

    EXPECT_EQ(netpol({"analyze"}).exitCode, 2);
    EXPECT_EQ(netpol({"analyze", broken, "--format", "xml"}).exitCode, 2);
    const ProcessResult badProbe = netpol({"analyze", broken, "--probe", "x/a:x/b"});
    EXPECT_EQ(badProbe.exitCode, 2);
    EXPECT_NE(badProbe.err.find("expected FROM:TO:PORT[/PROTOCOL]"), std::string::npos) << badProbe.err;
    const std::string probes = writeTemp(dir, "probes.txt", "x/a x/a 80/TCP\nx/a x/a 80/ICMP # bad\n");
    const ProcessResult badFile = netpol({"analyze", broken, "--probes", probes});
    EXPECT_EQ(badFile.exitCode, 2);
    EXPECT_NE(badFile.err.find("probes.txt:2:9: error: invalid-probe: unknown protocol \"ICMP\""),
              std::string::npos)
        << badFile.err;
    EXPECT_EQ(netpol({"analyze", broken, "--probes", dir + "/none.txt"}).exitCode, 2);
}

TEST(CliAnalyze, SkippedKindsAreCounted)
{
    const ProcessResult r = netpol({"analyze", "-", "--probe", "x/a:x/a:80"},
                                   "apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x}\n---\n"
                                   "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\n"
                                   "apiVersion: v1\nkind: Service\nmetadata: {name: t}\n");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.err.find("skipped 2 objects of other kinds (Service 2)"), std::string::npos) << r.err;
}

TEST(CliAnalyze, PoliciesTheApiServerRefusesAreLeftOut)
{
    // The seed's example, plus an allow-all for api-server that kubectl would refuse (port 0):
    // it is reported and left out, so frontend -> api-server stays denied.
    const std::string dir = makeTempDir();
    const std::string refused = writeTemp(dir, "refused.yaml",
                                          "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                          "metadata: {name: open-api, namespace: production}\n"
                                          "spec:\n  podSelector: {matchLabels: {app: api-server}}\n"
                                          "  ingress:\n  - ports:\n    - port: 0\n");
    const ProcessResult r = netpol({"analyze", seed("complete-example.yaml"), seed("complete-example-workloads.yaml"),
                                    refused, "--probe", "production/frontend:production/api-server:8080",
                                    "--format", "json"});
    ASSERT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find("refused.yaml:8:13: error: invalid-port: spec.ingress[0].ports[0].port: Invalid value: 0"),
              std::string::npos) << r.err;
    EXPECT_NE(r.err.find("warning: left-out: NetworkPolicy production/open-api"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("\"allowed\": false"), std::string::npos) << r.out;
    const ProcessResult imported = netpol({"import", seed("complete-example.yaml"), refused, "-o", dir + "/x.netpol.yaml"});
    EXPECT_EQ(imported.exitCode, 1) << "import does not turn a refused policy into a design";
    EXPECT_NE(imported.err.find("Invalid value: 0"), std::string::npos) << imported.err;
}
