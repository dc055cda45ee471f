// netpol analyze on inputs that are not plain: typed lists as the API server writes them,
// documents with errors (exit 1, verdicts still printed, --keep-going), probes naming what the
// input lacks (reported, the others still evaluated).

#include "support/scenario.h"
#include "clitest.h"
#include "support/testsupport.h"

#include "model/core/fileio.h"

#include <gtest/gtest.h>

#include <set>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

std::string writeTemp(const std::string &name, const std::string &text)
{
    std::string error;
    const std::string path = makeTempDir() + '/' + name;
    EXPECT_TRUE(writeFileAtomically(path, text, &error)) << error;
    return path;
}

// What `kubectl get --raw /api/v1/namespaces/shop/pods` and its like print, as YAML: typed
// lists whose items carry neither kind nor apiVersion.
const char kPods[] = R"(apiVersion: v1
kind: PodList
metadata: {resourceVersion: "12"}
items:
- metadata: {name: web, namespace: shop, labels: {app: web}}
  spec: {containers: [{name: web, ports: [{containerPort: 8080}]}]}
- metadata: {name: db, namespace: shop, labels: {app: db}}
  spec: {containers: [{name: db, ports: [{containerPort: 5432}]}]}
)";

const char kDenyAll[] = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicyList
metadata: {resourceVersion: "12"}
items:
- metadata: {name: deny-all, namespace: shop}
  spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
)";

// A Pod without a name: reported and left out.
const char kBroken[]
    = "# a pod someone forgot to name\napiVersion: v1\nkind: Pod\nmetadata: {namespace: shop}\n";

} // namespace

TEST(CliAnalyzeInputs, DenyAllInANetworkPolicyListDeniesTheConnection)
{
    const std::string pods = writeTemp("pods.yaml", kPods);
    const std::vector<std::string> probe = {"--probe", "shop/web:shop/db:5432", "--format", "csv"};
    auto analyze = [&](std::vector<std::string> args) {
        args.insert(args.begin(), "analyze");
        args.insert(args.end(), probe.begin(), probe.end());
        return netpol(args);
    };
    const ProcessResult open = analyze({pods});
    ASSERT_EQ(open.exitCode, 0) << open.err;
    EXPECT_EQ(open.out, "from,to,port,protocol,allowed\nshop/web,shop/db,5432,TCP,true\n");

    const ProcessResult denied = analyze({pods, writeTemp("policies.yaml", kDenyAll)});
    ASSERT_EQ(denied.exitCode, 0) << denied.err;
    EXPECT_EQ(denied.out, "from,to,port,protocol,allowed\nshop/web,shop/db,5432,TCP,false\n");
    EXPECT_EQ(denied.err.find("no `kind`"), std::string::npos) << denied.err;
}

TEST(CliAnalyzeInputs, WorkloadListsOfEveryKind)
{
    // One list per kind, each item named after its kind in lower case.
    const std::vector<std::pair<std::string, std::string>> kinds = {{"Deployment", "deployment"},
                                                                    {"StatefulSet", "statefulset"},
                                                                    {"DaemonSet", "daemonset"},
                                                                    {"ReplicaSet", "replicaset"},
                                                                    {"Job", "job"}};
    std::string text;
    for (const auto &[kind, name] : kinds) {
        text += "---\napiVersion: apps/v1\nkind: " + kind + "List\nitems:\n- metadata: {name: "
                + name + ", namespace: shop}\n  spec: {template: {metadata: {labels: {app: " + name
                + "}}, spec: {containers: [{ports: [{containerPort: 80}]}]}}}\n";
    }
    text += "---\napiVersion: batch/v1\nkind: CronJobList\nitems:\n"
            "- metadata: {name: cronjob, namespace: shop}\n"
            "  spec: {jobTemplate: {spec: {template: {metadata: {labels: {app: cronjob}}}}}}\n";
    const ProcessResult r = netpol({"analyze", "-", "--matrix", "--format", "json"}, text);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::set<std::string> senders;
    for (const auto &row : parseJsonObjects(r.out))
        senders.insert(row.at("from"));
    EXPECT_EQ(senders, (std::set<std::string>{"shop/cronjob", "shop/daemonset", "shop/deployment",
                                              "shop/job", "shop/replicaset", "shop/statefulset"}))
        << r.out;
}

