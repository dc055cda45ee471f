// The designer window driven with real events: palette drops, drags on the canvas, keys, the
// inspector and the diagnostics dock.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"
#include "views/inspector/flowpage.h"
#include "views/inspector/inspectorwidget.h"
#include "views/inspector/labelseditor.h"
#include "views/inspector/workloadpage.h"
#include "views/panels/diagnosticsview.h"
#include "views/panels/palettewidget.h"
#include "views/panels/yamlpreview.h"

#include "support/testsupport.h"
#include "views/canvas/canvasstyle.h"
#include "views/inspector/fieldedit.h"

#include "model/design/designoperations.h"

#include <gtest/gtest.h>

#include <cmath>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

class Gestures : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(
            window->openFile(QString::fromStdString(examplePath("production.netpol.yaml"))));
        QCoreApplication::processEvents(); // the queued fit to view
        view()->resetZoom();
        view()->centerOn(300, 160);
    }

    DesignView *view() const { return window->view(); }
    DesignScene *scene() const { return window->scene(); }
    Document *document() const { return window->document(); }
    const Design &design() const { return document()->design(); }

    WorkloadItem *workloadItem(const std::string &name) const
    {
        const int index = indexOfWorkload(design(), "production", name);
        return index < 0 ? nullptr : scene()->workloadItems().value(index);
    }

    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(Gestures, DroppingAPaletteEntryCreatesItAndUndoRemovesIt)
{
    const std::string before = designText(*document());
    ASSERT_TRUE(dropTemplate(view(), QStringLiteral("workload/StatefulSet"), {450, 220}));
    ASSERT_EQ(design().workloads.size(), 6u);
    const Workload &created = design().workloads.back();
    EXPECT_EQ(created.ns, "production");
    EXPECT_EQ(created.kind, WorkloadKind::StatefulSet);
    EXPECT_EQ(created.name, "statefulset");
    // Centred on the drop point would be {360, 180}, where it would cover another card: it
    // goes to the nearest free place on the grid instead.
    EXPECT_LT(std::hypot(created.position.x - 360, created.position.y - 180), 120);
    EXPECT_EQ(std::fmod(created.position.x, 20), 0);
    EXPECT_EQ(std::fmod(created.position.y, 20), 0);
    for (std::size_t i = 0; i + 1 < design().workloads.size(); ++i) {
        const Point other = design().workloads[i].position;
        EXPECT_FALSE(std::abs(other.x - created.position.x) < 200 && std::abs(other.y - created.position.y) < 76)
            << "covers " << design().workloads[i].name;
    }
    ASSERT_EQ(scene()->selectedElements().size(), 1);
    EXPECT_EQ(scene()->selectedElements().front().name, "statefulset");
    EXPECT_EQ(scene()->workloadItems().back()->parentItem(), scene()->namespaceItems().front());

    document()->undoStack()->undo();
    EXPECT_EQ(designText(*document()), before);
    EXPECT_EQ(scene()->workloadItems().size(), 5);
    document()->undoStack()->redo();
    EXPECT_EQ(design().workloads.back().name, "statefulset");
}

TEST_F(Gestures, ActivatingAPaletteEntryAddsItToTheSelectedNamespace)
{
    scene()->selectElements({refTo(design(), ElementRef::Kind::Namespace, 2)}); // kube-system
    emit window->palette()->templateActivated(QStringLiteral("workload/DaemonSet"));
    ASSERT_EQ(design().workloads.size(), 6u);
    EXPECT_EQ(design().workloads.back().ns, "kube-system");
    EXPECT_EQ(design().workloads.back().kind, WorkloadKind::DaemonSet);
    EXPECT_TRUE(view()->hasFocus()) << "the new element can be nudged or deleted at once";
}

