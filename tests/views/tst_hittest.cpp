// Cards and namespace headers come before flows in hit testing (a click on a card selects the
// card even where a flow is drawn over it; a flow is picked on its line, also inside a
// namespace's body, but never through a card); with Focus on Selection the other flows fade;
// zoomed out, the flows between two namespaces are one bundle with their count.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "views/canvas/bundleitem.h"
#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/flowrouter.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <map>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// Three cards in a row in one namespace; the flow a -> c runs straight over b. The cards are
// further apart than flows are routed around cards (kRoutedSpan), so this flow stays straight;
// routes around cards are tested in tst_routing.
Design row()
{
    Design d;
    d.metadata.name = "row";
    Namespace ns;
    ns.name = "shop";
    ns.geometry = {0, 0, 2400, 240};
    d.namespaces.push_back(ns);
    for (int i = 0; i < 3; ++i) {
        Workload w;
        w.name = std::string(1, char('a' + i));
        w.ns = "shop";
        w.labels = {{"app", w.name}};
        w.ports = {{"http", 8080, Protocol::TCP}};
        w.position = {40.0 + 1000 * i, 100};
        d.workloads.push_back(w);
    }
    d.flows.push_back({Endpoint::workload("shop", "a"), Endpoint::workload("shop", "c"),
                       {FlowPort::number(8080)}});
    return d;
}

// row() with c walled in by eight cards 10 units apart (less than two route clearances): no
// route reaches it, so the flow from a is drawn straight over the wall card on its way.
Design walled()
{
    Design d = row();
    d.namespaces[0].geometry = {0, 0, 2800, 600};
    const double w = CanvasMetrics::kWorkloadWidth + 10, h = CanvasMetrics::kWorkloadHeight + 10;
    d.workloads[1].position = {400, 500};
    d.workloads[2].position = {2000, 260};
    int n = 0;
    for (int dx = -1; dx <= 1; ++dx) {
        for (int dy = -1; dy <= 1; ++dy) {
            if (dx == 0 && dy == 0)
                continue;
            Workload wall = d.workloads[2];
            wall.name = "wall-" + std::to_string(n++);
            wall.labels = {{"app", wall.name}};
            wall.position = {2000 + dx * w, 260 + dy * h};
            d.workloads.push_back(wall);
        }
    }
    return d;
}

} // namespace

TEST(HitTest, CardsComeBeforeTheFlowsDrawnOverThem)
{
    Document document;
    document.reset(walled(), QString());
    DesignScene scene(&document);
    DesignView view(&scene);
    view.resize(1000, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    QCoreApplication::processEvents();

    FlowItem *flow = scene.flowItems().front();
    scene.finishRouting();
    ASSERT_EQ(flow->gaps().size(), 1);
    WorkloadItem *b = nullptr; // the wall card the flow passes over
    for (WorkloadItem *card : scene.workloadItems())
        b = flow->gaps().front().contains(card->sceneFrame()) ? card : b;
    ASSERT_TRUE(b);
    const QLineF line = flow->line();
    // The flow really crosses b: a point of the line inside b's card.
    QPointF onB;
    for (double t = 0; t <= 1; t += 0.01) {
        if (b->sceneBoundingRect().adjusted(10, 10, -10, -10).contains(line.pointAt(t))) {
            onB = line.pointAt(t);
            break;
        }
    }
    ASSERT_FALSE(onB.isNull()) << "the test's flow must cross b";
    ASSERT_TRUE(flow->contains(flow->mapFromScene(onB))) << "and the flow's shape is there";

    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, viewportPoint(&view, onB));
    ASSERT_EQ(scene.selectedElements().size(), 1);
    EXPECT_EQ(scene.selectedElements().front(),
              refTo(document.design(), ElementRef::Kind::Workload, b->index()))
        << "the card, not the flow over it";

    // On the line between a and b (inside the namespace's body): the flow.
    const QRectF a = scene.workloadItems()[0]->sceneBoundingRect();
    QPointF between;
    for (double t = 0; t <= 1; t += 0.01) {
        const QPointF p = line.pointAt(t);
        if (p.x() > a.right() + 20 && p.x() < b->sceneBoundingRect().left() - 20) {
            between = p;
            break;
        }
    }
    ASSERT_FALSE(between.isNull());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier,
                      viewportPoint(&view, between));
    ASSERT_EQ(scene.selectedElements().size(), 1);
    EXPECT_EQ(scene.selectedElements().front(), ElementRef::flow(0));

    // A few pixels off the line, in the namespace's body: the namespace, not the flow.
    const QPointF off = between + QPointF(0, 40);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, viewportPoint(&view, off));
    ASSERT_EQ(scene.selectedElements().size(), 1);
    EXPECT_EQ(scene.selectedElements().front().kind, ElementRef::Kind::Namespace);
    // Ctrl+click adds the flow to the selection.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      viewportPoint(&view, between));
    EXPECT_EQ(scene.selectedElements().size(), 2);
}

