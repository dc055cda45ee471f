// netpol import on real files: the design it writes, its reports and exit codes, and a round
// trip through the binary (generate -> import -> generate gives the same policies).

#include "clitest.h"
#include "support/testsupport.h"

#include "model/core/fileio.h"
#include "model/design/designreader.h"
#include "model/manifests/manifestreader.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

std::string seed(const std::string &name)
{
    return dataPath("seed/" + name);
}

const char *kProductionWorkloads = R"(apiVersion: v1
kind: Namespace
metadata: {name: production, labels: {env: prod}}
---
apiVersion: v1
kind: Namespace
metadata: {name: ingress-nginx}
---
apiVersion: v1
kind: Namespace
metadata: {name: kube-system}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: frontend, namespace: production}
spec: {template: {metadata: {labels: {app: frontend}}, spec: {containers: [{ports: [{name: http, containerPort: 8080}]}]}}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api-server, namespace: production}
spec: {template: {metadata: {labels: {app: api-server}}, spec: {containers: [{ports: [{name: http, containerPort: 8080}]}]}}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: database, namespace: production}
spec: {template: {metadata: {labels: {app: database}}, spec: {containers: [{ports: [{name: postgres, containerPort: 5432}]}]}}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ingress-nginx-controller, namespace: ingress-nginx}
spec:
  template:
    metadata: {labels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}}
    spec: {containers: [{ports: [{name: http, containerPort: 80}, {name: https, containerPort: 443}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system}
spec:
  template:
    metadata: {labels: {k8s-app: kube-dns}}
    spec: {containers: [{ports: [{name: dns, containerPort: 53, protocol: UDP}, {name: dns-tcp, containerPort: 53}]}]}
)";

} // namespace

TEST(CliImport, FindingsGoToAJsonFileWithTheHalfOpenFlow)
{
    const std::string dir = makeTempDir();
    const std::string json = dir + "/findings.json";
    const ProcessResult r = netpol({"import", seed("complete-example.yaml"),
                                    seed("complete-example-workloads.yaml"), "-o", dir + "/d.netpol.yaml",
                                    "--findings", json});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(readFile(json)));
    const QJsonArray diagnostics = doc.object().value("diagnostics").toArray();
    const QJsonArray halfOpen = doc.object().value("halfOpen").toArray();
    ASSERT_EQ(halfOpen.size(), 1);
    const QJsonObject open = halfOpen.at(0).toObject();
    EXPECT_EQ(open.value("from").toString(), "production/frontend");
    EXPECT_EQ(open.value("to").toString(), "production/api-server");
    EXPECT_EQ(open.value("ports").toArray(), QJsonArray{"8080/TCP"});
    EXPECT_EQ(open.value("allowed").toString(), "egress");
    const QJsonObject finding = diagnostics.at(open.value("finding").toInt()).toObject();
    EXPECT_EQ(finding.value("code").toString(), "import-half-open");
    EXPECT_EQ(finding.value("severity").toString(), "warning");
    EXPECT_EQ(finding.value("line").toInt(), 60);
    EXPECT_EQ(finding.value("column").toInt(), 7);
    EXPECT_TRUE(finding.value("file").toString().endsWith("complete-example.yaml"));
    // Every finding of standard error is in the file, in the same order.
    int lines = 0;
    for (std::size_t at = r.err.find(": import-"); at != std::string::npos; at = r.err.find(": import-", at + 1))
        ++lines;
    int inFile = 0;
    for (const QJsonValue &d : diagnostics)
        inFile += d.toObject().value("code").toString().startsWith("import-");
    EXPECT_EQ(inFile, lines);
}

TEST(CliImport, SeedExampleWithItsWorkloads)
{
    const std::string dir = makeTempDir();
    const std::string out = dir + "/seed.netpol.yaml";
    const ProcessResult r = netpol({"import", seed("complete-example.yaml"), seed("complete-example-workloads.yaml"), "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find(seed("complete-example.yaml") + ":60:7: warning: import-half-open: production/frontend may "
                         "send to production/api-server on 8080/TCP"),
              std::string::npos) << r.err;
    EXPECT_NE(r.err.find("wrote " + out + ": 3 namespaces, 3 workloads, 0 externals, 1 flows; see the warning above "
                         "for what the design cannot express exactly"),
              std::string::npos) << r.err;
    const DesignReadResult design = readDesignFile(out);
    ASSERT_TRUE(design.design) << (design.diagnostics.empty() ? "" : design.diagnostics[0].format());
    EXPECT_EQ(design.design->metadata.name, "seed");
    ASSERT_EQ(design.design->flows.size(), 1u);
    EXPECT_EQ(design.design->flows[0].from.toString(), "ingress-nginx/*");
}

