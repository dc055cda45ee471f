// Copy and paste, the palette's templates, and the live preview's manifest cache.

#include "designbuilder.h"
#include "support/testsupport.h"

#include "model/design/designfragment.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/design/elementtemplate.h"
#include "model/generate/generator.h"
#include "model/generate/manifestcache.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Design applied(const Design &before, const EditResult &result)
{
    EXPECT_TRUE(result.ok()) << result.error;
    Design after = before;
    const DesignEdit inverse = applyEdit(after, result.edit);
    Design undone = after;
    applyEdit(undone, inverse);
    EXPECT_EQ(writeDesign(undone), writeDesign(before));
    return after;
}

Design shop()
{
    Design d = DesignBuilder()
                   .ns("shop")
                   .ns("data")
                   .workload("shop", "web", {{"app", "web"}, {"tier", "front"}},
                             {port(8080, "http")})
                   .workload("shop", "cart", {{"app", "cart"}}, {port(9090, "grpc")})
                   .workload("data", "db", {{"app", "db"}}, {port(5432, "postgres")})
                   .external("partner", "203.0.113.0/24")
                   .flow("shop/web", "shop/cart", {"9090/TCP"})
                   .flow("shop/cart", "data/db", {"5432/TCP"})
                   .flow("shop/*", "external/partner", {"443/TCP"})
                   .build();
    d.namespaces[0].geometry = {0, 0, 600, 300};
    d.namespaces[1].geometry = {700, 0, 400, 300};
    return d;
}

std::vector<NetworkPolicy> policiesOf(const Design &d)
{
    std::vector<NetworkPolicy> out;
    for (const GeneratedPolicy &g : generatePolicies(d).policies)
        out.push_back(g.policy);
    return out;
}

} // namespace

TEST(DesignFragment, CopyingANamespaceTakesItsWorkloadsAndInnerFlows)
{
    const Design d = shop();
    const Design fragment = copyElements(d, {refTo(d, ElementKind::Namespace, 0)});
    EXPECT_EQ(fragment.namespaces.size(), 1u);
    EXPECT_EQ(fragment.workloads.size(), 2u);
    ASSERT_EQ(fragment.flows.size(), 1u) << "only web -> cart has both ends copied";
    EXPECT_EQ(fragment.flows[0].to.toString(), "shop/cart");
}

TEST(DesignFragment, PastingANamespaceRenamesEverythingConsistently)
{
    const Design before = shop();
    const Design fragment = copyElements(before, {refTo(before, ElementKind::Namespace, 0)});
    const EditResult r = pasteElements(before, fragment, {0, 400});
    const Design after = applied(before, r);
    ASSERT_EQ(after.namespaces.size(), 3u);
    EXPECT_EQ(after.namespaces[2].name, "shop-2");
    EXPECT_EQ(after.namespaces[2].geometry, (Rect{0, 400, 600, 300}));
    EXPECT_EQ(after.workloads[3].ns, "shop-2");
    EXPECT_EQ(after.workloads[3].name, "web") << "names only need to be unique per namespace";
    EXPECT_EQ(after.flows.back().from.toString(), "shop-2/web");
    EXPECT_EQ(after.flows.back().to.toString(), "shop-2/cart");
    EXPECT_EQ(r.created.size(), 4u);
}

TEST(DesignFragment, DuplicatingAWorkloadKeepsItsNamespaceAndSeparatesItsSelector)
{
    const Design before = shop();
    const std::vector<ElementRef> chosen = {refTo(before, ElementKind::Workload, 0),
                                            refTo(before, ElementKind::Workload, 1)};
    const Design fragment = copyElements(before, chosen);
    const Design after = applied(before, pasteElements(before, fragment, {20, 20}));
    ASSERT_EQ(after.workloads.size(), 5u);
    const Workload &copy = after.workloads[3];
    EXPECT_EQ(copy.ns, "shop");
    EXPECT_EQ(copy.name, "web-2");
    EXPECT_EQ(copy.labels, (Labels{{"app", "web-2"}, {"tier", "front"}}));
    EXPECT_EQ(after.flows.back().from.toString(), "shop/web-2");
    EXPECT_EQ(after.flows.back().to.toString(), "shop/cart-2");
}

TEST(DesignFragment, ACopiedFlowAlonePastesBetweenTheSameEnds)
{
    const Design before = shop();
    const Design fragment = copyElements(before, {ElementRef::flow(1)});
    const Design after = applied(before, pasteElements(before, fragment, {20, 20}));
    ASSERT_EQ(after.flows.size(), 4u);
    EXPECT_EQ(after.flows[3], before.flows[1]);
}

TEST(DesignFragment, WorkloadsWhoseNamespaceIsGoneAreLeftOut)
{
    const Design source = shop();
    const Design fragment = copyElements(source, {refTo(source, ElementKind::Workload, 2)});
    Design target = source;
    target.namespaces.pop_back();
    target.workloads.pop_back();
    target.flows.erase(target.flows.begin() + 1);
    EXPECT_FALSE(pasteElements(target, fragment, {20, 20}).ok());
}

