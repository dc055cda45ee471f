// Find: which elements a query matches, and what of them matched.

#include "support/testsupport.h"

#include "model/design/designreader.h"
#include "model/design/designsearch.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Design example(const char *name)
{
    DesignReadResult read = readDesignFile(examplePath(name));
    EXPECT_TRUE(read.design);
    return read.design ? *read.design : Design{};
}

std::vector<std::string> found(const Design &design, std::string_view query)
{
    std::vector<std::string> out;
    for (const SearchMatch &m : searchDesign(design, query))
        out.push_back(m.element.toString() + " (" + m.matched + ')');
    return out;
}

} // namespace

TEST(DesignSearch, ByNameLabelNamespaceKindAndCidr)
{
    const Design shop = example("online-shop.netpol.yaml");
    // Every element found is one whose texts hold the query, checked against the design itself.
    for (const SearchMatch &m : searchDesign(shop, "pay")) {
        const std::string s = m.element.toString();
        EXPECT_NE(s.find("pay"), std::string::npos) << s << " (" << m.matched << ')';
    }
    EXPECT_EQ(found(shop, "PostGres"),
              (std::vector<std::string>{"workload data/postgres (name)"}))
        << "case is ignored";
    const auto byLabel = found(shop, "app=redis");
    ASSERT_EQ(byLabel.size(), 1u);
    EXPECT_EQ(byLabel[0], "workload data/redis (label app=redis)");
    // A namespace's name finds the namespace and every workload in it.
    const auto inData = searchDesign(shop, "data");
    int workloads = 0;
    for (const Workload &w : shop.workloads)
        workloads += w.ns.find("data") != std::string::npos || w.name.find("data") != std::string::npos;
    int workloadMatches = 0;
    for (const SearchMatch &m : inData)
        workloadMatches += m.element.kind == ElementRef::Kind::Workload;
    EXPECT_GE(workloadMatches, workloads);
    EXPECT_EQ(inData.front().element, ElementRef::namespaceRef("data", 3));
    // Kinds and CIDRs.
    const auto stateful = searchDesign(shop, "statefulset");
    int statefulSets = 0;
    for (const Workload &w : shop.workloads)
        statefulSets += w.kind == WorkloadKind::StatefulSet;
    EXPECT_EQ(int(stateful.size()), statefulSets);
    const auto cidr = found(shop, shop.externals.front().cidr);
    ASSERT_FALSE(cidr.empty());
    EXPECT_EQ(cidr.front().find("external " + shop.externals.front().name), 0u);
}

TEST(DesignSearch, EveryWordMustMatchAndEmptyFindsNothing)
{
    const Design shop = example("online-shop.netpol.yaml");
    EXPECT_TRUE(searchDesign(shop, "").empty());
    EXPECT_TRUE(searchDesign(shop, "   ").empty());
    EXPECT_TRUE(searchDesign(shop, "no-such-thing").empty());
    const auto both = found(shop, "storefront web");
    ASSERT_FALSE(both.empty());
    for (const std::string &m : both)
        EXPECT_EQ(m.find("workload storefront/"), 0u) << m;
    EXPECT_TRUE(searchDesign(shop, "storefront no-such-thing").empty());
}