TEST(CliImport, RoundTripThroughTheBinary)
{
    const std::string dir = makeTempDir();
    std::string error;
    ASSERT_TRUE(writeFileAtomically(dir + "/workloads.yaml", kProductionWorkloads, &error)) << error;
    const ProcessResult generated = netpol({"generate", examplePath("production.netpol.yaml"), "-o", dir + "/policies.yaml"});
    ASSERT_EQ(generated.exitCode, 0) << generated.err;
    const ProcessResult imported = netpol({"import", dir, "-o", dir + "/back.netpol.yaml"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(imported.err.find("warning"), std::string::npos) << imported.err;
    const ProcessResult again = netpol({"generate", dir + "/back.netpol.yaml"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    const ManifestSet first = readManifestFile(dir + "/policies.yaml");
    const ManifestSet second = readManifests(again.out, "again.yaml");
    ASSERT_TRUE(second.diagnostics.empty());
    EXPECT_EQ(first.policies, second.policies) << "the same flows give the very same policies";
}

TEST(CliImport, StandardInputToStandardOutput)
{
    const ProcessResult r = netpol({"import", "-"}, readFile(seed("complete-example.yaml")));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.rfind("apiVersion: netpol-designer/v1\nkind: Design\nmetadata:\n  name: imported\n", 0), 0u) << r.out;
    EXPECT_NE(r.err.find("import-synthesized"), std::string::npos) << r.err;
    EXPECT_TRUE(readDesign(r.out, "stdout").design);
}

TEST(CliImport, ErrorsWriteNothing)
{
    const std::string dir = makeTempDir();
    std::string error;
    ASSERT_TRUE(writeFileAtomically(dir + "/bad.yaml",
                                    "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                    "metadata: {name: p, namespace: x}\nspec: {podSelecter: {}}\n",
                                    &error));
    const std::string out = dir + "/out.netpol.yaml";
    const ProcessResult bad = netpol({"import", dir + "/bad.yaml", "-o", out});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.err.find("bad.yaml:4:8: error: unknown-field"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("no design was written"), std::string::npos) << bad.err;
    EXPECT_FALSE(std::filesystem::exists(out));

    EXPECT_EQ(netpol({"import", dir + "/missing.yaml", "-o", out}).exitCode, 2);
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_EQ(netpol({"import"}).exitCode, 2);
    EXPECT_EQ(netpol({"import", seed("complete-example.yaml"), "-o", dir + "/no/such/dir/x.netpol.yaml"}).exitCode, 2);
}

TEST(CliImport, ArrangedWithGraphvizUnlessGridIsAsked)
{
    const std::string dir = makeTempDir();
    const ProcessResult arranged = netpol({"import", seed("complete-example.yaml"), seed("complete-example-workloads.yaml"),
                                           "-o", dir + "/arranged.netpol.yaml"});
    ASSERT_EQ(arranged.exitCode, 0) << arranged.err;
    const ProcessResult grid = netpol({"import", "--grid", seed("complete-example.yaml"),
                                       seed("complete-example-workloads.yaml"), "-o", dir + "/grid.netpol.yaml"});
    ASSERT_EQ(grid.exitCode, 0) << grid.err;
    const DesignReadResult a = readDesignFile(dir + "/arranged.netpol.yaml");
    const DesignReadResult g = readDesignFile(dir + "/grid.netpol.yaml");
    ASSERT_TRUE(a.design && g.design);
    Design sameElsewhere = *a.design;
    sameElsewhere.metadata = g.design->metadata; // named after the output files
    ASSERT_EQ(sameElsewhere.workloads.size(), g.design->workloads.size());
    EXPECT_NE(sameElsewhere.workloads, g.design->workloads) << "Graphviz placed the workloads";
    for (std::size_t i = 0; i < sameElsewhere.workloads.size(); ++i)
        sameElsewhere.workloads[i].position = g.design->workloads[i].position;
    for (std::size_t i = 0; i < sameElsewhere.namespaces.size(); ++i)
        sameElsewhere.namespaces[i].geometry = g.design->namespaces[i].geometry;
    for (std::size_t i = 0; i < sameElsewhere.externals.size(); ++i)
        sameElsewhere.externals[i].position = g.design->externals[i].position;
    EXPECT_EQ(sameElsewhere, *g.design) << "only the layout differs";
    for (const Workload &w : a.design->workloads) {
        const Rect frame = a.design->findNamespace(w.ns)->geometry;
        EXPECT_GE(w.position.x, frame.x) << w.name;
        EXPECT_GE(w.position.y, frame.y) << w.name;
        EXPECT_LE(w.position.x, frame.x + frame.width) << w.name;
        EXPECT_LE(w.position.y, frame.y + frame.height) << w.name;
    }
}
