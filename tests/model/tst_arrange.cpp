// Automatic layout (Arrange): Graphviz's layout packed close to a target aspect ratio, every box
// inside its frame, nothing overlapping, only places changed.

#include "designbuilder.h"
#include "support/testsupport.h"

#include "model/design/designreader.h"
#include "model/graphviz/autolayout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <random>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

bool inside(const Rect &inner, const Rect &outer)
{
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width
           && inner.y + inner.height <= outer.y + outer.height;
}

} // namespace

namespace {

void expectTidy(const Design &before, const Design &d, const ArrangeOptions &options)
{
    ASSERT_EQ(d.workloads.size(), before.workloads.size());
    std::vector<Rect> boxes;
    for (const Workload &w : d.workloads) {
        const Rect box{w.position.x, w.position.y, options.workloadWidth, options.workloadHeight};
        const Namespace *ns = d.findNamespace(w.ns);
        ASSERT_TRUE(ns);
        EXPECT_TRUE(inside(box, ns->geometry)) << w.name << " lies outside the frame of " << ns->name;
        EXPECT_GE(box.y, ns->geometry.y + options.namespaceHeader) << w.name << " overlaps its frame's header";
        boxes.push_back(box);
    }
    for (const External &e : d.externals)
        boxes.push_back({e.position.x, e.position.y, options.externalWidth, options.externalHeight});
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            EXPECT_FALSE(overlaps(boxes[i], boxes[j])) << i << " and " << j << " overlap";
    // Frames keep at least 30 units apart.
    auto grown = [](Rect r) { return Rect{r.x - 15, r.y - 15, r.width + 30, r.height + 30}; };
    for (std::size_t i = 0; i < d.namespaces.size(); ++i)
        for (std::size_t j = i + 1; j < d.namespaces.size(); ++j)
            EXPECT_FALSE(overlaps(grown(d.namespaces[i].geometry), grown(d.namespaces[j].geometry)))
                << d.namespaces[i].name << " and " << d.namespaces[j].name;
    // Everything else is untouched.
    Design withOldPlaces = d;
    for (std::size_t i = 0; i < d.workloads.size(); ++i)
        withOldPlaces.workloads[i].position = before.workloads[i].position;
    for (std::size_t i = 0; i < d.externals.size(); ++i)
        withOldPlaces.externals[i].position = before.externals[i].position;
    for (std::size_t i = 0; i < d.namespaces.size(); ++i)
        withOldPlaces.namespaces[i].geometry = before.namespaces[i].geometry;
    EXPECT_EQ(withOldPlaces, before);
}

// Arranges `before` and checks the result: every box inside its frame below the title, no two
// boxes overlapping, frames apart, nothing but places changed. Returns the arranged design.
std::optional<Design> expectTidyArrangement(const Design &before, const ArrangeOptions &options)
{
    const ArrangeResult arranged = arrangeDesign(before, options);
    EXPECT_TRUE(arranged.design) << (arranged.diagnostics.empty() ? "" : arranged.diagnostics[0].format());
    if (!arranged.design)
        return std::nullopt;
    expectTidy(before, *arranged.design, options);
    return arranged.design;
}

void expectTidyFrames(const std::string &file, const ArrangeOptions &options)
{
    const DesignReadResult read = readDesignFile(file);
    ASSERT_TRUE(read.design);
    expectTidyArrangement(*read.design, options);
}
} // namespace

TEST(Arrange, ExamplesGetTidyFrames)
{
    for (RankDirection direction : {RankDirection::LeftRight, RankDirection::TopBottom}) {
        ArrangeOptions options;
        options.rankdir = direction;
        for (const std::string &file : listFiles(NETPOL_EXAMPLES_DIR, ".netpol.yaml")) {
            SCOPED_TRACE(file + (direction == RankDirection::TopBottom ? " TB" : " LR"));
            expectTidyFrames(file, options);
        }
    }
}

TEST(Arrange, EmptyNamespacesStillGetAFrame)
{
    const ArrangeResult r = arrangeDesign(DesignBuilder().ns("empty").ns("full").workload("full", "w", {{"app", "w"}}));
    ASSERT_TRUE(r.design);
    EXPECT_GT(r.design->namespaces[0].geometry.width, 0);
    EXPECT_GT(r.design->namespaces[0].geometry.height, 0);
}