TEST(Focus, TheSelectionsFlowsStayAndTheOthersFade)
{
    Design d = row();
    d.flows.push_back({Endpoint::workload("shop", "b"), Endpoint::workload("shop", "c"),
                       {FlowPort::number(8080)}});
    Document document;
    document.reset(d, QString());
    DesignScene scene(&document);
    FlowItem *aToC = scene.flowItems()[0];
    FlowItem *bToC = scene.flowItems()[1];
    const ElementRef a = refTo(document.design(), ElementRef::Kind::Workload, 0);
    scene.selectElements({a});
    EXPECT_FALSE(scene.isFaded(aToC)) << "focus is off: nothing fades";
    EXPECT_FALSE(scene.isFaded(bToC));

    scene.setFocusSelection(true);
    EXPECT_FALSE(scene.isFaded(aToC)) << "a's flow";
    EXPECT_TRUE(scene.isFaded(bToC)) << "not a's";
    // A namespace's selection keeps the flows of its workloads.
    scene.selectElements({refTo(document.design(), ElementRef::Kind::Namespace, 0)});
    EXPECT_FALSE(scene.isFaded(aToC));
    EXPECT_FALSE(scene.isFaded(bToC));
    // A selected flow itself, and nothing selected: nothing fades.
    scene.selectElements({ElementRef::flow(1)});
    EXPECT_TRUE(scene.isFaded(aToC));
    EXPECT_FALSE(scene.isFaded(bToC));
    scene.clearSelection();
    EXPECT_FALSE(scene.isFaded(aToC));
    EXPECT_FALSE(scene.isFaded(bToC));
}

