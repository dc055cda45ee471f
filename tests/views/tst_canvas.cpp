// The canvas as a projection of the design: items follow edits and undo, flows stay attached,
// parallel and opposite flows stay apart, and flows keep local bounding rectangles.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "views/canvas/designscene.h"
#include "views/canvas/externalitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"

#include "support/testsupport.h"

#include "model/design/designoperations.h"

#include <gtest/gtest.h>

#include <QUndoStack>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

void openExample(Document &document, const char *name)
{
    bool ok = false;
    document.open(QString::fromStdString(examplePath(name)), &ok);
    ASSERT_TRUE(ok) << name;
}

void expectSceneMatches(const DesignScene &scene, const Design &design)
{
    ASSERT_EQ(scene.namespaceItems().size(), qsizetype(design.namespaces.size()));
    ASSERT_EQ(scene.workloadItems().size(), qsizetype(design.workloads.size()));
    ASSERT_EQ(scene.externalItems().size(), qsizetype(design.externals.size()));
    ASSERT_EQ(scene.flowItems().size(), qsizetype(design.flows.size()));
    for (std::size_t i = 0; i < design.namespaces.size(); ++i) {
        const Rect &g = design.namespaces[i].geometry;
        EXPECT_EQ(scene.namespaceItems()[qsizetype(i)]->sceneFrame(),
                  QRectF(g.x, g.y, g.width, g.height));
    }
    for (std::size_t i = 0; i < design.workloads.size(); ++i) {
        const Workload &w = design.workloads[i];
        const WorkloadItem *item = scene.workloadItems()[qsizetype(i)];
        EXPECT_EQ(item->workload(), w);
        EXPECT_EQ(item->scenePos(), QPointF(w.position.x, w.position.y)) << w.name;
        const auto *parent = qgraphicsitem_cast<const NamespaceItem *>(item->parentItem());
        ASSERT_NE(parent, nullptr) << w.name;
        EXPECT_EQ(parent->ns().name, w.ns);
    }
    for (std::size_t i = 0; i < design.flows.size(); ++i) {
        const FlowItem *flow = scene.flowItems()[qsizetype(i)];
        EXPECT_EQ(flow->flow(), design.flows[i]);
        EXPECT_TRUE(flow->isComplete())
            << design.flows[i].from.toString() << " -> " << design.flows[i].to.toString();
    }
}

bool onBorder(const QRectF &rect, QPointF p)
{
    const bool inside = rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(p);
    const double edge = std::min({std::abs(p.x() - rect.left()), std::abs(p.x() - rect.right()),
                                  std::abs(p.y() - rect.top()), std::abs(p.y() - rect.bottom())});
    return inside && edge < 0.5;
}

double distanceToLine(QPointF p, const QLineF &line)
{
    const QPointF d = line.p2() - line.p1();
    const double length = std::hypot(d.x(), d.y());
    return std::abs(d.y() * p.x() - d.x() * p.y() + line.p2().x() * line.p1().y()
                    - line.p2().y() * line.p1().x())
        / length;
}

} // namespace

TEST(Canvas, TheSceneMirrorsTheDesignThroughEditsAndUndo)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    DesignScene scene(&document);
    expectSceneMatches(scene, document.design());

    EditController controller(&document);
    const Design &d = document.design();
    controller.removeElements({refTo(d, ElementRef::Kind::Namespace, 2)}); // payments
    expectSceneMatches(scene, d);
    Namespace storefront = d.namespaces[1];
    storefront.name = "shop";
    controller.editElement(refTo(d, ElementRef::Kind::Namespace, 1), storefront);
    expectSceneMatches(scene, d);
    controller.moveElements({refTo(d, ElementRef::Kind::Namespace, 1)}, {40, 40}, false);
    expectSceneMatches(scene, d);
    controller.duplicate({refTo(d, ElementRef::Kind::Namespace, 1)});
    expectSceneMatches(scene, d);
    while (document.undoStack()->canUndo()) {
        document.undoStack()->undo();
        expectSceneMatches(scene, d);
    }
    while (document.undoStack()->canRedo()) {
        document.undoStack()->redo();
        expectSceneMatches(scene, d);
    }
}

