// A card added to a namespace lands in free space inside it near where it was dropped, and the
// frame grows to hold it when there is none.

#include "designbuilder.h"

#include "model/design/canvasmetrics.h"
#include "model/design/designedit.h"
#include "model/design/elementtemplate.h"
#include "model/design/freeplace.h"

#include <gtest/gtest.h>

#include <random>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Rect cardOf(const Workload &w)
{
    return Rect{w.position.x, w.position.y, CanvasMetrics::kWorkloadWidth, CanvasMetrics::kWorkloadHeight};
}

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

bool inside(const Rect &inner, const Rect &outer)
{
    return inner.x >= outer.x && inner.y >= outer.y + CanvasMetrics::kNamespaceHeader
        && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

// Every card of the namespace inside its frame below the title, none overlapping another.
void expectTidy(const Design &d, const std::string &ns)
{
    const Namespace *frame = d.findNamespace(ns);
    ASSERT_TRUE(frame);
    std::vector<Rect> cards;
    for (const Workload &w : d.workloads) {
        if (w.ns != ns)
            continue;
        EXPECT_TRUE(inside(cardOf(w), frame->geometry)) << w.name << " lies outside its frame";
        for (const Rect &other : cards)
            EXPECT_FALSE(overlaps(cardOf(w), other)) << w.name << " covers another card";
        cards.push_back(cardOf(w));
    }
}

Design oneNamespace(double width, double height)
{
    Design d = DesignBuilder().ns("shop").workload("shop", "web", {{"app", "web"}}).build();
    d.namespaces[0].geometry = {0, 0, width, height};
    d.workloads[0].position = {40, 60};
    return d;
}

Design add(const Design &d, Point at)
{
    const ElementTemplate deployment{ElementTemplate::Type::Workload, WorkloadKind::Deployment};
    const EditResult r = createFromTemplate(d, deployment, {at.x + 10, at.y + 10}, at);
    EXPECT_TRUE(r.ok()) << r.error;
    Design after = d;
    applyEdit(after, r.edit);
    return after;
}

} // namespace

TEST(FreePlace, ACardDroppedOnAnotherMovesToTheNearestFreePlace)
{
    const Design d = oneNamespace(800, 400);
    const Placement p = placeInNamespace(d, d.namespaces[0], {60, 70}, CanvasMetrics::kWorkloadWidth,
                                         CanvasMetrics::kWorkloadHeight);
    EXPECT_FALSE(p.grown);
    EXPECT_EQ(p.frame, d.namespaces[0].geometry);
    EXPECT_FALSE(overlaps(Rect{p.position.x, p.position.y, 200, 76}, cardOf(d.workloads[0])));
    // Near: the nearest free grid point is just beside or below web.
    EXPECT_LT(std::hypot(p.position.x - 60, p.position.y - 70), 260);
    const Design after = add(d, {60, 70});
    expectTidy(after, "shop");
}

TEST(FreePlace, AFreeDropStaysWhereItWas)
{
    const Design d = oneNamespace(800, 400);
    const Design after = add(d, {440, 200});
    EXPECT_EQ(after.workloads.back().position, (Point{440, 200}));
    EXPECT_EQ(after.namespaces[0].geometry, d.namespaces[0].geometry) << "the frame keeps its size";
}

TEST(FreePlace, AFullFrameGrowsToHoldTheNewCard)
{
    // Room for web only.
    const Design d = oneNamespace(280, 160);
    const Design after = add(d, {40, 60});
    EXPECT_GT(after.namespaces[0].geometry.width * after.namespaces[0].geometry.height, 280.0 * 160);
    expectTidy(after, "shop");
}

TEST(FreePlace, ManyDropsOnOneSpotStayTidy)
{
    Design d = oneNamespace(600, 300);
    std::mt19937 random(5);
    for (int i = 0; i < 40; ++i)
        d = add(d, {double(random() % 30) * 20, double(random() % 15) * 20});
    EXPECT_EQ(d.workloads.size(), 41u);
    expectTidy(d, "shop");
    const Rect frame = d.namespaces[0].geometry;
    EXPECT_LT(frame.width / frame.height, 6) << "the frame grows in both directions, not into a strip";
    EXPECT_GT(frame.width / frame.height, 1.0 / 6);
}