TEST(CliAnalyzeInputs, NamespaceListGivesTheLabelsSelectorsMatch)
{
    const std::string text
        = std::string(kPods) + "---\n" + kDenyAll
          + "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicyList\nitems:\n"
            "- metadata: {name: from-team-a, namespace: shop}\n"
            "  spec:\n    podSelector: {matchLabels: {app: db}}\n"
            "    ingress: [{from: [{namespaceSelector: {matchLabels: {team: a}}}]}]\n"
            "- metadata: {name: web-out, namespace: shop}\n"
            "  spec:\n    podSelector: {matchLabels: {app: web}}\n"
            "    egress: [{}]\n    policyTypes: [Egress]\n";
    const std::vector<std::string> args = {"analyze", "-", "--probe", "shop/web:shop/db:5432"};
    const ProcessResult unlabelled = netpol(args, text);
    ASSERT_EQ(unlabelled.exitCode, 0) << unlabelled.err;
    EXPECT_NE(unlabelled.out.find("denied"), std::string::npos) << "shop has only its name label";

    const std::string namespaces = "---\napiVersion: v1\nkind: NamespaceList\nitems:\n"
                                   "- metadata: {name: shop, labels: {team: a}}\n";
    const ProcessResult labelled = netpol(args, text + namespaces);
    ASSERT_EQ(labelled.exitCode, 0) << labelled.err;
    EXPECT_NE(labelled.out.find("shop/web  shop/db  5432/TCP  allowed"), std::string::npos)
        << labelled.out;
}

