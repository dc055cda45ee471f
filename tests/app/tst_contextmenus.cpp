// The canvas's right-click menus, F2, Tools > Align and the toolbar: each edit is one undo
// step that restores the design exactly; every action is in a menu; tooltips name shortcuts.

#include "viewtestsupport.h"

#include "checkconnectiondialog.h"
#include "document.h"
#include "editcontroller.h"
#include "mainwindow.h"

#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/inlinerenamer.h"

#include "support/testsupport.h"

#include "model/design/designalign.h"
#include "model/design/designoperations.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QGraphicsItem>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

struct Fixture
{
    MainWindow window;
    Fixture()
    {
        window.resize(1200, 800);
        window.show();
        window.openFile(QString::fromStdString(examplePath("production.netpol.yaml")));
    }
    Document &doc() { return *window.document(); }
    const Design &design() { return window.document()->design(); }
    ElementRef workload(const char *ns, const char *name)
    {
        return refTo(design(), ElementRef::Kind::Workload, indexOfWorkload(design(), ns, name));
    }
    ElementRef ns(const char *name)
    {
        return refTo(design(), ElementRef::Kind::Namespace, indexOfNamespace(design(), name));
    }
    QPointF centreOf(const ElementRef &e)
    {
        return window.scene()->itemFor(e)->sceneBoundingRect().center();
    }
    // Right-click at a point, as the view does: the element there is selected first.
    std::unique_ptr<QMenu> menuAt(QPointF scenePos, const ElementRef &select = {})
    {
        if (select.kind != ElementRef::Kind::None)
            window.scene()->selectElements({select});
        else
            window.scene()->clearSelection();
        return std::unique_ptr<QMenu>(window.contextMenuFor(scenePos));
    }
    void trigger(QMenu *menu, const char *name)
    {
        QAction *a = menu->findChild<QAction *>(name);
        if (!a) {
            for (QAction *candidate : menu->findChildren<QAction *>()) {
                if (candidate->objectName() == QLatin1String(name))
                    a = candidate;
            }
        }
        ASSERT_TRUE(a) << name;
        a->trigger();
    }
    // One undo step that restores the design exactly, and redoes.
    void expectOneUndoStep(const std::string &before)
    {
        const std::string after = designText(doc());
        ASSERT_NE(after, before) << "nothing changed";
        EXPECT_EQ(doc().undoStack()->count(), 1);
        doc().undoStack()->undo();
        EXPECT_EQ(designText(doc()), before);
        doc().undoStack()->redo();
        EXPECT_EQ(designText(doc()), after);
    }
};

QStringList actionNames(QMenu *menu)
{
    QStringList names;
    for (QAction *a : menu->actions())
        names << (a->menu() ? a->menu()->menuAction()->objectName() : a->objectName());
    names.removeAll(QString());
    return names;
}

} // namespace

TEST(ContextMenus, EachKindOfElementGetsItsOwnActions)
{
    Fixture f;
    const ElementRef frontend = f.workload("production", "frontend");
    EXPECT_EQ(actionNames(f.menuAt(f.centreOf(frontend), frontend).get()),
              (QStringList{"contextFlowFrom", "contextFlowTo", "contextSelectFlows",
                           "contextCheckConnection", "contextRename", "contextDelete"}));
    const ElementRef production = f.ns("production");
    const QPointF inside(f.design().namespaces[0].geometry.x + 20,
                         f.design().namespaces[0].geometry.y + 230);
    EXPECT_EQ(actionNames(f.menuAt(inside, production).get()),
              (QStringList{"contextAddWorkload", "contextSelectContents", "contextManaged",
                           "contextDefaultDeny", "contextRename", "contextDelete"}));
    EXPECT_EQ(actionNames(f.menuAt(QPointF(-2000, -2000)).get()).mid(0, 2),
              (QStringList{"contextPaste", "contextAddNamespace"}));
    const QPointF onFlow(310, 138); // frontend -> api-server, between the two cards
    const auto flowMenu = f.menuAt(onFlow, ElementRef::flow(1));
    EXPECT_EQ(actionNames(flowMenu.get()),
              (QStringList{"contextReverse", "contextEditPorts", "contextDelete"}));
}

