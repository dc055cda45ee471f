// Arrange: the design goes to `netpol arrange` in a helper process and comes back as one undo
// step that undo reverses exactly; the result fits the canvas as it is drawn.

#include "tasktestsupport.h"
#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "helperprocess.h"
#include "helpertasks.h"
#include "mainwindow.h"
#include "reportdialog.h"
#include "views/canvas/designscene.h"
#include "views/canvas/externalitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"

#include "support/testsupport.h"
#include "views/canvas/canvasstyle.h"

#include "model/design/designreader.h"
#include "model/design/designwriter.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QStatusBar>
#include <QUndoStack>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

QString example(const char *name)
{
    return QString::fromStdString(examplePath(name));
}

std::optional<TaskReport> arrange(MainWindow &window)
{
    return runTask(window.tasks(), [&window] {
        window.action(QStringLiteral("actionArrange"))->trigger();
        return window.tasks()->isBusy();
    });
}

} // namespace

TEST(Arrange, IsOneUndoStepThatRestoresTheDesignExactly)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    const std::string before = designText(*window.document());
    QUndoStack *stack = window.document()->undoStack();

    const std::optional<TaskReport> report = arrange(window);
    ASSERT_TRUE(report);
    ASSERT_TRUE(report->ok) << describe(*report);
    EXPECT_TRUE(report->diagnostics.empty()) << describe(*report);
    ASSERT_EQ(stack->count(), 1) << "one undo step";
    EXPECT_TRUE(stack->text(0).startsWith(QStringLiteral("Arrange")));
    const std::string arranged = designText(*window.document());
    EXPECT_NE(arranged, before);
    EXPECT_TRUE(window.isWindowModified());

    // Each element whose place changed is counted once.
    DesignReadResult old = readDesignFile(examplePath("online-shop.netpol.yaml"));
    ASSERT_TRUE(old.design);
    const Design &now = window.document()->design();
    int moved = 0;
    for (std::size_t i = 0; i < now.namespaces.size(); ++i)
        moved += now.namespaces[i].geometry != old.design->namespaces[i].geometry;
    for (std::size_t i = 0; i < now.workloads.size(); ++i)
        moved += now.workloads[i].position != old.design->workloads[i].position;
    for (std::size_t i = 0; i < now.externals.size(); ++i)
        moved += now.externals[i].position != old.design->externals[i].position;
    EXPECT_EQ(report->moved, moved);
    EXPECT_TRUE(report->summary.contains(QStringLiteral("%1 elements moved").arg(moved)));

    // Exactly what the command writes for the same file and arguments (the canvas's aspect
    // ratio among them).
    QStringList arguments = window.tasks()->lastArguments();
    ASSERT_TRUE(arguments.contains(QStringLiteral("--aspect")));
    std::vector<std::string> cliArguments;
    for (const QString &argument : arguments)
        cliArguments.push_back(argument == QStringLiteral("-") ? examplePath("online-shop.netpol.yaml")
                                                               : argument.toStdString());
    const ProcessResult cli = runProcess(NETPOL_BIN, cliArguments);
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    EXPECT_EQ(arranged, cli.out);

    stack->undo();
    EXPECT_EQ(designText(*window.document()), before);
    EXPECT_FALSE(window.isWindowModified());
    stack->redo();
    EXPECT_EQ(designText(*window.document()), arranged);
}

TEST(Arrange, TheDirectionIsTheChosenOne)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    window.action(QStringLiteral("actionArrangeTopBottom"))->setChecked(true);
    EXPECT_EQ(window.arrangeDirection(), RankDirection::TopBottom);
    const std::optional<TaskReport> report = arrange(window);
    ASSERT_TRUE(report && report->ok) << (report ? describe(*report) : "no report");
    const ProcessResult cli = runProcess(
        NETPOL_BIN, {"arrange", examplePath("production.netpol.yaml"), "--rankdir", "TB"});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    EXPECT_EQ(designText(*window.document()), cli.out);
    window.action(QStringLiteral("actionArrangeLeftRight"))->setChecked(true);
}