TEST(CliAnalyzeInputs, ValidateAndImportReadTypedListsToo)
{
    const std::string policies = writeTemp("policies.yaml", kDenyAll);
    const ProcessResult validate = netpol({"validate", policies});
    EXPECT_EQ(validate.exitCode, 0) << validate.out;
    EXPECT_NE(validate.out.find("1 file checked (0 designs, 1 NetworkPolicy)"), std::string::npos)
        << validate.out;

    const ProcessResult imported = netpol(
        {"import", writeTemp("pods.yaml", kPods), policies, "--grid"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.out.find("name: web"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("name: db"), std::string::npos) << imported.out;
}

TEST(CliAnalyzeInputs, LeftOutDocumentsExit1WithTheVerdictsPrinted)
{
    const std::string pods = writeTemp("pods.yaml", kPods);
    const std::string broken = writeTemp("broken.yaml", kBroken);
    const std::vector<std::string> probe = {"--probe", "shop/web:shop/db:5432"};
    auto analyze = [&](std::vector<std::string> args) {
        args.insert(args.begin(), probe.begin(), probe.end());
        args.insert(args.begin(), "analyze");
        return netpol(args);
    };

    const ProcessResult clean = analyze({pods});
    EXPECT_EQ(clean.exitCode, 0) << clean.err;
    EXPECT_EQ(clean.out.find("Computed without"), std::string::npos) << clean.out;

    const ProcessResult text = analyze({pods, broken});
    EXPECT_EQ(text.exitCode, 1) << text.err;
    EXPECT_NE(text.out.find(
                  "shop/web  shop/db  5432/TCP  allowed\n\n1 probe: 1 allowed, 0 denied\n"
                  "Computed without 1 document that has errors (reported on standard error).\n"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.err.find(broken + ":2:1: error: missing-field: the Pod has no `metadata.name`"),
              std::string::npos)
        << "placed on the document's first line: " << text.err;
    EXPECT_NE(text.err.find(
                  "netpol analyze: the verdicts were computed without 1 document with errors"),
              std::string::npos)
        << text.err;

    const ProcessResult json = analyze({pods, broken, "--format", "json"});
    EXPECT_EQ(json.exitCode, 1);
    EXPECT_EQ(
        json.out,
        "[\n  {\"from\": \"shop/web\", \"to\": \"shop/db\", \"port\": 5432, \"protocol\": \"TCP\", "
        "\"allowed\": true}\n]\n");
    const ProcessResult csv = analyze({pods, broken, "--format", "csv"});
    EXPECT_EQ(csv.exitCode, 1);
    EXPECT_EQ(csv.out, "from,to,port,protocol,allowed\nshop/web,shop/db,5432,TCP,true\n");

    for (const char *format : {"text", "json", "csv"}) {
        const ProcessResult kept = analyze({pods, broken, "--format", format, "--keep-going"});
        EXPECT_EQ(kept.exitCode, 0) << format << ": " << kept.err;
        EXPECT_FALSE(kept.out.empty()) << format;
    }

    // The matrix too; a policy the API server refuses counts as left out.
    const std::string refused
        = writeTemp("refused.yaml", "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                    "metadata: {name: bad, namespace: shop}\n"
                                    "spec: {podSelector: {}, ingress: [{ports: [{port: 0}]}]}\n");
    const ProcessResult matrix = netpol({"analyze", pods, refused, broken, "--matrix"});
    EXPECT_EQ(matrix.exitCode, 1);
    EXPECT_NE(
        matrix.out.find(
            "\nComputed without 2 documents that have errors (reported on standard error).\n"),
        std::string::npos)
        << matrix.out;
    EXPECT_NE(matrix.out.find("5432/TCP"), std::string::npos) << matrix.out;
    EXPECT_EQ(netpol({"analyze", pods, refused, "--matrix", "--keep-going"}).exitCode, 0);
}

TEST(CliAnalyzeInputs, ProbesNamingWhatTheInputLacksAreReportedAndTheOthersEvaluated)
{
    const std::string pods = writeTemp("pods.yaml", kPods);
    const std::string probes = writeTemp("probes.txt", "# from to port\n"
                                                       "shop/web shop/db 5432/TCP\n"
                                                       "shop/ghost shop/db 5432\n"
                                                       "shop/db   shop/nope 80 # typo\n"
                                                       "shop/db shop/web http\n"
                                                       "shop/db shop/web 8080\n");
    const ProcessResult text = netpol({"analyze", pods, "--probes", probes});
    EXPECT_EQ(text.exitCode, 1) << text.err;
    EXPECT_NE(text.err.find(probes
                            + ":3:1: error: probe-unknown-endpoint: probe shop/ghost shop/db 5432: "
                              "no pod or workload \"shop/ghost\" in the input"),
              std::string::npos)
        << text.err;
    EXPECT_NE(text.err.find(probes + ":4:11: error: probe-unknown-endpoint: "), std::string::npos)
        << text.err;
    EXPECT_NE(text.err.find(
                  probes
                  + ":5:18: error: probe-unknown-port: probe shop/db shop/web http: shop/web "
                    "has no container port named \"http\""),
              std::string::npos)
        << text.err;
    EXPECT_NE(text.out.find("shop/web  shop/db   5432/TCP  allowed\n"
                            "shop/db   shop/web  8080/TCP  allowed\n\n"
                            "2 probes: 2 allowed, 0 denied\n"
                            "3 probes could not be evaluated (reported on standard error).\n"),
              std::string::npos)
        << text.out;

    const ProcessResult json = netpol(
        {"analyze", pods, "--probes", probes, "--format", "json", "--keep-going"});
    EXPECT_EQ(json.exitCode, 1) << "--keep-going is about left-out documents";
    const auto rows = parseJsonObjects(json.out);
    ASSERT_EQ(rows.size(), 2u) << json.out;
    EXPECT_EQ(rows[1].at("from"), "shop/db");
    const ProcessResult csv = netpol({"analyze", pods, "--probes", probes, "--format", "csv"});
    EXPECT_EQ(csv.exitCode, 1);
    EXPECT_EQ(csv.out, "from,to,port,protocol,allowed\n"
                       "shop/web,shop/db,5432,TCP,true\n"
                       "shop/db,shop/web,8080,TCP,true\n");

    const ProcessResult argument = netpol({"analyze", pods, "--probe", "shop/web:shop/cache:6379",
                                           "--probe", "shop/web:shop/db:5432"});
    EXPECT_EQ(argument.exitCode, 1);
    EXPECT_NE(argument.err.find(
                  "error: probe-unknown-endpoint: --probe shop/web:shop/cache:6379: no pod or "
                  "workload \"shop/cache\" in the input"),
              std::string::npos)
        << argument.err;
    EXPECT_NE(argument.out.find("1 probe: 1 allowed, 0 denied"), std::string::npos) << argument.out;
}

TEST(CliAnalyzeInputs, MalformedProbesStayUsageErrors)
{
    const std::string pods = writeTemp("pods.yaml", kPods);
    for (const char *probe : {"web:shop/db:5432", "shop/web:shop/db:0", "shop/web:shop/db:Http"}) {
        const ProcessResult r = netpol({"analyze", pods, "--probe", probe});
        EXPECT_EQ(r.exitCode, 2) << probe;
        EXPECT_TRUE(r.out.empty()) << probe << ": " << r.out;
        EXPECT_NE(r.err.find(std::string("--probe ") + probe + ": "), std::string::npos) << r.err;
    }
    const std::string probes = writeTemp("probes.txt", "shop/web shop/db 5432\nshop/web db 5432\n");
    const ProcessResult file = netpol({"analyze", pods, "--probes", probes});
    EXPECT_EQ(file.exitCode, 2);
    EXPECT_TRUE(file.out.empty()) << file.out;
    EXPECT_NE(file.err.find(probes + ":2:10: error: invalid-probe: \"db\" is not NAMESPACE/NAME"),
              std::string::npos)
        << file.err;
}

TEST(CliAnalyzeInputs, HelpNamesKeepGoing)
{
    const ProcessResult r = netpol({"analyze", "--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("--keep-going"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 even with --keep-going"), std::string::npos) << r.out;
}

TEST(CliAnalyzeInputs, HelpNamesTheOutputsWithoutProbes)
{
    const ProcessResult r = netpol({"analyze", "--help"});
    EXPECT_EQ(r.exitCode, 0);
    for (const char *option : {"--matrix", "--exposure", "--focus <NS/NAME>", "text|json|csv|md"})
        EXPECT_NE(r.out.find(option), std::string::npos) << option << '\n' << r.out;
    const ProcessResult diff = netpol({"diff", "--help"});
    EXPECT_EQ(diff.exitCode, 0);
    EXPECT_NE(diff.out.find("Usage: netpol diff OLD NEW"), std::string::npos) << diff.out;
    EXPECT_NE(diff.out.find("git:REV:PATH"), std::string::npos) << diff.out;
    EXPECT_NE(diff.out.find("0 no difference; 1 differences; 2"), std::string::npos) << diff.out;
}