TEST(ContextMenus, WorkloadActionsAreUndoable)
{
    {
        Fixture f;
        const std::string before = designText(f.doc());
        const ElementRef frontend = f.workload("production", "frontend");
        f.trigger(f.menuAt(f.centreOf(frontend), frontend).get(), "contextDelete");
        f.expectOneUndoStep(before);
    }
    for (const char *action : {"contextFlowFrom", "contextFlowTo"}) {
        SCOPED_TRACE(action);
        Fixture f;
        const std::string before = designText(f.doc());
        const ElementRef frontend = f.workload("production", "frontend");
        const ElementRef database = f.workload("production", "database");
        f.trigger(f.menuAt(f.centreOf(frontend), frontend).get(), action);
        EXPECT_TRUE(f.window.scene()->isPickingFlow());
        f.window.scene()->finishFlowPick(f.centreOf(database));
        EXPECT_FALSE(f.window.scene()->isPickingFlow());
        ASSERT_EQ(f.design().flows.size(), 4u);
        const Flow &added = f.design().flows.back();
        const bool from = std::string(action) == "contextFlowFrom";
        EXPECT_EQ(added.from.toString(), from ? "production/frontend" : "production/database");
        EXPECT_EQ(added.to.toString(), from ? "production/database" : "production/frontend");
        f.expectOneUndoStep(before);
    }
}

TEST(ContextMenus, AFlowPickEndsWithoutAFlowOnEmptyCanvasOrEscape)
{
    Fixture f;
    const ElementRef frontend = f.workload("production", "frontend");
    f.trigger(f.menuAt(f.centreOf(frontend), frontend).get(), "contextFlowFrom");
    f.window.scene()->finishFlowPick(QPointF(-3000, -3000));
    EXPECT_FALSE(f.window.scene()->isPickingFlow());
    f.trigger(f.menuAt(f.centreOf(frontend), frontend).get(), "contextFlowTo");
    f.window.view()->setFocus();
    QTest::keyClick(f.window.view(), Qt::Key_Escape);
    EXPECT_FALSE(f.window.scene()->isPickingFlow());
    EXPECT_EQ(f.doc().undoStack()->count(), 0);
}

TEST(ContextMenus, SelectItsFlowsAndCheckConnection)
{
    Fixture f;
    const ElementRef api = f.workload("production", "api-server");
    f.trigger(f.menuAt(f.centreOf(api), api).get(), "contextSelectFlows");
    const QList<ElementRef> selected = f.window.scene()->selectedElements();
    ASSERT_EQ(selected.size(), 2);
    for (const ElementRef &e : selected)
        EXPECT_EQ(e.kind, ElementRef::Kind::Flow);
    f.trigger(f.menuAt(f.centreOf(api), api).get(), "contextCheckConnection");
    auto *dialog = f.window.findChild<CheckConnectionDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
}

TEST(ContextMenus, RenameInPlaceWithF2AndFromTheMenu)
{
    Fixture f;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.window));
    const std::string before = designText(f.doc());
    const ElementRef api = f.workload("production", "api-server");
    f.window.scene()->selectElements({api});
    f.window.view()->setFocus();
    QTest::keyClick(f.window.view(), Qt::Key_F2);
    InlineRenamer *renamer = f.window.renamer();
    ASSERT_TRUE(renamer->isEditing());
    EXPECT_EQ(renamer->editor()->text(), "api-server");
    renamer->editor()->setText("api");
    QTest::keyClick(renamer->editor(), Qt::Key_Return);
    EXPECT_FALSE(renamer->isEditing());
    EXPECT_GE(indexOfWorkload(f.design(), "production", "api"), 0);
    EXPECT_EQ(f.design().flows[1].to.toString(), "production/api") << "flows follow";
    f.expectOneUndoStep(before);

    // Esc leaves the name alone.
    const ElementRef ns = f.ns("production");
    f.trigger(f.menuAt(QPointF(40, 230), ns).get(), "contextRename");
    ASSERT_TRUE(renamer->isEditing());
    renamer->editor()->setText("other");
    QTest::keyClick(renamer->editor(), Qt::Key_Escape);
    EXPECT_FALSE(renamer->isEditing());
    EXPECT_EQ(f.design().namespaces[0].name, "production");
}