TEST(ElementTemplates, IdsRoundTripAndThePaletteHasEveryEntry)
{
    const auto templates = paletteTemplates();
    EXPECT_EQ(templates.size(), 10u); // namespace, six kinds, external, two presets
    for (const ElementTemplate &t : templates) {
        const auto parsed = parseTemplateId(t.id());
        ASSERT_TRUE(parsed) << t.id();
        EXPECT_EQ(*parsed, t);
    }
    EXPECT_FALSE(parseTemplateId("workload/ReplicaSet"));
}

TEST(ElementTemplates, AWorkloadNeedsANamespaceUnderIt)
{
    const Design d = shop();
    const ElementTemplate job{ElementTemplate::Type::Workload, WorkloadKind::Job};
    const EditResult outside = createFromTemplate(d, job, {650, 50}, {600, 30});
    EXPECT_FALSE(outside.ok());
    EXPECT_NE(outside.error.find("inside a namespace"), std::string::npos);

    const Design after = applied(d, createFromTemplate(d, job, {750, 100}, {700, 64}));
    const Workload &w = after.workloads.back();
    EXPECT_EQ(w.ns, "data");
    EXPECT_EQ(w.name, "job");
    EXPECT_EQ(w.kind, WorkloadKind::Job);
    EXPECT_EQ(w.labels, (Labels{{"app", "job"}}));
    EXPECT_TRUE(w.ports.empty()) << "jobs serve nothing";
    // Dropped on the frame's edge: it moves just inside, below the title band.
    EXPECT_EQ(w.position, (Point{720, 60}));
    const Design twice = applied(after, createFromTemplate(after, job, {750, 100}, {700, 64}));
    EXPECT_EQ(twice.workloads.back().name, "job-2");
}

TEST(ElementTemplates, PresetsAreUnmanagedNamespacesWithTheirWorkload)
{
    const Design d = shop();
    const ElementTemplate dns{ElementTemplate::Type::ClusterDns, WorkloadKind::Deployment};
    const EditResult r = createFromTemplate(d, dns, {0, 500}, {0, 500});
    const Design after = applied(d, r);
    EXPECT_EQ(after.namespaces.back().name, "kube-system");
    EXPECT_FALSE(after.namespaces.back().managed);
    EXPECT_EQ(after.workloads.back().labels, (Labels{{"k8s-app", "kube-dns"}}));
    EXPECT_EQ(r.created.size(), 2u);
    EXPECT_FALSE(createFromTemplate(after, dns, {0, 900}, {0, 900}).ok()) << "one kube-system only";

    const ElementTemplate ns{ElementTemplate::Type::Namespace, WorkloadKind::Deployment};
    const Design withNs = applied(d, createFromTemplate(d, ns, {5, 5}, {0, 800}));
    EXPECT_EQ(withNs.namespaces.back().name, "namespace");
    EXPECT_TRUE(withNs.namespaces.back().managed);
    EXPECT_EQ(withNs.namespaces.back().geometry.y, 800);
}

TEST(ManifestCache, RendersExactlyWhatTheSingleExportWrites)
{
    Design d = productionDesign();
    ExportOptions options;
    options.designName = d.metadata.name;
    options.designSource = "production.netpol.yaml";
    ManifestCache cache;
    std::vector<NetworkPolicy> policies = policiesOf(d);
    EXPECT_EQ(cache.render(d, options), buildExport(policies, options).front().content);
    EXPECT_EQ(cache.lastEmitted(), int(policies.size()));

    d.workloads[2].labels["tier"] = "db"; // touches the policies that select the database
    policies = policiesOf(d);
    EXPECT_EQ(cache.render(d, options), buildExport(policies, options).front().content);
    EXPECT_GT(cache.lastEmitted(), 0);
    EXPECT_LT(cache.lastEmitted(), int(policies.size()))
        << "unchanged policies are not emitted again";
    EXPECT_EQ(cache.lastRegenerated(), 1);

    d.workloads[2].position.x += 200; // a card moved: nothing to generate, nothing to emit
    EXPECT_EQ(cache.render(d, options), buildExport(policies, options).front().content);
    EXPECT_EQ(cache.lastRegenerated(), 0);
    EXPECT_EQ(cache.lastEmitted(), 0);
    EXPECT_EQ(cache.lastCompared(), 0);
}

TEST(ManifestCache, NamespacesAnEditDoesNotReachAreNotCompared)
{
    DesignReadResult read = readDesignFile(examplePath("online-shop.netpol.yaml"));
    ASSERT_TRUE(read.design);
    Design d = *read.design;
    ExportOptions options;
    ManifestCache cache;
    cache.render(d, options);
    Workload *fraud = d.findWorkload("payments", "fraud-check");
    ASSERT_NE(fraud, nullptr);
    fraud->labels["tier"] = "scoring"; // only payments' policies name it
    const std::vector<NetworkPolicy> policies = policiesOf(d);
    EXPECT_EQ(cache.render(d, options), buildExport(policies, options).front().content);
    EXPECT_EQ(cache.lastRegenerated(), 1);
    const auto inPayments = std::count_if(policies.begin(), policies.end(), [](const NetworkPolicy &p) {
        return p.metadata.ns == "payments";
    });
    EXPECT_EQ(cache.lastCompared(), int(inPayments));
    EXPECT_EQ(cache.lastEmitted(), 2) << "fraud-check's ingress and payment-api's egress";
}
