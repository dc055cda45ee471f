// Findings stay where the user works: what an import reports is listed in the Diagnostics
// dock after its report window closes, and a half-open connection is drawn as a dashed flow
// that can become a real flow (one undo step) or be dismissed.

#include "tasktestsupport.h"
#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "helpertasks.h"
#include "mainwindow.h"
#include "reportdialog.h"

#include "support/testsupport.h"

#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/flowitem.h"
#include "views/panels/diagnosticsview.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

QString seed(const char *name)
{
    return QString::fromStdString(dataPath(std::string("seed/") + name));
}

// Imports the seed's complete example with its workloads (one half-open connection:
// frontend may send to api-server on 8080/TCP, api-server does not accept it).
void importSeed(MainWindow &window)
{
    const QStringList files{seed("complete-example.yaml"), seed("complete-example-workloads.yaml")};
    const std::optional<TaskReport> report =
        runTask(window.tasks(), [&] { return window.importManifestFiles(files); });
    ASSERT_TRUE(report && report->ok) << (report ? describe(*report) : "no report");
    ASSERT_EQ(report->halfOpen.size(), 1u);
}

int countCode(const Diagnostics &diagnostics, const std::string &code)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [&](const Diagnostic &d) { return d.code == code; }));
}

} // namespace

TEST(ImportFindings, StayInDiagnosticsAfterTheReportClosesUntilAnotherDesignOpens)
{
    MainWindow window;
    importSeed(window);
    auto *dialog = window.findChild<ReportDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->summary().contains(QStringLiteral("1 warning")))
        << dialog->summary().toStdString();
    dialog->close();
    delete dialog;

    window.diagnosticsView()->refreshNow();
    const Diagnostics shown = window.diagnosticsView()->diagnostics();
    EXPECT_EQ(countCode(shown, "import-half-open"), 1);
    const auto halfOpen = std::find_if(shown.begin(), shown.end(),
                                       [](const Diagnostic &d) { return d.code == "import-half-open"; });
    ASSERT_NE(halfOpen, shown.end());
    EXPECT_EQ(halfOpen->location.element.kind, ElementRef::Kind::Workload)
        << "placed on the workload whose side allows it";
    EXPECT_EQ(halfOpen->location.element.name, "frontend");
    EXPECT_TRUE(QString::fromStdString(halfOpen->location.file).endsWith(QStringLiteral("complete-example.yaml")));
    EXPECT_EQ(halfOpen->location.line, 60);

    // Saving keeps them; opening another design does not carry them over.
    ASSERT_TRUE(window.saveFile(QString::fromStdString(makeTempDir()) + QStringLiteral("/seed.netpol.yaml")));
    window.diagnosticsView()->refreshNow();
    EXPECT_EQ(countCode(window.diagnosticsView()->diagnostics(), "import-half-open"), 1);
    ASSERT_TRUE(window.openFile(QString::fromStdString(examplePath("production.netpol.yaml"))));
    window.diagnosticsView()->refreshNow();
    EXPECT_EQ(countCode(window.diagnosticsView()->diagnostics(), "import-half-open"), 0);
    EXPECT_TRUE(window.scene()->suggestionItems().isEmpty());
}

TEST(ImportFindings, TheReportListsWarningsBeforeNotesAndCountsThem)
{
    auto finding = [](Severity severity, const char *code) {
        return Diagnostic{severity, code, std::string("about ") + code, {}, {}};
    };
    const Diagnostics diagnostics = {finding(Severity::Info, "import-grid-layout"),
                                     finding(Severity::Warning, "import-half-open"),
                                     finding(Severity::Info, "import-dns"),
                                     finding(Severity::Warning, "import-not-exact")};
    ReportDialog dialog(QStringLiteral("Import Manifests: report"), QStringLiteral("Imported."),
                        diagnostics, {});
    EXPECT_EQ(dialog.summary(), QStringLiteral("Imported.\n2 warnings, 2 notes"));
    EXPECT_EQ(dialog.text(), QStringLiteral("warning: import-half-open: about import-half-open\n"
                                            "warning: import-not-exact: about import-not-exact\n"
                                            "info: import-grid-layout: about import-grid-layout\n"
                                            "info: import-dns: about import-dns\n"));
}