TEST(Bundles, OneEdgePerPairOfNamespacesWithTheCountOfTheirFlows)
{
    Document document;
    bool ok = false;
    document.open(QString::fromStdString(examplePath("online-shop.netpol.yaml")), &ok);
    ASSERT_TRUE(ok);
    DesignScene scene(&document);
    // Count the flows between workloads or namespaces of two namespaces by hand; the flows
    // inside one namespace are its inner bundle, (ns, ns).
    std::map<std::pair<std::string, std::string>, int> expected;
    for (const Flow &f : document.design().flows) {
        if (f.from.kind == Endpoint::Kind::External || f.to.kind == Endpoint::Kind::External
            || f.from.kind == Endpoint::Kind::AllNamespaces
            || f.to.kind == Endpoint::Kind::AllNamespaces)
            continue;
        ++expected[std::minmax(f.from.ns, f.to.ns)];
    }
    ASSERT_FALSE(expected.empty());
    std::map<std::pair<std::string, std::string>, int> bundled;
    for (const BundleItem *b : scene.bundleItems())
        bundled[std::minmax(b->first()->ns().name, b->second()->ns().name)] = b->count();
    EXPECT_EQ(bundled, expected);
    const BundleItem *first = scene.bundleItems().front();
    EXPECT_EQ(first->label(), first->count() == 1 ? QStringLiteral("1 flow")
                                                  : QStringLiteral("%1 flows").arg(first->count()));
    EXPECT_TRUE(first->toolTip().contains(QStringLiteral("→")));

    // A new flow across namespaces joins its bundle after the edit.
    EditController controller(&document);
    const auto across = std::find_if(expected.begin(), expected.end(), [](const auto &pair) {
        return pair.first.first != pair.first.second;
    });
    ASSERT_NE(across, expected.end());
    const auto [nsA, nsB] = across->first;
    const int before = across->second;
    const Workload *from = nullptr;
    const Workload *to = nullptr;
    for (const Workload &w : document.design().workloads) {
        from = !from && w.ns == nsA ? &w : from;
        to = !to && w.ns == nsB ? &w : to;
    }
    ASSERT_TRUE(from && to);
    const QList<BundleItem *> bundlesBefore = scene.bundleItems();
    controller.connectElements(refTo(document.design(), ElementRef::Kind::Workload,
                                     int(from - document.design().workloads.data())),
                               refTo(document.design(), ElementRef::Kind::Workload,
                                     int(to - document.design().workloads.data())));
    int after = 0;
    for (const BundleItem *b : scene.bundleItems()) {
        if (std::minmax(b->first()->ns().name, b->second()->ns().name) == std::minmax(nsA, nsB))
            after = b->count();
    }
    EXPECT_EQ(after, before + 1);
    // The bundles are kept, not made anew: an edit repaints only the ones it changes.
    EXPECT_EQ(scene.bundleItems(), bundlesBefore);
}

TEST(Bundles, ZoomedOutTheViewSkipsTheFlowsButNotTheSelectedOnes)
{
    Document document;
    bool ok = false;
    document.open(QString::fromStdString(examplePath("online-shop.netpol.yaml")), &ok);
    ASSERT_TRUE(ok);
    DesignScene scene(&document);
    DesignView view(&scene);
    ASSERT_FALSE(scene.flowItems().isEmpty());
    ASSERT_FALSE(scene.bundleItems().isEmpty());
    auto drawn = [](const QGraphicsItem *item) {
        return !(item->flags() & QGraphicsItem::ItemHasNoContents);
    };
    auto countDrawn = [&](const auto &items) {
        return int(std::count_if(items.begin(), items.end(), drawn));
    };
    EXPECT_EQ(countDrawn(scene.flowItems()), scene.flowItems().size());
    EXPECT_EQ(countDrawn(scene.bundleItems()), 0) << "zoomed in, bundles draw nothing";

    view.setZoom(BundleItem::kZoom * 0.5);
    EXPECT_TRUE(scene.isZoomedOut());
    EXPECT_EQ(countDrawn(scene.flowItems()), 0) << "the bundles stand for the flows";
    EXPECT_EQ(countDrawn(scene.bundleItems()), scene.bundleItems().size());

    FlowItem *flow = scene.flowItems().front();
    flow->setSelected(true);
    EXPECT_TRUE(drawn(flow)) << "a selected flow is drawn at every zoom";
    flow->setSelected(false);
    EXPECT_FALSE(drawn(flow));

    // A rubber band over everything still takes the flows, drawn or not.
    QPainterPath everything;
    everything.addRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10));
    scene.setSelectionArea(everything);
    EXPECT_FALSE(scene.selectedItems().isEmpty());
    EXPECT_TRUE(std::all_of(scene.flowItems().begin(), scene.flowItems().end(),
                            [](const FlowItem *f) { return f->isSelected(); }));
    scene.clearSelection();
    // Select All still selects every flow, drawn or not.
    scene.selectAllElements();
    for (const FlowItem *f : scene.flowItems())
        EXPECT_TRUE(f->isSelected());
    scene.clearSelection();

    // Edits while zoomed out: new bundles are drawn, flows still skipped.
    EditController controller(&document);
    const Design &d = document.design();
    controller.connectElements(refTo(d, ElementRef::Kind::Workload, 0),
                               refTo(d, ElementRef::Kind::Workload, int(d.workloads.size()) - 1));
    EXPECT_EQ(countDrawn(scene.flowItems()), 0);
    EXPECT_EQ(countDrawn(scene.bundleItems()), scene.bundleItems().size());

    view.setZoom(1.0);
    EXPECT_FALSE(scene.isZoomedOut());
    EXPECT_EQ(countDrawn(scene.flowItems()), scene.flowItems().size());
    EXPECT_EQ(countDrawn(scene.bundleItems()), 0);
}