TEST_F(Gestures, AWorkloadDroppedOutsideANamespaceIsRefusedVisibly)
{
    const std::string before = designText(*document());
    EXPECT_FALSE(dropTemplate(view(), QStringLiteral("workload/Deployment"), {300, 600}));
    EXPECT_EQ(designText(*document()), before);
    auto *notice = view()->findChild<QLabel *>(QStringLiteral("canvasNotice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("inside a namespace")))
        << notice->text().toStdString();

    ASSERT_TRUE(dropTemplate(view(), QStringLiteral("namespace"), {300, 600}));
    EXPECT_EQ(design().namespaces.back().name, "namespace");
    EXPECT_TRUE(dropTemplate(view(), QStringLiteral("workload/Deployment"), {400, 700}))
        << "inside the new namespace it is welcome";
}

TEST_F(Gestures, DraggingFromAConnectorToAnotherWorkloadCreatesAFlow)
{
    WorkloadItem *frontend = workloadItem("frontend");
    WorkloadItem *database = workloadItem("database");
    ASSERT_TRUE(frontend && database);
    const QPointF from = frontend->mapToScene(frontend->connectorPos());
    const QPointF to = database->sceneFrame().center();
    dragOnCanvas(view(), from, to);

    ASSERT_EQ(design().flows.size(), 4u);
    const Flow &flow = design().flows.back();
    EXPECT_EQ(flow.from.toString(), "production/frontend");
    EXPECT_EQ(flow.to.toString(), "production/database");
    ASSERT_EQ(flow.ports.size(), 1u);
    EXPECT_EQ(flow.ports[0].toString(), "5432/TCP") << "the destination's first container port";
    EXPECT_EQ(frontend->pos(), frontend->pos()) << "the source did not move";
    EXPECT_EQ(design().workloads[0].position, (Point{60, 100}));
    ASSERT_EQ(scene()->selectedElements().size(), 1);
    EXPECT_EQ(scene()->selectedElements().front().kind, ElementRef::Kind::Flow);
    EXPECT_EQ(window->inspector()->currentPage(), window->inspector()->flowPage());
    EXPECT_TRUE(window->inspector()->flowPage()->portsEdit()->lineEdit()->hasFocus())
        << "the new flow's ports can be typed at once";
    document()->undoStack()->undo();
    EXPECT_EQ(design().flows.size(), 3u);
}

TEST_F(Gestures, ANamespaceConnectorDrawsAFlowFromTheWholeNamespace)
{
    NamespaceItem *ingress = scene()->namespaceItems()[1];
    const QPointF from = ingress->mapToScene(ingress->connectorPos());
    dragOnCanvas(view(), from, workloadItem("api-server")->sceneFrame().center());
    ASSERT_EQ(design().flows.size(), 4u);
    EXPECT_EQ(design().flows.back().from.toString(), "ingress-nginx/*");
    EXPECT_EQ(design().flows.back().to.toString(), "production/api-server");
}

TEST_F(Gestures, TheConnectToolStartsFlowsAnywhereOnAnItem)
{
    window->action(QStringLiteral("actionConnectTool"))->trigger();
    ASSERT_TRUE(scene()->isConnectMode());
    WorkloadItem *database = workloadItem("database");
    const QPointF kubeSystem(330, 350); // the kube-system frame, off its workload
    dragOnCanvas(view(), database->sceneFrame().center(), kubeSystem);
    ASSERT_EQ(design().flows.size(), 4u);
    EXPECT_EQ(design().flows.back().from.toString(), "production/database");
    EXPECT_EQ(design().flows.back().to.toString(), "kube-system/*");
    QTest::keyClick(view(), Qt::Key_Escape);
    EXPECT_FALSE(scene()->isConnectMode());
}

TEST_F(Gestures, MovingANamespaceMovesItsWorkloads)
{
    const std::string before = designText(*document());
    dragOnCanvas(view(), {200, 14}, {300, 74});
    EXPECT_EQ(design().namespaces[0].geometry, (Rect{100, 60, 940, 260}));
    EXPECT_EQ(design().workloads[0].position, (Point{160, 160}));
    EXPECT_EQ(design().workloads[1].position, (Point{460, 160}));
    EXPECT_EQ(design().workloads[2].position, (Point{760, 160}));
    EXPECT_EQ(design().workloads[3].position, (Point{-300, 100})) << "other namespaces stay";
    WorkloadItem *frontend = workloadItem("frontend");
    EXPECT_EQ(frontend->scenePos(), QPointF(160, 160));
    EXPECT_EQ(document()->undoStack()->count(), 1);
    document()->undoStack()->undo();
    EXPECT_EQ(designText(*document()), before);
    EXPECT_EQ(frontend->scenePos(), QPointF(60, 100));
}

TEST_F(Gestures, DraggingAWorkloadIntoAnotherNamespaceMovesItThere)
{
    WorkloadItem *api = workloadItem("api-server");
    const QPointF grab = api->sceneFrame().center();
    dragOnCanvas(view(), grab, {450, 420});
    const int index = indexOfWorkload(design(), "kube-system", "api-server");
    ASSERT_GE(index, 0);
    EXPECT_EQ(design().flows[1].to.toString(), "kube-system/api-server") << "its flows follow";
    EXPECT_EQ(design().flows[2].from.toString(), "kube-system/api-server");
    EXPECT_EQ(scene()->workloadItems()[index]->parentItem(), scene()->namespaceItems()[2]);
}

TEST_F(Gestures, AWorkloadDraggedOntoEmptyCanvasGoesBack)
{
    const std::string before = designText(*document());
    WorkloadItem *api = workloadItem("api-server");
    const QPointF start = api->scenePos();
    dragOnCanvas(view(), api->sceneFrame().center(), {460, 700});
    EXPECT_EQ(designText(*document()), before);
    EXPECT_EQ(api->scenePos(), start);
    EXPECT_EQ(document()->undoStack()->count(), 0);
}

TEST_F(Gestures, KeyboardNudgesMergeIntoOneUndoStep)
{
    scene()->selectElements({refTo(design(), ElementRef::Kind::Workload, 0)});
    view()->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view(), Qt::Key_Right);
    QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(design().workloads[0].position, (Point{120, 101}))
        << "a grid step, and 1 px with Shift";
    EXPECT_EQ(document()->undoStack()->count(), 1) << "a run of nudges is one step";
    scene()->selectElements({refTo(design(), ElementRef::Kind::Workload, 1)});
    QTest::keyClick(view(), Qt::Key_Left);
    EXPECT_EQ(document()->undoStack()->count(), 2) << "another selection starts another step";
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    EXPECT_EQ(design().workloads[0].position, (Point{60, 100}));
    EXPECT_EQ(design().workloads[1].position, (Point{360, 100}));
}

TEST_F(Gestures, DeleteRemovesTheSelectionAndTheFlowsTouchingIt)
{
    const std::string before = designText(*document());
    scene()->selectElements({refTo(design(), ElementRef::Kind::Workload, 1)});
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Delete);
    EXPECT_EQ(design().workloads.size(), 4u);
    EXPECT_EQ(design().flows.size(), 1u);
    EXPECT_EQ(scene()->flowItems().size(), 1);
    document()->undoStack()->undo();
    EXPECT_EQ(designText(*document()), before);
    EXPECT_EQ(scene()->flowItems().size(), 3);
    for (const FlowItem *flow : scene()->flowItems())
        EXPECT_TRUE(flow->isVisible());
}

