// The designs that ship (templates and examples) open tidy: no card hides another, and every
// workload sits inside its namespace's frame, below the header.

#include "model/design/canvasmetrics.h"
#include "model/design/designreader.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Rect cardOf(Point position, bool external)
{
    using namespace CanvasMetrics;
    return {position.x, position.y, external ? kExternalWidth : kWorkloadWidth,
            external ? kExternalHeight : kWorkloadHeight};
}

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height
           && b.y < a.y + a.height;
}

bool inside(const Rect &inner, const Rect &outer)
{
    return inner.x >= outer.x && inner.y >= outer.y
           && inner.x + inner.width <= outer.x + outer.width
           && inner.y + inner.height <= outer.y + outer.height;
}

} // namespace

TEST(BundledLayout, CardsNeitherOverlapNorLeaveTheirFrames)
{
    std::vector<std::string> files = listFiles(std::string(NETPOL_SOURCE_DIR)
                                                   + "/resources/templates",
                                               ".netpol.yaml");
    for (const std::string &f : listFiles(NETPOL_EXAMPLES_DIR, ".netpol.yaml"))
        files.push_back(f);
    ASSERT_GE(files.size(), 9u);
    for (const std::string &file : files) {
        SCOPED_TRACE(file);
        const DesignReadResult r = readDesignFile(file);
        ASSERT_TRUE(r.design);
        const Design &d = *r.design;
        std::vector<std::pair<std::string, Rect>> cards;
        for (const Workload &w : d.workloads) {
            const Rect card = cardOf(w.position, false);
            cards.emplace_back(w.ns + '/' + w.name, card);
            const Namespace *ns = d.findNamespace(w.ns);
            ASSERT_NE(ns, nullptr);
            Rect body = ns->geometry;
            body.y += CanvasMetrics::kNamespaceHeader;
            body.height -= CanvasMetrics::kNamespaceHeader;
            EXPECT_TRUE(inside(card, body)) << w.ns << '/' << w.name << " leaves its frame";
        }
        for (const External &e : d.externals)
            cards.emplace_back("external/" + e.name, cardOf(e.position, true));
        for (std::size_t i = 0; i < cards.size(); ++i) {
            for (std::size_t j = i + 1; j < cards.size(); ++j)
                EXPECT_FALSE(overlaps(cards[i].second, cards[j].second))
                    << cards[i].first << " and " << cards[j].first << " overlap";
        }
    }
}
