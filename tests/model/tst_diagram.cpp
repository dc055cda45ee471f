// Graphviz diagrams and automatic layout. The DOT is read back with cgraph itself.

#include "designbuilder.h"
#include "support/testsupport.h"

#include "model/core/process.h"
#include "model/design/designreader.h"
#include "model/graphviz/autolayout.h"
#include "model/graphviz/diagram.h"

#include <graphviz/cgraph.h>

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

struct ParsedDot
{
    std::set<std::string> clusters;
    std::map<std::string, std::string> nodeCluster; // node -> cluster ("" at the top level)
    std::vector<std::tuple<std::string, std::string, std::string, std::string>> edges; // tail, head, label, style
    std::map<std::string, std::string> graphAttributes;
};

char *cs(const char *s)
{
    return const_cast<char *>(s);
}

std::string attr(void *object, const char *name)
{
    const char *v = agget(object, cs(name));
    return v ? v : "";
}

void walk(Agraph_t *graph, ParsedDot &out)
{
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        const std::string name = agnameof(sub);
        if (name.rfind("cluster_", 0) == 0) {
            out.clusters.insert(name);
            for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n))
                out.nodeCluster[agnameof(n)] = name;
        }
        walk(sub, out);
    }
}

ParsedDot parseDot(const std::string &dot)
{
    ParsedDot out;
    Agraph_t *g = agmemread(dot.c_str());
    EXPECT_TRUE(g) << dot;
    if (!g)
        return out;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        out.nodeCluster.emplace(agnameof(n), "");
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
            out.edges.emplace_back(agnameof(agtail(e)), agnameof(aghead(e)), attr(e, "label"), attr(e, "style"));
    }
    walk(g, out);
    for (const char *a : {"rankdir", "splines", "mclimit"})
        out.graphAttributes[a] = attr(g, a);
    agclose(g);
    return out;
}

Design example(const std::string &name)
{
    const DesignReadResult r = readDesignFile(examplePath(name));
    EXPECT_TRUE(r.design);
    return r.design.value_or(Design{});
}

int countDnsEdges(const ParsedDot &dot)
{
    int n = 0;
    for (const auto &edge : dot.edges)
        n += std::get<3>(edge) == "dashed";
    return n;
}

} // namespace

TEST(Diagram, ClustersNodesAndEdgesOfTheDesign)
{
    const Design design = example("online-shop.netpol.yaml");
    const ParsedDot dot = parseDot(buildDiagram(design).dot);
    for (const Namespace &ns : design.namespaces)
        EXPECT_TRUE(dot.clusters.count("cluster_" + ns.name)) << ns.name;
    for (const Workload &w : design.workloads)
        EXPECT_EQ(dot.nodeCluster.at(w.ns + '/' + w.name), "cluster_" + w.ns);
    for (const External &e : design.externals)
        EXPECT_EQ(dot.nodeCluster.at("external/" + e.name), "") << "externals sit outside every namespace";
    EXPECT_EQ(dot.nodeCluster.at("ingress-nginx/*"), "cluster_ingress-nginx") << "NS/* ends get an all-pods node";
    EXPECT_TRUE(dot.nodeCluster.count("*/*"));
    EXPECT_TRUE(dot.nodeCluster.count("legend"));
    // One edge per flow, labelled with its ports, plus a DNS edge per egress-denying namespace.
    std::multiset<std::string> flowEdges;
    for (const auto &[tail, head, label, style] : dot.edges) {
        if (style != "dashed")
            flowEdges.insert(tail + " -> " + head + " : " + label);
    }
    EXPECT_EQ(flowEdges.size(), design.flows.size());
    EXPECT_TRUE(flowEdges.count("storefront/web -> storefront/cart : grpc/TCP"));
    EXPECT_TRUE(flowEdges.count("monitoring/prometheus -> */* : 9100-9199/TCP"));
    EXPECT_TRUE(flowEdges.count("payments/payment-api -> external/payment-gateway : 443/TCP"));
    EXPECT_EQ(countDnsEdges(dot), 4) << "storefront, payments, data and monitoring deny egress";
    EXPECT_EQ(dot.graphAttributes.at("rankdir"), "LR");
}

TEST(Diagram, OptionsLeaveThingsOut)
{
    const Design design = example("online-shop.netpol.yaml");
    DiagramOptions options;
    options.dns = false;
    options.labels = false;
    options.legend = false;
    options.rankdir = RankDirection::TopBottom;
    const ParsedDot dot = parseDot(buildDiagram(design, options).dot);
    EXPECT_EQ(countDnsEdges(dot), 0);
    for (const auto &edge : dot.edges)
        EXPECT_EQ(std::get<2>(edge), "") << std::get<0>(edge);
    EXPECT_FALSE(dot.nodeCluster.count("legend"));
    EXPECT_EQ(dot.graphAttributes.at("rankdir"), "TB");
}