// On the scene's items, as drawn: no workload box overlaps another or an external, and each
// lies inside its namespace's frame, below the header.
TEST(Arrange, TheResultFitsTheCanvasAsDrawn)
{
    for (const char *name : {"production.netpol.yaml", "online-shop.netpol.yaml"}) {
        for (const char *direction : {"actionArrangeLeftRight", "actionArrangeTopBottom"}) {
            SCOPED_TRACE(std::string(name) + " " + direction);
            MainWindow window;
            ASSERT_TRUE(window.openFile(example(name)));
            window.action(QLatin1String(direction))->setChecked(true);
            const std::optional<TaskReport> report = arrange(window);
            ASSERT_TRUE(report && report->ok) << (report ? describe(*report) : "no report");

            DesignScene *scene = window.scene();
            ASSERT_EQ(scene->workloadItems().size(),
                      int(window.document()->design().workloads.size()));
            QList<QRectF> boxes;
            for (WorkloadItem *item : scene->workloadItems()) {
                const QRectF box = item->sceneFrame();
                const auto *ns = qgraphicsitem_cast<NamespaceItem *>(item->parentItem());
                ASSERT_TRUE(ns) << item->workload().name;
                QRectF inner = ns->sceneFrame();
                inner.setTop(inner.top() + CanvasStyle::kHeaderHeight);
                EXPECT_TRUE(inner.contains(box))
                    << item->workload().name << " is not inside the frame of " << ns->ns().name;
                boxes << box;
            }
            for (ExternalItem *item : scene->externalItems())
                boxes << item->sceneFrame();
            // A flow to every pod is a stub beside its element: the layout keeps room for it.
            int stubs = 0;
            for (FlowItem *flow : scene->flowItems()) {
                NodeItem *end = flow->source() ? flow->source() : flow->target();
                if ((flow->source() && flow->target()) || !end)
                    continue;
                ++stubs;
                for (const QRectF &box : std::as_const(boxes)) {
                    if (box == end->sceneFrame())
                        continue;
                    EXPECT_FALSE(flow->sceneBoundingRect().intersects(box))
                        << "the */* stub of flow " << flow->index() + 1 << " covers a box";
                }
            }
            EXPECT_EQ(stubs, std::string(name) == "online-shop.netpol.yaml" ? 1 : 0);
            for (int i = 0; i < boxes.size(); ++i) {
                for (int j = i + 1; j < boxes.size(); ++j)
                    EXPECT_FALSE(boxes[i].intersects(boxes[j])) << i << " and " << j;
            }
            const QList<NamespaceItem *> &frames = scene->namespaceItems();
            for (int i = 0; i < frames.size(); ++i) {
                for (int j = i + 1; j < frames.size(); ++j)
                    EXPECT_FALSE(frames[i]->sceneFrame().intersects(frames[j]->sceneFrame()))
                        << frames[i]->ns().name << " and " << frames[j]->ns().name;
            }
        }
    }
}

TEST(Arrange, IsRefusedWithTheReasonWhileTheDesignHasErrors)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    Namespace ns = window.document()->design().namespaces[0];
    ns.labels["env"] = "not valid!";
    window.controller()->editElement(
        refTo(window.document()->design(), ElementRef::Kind::Namespace, 0), ns);
    const std::string before = designText(*window.document());

    QString reason;
    QObject::connect(window.tasks(), &HelperTasks::refused,
                     [&reason](const QString &r) { reason = r; });
    EXPECT_FALSE(window.tasks()->arrange(RankDirection::LeftRight));
    EXPECT_TRUE(reason.contains(QStringLiteral("1 error"))) << reason.toStdString();
    EXPECT_FALSE(window.tasks()->isBusy());
    EXPECT_EQ(designText(*window.document()), before);
    EXPECT_EQ(window.document()->undoStack()->count(), 1) << "only the label edit";
}

TEST(Arrange, AnArrangedDesignStaysAsItIs)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    ASSERT_TRUE(arrange(window)->ok);
    const std::optional<TaskReport> again = arrange(window);
    ASSERT_TRUE(again && again->ok);
    EXPECT_TRUE(again->summary.contains(QStringLiteral("nothing moved"))) << describe(*again);
    EXPECT_EQ(window.document()->undoStack()->count(), 1) << "nothing to undo the second time";
}

TEST(Arrange, EditsMadeWhileItRunsAreNotOverwritten)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    // The real command, a little later than usual.
    window.tasks()->process()->setProgram(fakeHelper("sleep 1\nexec '" NETPOL_BIN "' \"$@\""));
    const std::optional<TaskReport> report = runTask(window.tasks(), [&window] {
        if (!window.tasks()->arrange(RankDirection::LeftRight))
            return false;
        const Design &d = window.document()->design();
        window.controller()->moveElements({refTo(d, ElementRef::Kind::Workload, 0)}, {0, 40},
                                          false);
        return true;
    });
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok);
    EXPECT_TRUE(report->summary.contains(QStringLiteral("changed"))) << describe(*report);
    EXPECT_EQ(window.document()->undoStack()->count(), 1) << "only the move";
}

// Above 600 workloads Arrange lays each namespace out on its own and says so in a note: the
// note goes to the status bar, no window opens.
TEST(Arrange, ANoteOnABigDesignOpensNoWindow)
{
    Design big;
    for (int n = 0; n < 33; ++n)
        big.namespaces.push_back(Namespace{"team-" + std::to_string(n), {}, true, DirectionSet::both(), {}});
    for (int w = 0; w < 650; ++w) {
        Workload workload;
        workload.name = "svc-" + std::to_string(w);
        workload.ns = "team-" + std::to_string(w / 20);
        workload.labels = {{"app", workload.name}};
        big.workloads.push_back(workload);
        if (w % 20 != 0)
            big.flows.push_back(Flow{Endpoint::workload(workload.ns, "svc-" + std::to_string(w - 1)),
                                     Endpoint::workload(workload.ns, workload.name), {FlowPort::number(8080)}});
    }
    MainWindow window;
    window.document()->reset(big, QString(), true);
    const std::optional<TaskReport> report = arrange(window);
    ASSERT_TRUE(report && report->ok) << (report ? describe(*report) : "no report");
    ASSERT_FALSE(report->diagnostics.empty());
    EXPECT_EQ(report->diagnostics.front().code, "layout-simplified");
    QCoreApplication::processEvents();
    for (QWidget *widget : QApplication::topLevelWidgets())
        EXPECT_FALSE(qobject_cast<ReportDialog *>(widget) && widget->isVisible())
            << "a report window opened for a note";
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("laid out on its own")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_GT(report->moved, 600);
}
