// A large design is built in slices of the event loop when it is opened (the window runs
// between them) and ends as the same scene a build at once makes; an edit during the build is
// not lost; Select All selects every element with one selectionChanged.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "views/canvas/bundleitem.h"
#include "views/canvas/designscene.h"
#include "views/canvas/externalitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"

#include "model/design/designoperations.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>

#include <map>
#include <string>
#include <utility>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// 12 namespaces of 50 workloads, 5 flows each (inside the namespace, to the next one and one
// across), and two externals: more elements than DesignScene::kBuildAtOnce.
Design largeDesign()
{
    Design d;
    d.metadata.name = "large";
    constexpr int kNamespaces = 12;
    constexpr int kPerNamespace = 50;
    for (int n = 0; n < kNamespaces; ++n)
        d.namespaces.push_back(Namespace{"team-" + std::to_string(n), {}, true,
                                         DirectionSet::both(),
                                         {(n % 4) * 1400.0, (n / 4) * 1300.0, 1300, 1200}});
    for (int w = 0; w < kNamespaces * kPerNamespace; ++w) {
        Workload workload;
        const int n = w / kPerNamespace;
        const int k = w % kPerNamespace;
        workload.name = "svc-" + std::to_string(w);
        workload.ns = "team-" + std::to_string(n);
        workload.labels = {{"app", workload.name}};
        workload.ports = {{"http", 8080, Protocol::TCP}};
        workload.position = {(n % 4) * 1400.0 + 20 + (k % 5) * 250, (n / 4) * 1300.0 + 60 + (k / 5) * 110};
        d.workloads.push_back(workload);
    }
    d.externals.push_back(External{"payments-api", "203.0.113.0/24", {}, {5800, 100}});
    d.externals.push_back(External{"metrics", "198.51.100.0/24", {}, {5800, 400}});
    const int total = int(d.workloads.size());
    auto endpoint = [&d](int w) {
        const Workload &target = d.workloads[std::size_t(w)];
        return Endpoint::workload(target.ns, target.name);
    };
    for (int w = 0; w < total; ++w) {
        for (int j : {1, 2, kPerNamespace, 7 * kPerNamespace + 3}) {
            Flow f;
            f.from = endpoint(w);
            f.to = endpoint((w + j) % total);
            f.ports = {FlowPort::number(8080)};
            d.flows.push_back(f);
        }
        Flow out;
        out.from = endpoint(w);
        out.to = Endpoint::external(d.externals[std::size_t(w % 2)].name);
        out.ports = {FlowPort::number(443)};
        d.flows.push_back(out);
    }
    return d;
}

template<typename T>
int indexOf(const QList<T *> &items, const QGraphicsItem *item)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items[i] == item)
            return i;
    }
    return -1;
}

int nodeIndex(const DesignScene &scene, const NodeItem *node)
{
    if (!node)
        return -1;
    const int w = indexOf(scene.workloadItems(), node);
    if (w >= 0)
        return w;
    const int e = indexOf(scene.externalItems(), node);
    if (e >= 0)
        return 100000 + e;
    return 200000 + indexOf(scene.namespaceItems(), node);
}

// The same items in the same places, flows with the same ends, lanes, lines and labels, and the
// same bundles.
void expectSameScene(const DesignScene &a, const DesignScene &b)
{
    ASSERT_EQ(a.namespaceItems().size(), b.namespaceItems().size());
    ASSERT_EQ(a.workloadItems().size(), b.workloadItems().size());
    ASSERT_EQ(a.externalItems().size(), b.externalItems().size());
    ASSERT_EQ(a.flowItems().size(), b.flowItems().size());
    for (int i = 0; i < a.namespaceItems().size(); ++i) {
        EXPECT_EQ(a.namespaceItems()[i]->sceneFrame(), b.namespaceItems()[i]->sceneFrame());
        EXPECT_EQ(a.namespaceItems()[i]->zValue(), b.namespaceItems()[i]->zValue());
    }
    for (int i = 0; i < a.workloadItems().size(); ++i) {
        const WorkloadItem *x = a.workloadItems()[i];
        const WorkloadItem *y = b.workloadItems()[i];
        EXPECT_EQ(x->workload(), y->workload());
        EXPECT_EQ(x->scenePos(), y->scenePos()) << x->workload().name;
        EXPECT_EQ(indexOf(a.namespaceItems(), x->parentItem()),
                  indexOf(b.namespaceItems(), y->parentItem()));
        EXPECT_EQ(x->index(), i);
    }
    for (int i = 0; i < a.externalItems().size(); ++i)
        EXPECT_EQ(a.externalItems()[i]->scenePos(), b.externalItems()[i]->scenePos());
    for (int i = 0; i < a.flowItems().size(); ++i) {
        const FlowItem *x = a.flowItems()[i];
        const FlowItem *y = b.flowItems()[i];
        EXPECT_EQ(x->flow(), y->flow());
        EXPECT_EQ(x->index(), i);
        EXPECT_EQ(nodeIndex(a, x->source()), nodeIndex(b, y->source())) << "flow " << i;
        EXPECT_EQ(nodeIndex(a, x->target()), nodeIndex(b, y->target())) << "flow " << i;
        EXPECT_EQ(x->laneOffset(), y->laneOffset()) << "flow " << i;
        EXPECT_EQ(x->line(), y->line()) << "flow " << i;
        EXPECT_EQ(x->route(), y->route()) << "flow " << i;
        EXPECT_EQ(x->labelRect(), y->labelRect()) << "flow " << i;
        EXPECT_EQ(x->boundingRect(), y->boundingRect()) << "flow " << i;
        EXPECT_EQ(x->isVisible(), y->isVisible()) << "flow " << i;
    }
    // The bundles, by the namespaces they join (the scene keeps them in no particular order).
    auto bundles = [](const DesignScene &scene) {
        std::map<std::pair<int, int>, QRectF> out;
        for (const BundleItem *bundle : scene.bundleItems()) {
            std::pair ends(indexOf(scene.namespaceItems(), bundle->first()),
                           indexOf(scene.namespaceItems(), bundle->second()));
            if (ends.second < ends.first)
                std::swap(ends.first, ends.second);
            out[ends] = bundle->boundingRect();
        }
        return out;
    };
    EXPECT_FALSE(a.bundleItems().isEmpty());
    EXPECT_EQ(bundles(a), bundles(b));
}

} // namespace