TEST(Diagram, BigDesignsAreSimplifiedAndSaySo)
{
    DesignBuilder b;
    b.ns("big");
    for (int i = 0; i < 30; ++i)
        b.workload("big", "w" + std::to_string(i), {{"app", "w" + std::to_string(i)}});
    for (int i = 1; i < 30; ++i)
        b.flow("big/w0", "big/w" + std::to_string(i), {"80/TCP"});
    DiagramOptions options;
    options.simplifyAbove = 20;
    const Diagram diagram = buildDiagram(b.build(), options);
    EXPECT_TRUE(diagram.simplified);
    ASSERT_EQ(diagram.notes.size(), 1u);
    EXPECT_EQ(diagram.notes[0].code, "diagram-simplified");
    const ParsedDot dot = parseDot(diagram.dot);
    EXPECT_EQ(dot.graphAttributes.at("splines"), "line");
    EXPECT_EQ(dot.graphAttributes.at("mclimit"), "0.1");
    for (const auto &edge : dot.edges)
        EXPECT_EQ(std::get<2>(edge), "");
}

TEST(Diagram, NamesThatNeedQuotingSurvive)
{
    const Design design = DesignBuilder()
                              .ns("a")
                              .workload("a", "web.v2", {{"app", "x<y>&\"z\""}})
                              .external("e", "10.0.0.0/8")
                              .flow("a/web.v2", "external/e", {"443/TCP"});
    const ParsedDot dot = parseDot(buildDiagram(design).dot);
    EXPECT_EQ(dot.nodeCluster.at("a/web.v2"), "cluster_a");
}

TEST(DiagramRender, SvgPngPdfAndDot)
{
    const Diagram diagram = buildDiagram(example("production.netpol.yaml"));
    const RenderResult svg = renderDiagram(diagram, DiagramFormat::Svg);
    ASSERT_TRUE(svg.ok) << (svg.diagnostics.empty() ? "" : svg.diagnostics[0].format());
    EXPECT_EQ(svg.output.rfind("<?xml", 0), 0u);
    EXPECT_NE(svg.output.find("<svg "), std::string::npos);
    EXPECT_NE(svg.output.find("</svg>"), std::string::npos);
    const RenderResult png = renderDiagram(diagram, DiagramFormat::Png);
    ASSERT_TRUE(png.ok);
    EXPECT_EQ(png.output.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    const RenderResult pdf = renderDiagram(diagram, DiagramFormat::Pdf);
    ASSERT_TRUE(pdf.ok);
    EXPECT_EQ(pdf.output.substr(0, 5), "%PDF-");
    const RenderResult dot = renderDiagram(diagram, DiagramFormat::Dot);
    EXPECT_EQ(dot.output, diagram.dot);
}

TEST(DiagramRender, GraphvizErrorsAreReported)
{
    Diagram broken;
    broken.dot = "digraph { a -> ; }";
    const RenderResult r = renderDiagram(broken, DiagramFormat::Svg);
    EXPECT_FALSE(r.ok);
    ASSERT_FALSE(r.diagnostics.empty());
    EXPECT_TRUE(hasErrors(r.diagnostics));
    EXPECT_NE(r.diagnostics[0].message.find("Graphviz"), std::string::npos) << r.diagnostics[0].message;
}

TEST(DiagramRender, FormatNames)
{
    EXPECT_EQ(parseDiagramFormat(".svg"), DiagramFormat::Svg);
    EXPECT_EQ(parseDiagramFormat("png"), DiagramFormat::Png);
    EXPECT_EQ(parseDiagramFormat("gv"), DiagramFormat::Dot);
    EXPECT_FALSE(parseDiagramFormat("jpg"));
}

TEST(Process, TimeoutsAndMissingPrograms)
{
    const ProgramResult slow = runProgram("sleep", {"10"}, "", std::chrono::milliseconds(200));
    EXPECT_TRUE(slow.started);
    EXPECT_TRUE(slow.timedOut);
    EXPECT_FALSE(slow.error.empty());
    const ProgramResult missing = runProgram("no-such-program-netpol", {}, "", std::chrono::seconds(5));
    EXPECT_FALSE(missing.started);
    EXPECT_NE(missing.error.find("no-such-program-netpol"), std::string::npos);
    const ProgramResult cat = runProgram("cat", {}, std::string(1 << 20, 'x'), std::chrono::seconds(20));
    EXPECT_EQ(cat.exitCode, 0);
    EXPECT_EQ(cat.out.size(), std::size_t(1) << 20) << "large input and output do not deadlock";
    const ProgramResult early = runProgram("true", {}, std::string(1 << 22, 'x'), std::chrono::seconds(20));
    EXPECT_EQ(early.exitCode, 0) << "a program that stops reading does not kill us with SIGPIPE";
}

// ---- Arrange ---------------------------------------------------------------------------------

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

void expectTidyFrames(const std::string &file, const ArrangeOptions &options)
{
    const DesignReadResult read = readDesignFile(file);
    ASSERT_TRUE(read.design);
    const ArrangeResult arranged = arrangeDesign(*read.design, options);
    ASSERT_TRUE(arranged.design) << (arranged.diagnostics.empty() ? "" : arranged.diagnostics[0].format());
    const Design &d = *arranged.design;
    ASSERT_EQ(d.workloads.size(), read.design->workloads.size());
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
        withOldPlaces.workloads[i].position = read.design->workloads[i].position;
    for (std::size_t i = 0; i < d.externals.size(); ++i)
        withOldPlaces.externals[i].position = read.design->externals[i].position;
    for (std::size_t i = 0; i < d.namespaces.size(); ++i)
        withOldPlaces.namespaces[i].geometry = read.design->namespaces[i].geometry;
    EXPECT_EQ(withOldPlaces, *read.design);
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