TEST(Arrange, LongNamesNeedNoRoomInTheLayout)
{
    // The boxes carry no text, so Graphviz has nothing to say about names that do not fit.
    const std::string name(60, 'w');
    const ArrangeResult r = arrangeDesign(
        DesignBuilder().ns("a-namespace-with-a-long-name").workload("a-namespace-with-a-long-name", name, {{"app", "w"}}));
    ASSERT_TRUE(r.design);
    for (const Diagnostic &d : r.diagnostics)
        ADD_FAILURE() << d.format();
}

TEST(Arrange, FlowsToEveryPodGetRoomForTheirStub)
{
    // The canvas draws a flow to */* as a stub with a badge beside its workload: the frame
    // keeps room for it, and no other box lies there.
    const Design design = DesignBuilder()
                              .ns("mon")
                              .workload("mon", "prometheus", {{"app", "prometheus"}})
                              .workload("mon", "grafana", {{"app", "grafana"}})
                              .ns("dns")
                              .workload("dns", "coredns", {{"k8s-app", "kube-dns"}})
                              .flow("mon/prometheus", "*/*", {"9100/TCP"})
                              .flow("*/*", "dns/coredns", {"53/UDP"});
    for (RankDirection direction : {RankDirection::LeftRight, RankDirection::TopBottom}) {
        ArrangeOptions options;
        options.rankdir = direction;
        const ArrangeResult r = arrangeDesign(design, options);
        ASSERT_TRUE(r.design);
        const Design &d = *r.design;
        const Rect mon = d.namespaces[0].geometry;
        const Rect dns = d.namespaces[1].geometry;
        const Workload &prometheus = d.workloads[0];
        const Rect stubOut{prometheus.position.x + options.workloadWidth, prometheus.position.y,
                           options.everyPodRoom, options.workloadHeight};
        EXPECT_TRUE(inside(stubOut, mon)) << "the stub to */* stays in its namespace";
        const Workload &coredns = d.workloads[2];
        const Rect stubIn{coredns.position.x - options.everyPodRoom, coredns.position.y,
                          options.everyPodRoom, options.workloadHeight};
        EXPECT_TRUE(inside(stubIn, dns)) << "the stub from */* stays in its namespace";
        const Workload &grafana = d.workloads[1];
        const Rect grafanaBox{grafana.position.x, grafana.position.y, options.workloadWidth,
                              options.workloadHeight};
        EXPECT_FALSE(overlaps(stubOut, grafanaBox));
    }
}

namespace {

// `workloads` workloads in namespaces of `perNamespace`, each with three flows: two inside its
// namespace, one to the next namespace, and every tenth one to a random namespace.
Design layeredDesign(int workloads, int perNamespace, bool flows = true)
{
    Design d;
    const int namespaces = (workloads + perNamespace - 1) / perNamespace;
    for (int n = 0; n < namespaces; ++n)
        d.namespaces.push_back(Namespace{"team-" + std::to_string(n), {}, true, DirectionSet::both(), {}});
    for (int w = 0; w < workloads; ++w) {
        Workload wl;
        wl.name = "svc-" + std::to_string(w);
        wl.ns = "team-" + std::to_string(w / perNamespace);
        wl.labels = {{"app", wl.name}};
        d.workloads.push_back(std::move(wl));
    }
    std::mt19937 random(7);
    auto pick = [&](int ns) {
        const int first = ns * perNamespace;
        const int count = std::min(perNamespace, workloads - first);
        return d.workloads[std::size_t(first + int(random() % unsigned(count)))];
    };
    for (int w = 0; flows && w < workloads; ++w) {
        const Workload &from = d.workloads[std::size_t(w)];
        const int ns = w / perNamespace;
        std::vector<int> targets{ns, ns, (ns + 1) % namespaces};
        if (w % 10 == 0)
            targets.push_back(int(random() % unsigned(namespaces)));
        for (int target : targets) {
            const Workload &to = pick(target);
            if (to.name != from.name)
                d.flows.push_back(Flow{Endpoint::workload(from.ns, from.name),
                                       Endpoint::workload(to.ns, to.name), {FlowPort::number(8080)}});
        }
    }
    d.externals.push_back(External{"partner-api", "203.0.113.0/24", {}, {}});
    d.flows.push_back(Flow{Endpoint::workload("team-0", "svc-0"), Endpoint::external("partner-api"),
                           {FlowPort::number(443)}});
    return d;
}

// The rectangle around every frame and external: what Fit shows.
Rect extentOf(const Design &d, const ArrangeOptions &options)
{
    double left = 1e18, top = 1e18, right = -1e18, bottom = -1e18;
    auto add = [&](const Rect &r) {
        left = std::min(left, r.x);
        top = std::min(top, r.y);
        right = std::max(right, r.x + r.width);
        bottom = std::max(bottom, r.y + r.height);
    };
    for (const Namespace &ns : d.namespaces)
        add(ns.geometry);
    for (const External &e : d.externals)
        add(Rect{e.position.x, e.position.y, options.externalWidth, options.externalHeight});
    return Rect{left, top, right - left, bottom - top};
}

double ratio(const Rect &r)
{
    return r.width / r.height;
}

} // namespace

