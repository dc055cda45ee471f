// Design edits: primitive changes and their inverses, and the operations the designer's
// requests turn into (renames that flows follow, removal, moves, connecting).

#include "designbuilder.h"

#include "model/design/designedit.h"
#include "model/design/designoperations.h"
#include "model/design/designwriter.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

constexpr Point kAnchor{100, 36};

// Applies an edit, then its inverse, and checks the design file comes back byte for byte.
Design applyAndCheckUndo(const Design &before, const EditResult &result)
{
    EXPECT_TRUE(result.ok()) << result.error;
    Design after = before;
    const DesignEdit inverse = applyEdit(after, result.edit);
    Design undone = after;
    const DesignEdit redo = applyEdit(undone, inverse);
    EXPECT_EQ(writeDesign(undone), writeDesign(before));
    EXPECT_EQ(undone, before);
    Design redone = undone;
    applyEdit(redone, redo);
    EXPECT_EQ(redone, after) << "the inverse of the inverse is the edit";
    return after;
}

Design twoNamespaces()
{
    Design d = DesignBuilder()
                   .ns("shop")
                   .ns("data")
                   .workload("shop", "web", {{"app", "web"}}, {port(8080, "http")})
                   .workload("shop", "cart", {{"app", "cart"}}, {port(9090, "grpc")})
                   .workload("data", "db", {{"app", "db"}}, {port(5432, "postgres")})
                   .external("partner", "203.0.113.0/24")
                   .flow("shop/web", "shop/cart", {"9090/TCP"})
                   .flow("shop/cart", "data/db", {"5432/TCP"})
                   .flow("shop/*", "external/partner", {"443/TCP"})
                   .flow("*/*", "data/db", {"postgres/TCP"})
                   .build();
    d.namespaces[0].geometry = {0, 0, 600, 300};
    d.namespaces[1].geometry = {700, 0, 400, 300};
    d.workloads[0].position = {40, 60};
    d.workloads[1].position = {300, 60};
    d.workloads[2].position = {740, 60};
    return d;
}

} // namespace

TEST(DesignEdit, PrimitiveChangesUndoExactly)
{
    const Design before = twoNamespaces();
    DesignEdit edit;
    Workload extra;
    extra.name = "extra";
    extra.ns = "data";
    edit.changes.push_back(ElementChange::insert(1, extra));
    edit.changes.push_back(ElementChange::remove(ElementKind::Flow, 0));
    edit.changes.push_back(
        ElementChange::replace(0, External{"partner", "10.0.0.0/8", {}, {5, 5}}));
    Options options;
    options.dns.enabled = false;
    edit.options = options;
    DesignMetadata metadata{"renamed", "described"};
    edit.metadata = metadata;
    EditResult result;
    result.edit = edit;
    const Design after = applyAndCheckUndo(before, result);
    EXPECT_EQ(after.workloads[1].name, "extra");
    EXPECT_EQ(after.flows.size(), before.flows.size() - 1);
    EXPECT_EQ(after.externals[0].cidr, "10.0.0.0/8");
    EXPECT_FALSE(after.options.dns.enabled);
    EXPECT_EQ(after.metadata.name, "renamed");
}

TEST(DesignEdit, TheLayoutFreeFormIgnoresOnlyPlaces)
{
    Design a = twoNamespaces();
    Design b = a;
    b.namespaces[0].geometry.x += 100;
    b.workloads[1].position = {5, 5};
    b.externals[0].position = {9, 9};
    EXPECT_EQ(withoutLayout(a), withoutLayout(b));
    b.workloads[1].labels["x"] = "y";
    EXPECT_NE(withoutLayout(a), withoutLayout(b));
}

TEST(DesignEdit, UniqueNamesCountUp)
{
    const Design d = twoNamespaces();
    EXPECT_EQ(uniqueNamespaceName(d, "shop"), "shop-2");
    EXPECT_EQ(uniqueNamespaceName(d, "web"), "web");
    EXPECT_EQ(uniqueWorkloadName(d, "shop", "web"), "web-2");
    EXPECT_EQ(uniqueWorkloadName(d, "data", "web"), "web");
    EXPECT_EQ(uniqueExternalName(d, "partner"), "partner-2");
    Design more = d;
    more.externals.push_back({"partner-2", "10.0.0.0/8", {}, {}});
    EXPECT_EQ(uniqueExternalName(more, "partner"), "partner-3");
}

TEST(DesignEdit, RenamingAWorkloadRewritesItsFlows)
{
    const Design before = twoNamespaces();
    Workload cart = before.workloads[1];
    cart.name = "basket";
    const Design after = applyAndCheckUndo(
        before, replaceElement(before, refTo(before, ElementKind::Workload, 1), cart));
    EXPECT_EQ(after.flows[0].to.toString(), "shop/basket");
    EXPECT_EQ(after.flows[1].from.toString(), "shop/basket");
    EXPECT_EQ(after.flows[2].from.toString(), "shop/*") << "NS/* is not the workload";
}

