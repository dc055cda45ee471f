// Flows are routed around cards: no route of the bundled examples crosses a card, port pills
// cover no card, routes follow their ends, and the router finds free routes through the
// channels between cards laid out in a grid.

#include "viewtestsupport.h"

#include "document.h"
#include "views/canvas/designscene.h"
#include "views/canvas/externalitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/flowrouter.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <tuple>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

QList<NodeItem *> cards(const DesignScene &scene)
{
    QList<NodeItem *> all;
    for (WorkloadItem *w : scene.workloadItems())
        all << w;
    for (ExternalItem *e : scene.externalItems())
        all << e;
    return all;
}

// The cards a flow's route passes through, other than its own ends.
QStringList crossedCards(const DesignScene &scene, const FlowItem *flow)
{
    QStringList crossed;
    for (NodeItem *card : cards(scene)) {
        if (card == flow->source() || card == flow->target())
            continue;
        if (FlowRouter::crossings(flow->route(), {card->sceneFrame()}) > 0)
            crossed << QStringLiteral("the card at %1,%2").arg(card->sceneFrame().x()).arg(card->sceneFrame().y());
    }
    return crossed;
}

bool isOrthogonal(const QPolygonF &route)
{
    for (int i = 0; i + 1 < route.size(); ++i)
        if (route[i].x() != route[i + 1].x() && route[i].y() != route[i + 1].y())
            return false;
    return true;
}

bool onBorder(const QRectF &rect, QPointF p)
{
    const bool inX = p.x() >= rect.left() - 0.5 && p.x() <= rect.right() + 0.5;
    const bool inY = p.y() >= rect.top() - 0.5 && p.y() <= rect.bottom() + 0.5;
    return inX && inY
        && (std::abs(p.x() - rect.left()) < 0.5 || std::abs(p.x() - rect.right()) < 0.5
            || std::abs(p.y() - rect.top()) < 0.5 || std::abs(p.y() - rect.bottom()) < 0.5);
}

} // namespace

TEST(Routing, NoRouteOfTheExamplesCrossesACard)
{
    for (const std::string &file : listFiles(NETPOL_EXAMPLES_DIR, ".netpol.yaml")) {
        SCOPED_TRACE(file);
        Document document;
        bool ok = false;
        document.open(QString::fromStdString(file), &ok);
        ASSERT_TRUE(ok);
        DesignScene scene(&document);
        scene.finishRouting();
        int routed = 0;
        for (FlowItem *flow : scene.flowItems()) {
            if (!flow->isVisible())
                continue;
            const QString name = QString::fromStdString(flow->flow().from.toString() + " -> "
                                                        + flow->flow().to.toString());
            EXPECT_TRUE(crossedCards(scene, flow).isEmpty())
                << name.toStdString() << " crosses " << crossedCards(scene, flow).join(", ").toStdString();
            for (NodeItem *card : cards(scene))
                EXPECT_FALSE(card->sceneFrame().intersects(flow->labelRect()) && card != flow->source()
                             && card != flow->target())
                    << "the ports of " << name.toStdString() << " cover a card";
            routed += flow->route().size() > 2;
        }
        SCOPED_TRACE(routed);
    }
}

TEST(Routing, ARouteGoesAroundTheCardInTheWayAndFollowsItsEnds)
{
    // a, b and c in a row: the flow a -> c would run straight through b.
    Design d;
    d.metadata.name = "row";
    d.namespaces.push_back(Namespace{"shop", {}, true, DirectionSet::both(), {0, 0, 900, 300}});
    for (int i = 0; i < 3; ++i)
        d.workloads.push_back(Workload{std::string(1, char('a' + i)), "shop", WorkloadKind::Deployment,
                                       {{"app", std::string(1, char('a' + i))}}, {}, {40.0 + 300 * i, 100}});
    d.flows.push_back({Endpoint::workload("shop", "a"), Endpoint::workload("shop", "c"), {FlowPort::number(8080)}});
    Document document;
    document.reset(d, QString());
    DesignScene scene(&document);
    FlowItem *flow = scene.flowItems().front();
    EXPECT_EQ(flow->route().size(), 2) << "straight at first: routes come in slices";
    scene.finishRouting();
    const QRectF a = scene.workloadItems()[0]->sceneFrame(), c = scene.workloadItems()[2]->sceneFrame();
    EXPECT_GT(flow->route().size(), 2) << "bent around b";
    EXPECT_TRUE(crossedCards(scene, flow).isEmpty());
    EXPECT_TRUE(isOrthogonal(flow->route()));
    EXPECT_TRUE(onBorder(a, flow->route().first()));
    EXPECT_TRUE(onBorder(c, flow->route().last()));

    // b moves out of the way (through the document, as a drag ends): the flow goes straight.
    Design moved = document.design();
    moved.workloads[1].position = {340, 200};
    document.reset(moved, QString());
    scene.finishRouting();
    FlowItem *after = scene.flowItems().front();
    EXPECT_EQ(after->route().size(), 2) << "nothing in the way any more";
    EXPECT_TRUE(crossedCards(scene, after).isEmpty());
}