TEST(Arrange, TwoHundredWorkloadsComeCloseToTheWindowsAspectRatio)
{
    const Design design = layeredDesign(200, 20);
    for (RankDirection direction : {RankDirection::LeftRight, RankDirection::TopBottom}) {
        for (double target : {1.6, 1.0, 2.4}) {
            SCOPED_TRACE((direction == RankDirection::TopBottom ? "TB, aspect " : "LR, aspect ")
                         + std::to_string(target));
            ArrangeOptions options;
            options.rankdir = direction;
            options.aspectRatio = target;
            const std::optional<Design> arranged = expectTidyArrangement(design, options);
            ASSERT_TRUE(arranged);
            const Rect whole = extentOf(*arranged, options);
            EXPECT_GE(ratio(whole), target / 1.5) << whole.width << " x " << whole.height;
            EXPECT_LE(ratio(whole), target * 1.5) << whole.width << " x " << whole.height;
            // Compact: the frames fill a good part of what Fit shows.
            double frames = 0;
            for (const Namespace &ns : arranged->namespaces)
                frames += ns.geometry.width * ns.geometry.height;
            EXPECT_GT(frames / (whole.width * whole.height), 0.4);
        }
    }
}

TEST(Arrange, UnconnectedWorkloadsWrapInsideTheirNamespace)
{
    // Graphviz puts workloads without flows into one rank: a column 40 boxes long. It wraps
    // into a block of columns instead.
    const Design design = layeredDesign(40, 40, false);
    ArrangeOptions options;
    const std::optional<Design> arranged = expectTidyArrangement(design, options);
    ASSERT_TRUE(arranged);
    const Rect frame = arranged->namespaces[0].geometry;
    EXPECT_GE(ratio(frame), options.aspectRatio / 1.5) << frame.width << " x " << frame.height;
    EXPECT_LE(ratio(frame), options.aspectRatio * 1.5) << frame.width << " x " << frame.height;
}

TEST(Arrange, SmallDesignsKeepGraphvizsOrderAlongTheRanks)
{
    // Three namespaces in a chain: the first stays left of (or above) the last, whatever is
    // packed.
    const Design design = DesignBuilder()
                              .ns("edge").workload("edge", "ingress", {{"app", "ingress"}})
                              .ns("shop").workload("shop", "web", {{"app", "web"}})
                              .ns("data").workload("data", "db", {{"app", "db"}})
                              .flow("edge/ingress", "shop/web", {"8080/TCP"})
                              .flow("shop/web", "data/db", {"5432/TCP"});
    for (RankDirection direction : {RankDirection::LeftRight, RankDirection::TopBottom}) {
        ArrangeOptions options;
        options.rankdir = direction;
        const std::optional<Design> arranged = expectTidyArrangement(design, options);
        ASSERT_TRUE(arranged);
        const Rect first = arranged->namespaces[0].geometry, last = arranged->namespaces[2].geometry;
        if (direction == RankDirection::LeftRight)
            EXPECT_TRUE(first.x < last.x || first.y < last.y);
        else
            EXPECT_TRUE(first.y < last.y || first.x < last.x);
    }
}