TEST(SceneBuild, ALargeDesignIsBuiltInSlicesAndEndsAsOneBuiltAtOnce)
{
    const Design design = largeDesign();
    Document document;
    DesignScene sliced(&document);
    QSignalSpy built(&sliced, &DesignScene::built);
    document.reset(design, QString());
    ASSERT_TRUE(sliced.isBuilding()) << "more than kBuildAtOnce elements: built in slices";
    EXPECT_LT(sliced.flowItems().size(), qsizetype(design.flows.size()));

    int turns = 0; // turns of the event loop while the scene was built
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&turns] { ++turns; });
    heartbeat.start(0);
    ASSERT_TRUE(waitUntil([&] { return !sliced.isBuilding(); }, 60000));
    heartbeat.stop();
    EXPECT_GT(turns, 2) << "the event loop ran between the slices";
    EXPECT_EQ(built.count(), 1);

    DesignScene atOnce(&document); // a new scene is built at once
    ASSERT_FALSE(atOnce.isBuilding());
    expectSameScene(sliced, atOnce);
}

TEST(SceneBuild, AnEditDuringTheBuildIsShownWhenItIsDone)
{
    Document document;
    DesignScene scene(&document);
    document.reset(largeDesign(), QString());
    ASSERT_TRUE(scene.isBuilding());
    EditController controller(&document);
    const Design &d = document.design();
    Workload renamed = d.workloads[7];
    renamed.name = "renamed-while-built";
    controller.editElement(refTo(d, ElementRef::Kind::Workload, 7), renamed);
    controller.moveElements({refTo(d, ElementRef::Kind::Workload, 3)}, {0, 40}, false);
    ASSERT_FALSE(scene.isBuilding()) << "an edit completes the scene at once";

    DesignScene fresh(&document);
    expectSameScene(scene, fresh);
    EXPECT_EQ(scene.workloadItems()[7]->workload().name, "renamed-while-built");
    EXPECT_EQ(scene.workloadItems()[3]->scenePos(),
              QPointF(d.workloads[3].position.x, d.workloads[3].position.y));
    int toRenamed = 0;
    for (const FlowItem *flow : scene.flowItems())
        toRenamed += flow->target() == scene.workloadItems()[7] ? 1 : 0;
    EXPECT_GT(toRenamed, 0) << "the flows to the renamed workload still reach it";

    document.undoStack()->undo();
    document.undoStack()->undo();
    DesignScene undone(&document);
    expectSameScene(scene, undone);
}

TEST(SceneBuild, SelectAllSelectsEveryElementWithOneSelectionChanged)
{
    Document document;
    DesignScene scene(&document);
    document.reset(largeDesign(), QString());
    ASSERT_TRUE(scene.isBuilding());
    QSignalSpy changed(&scene, &QGraphicsScene::selectionChanged);
    scene.selectAllElements(); // before the build is done: it completes it first
    EXPECT_FALSE(scene.isBuilding());
    EXPECT_EQ(changed.count(), 1);
    const Design &d = document.design();
    const qsizetype elements = qsizetype(d.namespaces.size() + d.workloads.size()
                                         + d.externals.size() + d.flows.size());
    EXPECT_EQ(scene.selectedElements().size(), elements);
    EXPECT_EQ(scene.selectedItems().size(), elements);
    for (const BundleItem *bundle : scene.bundleItems())
        EXPECT_FALSE(bundle->isSelected());

    changed.clear();
    scene.selectElements({refTo(d, ElementRef::Kind::Workload, 4)});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(scene.selectedItems().size(), 1);
}