TEST_F(Gestures, EditingALabelInTheInspectorChangesTheModelAndTheYaml)
{
    scene()->selectElements({refTo(design(), ElementRef::Kind::Workload, 0)});
    ASSERT_EQ(window->inspector()->currentPage(), window->inspector()->workloadPage());
    QTableWidget *table = window->inspector()->workloadPage()->labelsEditor()->table();
    ASSERT_EQ(table->rowCount(), 1);
    table->item(0, 1)->setText(QStringLiteral("web"));
    EXPECT_EQ(design().workloads[0].labels, (Labels{{"app", "web"}}));
    EXPECT_TRUE(window->preview()->isPending()) << "the preview waits for the edits to settle";
    ASSERT_TRUE(waitUntil([&] { return !window->preview()->isPending(); }));
    EXPECT_TRUE(window->preview()->text().contains(QStringLiteral("app: web\n")));
    EXPECT_FALSE(window->preview()->text().contains(QStringLiteral("app: frontend\n")));
    document()->undoStack()->undo();
    ASSERT_TRUE(waitUntil([&] { return !window->preview()->isPending(); }));
    EXPECT_TRUE(window->preview()->text().contains(QStringLiteral("app: frontend\n")));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("frontend"))
        << "the inspector follows undo";
}

TEST_F(Gestures, TheYamlShowsWhatTheSelectedFlowGenerates)
{
    scene()->selectElements({ElementRef::flow(1)}); // frontend -> api-server
    ASSERT_TRUE(waitUntil([&] { return !window->preview()->isPending(); }));
    const QString text = window->preview()->text();
    const auto ranges = window->preview()->highlightedRanges();
    ASSERT_EQ(ranges.size(), 2) << "its egress side and its ingress side";
    QString highlighted;
    for (const auto &[start, end] : ranges)
        highlighted += text.mid(start, end - start);
    EXPECT_TRUE(highlighted.contains(QStringLiteral("name: allow-frontend-to-api-server-egress")));
    EXPECT_TRUE(highlighted.contains(QStringLiteral("name: allow-frontend-to-api-server-ingress")));
    EXPECT_FALSE(highlighted.contains(QStringLiteral("default-deny")));
    EXPECT_EQ(highlighted.count(QStringLiteral("kind: NetworkPolicy")), 2) << "whole documents";

    scene()->selectElements({refTo(design(), ElementRef::Kind::Namespace, 0)});
    EXPECT_EQ(window->preview()->highlightedRanges().size(), window->preview()->policyCount())
        << "production holds every policy of this design";
    scene()->clearSelection();
    EXPECT_TRUE(window->preview()->highlightedRanges().isEmpty());
}