TEST(DesignEdit, RenamingANamespaceCarriesWorkloadsAndFlows)
{
    const Design before = twoNamespaces();
    Namespace shop = before.namespaces[0];
    shop.name = "store";
    const Design after = applyAndCheckUndo(
        before, replaceElement(before, refTo(before, ElementKind::Namespace, 0), shop));
    EXPECT_EQ(after.workloads[0].ns, "store");
    EXPECT_EQ(after.workloads[1].ns, "store");
    EXPECT_EQ(after.workloads[2].ns, "data");
    EXPECT_EQ(after.flows[0].from.toString(), "store/web");
    EXPECT_EQ(after.flows[2].from.toString(), "store/*");
    EXPECT_EQ(after.flows[3].from.toString(), "*/*");
}

TEST(DesignEdit, RenamingAnExternalRewritesItsFlows)
{
    const Design before = twoNamespaces();
    External e = before.externals[0];
    e.name = "gateway";
    const Design after = applyAndCheckUndo(
        before, replaceElement(before, refTo(before, ElementKind::External, 0), e));
    EXPECT_EQ(after.flows[2].to.toString(), "external/gateway");
}

TEST(DesignEdit, APaletteLabelFollowsARenameOthersStay)
{
    Workload w;
    w.name = "deployment";
    w.labels = {{"app", "deployment"}};
    EXPECT_EQ(renamedWorkload(w, "frontend").labels, (Labels{{"app", "frontend"}}));
    EXPECT_EQ(renamedWorkload(w, "frontend").name, "frontend");
    w.labels = {{"app", "deployment"}, {"tier", "web"}};
    EXPECT_EQ(renamedWorkload(w, "frontend").labels, w.labels);
    w.labels = {{"app", "web"}};
    EXPECT_EQ(renamedWorkload(w, "frontend").labels, w.labels);
}

TEST(DesignEdit, RenamesOntoTakenNamesAreRefused)
{
    const Design d = twoNamespaces();
    Workload cart = d.workloads[1];
    cart.name = "web";
    EXPECT_FALSE(replaceElement(d, refTo(d, ElementKind::Workload, 1), cart).ok());
    Namespace shop = d.namespaces[0];
    shop.name = "data";
    EXPECT_FALSE(replaceElement(d, refTo(d, ElementKind::Namespace, 0), shop).ok());
    shop.name = "";
    EXPECT_FALSE(replaceElement(d, refTo(d, ElementKind::Namespace, 0), shop).ok());
    Workload moved = d.workloads[0];
    moved.ns = "nowhere";
    EXPECT_FALSE(replaceElement(d, refTo(d, ElementKind::Workload, 0), moved).ok());
}

TEST(DesignEdit, FlowEditsMustNameDeclaredEnds)
{
    const Design d = twoNamespaces();
    Flow f = d.flows[0];
    f.to = Endpoint::workload("shop", "ghost");
    EXPECT_FALSE(replaceElement(d, ElementRef::flow(0), f).ok());
    f.to = Endpoint::allNamespaces();
    f.ports = {FlowPort::allPorts(Protocol::UDP)};
    const Design after = applyAndCheckUndo(d, replaceElement(d, ElementRef::flow(0), f));
    EXPECT_EQ(after.flows[0], f);
}

TEST(DesignEdit, UnchangedValuesGiveEmptyEdits)
{
    const Design d = twoNamespaces();
    EXPECT_TRUE(replaceElement(d, refTo(d, ElementKind::Workload, 0), d.workloads[0]).edit.empty());
    EXPECT_TRUE(setOptions(d, d.options).edit.empty());
    EXPECT_TRUE(
        moveElements(d, {refTo(d, ElementKind::Workload, 0)}, {0, 0}, kAnchor).edit.empty());
}

TEST(DesignEdit, RemovingANamespaceRemovesItsWorkloadsAndTheirFlows)
{
    const Design before = twoNamespaces();
    const Design after = applyAndCheckUndo(
        before, removeElements(before, {refTo(before, ElementKind::Namespace, 0)}));
    ASSERT_EQ(after.namespaces.size(), 1u);
    ASSERT_EQ(after.workloads.size(), 1u);
    EXPECT_EQ(after.workloads[0].name, "db");
    ASSERT_EQ(after.flows.size(), 1u);
    EXPECT_EQ(after.flows[0].from.toString(), "*/*");
}

TEST(DesignEdit, RemovingAWorkloadAndAFlowTogether)
{
    const Design before = twoNamespaces();
    const Design after = applyAndCheckUndo(
        before,
        removeElements(before, {refTo(before, ElementKind::Workload, 2), ElementRef::flow(0)}));
    EXPECT_EQ(after.workloads.size(), 2u);
    ASSERT_EQ(after.flows.size(), 1u) << "flows 0 (chosen), 1 and 3 (touching db) go";
    EXPECT_EQ(after.flows[0].to.toString(), "external/partner");
}