TEST(ImportFindings, AFindingCanBeDismissed)
{
    MainWindow window;
    importSeed(window);
    window.diagnosticsView()->refreshNow();
    QTreeWidget *list = window.diagnosticsView()->list();
    const Diagnostics shown = window.diagnosticsView()->diagnostics();
    int row = -1;
    for (int i = 0; i < int(shown.size()); ++i) {
        if (shown[std::size_t(i)].code == "import-half-open")
            row = i;
    }
    ASSERT_GE(row, 0);
    list->setCurrentItem(list->topLevelItem(row));
    auto *dismiss = list->findChild<QAction *>(QStringLiteral("dismissFinding"));
    ASSERT_NE(dismiss, nullptr);
    dismiss->trigger();
    window.diagnosticsView()->refreshNow();
    EXPECT_EQ(countCode(window.diagnosticsView()->diagnostics(), "import-half-open"), 0);
    EXPECT_TRUE(window.scene()->suggestionItems().isEmpty()) << "its dashed flow goes too";
    // The design's own findings cannot be dismissed.
    const std::size_t before = window.diagnosticsView()->diagnostics().size();
    list->setCurrentItem(list->topLevelItem(0));
    if (window.diagnosticsView()->diagnostics().front().code.rfind("import-", 0) != 0) {
        dismiss->trigger();
        window.diagnosticsView()->refreshNow();
        EXPECT_EQ(window.diagnosticsView()->diagnostics().size(), before);
    }
}

TEST(ImportFindings, AHalfOpenConnectionIsDrawnAndBecomesARealFlowWithUndo)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    importSeed(window);
    DesignScene *scene = window.scene();
    ASSERT_EQ(scene->suggestionItems().size(), 1);
    FlowItem *ghost = scene->suggestionItems().front();
    EXPECT_TRUE(ghost->isSuggestion());
    EXPECT_TRUE(ghost->label().startsWith(QStringLiteral("half-open: egress only")))
        << ghost->label().toStdString();
    EXPECT_TRUE(ghost->label().contains(QStringLiteral("8080/TCP")));
    EXPECT_TRUE(ghost->isComplete()) << "drawn between frontend and api-server";
    EXPECT_TRUE(scene->refFor(ghost).isNull()) << "not one of the design's flows";
    const std::size_t flows = window.document()->design().flows.size();
    const int steps = window.document()->undoStack()->count();

    // A double-click on its line makes it a real flow: both sides are generated from then on.
    const QPointF onLine = ghost->line().pointAt(0.3);
    window.view()->centerOn(onLine);
    QTest::mouseDClick(window.view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                       viewportPoint(window.view(), onLine));
    ASSERT_TRUE(waitUntil([&] { return window.document()->design().flows.size() == flows + 1; }));
    const Flow &added = window.document()->design().flows.back();
    EXPECT_EQ(added.from, Endpoint::workload("production", "frontend"));
    EXPECT_EQ(added.to, Endpoint::workload("production", "api-server"));
    EXPECT_EQ(added.ports, std::vector<FlowPort>{FlowPort::number(8080)});
    EXPECT_TRUE(scene->suggestionItems().isEmpty());
    EXPECT_EQ(countCode(window.document()->diagnostics(), "import-half-open"), 0)
        << "the finding is resolved";
    EXPECT_EQ(window.document()->undoStack()->count(), steps + 1) << "one undo step";

    window.document()->undoStack()->undo();
    EXPECT_EQ(window.document()->design().flows.size(), flows);
    EXPECT_EQ(scene->suggestionItems().size(), 1) << "undo brings the dashed flow back";
    EXPECT_EQ(countCode(window.document()->diagnostics(), "import-half-open"), 1);
    window.document()->undoStack()->redo();
    EXPECT_EQ(window.document()->design().flows.size(), flows + 1);
    EXPECT_TRUE(scene->suggestionItems().isEmpty());
}

TEST(ImportFindings, OneClickOnTheLabelAddsTheFlow)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    importSeed(window);
    FlowItem *ghost = window.scene()->suggestionItems().front();
    const std::size_t flows = window.document()->design().flows.size();
    const QPointF pill = ghost->labelRect().center();
    window.view()->centerOn(pill);
    QTest::mouseClick(window.view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      viewportPoint(window.view(), pill));
    ASSERT_TRUE(waitUntil([&] { return window.document()->design().flows.size() == flows + 1; }));
    EXPECT_TRUE(window.scene()->suggestionItems().isEmpty());
}

TEST(ImportFindings, DeleteDismissesASelectedHalfOpenFlowWithUndo)
{
    MainWindow window;
    importSeed(window);
    DesignScene *scene = window.scene();
    ASSERT_EQ(scene->suggestionItems().size(), 1);
    const std::size_t flows = window.document()->design().flows.size();
    scene->suggestionItems().front()->setSelected(true);
    window.action(QStringLiteral("actionDelete"))->trigger();
    EXPECT_TRUE(scene->suggestionItems().isEmpty());
    EXPECT_EQ(window.document()->design().flows.size(), flows) << "no flow is added";
    EXPECT_EQ(countCode(window.document()->diagnostics(), "import-half-open"), 0);
    window.document()->undoStack()->undo();
    EXPECT_EQ(scene->suggestionItems().size(), 1);
    EXPECT_EQ(countCode(window.document()->diagnostics(), "import-half-open"), 1);
}
