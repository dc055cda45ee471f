// Two-way YAML: NetworkPolicy manifests pasted into the open design (Edit > Paste Manifests,
// Ctrl+V on the canvas, File > Import Manifests into the Current Design) as one undo step.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "mainwindow.h"

#include "support/testsupport.h"

#include "model/design/designmerge.h"
#include "model/design/designoperations.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

const char kBillingPolicy[] = R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: invoices-from-frontend
  namespace: billing
spec:
  podSelector:
    matchLabels:
      app: invoices
  policyTypes: [Ingress]
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: production
          podSelector:
            matchLabels:
              app: frontend
      ports:
        - {protocol: TCP, port: 8080}
)";

void openProduction(MainWindow &window)
{
    ASSERT_TRUE(window.openFile(QString::fromStdString(examplePath("production.netpol.yaml"))));
}

void expectBillingMerged(const Design &d)
{
    ASSERT_EQ(d.namespaces.size(), 4u);
    EXPECT_EQ(d.namespaces.back().name, "billing");
    EXPECT_GT(d.namespaces.back().geometry.x, 900) << "placed right of the design";
    EXPECT_EQ(d.workloads.size(), 6u) << "frontend is matched by its labels, not added";
    EXPECT_TRUE(d.externals.empty()) << "no merged flow names the import's anywhere externals";
    ASSERT_EQ(d.flows.size(), 4u);
    EXPECT_EQ(d.flows.back().from.toString(), "production/frontend");
    EXPECT_EQ(d.flows.back().to.ns, "billing") << d.flows.back().to.toString();
}

} // namespace

TEST(PasteManifests, EditPasteManifestsMergesAsOneUndoStep)
{
    MainWindow window;
    openProduction(window);
    const std::string before = designText(*window.document());
    QGuiApplication::clipboard()->setText(QString::fromLatin1(kBillingPolicy));
    window.action("actionPasteManifests")->trigger();
    expectBillingMerged(window.document()->design());
    EXPECT_EQ(window.document()->undoStack()->count(), 1);
    const std::size_t findings = window.document()->importFindings().size();
    EXPECT_GT(findings, 0u) << "what the design cannot express exactly is reported";
    const std::string after = designText(*window.document());
    window.document()->undoStack()->undo();
    EXPECT_EQ(designText(*window.document()), before);
    EXPECT_TRUE(window.document()->importFindings().empty()) << "undo takes them back";
    window.document()->undoStack()->redo();
    EXPECT_EQ(designText(*window.document()), after);
    EXPECT_EQ(window.document()->importFindings().size(), findings);
}

TEST(PasteManifests, PastingPolicyYamlOnTheCanvasImportsIt)
{
    MainWindow window;
    openProduction(window);
    QGuiApplication::clipboard()->setText(QString::fromLatin1(kBillingPolicy));
    window.action("actionPaste")->trigger();
    expectBillingMerged(window.document()->design());
    EXPECT_EQ(window.document()->undoStack()->count(), 1);
}

TEST(PasteManifests, TheDesignsOwnPoliciesAddNothingAndTheFindingsAreShown)
{
    MainWindow window;
    openProduction(window);
    QString yaml;
    for (const ExportFile &f : window.document()->exportFiles(ExportLayout::Single))
        yaml += QString::fromStdString(f.content);
    QSignalSpy refusals(window.controller(), &EditController::refused);
    EXPECT_TRUE(window.controller()->pasteManifests(yaml, "generated.yaml"));
    EXPECT_EQ(window.document()->undoStack()->count(), 0) << "everything matched";
    EXPECT_EQ(refusals.count(), 1);
    EXPECT_FALSE(window.document()->importFindings().empty())
        << "the import's findings go to the Diagnostics dock";
}

TEST(PasteManifests, ImportIntoTheCurrentDesignReadsFilesAndRefusesNonsense)
{
    MainWindow window;
    openProduction(window);
    const std::string dir = makeTempDir();
    const QString path = QString::fromStdString(dir + "/billing.yaml");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kBillingPolicy);
    file.close();
    EXPECT_TRUE(window.controller()->importManifestFilesInto({path}));
    expectBillingMerged(window.document()->design());

    QSignalSpy refusals(window.controller(), &EditController::refused);
    const std::string before = designText(*window.document());
    EXPECT_FALSE(window.controller()->pasteManifests("just: [some, yaml", "<clipboard>"));
    EXPECT_EQ(refusals.count(), 1);
    EXPECT_EQ(designText(*window.document()), before);
}

TEST(PasteManifests, MergeRenamesClashesAndGrowsANamespaceForNewWorkloads)
{
    Design design;
    Namespace ns;
    ns.name = "shop";
    ns.geometry = {0, 0, 300, 200};
    design.namespaces.push_back(ns);
    Workload web;
    web.name = "web";
    web.ns = "shop";
    web.labels = {{"app", "web"}};
    design.workloads.push_back(web);

    Design imported = design;
    imported.workloads[0].labels = {{"app", "web"}, {"tier", "front"}}; // same name, other pods
    External api;
    api.name = "api";
    api.cidr = "203.0.113.0/24";
    imported.externals.push_back(api);
    imported.namespaces[0].managed = true;
    imported.flows.push_back({Endpoint::workload("shop", "web"), Endpoint::external("api"), {}});

    const MergeResult merged = mergeImported(design, imported, {500, 0});
    ASSERT_TRUE(merged.result.ok());
    Design after = design;
    applyEdit(after, merged.result.edit);
    ASSERT_EQ(after.workloads.size(), 2u);
    EXPECT_EQ(after.workloads[1].name, "web-2");
    EXPECT_GE(after.namespaces[0].geometry.height, 200 + 76) << "grown to hold the new row";
    EXPECT_GE(after.workloads[1].position.y, 200);
    ASSERT_EQ(after.flows.size(), 1u);
    EXPECT_EQ(after.flows[0].from.toString(), "shop/web-2") << "the flow follows the rename";
    EXPECT_EQ(after.externals[0].position.x, 500);
}