TEST(LongFlows, AreRoutedAroundTheCardsInTheirWay)
{
    Document document;
    document.reset(row(), QString());
    DesignScene scene(&document);
    scene.finishRouting();
    FlowItem *flow = scene.flowItems().front();
    const QRectF b = scene.workloadItems()[1]->sceneFrame();
    const QRectF ends =
        scene.workloadItems()[0]->sceneFrame() | scene.workloadItems()[2]->sceneFrame();
    ASSERT_GT(ends.width(), 1800) << "a long flow: routed through the corridors";
    EXPECT_GT(flow->route().size(), 2) << "bent around b";
    EXPECT_EQ(FlowRouter::crossings(flow->route(), {b}), 0);
    EXPECT_TRUE(flow->gaps().isEmpty()) << "routed, it needs no gaps";
    EXPECT_FALSE(flow->labelRect().intersects(b)) << "its label covers no card either";
}

TEST(LongFlows, WithNoWayThroughAreBrokenUnderTheCardsTheyPass)
{
    Document document;
    document.reset(walled(), QString());
    DesignScene scene(&document);
    scene.setShowGrid(false);
    scene.finishRouting();
    FlowItem *flow = scene.flowItems().front();
    const QLineF line = flow->line();
    EXPECT_EQ(flow->route().size(), 2) << "no way through: straight";
    ASSERT_EQ(flow->gaps().size(), 1) << "the one wall card it passes, not its ends";
    const QRectF wall = flow->gaps().front();
    EXPECT_FALSE(flow->labelRect().intersects(wall)) << "its label covers no card either";

    // Drawn: in the gap the namespace's body shows, not the flow; further away the flow is
    // there.
    auto pixelOnLine = [&](double x) {
        const QPointF p(x, line.pointAt((x - line.x1()) / line.dx()).y());
        QImage image(9, 9, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(0, 0, 9, 9), QRectF(p - QPointF(4.5, 4.5), QSizeF(9, 9)));
        painter.end();
        return image.pixelColor(4, 4);
    };
    const QColor inGap = pixelOnLine(wall.center().x());
    const QColor onLine = pixelOnLine(wall.left() - 200);
    EXPECT_NE(inGap, onLine);
    EXPECT_LT(std::abs(onLine.lightness() - CanvasStyle::flowColor().lightness()),
              std::abs(inGap.lightness() - CanvasStyle::flowColor().lightness()));

    // A gap in the wall opens (its left card moves away): the flow is routed through it.
    EditController controller(&document);
    int left = -1;
    for (int i = 0; i < int(document.design().workloads.size()); ++i)
        if (document.design().workloads[std::size_t(i)].position.x < 1900
            && document.design().workloads[std::size_t(i)].position.y == 260)
            left = i;
    ASSERT_GE(left, 0);
    controller.moveElements({refTo(document.design(), ElementRef::Kind::Workload, left)},
                            {0, 250}, false);
    scene.finishRouting();
    EXPECT_TRUE(scene.flowItems().front()->gaps().isEmpty());
    EXPECT_GT(scene.flowItems().front()->route().size(), 2);
}