TEST(ContextMenus, FlowActionsAreUndoable)
{
    {
        Fixture f;
        const std::string before = designText(f.doc());
        f.trigger(f.menuAt(QPointF(310, 138), ElementRef::flow(1)).get(), "contextReverse");
        EXPECT_EQ(f.design().flows[1].from.toString(), "production/api-server");
        EXPECT_EQ(f.design().flows[1].to.toString(), "production/frontend");
        f.expectOneUndoStep(before);
    }
    {
        Fixture f;
        const std::string before = designText(f.doc());
        f.trigger(f.menuAt(QPointF(310, 138), ElementRef::flow(1)).get(), "contextDelete");
        EXPECT_EQ(f.design().flows.size(), 2u);
        f.expectOneUndoStep(before);
    }
    Fixture f;
    f.trigger(f.menuAt(QPointF(310, 138), ElementRef::flow(1)).get(), "contextEditPorts");
    EXPECT_EQ(f.window.scene()->selectedElements(), QList<ElementRef>{ElementRef::flow(1)});
    EXPECT_EQ(f.doc().undoStack()->count(), 0);
}

TEST(ContextMenus, NamespaceActionsAreUndoable)
{
    for (const char *action : {"contextAdd:workload/StatefulSet", "contextManaged",
                               "contextDenyIngress", "contextDenyNone", "contextDelete"}) {
        SCOPED_TRACE(action);
        Fixture f;
        const std::string before = designText(f.doc());
        const ElementRef production = f.ns("production");
        const QPointF inside(40, 230);
        f.trigger(f.menuAt(inside, production).get(), action);
        f.expectOneUndoStep(before);
        const Namespace &ns = f.design().namespaces[0];
        const std::string name = action;
        if (name == "contextManaged") {
            EXPECT_FALSE(ns.managed);
        } else if (name == "contextDenyIngress") {
            EXPECT_TRUE(ns.defaultDeny.ingress && !ns.defaultDeny.egress);
        } else if (name == "contextDenyNone") {
            EXPECT_FALSE(ns.defaultDeny.any());
        }
        if (name == "contextAdd:workload/StatefulSet") {
            ASSERT_EQ(f.design().workloads.size(), 6u);
            EXPECT_EQ(f.design().workloads.back().ns, "production");
            EXPECT_EQ(f.design().workloads.back().kind, WorkloadKind::StatefulSet);
        }
    }
    Fixture f;
    f.trigger(f.menuAt(QPointF(40, 230), f.ns("production")).get(), "contextSelectContents");
    EXPECT_EQ(f.window.scene()->selectedElements().size(), 3);
}

TEST(ContextMenus, EmptyCanvasAddsANamespaceHereAndPastes)
{
    Fixture f;
    const std::string before = designText(f.doc());
    f.trigger(f.menuAt(QPointF(1400, 600)).get(), "contextAddNamespace");
    ASSERT_EQ(f.design().namespaces.size(), 4u);
    EXPECT_NEAR(f.design().namespaces.back().geometry.x, 1400, 40);
    f.expectOneUndoStep(before);
    f.doc().undoStack()->undo();
    f.window.controller()->copy({f.workload("production", "frontend")});
    f.trigger(f.menuAt(QPointF(1400, 600)).get(), "contextPaste");
    EXPECT_EQ(f.design().workloads.size(), 6u);
}

