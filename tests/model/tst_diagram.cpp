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