TEST(DesignEdit, MovingANamespaceCarriesItsWorkloadsOnce)
{
    const Design before = twoNamespaces();
    const Design after = applyAndCheckUndo(before,
                                           moveElements(before,
                                                        {refTo(before, ElementKind::Namespace, 0),
                                                         refTo(before, ElementKind::Workload, 0)},
                                                        {20, 40}, kAnchor));
    EXPECT_EQ(after.namespaces[0].geometry, (Rect{20, 40, 600, 300}));
    EXPECT_EQ(after.workloads[0].position, (Point{60, 100}));
    EXPECT_EQ(after.workloads[1].position, (Point{320, 100}));
    EXPECT_EQ(after.workloads[2].position, before.workloads[2].position);
}

TEST(DesignEdit, MovingAWorkloadIntoAnotherNamespaceMovesItThere)
{
    const Design before = twoNamespaces();
    const Design after = applyAndCheckUndo(
        before,
        moveElements(before, {refTo(before, ElementKind::Workload, 1)}, {500, 120}, kAnchor));
    EXPECT_EQ(after.workloads[1].ns, "data");
    EXPECT_EQ(after.flows[0].to.toString(), "data/cart");
    EXPECT_EQ(after.flows[1].from.toString(), "data/cart");
}

TEST(DesignEdit, MovingAWorkloadOutOfEveryNamespaceIsRefused)
{
    const Design d = twoNamespaces();
    const EditResult r = moveElements(d, {refTo(d, ElementKind::Workload, 0)}, {0, 600}, kAnchor);
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.error.find("would leave namespace \"shop\""), std::string::npos) << r.error;
    EXPECT_TRUE(r.edit.empty());
}

TEST(DesignEdit, MovingIntoANamespaceWithTheSameNameIsRefused)
{
    Design d = twoNamespaces();
    d.workloads.push_back(d.workloads[2]);
    d.workloads.back().ns = "shop";
    d.workloads.back().position = {40, 200};
    EXPECT_FALSE(moveElements(d, {refTo(d, ElementKind::Workload, 3)}, {700, 0}, kAnchor).ok());
}

TEST(DesignEdit, ConnectingUsesTheDestinationsFirstPort)
{
    const Design before = twoNamespaces();
    EditResult r = connectEndpoints(before, Endpoint::workload("shop", "web"),
                                    Endpoint::workload("data", "db"));
    const Design after = applyAndCheckUndo(before, r);
    ASSERT_EQ(r.created.size(), 1u);
    EXPECT_EQ(r.created[0], ElementRef::flow(4));
    EXPECT_EQ(after.flows[4].ports, std::vector<FlowPort>{FlowPort::number(5432)});
    EXPECT_EQ(defaultFlowPorts(before, Endpoint::namespaceAll("data")),
              std::vector<FlowPort>{FlowPort::number(5432)});
    EXPECT_EQ(defaultFlowPorts(before, Endpoint::external("partner")),
              std::vector<FlowPort>{FlowPort::number(443)});
    EXPECT_TRUE(defaultFlowPorts(before, Endpoint::allNamespaces()).empty());
}

TEST(DesignEdit, ConnectingRefusesNonsense)
{
    Design d = twoNamespaces();
    d.externals.push_back({"other", "10.0.0.0/8", {}, {}});
    EXPECT_FALSE(
        connectEndpoints(d, Endpoint::workload("shop", "web"), Endpoint::workload("shop", "web"))
            .ok());
    EXPECT_FALSE(
        connectEndpoints(d, Endpoint::external("partner"), Endpoint::external("other")).ok());
    EXPECT_FALSE(
        connectEndpoints(d, Endpoint::workload("shop", "web"), Endpoint::workload("shop", "nope"))
            .ok());
}

TEST(DesignEdit, NamespaceAtPrefersTheLastDeclared)
{
    Design d = twoNamespaces();
    EXPECT_EQ(namespaceAt(d, {10, 10}), 0);
    EXPECT_EQ(namespaceAt(d, {650, 10}), -1);
    d.namespaces[1].geometry = {0, 0, 100, 100};
    EXPECT_EQ(namespaceAt(d, {10, 10}), 1);
}

TEST(DesignEdit, AdoptingALayoutMovesWhatMovedInOneEdit)
{
    const Design before = twoNamespaces();
    Design arranged = before;
    arranged.namespaces[1].geometry = {500, 40, 320, 200};
    arranged.workloads[0].position = {60, 300};
    const EditResult result = adoptLayout(before, arranged);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(result.edit.changes.size(), 2u) << "only the elements that moved";
    const Design after = applyAndCheckUndo(before, result);
    EXPECT_EQ(after, arranged);
    EXPECT_TRUE(adoptLayout(before, before).edit.empty());
}

TEST(DesignEdit, AdoptingALayoutRefusesAnotherDesign)
{
    const Design before = twoNamespaces();
    Design renamed = before;
    renamed.workloads[0].name = "web-2";
    EXPECT_FALSE(adoptLayout(before, renamed).ok());
    Design fewer = before;
    fewer.flows.clear();
    EXPECT_FALSE(adoptLayout(before, fewer).ok());
}