TEST(Routing, TheRouterFindsAChannelBetweenCardsInAGrid)
{
    // Cards of 200 x 76 in a grid with 80 units between columns and 60 between rows; any two
    // are connected without crossing a third.
    QVector<QRectF> grid;
    for (int row = 0; row < 4; ++row)
        for (int column = 0; column < 5; ++column)
            grid << QRectF(column * 280.0, row * 136.0, 200, 76);
    std::mt19937 random(11);
    int bent = 0;
    for (int trial = 0; trial < 300; ++trial) {
        const int i = int(random() % unsigned(grid.size()));
        const int j = int(random() % unsigned(grid.size()));
        if (i == j)
            continue;
        QVector<QRectF> others;
        for (int k = 0; k < grid.size(); ++k)
            if (k != i && k != j)
                others << grid[k];
        const double offset = double(int(random() % 3) - 1) * 18;
        const QPolygonF route = FlowRouter::route(grid[i], grid[j], offset, others);
        SCOPED_TRACE("from " + std::to_string(i) + " to " + std::to_string(j));
        EXPECT_EQ(FlowRouter::crossings(route, others), 0);
        EXPECT_TRUE(onBorder(grid[i], route.first()));
        EXPECT_TRUE(onBorder(grid[j], route.last()));
        if (route.size() > 2) {
            ++bent;
            EXPECT_TRUE(isOrthogonal(route));
        }
    }
    EXPECT_GT(bent, 50) << "most pairs of a grid have a card between them";
}

namespace {

// The frames a route passes through other than those of its ends' namespaces.
int crossedFrames(const DesignScene &scene, const FlowItem *flow)
{
    int crossed = 0;
    for (const NamespaceItem *ns : scene.namespaceItems()) {
        if (ns == flow->source()->parentItem() || ns == flow->target()->parentItem())
            continue;
        crossed += FlowRouter::crossings(flow->route(), {ns->sceneFrame()});
    }
    return crossed;
}

} // namespace

TEST(Routing, LongFlowsRunThroughTheCorridorsBetweenNamespaces)
{
    // Namespaces of 20 cards in a grid (as the benchmark's synthetic designs), 80 units apart.
    Design d = namespaceGrid(12, 4, {1240, 600}, 20, 5, {220, 120}, {40, 60});
    std::mt19937 random(7);
    for (int k = 0; k < 60; ++k) { // from anywhere to anywhere at least two namespaces away
        const int a = int(random() % 12), b = int((a + 2 + random() % 9) % 12);
        const std::string from = "svc-" + std::to_string(random() % 20);
        const std::string to = "svc-" + std::to_string(random() % 20);
        d.flows.push_back({Endpoint::workload("ns-" + std::to_string(a), from),
                           Endpoint::workload("ns-" + std::to_string(b), to),
                           {FlowPort::number(8080 + k % 3)}});
    }
    Document document;
    document.reset(d, QString());
    DesignScene scene(&document);
    scene.finishRouting();
    int corridors = 0;
    for (FlowItem *flow : scene.flowItems()) {
        const QString name = QString::fromStdString(flow->flow().from.toString() + " -> "
                                                    + flow->flow().to.toString());
        SCOPED_TRACE(name.toStdString());
        const QRectF ends = flow->source()->sceneFrame() | flow->target()->sceneFrame();
        EXPECT_TRUE(crossedCards(scene, flow).isEmpty())
            << "crosses " << crossedCards(scene, flow).join(", ").toStdString();
        EXPECT_TRUE(flow->gaps().isEmpty()) << "every flow finds its way";
        const bool long_ = ends.width() > 1800 || ends.height() > 1800;
        EXPECT_EQ(crossedFrames(scene, flow), 0) << "around the other namespaces";
        EXPECT_TRUE(isOrthogonal(flow->route()));
        EXPECT_TRUE(onBorder(flow->source()->sceneFrame(), flow->route().first()));
        EXPECT_TRUE(onBorder(flow->target()->sceneFrame(), flow->route().last()));
        for (NodeItem *card : cards(scene))
            EXPECT_FALSE(card != flow->source() && card != flow->target()
                         && card->sceneFrame().intersects(flow->labelRect()))
                << "its ports cover a card";
        corridors += long_;
    }
    EXPECT_GT(corridors, 25) << "most are long";

    // Parallel long flows sharing a corridor are kept apart: no two routes share a segment.
    std::set<std::tuple<double, double, double, double>> segments;
    int shared = 0, middles = 0;
    for (FlowItem *flow : scene.flowItems()) {
        const QPolygonF &r = flow->route();
        for (int i = 1; i + 2 < r.size(); ++i, ++middles)
            shared += !segments.insert({r[i].x(), r[i].y(), r[i + 1].x(), r[i + 1].y()}).second;
    }
    EXPECT_LT(shared * 5, middles) << shared << " of " << middles << " segments shared";
}