TEST(Canvas, FlowsFollowTheirEnds)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    DesignScene scene(&document);
    const FlowItem *flow = scene.flowItems()[1]; // frontend -> api-server
    const QLineF before = flow->line();
    EditController controller(&document);
    controller.moveElements({refTo(document.design(), ElementRef::Kind::Workload, 1)}, {0, 60},
                            false);
    const QLineF after = flow->line();
    EXPECT_GT(after.p2().y(), before.p2().y() + 20) << "the tip followed the destination";
    EXPECT_TRUE(onBorder(scene.workloadItems()[0]->sceneFrame(), after.p1()))
        << "starts on the source";
    EXPECT_TRUE(onBorder(scene.workloadItems()[1]->sceneFrame(), after.p2()))
        << "ends on the destination";
}

TEST(Canvas, FlowsBetweenTheSamePairStayApart)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    EditController controller(&document);
    const Design &d = document.design();
    const ElementRef frontend = refTo(d, ElementRef::Kind::Workload, 0);
    const ElementRef api = refTo(d, ElementRef::Kind::Workload, 1);
    controller.connectElements(api, frontend); // the opposite direction
    controller.connectElements(frontend, api); // a second one the same way
    DesignScene scene(&document);
    const QList<FlowItem *> pair = {scene.flowItems()[1], scene.flowItems()[3],
                                    scene.flowItems()[4]};
    for (int i = 0; i < pair.size(); ++i) {
        for (int j = i + 1; j < pair.size(); ++j) {
            SCOPED_TRACE(testing::Message() << i << ", " << j);
            const QLineF a = pair[i]->line();
            const QLineF b = pair[j]->line();
            EXPECT_GE(distanceToLine(b.center(), a), FlowLanes::kSpacing - 0.5) << "lanes apart";
            EXPECT_FALSE(pair[i]->labelRect().intersects(pair[j]->labelRect())) << "labels apart";
        }
    }
    const QLineF reverse = pair[1]->line();
    EXPECT_GT(reverse.p1().x(), reverse.p2().x()) << "api-server -> frontend points left";
}

TEST(Canvas, FlowBoundsStayLocal)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    DesignScene scene(&document);
    const QRectF all = scene.designBounds();
    for (const FlowItem *flow : scene.flowItems()) {
        ASSERT_TRUE(flow->isVisible());
        QRectF ends;
        for (const NodeItem *node : {flow->source(), flow->target()}) {
            if (node)
                ends |= node->sceneFrame();
        }
        const QRectF bounds = flow->sceneBoundingRect();
        EXPECT_TRUE(ends.adjusted(-240, -60, 240, 60).contains(bounds))
            << flow->flow().from.toString() << " -> " << flow->flow().to.toString();
        EXPECT_LT(bounds.width() * bounds.height(), all.width() * all.height() / 4);
    }
}

TEST(Canvas, AnEveryPodEndIsAStubWithABadge)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    DesignScene scene(&document);
    const FlowItem *stub = scene.flowItems().back(); // monitoring/prometheus -> */*
    ASSERT_EQ(stub->flow().to.kind, Endpoint::Kind::AllNamespaces);
    EXPECT_TRUE(stub->isComplete());
    EXPECT_EQ(stub->target(), nullptr);
    EXPECT_NEAR(stub->line().length(), 120, 1);
    EXPECT_EQ(stub->label(), QStringLiteral("9100-9199/TCP"));
}

TEST(Canvas, SelectionSpeaksInDesignTerms)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    DesignScene scene(&document);
    const Design &d = document.design();
    const QList<ElementRef> wanted = {
        refTo(d, ElementRef::Kind::Namespace, 1), refTo(d, ElementRef::Kind::Workload, 3),
        refTo(d, ElementRef::Kind::External, 0), refTo(d, ElementRef::Kind::Flow, 2)};
    scene.selectElements(wanted);
    EXPECT_EQ(scene.selectedElements(), wanted);
    EXPECT_EQ(scene.selectedElements()[1].name, "payment-api");
}