TEST_F(Gestures, RenamingInTheInspectorCarriesTheFlows)
{
    scene()->selectElements({refTo(design(), ElementRef::Kind::Workload, 1)});
    QLineEdit *name = window->inspector()->workloadPage()->nameEdit()->lineEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Api"));
    EXPECT_FALSE(window->inspector()->workloadPage()->nameEdit()->error().isEmpty())
        << "upper case is checked as it is typed";
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(design().workloads[1].name, "api-server") << "an invalid name is not applied";
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("api"));
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(design().workloads[1].name, "api");
    EXPECT_EQ(design().workloads[1].labels, (Labels{{"app", "api"}}))
        << "app=NAME follows the name";
    EXPECT_EQ(design().flows[1].to.toString(), "production/api");
    EXPECT_EQ(design().flows[2].from.toString(), "production/api");
}

TEST_F(Gestures, ADiagnosticClickSelectsAndCentresItsElement)
{
    Workload broken = design().workloads[2];
    broken.labels["app"] = "not valid!";
    window->controller()->editElement(refTo(design(), ElementRef::Kind::Workload, 2), broken);
    DiagnosticsView *diagnostics = window->diagnosticsView();
    diagnostics->refreshNow();
    ASSERT_EQ(diagnostics->list()->topLevelItemCount(), 1);
    EXPECT_EQ(scene()->workloadItems()[2]->problem(), Severity::Error) << "marked on the canvas";
    EXPECT_FALSE(scene()->workloadItems()[1]->problem().has_value());
    scene()->clearSelection();
    view()->centerOn(-800, -600);

    QTreeWidget *list = diagnostics->list();
    const QRect rect = list->visualItemRect(list->topLevelItem(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());

    const QList<ElementRef> selected = scene()->selectedElements();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.front(), refTo(design(), ElementRef::Kind::Workload, 2));
    const QPointF shown = view()->mapToScene(view()->viewport()->rect().center());
    const QPointF item = scene()->workloadItems()[2]->sceneBoundingRect().center();
    EXPECT_LT(QLineF(shown, item).length(), 4.0) << "the element is centred in the canvas";
}