TEST(Align, EachAlignmentAndDistributionIsOneUndoStep)
{
    for (const char *action :
         {"actionAlignLeft", "actionAlignCentre", "actionAlignRight", "actionAlignTop",
          "actionAlignMiddle", "actionAlignBottom", "actionDistributeHorizontally",
          "actionDistributeVertically"}) {
        SCOPED_TRACE(action);
        Fixture f;
        // Three namespaces of different sizes and places.
        const std::string before = designText(f.doc());
        const QList<ElementRef> all{f.ns("production"), f.ns("ingress-nginx"), f.ns("kube-system")};
        f.window.scene()->selectElements(all);
        f.window.action(action)->trigger();
        f.expectOneUndoStep(before);
        std::vector<Rect> boxes;
        for (const ElementRef &e : all)
            boxes.push_back(*elementBox(f.design(), e));
        const std::string a = action;
        if (a == "actionAlignLeft") {
            EXPECT_EQ(boxes[0].x, -320);
            EXPECT_EQ(boxes[1].x, -320);
            EXPECT_EQ(boxes[2].x, -320);
            // The workloads came along with their namespace.
            EXPECT_EQ(f.design().workloads[0].position.x, 60 - 320);
        } else if (a == "actionAlignRight") {
            for (const Rect &r : boxes)
                EXPECT_EQ(r.x + r.width, 940);
        } else if (a == "actionAlignTop") {
            for (const Rect &r : boxes)
                EXPECT_EQ(r.y, 0);
        } else if (a == "actionAlignBottom") {
            for (const Rect &r : boxes)
                EXPECT_EQ(r.y + r.height, 500);
        } else if (a == "actionAlignCentre") {
            for (const Rect &r : boxes)
                EXPECT_DOUBLE_EQ(r.x + r.width / 2, (-320 + 940) / 2.0);
        } else if (a == "actionAlignMiddle") {
            for (const Rect &r : boxes)
                EXPECT_DOUBLE_EQ(r.y + r.height / 2, 250);
        } else if (a == "actionDistributeVertically") {
            // Sorted by centre: production (0-260), ingress-nginx (40-220), kube-system
            // (320-500): the outer two stay, the gaps are equal.
            EXPECT_EQ(boxes[0].y, 0);
            EXPECT_EQ(boxes[2].y, 320);
            const double gap1 = boxes[1].y - 260;
            const double gap2 = 320 - (boxes[1].y + 180);
            EXPECT_DOUBLE_EQ(gap1, gap2);
        } else if (a == "actionDistributeHorizontally") {
            // ingress-nginx (-320..-80), kube-system (300..600), production (0..940) by
            // centre: ingress, kube-system, production.
            EXPECT_EQ(boxes[1].x, -320);
            EXPECT_EQ(boxes[0].x, 0);
            const double gap1 = boxes[2].x - (-80);
            const double gap2 = 0 - (boxes[2].x + 300);
            EXPECT_DOUBLE_EQ(gap1, gap2);
        }
    }
}

TEST(Align, RefusesTooFewElementsAndAWorkloadLeavingItsNamespace)
{
    Fixture f;
    QSignalSpy refusals(f.window.controller(), &EditController::refused);
    f.window.scene()->selectElements({f.ns("production")});
    f.window.action("actionAlignLeft")->trigger();
    f.window.scene()->selectElements(
        {f.ns("production"), f.ns("ingress-nginx")});
    f.window.action("actionDistributeHorizontally")->trigger();
    // coredns (in kube-system, x 360) aligned with the ingress controller (x -300) would leave
    // its namespace.
    f.window.scene()->selectElements(
        {f.workload("kube-system", "coredns"),
         f.workload("ingress-nginx", "ingress-nginx-controller")});
    f.window.action("actionAlignLeft")->trigger();
    EXPECT_EQ(refusals.count(), 3);
    EXPECT_EQ(f.doc().undoStack()->count(), 0);
}

TEST(Menus, EveryActionIsInAMenuAndTooltipsNameShortcuts)
{
    MainWindow window;
    QSet<QAction *> reachable;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            reachable.insert(a);
            if (a->menu())
                walk(a->menu());
        }
    };
    for (QAction *top : window.menuBar()->actions())
        walk(top->menu());
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->isSeparator() || a->objectName().isEmpty() || a->text().isEmpty())
            continue;
        if (a->objectName().startsWith("toolbar")) // the toolbar's Undo and Redo buttons
            continue;
        if (a->parent() != &window) // a dock's own actions (its toggle, its context menu)
            continue;
        EXPECT_TRUE(reachable.contains(a)) << a->objectName().toStdString();
    }
    for (const char *name : {"actionSave", "actionArrange", "actionFit", "actionZoomIn",
                             "actionRename", "actionSelectTool", "actionExport"}) {
        QAction *a = window.action(name);
        ASSERT_TRUE(a) << name;
        EXPECT_TRUE(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)))
            << name << ": " << a->toolTip().toStdString();
    }
    auto *bar = window.findChild<QToolBar *>("mainToolBar");
    ASSERT_TRUE(bar);
    for (QAction *a : bar->actions()) {
        if (!a->isSeparator()) {
            EXPECT_FALSE(a->icon().isNull()) << a->objectName().toStdString();
        }
    }
}