TEST(Routing, ShortFlowsGoAroundAThirdNamespace)
{
    // Three small namespaces in a row, closer than a long flow's span: a flow from the first to
    // the last would cross the middle one straight; it goes around its frame instead.
    Design d = namespaceGrid(3, 3, {560, 400}, 2, 2, {220, 120}, {40, 60});
    for (Namespace &ns : d.namespaces) {
        ns.geometry.width = 480;
        ns.geometry.height = 260;
    }
    d.flows.push_back({Endpoint::workload("ns-0", "svc-0"), Endpoint::workload("ns-2", "svc-1"),
                       {FlowPort::number(8080)}});
    d.flows.push_back({Endpoint::workload("ns-2", "svc-0"), Endpoint::workload("ns-0", "svc-1"),
                       {}});
    Document document;
    document.reset(d, QString());
    DesignScene scene(&document);
    scene.finishRouting();
    ASSERT_EQ(scene.flowItems().size(), 2);
    for (FlowItem *flow : scene.flowItems()) {
        const QRectF ends = flow->source()->sceneFrame() | flow->target()->sceneFrame();
        ASSERT_LE(ends.width(), 1800) << "a short flow";
        const NamespaceItem *middle = scene.namespaceItems().at(1);
        ASSERT_EQ(FlowRouter::crossings({flow->route().first(), flow->route().last()},
                                        {middle->sceneFrame()}),
                  1)
            << "drawn straight it would cross the middle namespace";
        EXPECT_EQ(crossedFrames(scene, flow), 0);
        EXPECT_TRUE(crossedCards(scene, flow).isEmpty());
        EXPECT_TRUE(flow->gaps().isEmpty());
    }
}

TEST(Routing, ACardMovedIntoARouteMakesItGoAround)
{
    // a -> c bent around b; then d, unrelated, moves into the bent route: the flow is routed
    // again (found by the scene's index, not by a pass over all flows) and avoids d.
    Design d;
    d.metadata.name = "row";
    d.namespaces.push_back(Namespace{"shop", {}, true, DirectionSet::both(), {0, 0, 900, 700}});
    for (int i = 0; i < 4; ++i) {
        const std::string name(1, char('a' + i));
        d.workloads.push_back(Workload{name, "shop", WorkloadKind::Deployment, {{"app", name}}, {},
                                       {40.0 + 300 * (i % 3), 100.0 + 450 * (i / 3)}});
    }
    d.flows.push_back({Endpoint::workload("shop", "a"), Endpoint::workload("shop", "c"),
                       {FlowPort::number(8080)}});
    Document document;
    document.reset(d, QString());
    DesignScene scene(&document);
    scene.finishRouting();
    FlowItem *flow = scene.flowItems().front();
    const QPolygonF before = flow->route();
    ASSERT_GT(before.size(), 2);
    ASSERT_TRUE(crossedCards(scene, flow).isEmpty());

    // Put d on the middle of the route's longest segment.
    int longest = 0;
    for (int i = 0; i + 1 < before.size(); ++i)
        if (QLineF(before[i], before[i + 1]).length()
            > QLineF(before[longest], before[longest + 1]).length())
            longest = i;
    const QPointF middle = QLineF(before[longest], before[longest + 1]).center();
    const QSizeF size = scene.workloadItems()[3]->sceneFrame().size();
    Workload moved = document.design().workloads[3];
    moved.position = {middle.x() - size.width() / 2, middle.y() - size.height() / 2};
    DesignEdit edit;
    edit.changes.push_back(ElementChange::replace(3, moved));
    document.push(edit, QStringLiteral("Move"));
    const QRectF card = scene.workloadItems()[3]->sceneFrame();
    ASSERT_GT(FlowRouter::crossings(before, {card}), 0) << "d now sits on the old route";
    EXPECT_TRUE(flow->needsRoute()) << "the flow is to be routed again";
    EXPECT_EQ(flow->route(), before) << "and keeps its route until then";
    scene.finishRouting();
    EXPECT_NE(flow->route(), before);
    EXPECT_EQ(FlowRouter::crossings(flow->route(), {card}), 0);
    EXPECT_TRUE(crossedCards(scene, flow).isEmpty());
}
