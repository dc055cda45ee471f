#include "model/graphviz/diagram.h"

#include "model/core/process.h"
#include "model/graphviz/graphviz_p.h"

#include <map>

namespace Netpol {

namespace {

using Gv::cs;
using Gv::escapeHtml;
using Gv::set;

const char kManagedColor[] = "#2b6cb0";
const char kManagedFill[] = "#eef5fd";
const char kUnmanagedColor[] = "#8a94a6";
const char kUnmanagedFill[] = "#f5f6f8";
const char kExternalColor[] = "#b7791f";
const char kExternalFill[] = "#fff8e6";
const char kDnsColor[] = "#718096";

std::string portsText(const Flow &flow)
{
    if (flow.ports.empty())
        return "any port";
    std::string text;
    for (const FlowPort &p : flow.ports)
        text += (text.empty() ? "" : ", ") + p.toString();
    return text;
}

std::string directions(const DirectionSet &set)
{
    if (set.ingress && set.egress)
        return "deny ingress + egress";
    if (set.ingress)
        return "deny ingress";
    if (set.egress)
        return "deny egress";
    return "no default deny";
}

class Builder
{
public:
    Builder(const Design &design, const DiagramOptions &options)
        : m_design(design), m_options(options), m_graph(Gv::open("netpol"))
    {
        m_diagram.simplified = int(design.workloads.size()) > options.simplifyAbove;
        m_labels = options.labels && !m_diagram.simplified;
    }

    Diagram build()
    {
        Agraph_t *g = m_graph.get();
        setDefaults(g);
        for (const Namespace &ns : m_design.namespaces)
            cluster(ns.name);
        for (const Workload &w : m_design.workloads)
            workloadNode(w);
        for (const External &e : m_design.externals)
            externalNode(e);
        for (const Flow &flow : m_design.flows)
            flowEdge(flow);
        if (m_options.dns && m_design.options.dns.enabled)
            dnsEdges();
        if (m_options.legend)
            legend();
        if (m_diagram.simplified) {
            Diagnostic note;
            note.severity = Severity::Info;
            note.code = "diagram-simplified";
            note.message = std::to_string(m_design.workloads.size())
                           + " workloads: edge labels were dropped and Graphviz's fast layout settings "
                             "used (above "
                           + std::to_string(m_options.simplifyAbove) + " workloads)";
            m_diagram.notes.push_back(note);
        }
        m_diagram.dot = Gv::write(g);
        return std::move(m_diagram);
    }

private:
    void setDefaults(Agraph_t *g)
    {
        set(g, "rankdir", m_options.rankdir == RankDirection::LeftRight ? "LR" : "TB");
        set(g, "compound", "true");
        set(g, "fontname", "Helvetica");
        set(g, "fontsize", "16");
        set(g, "labelloc", "t");
        set(g, "nodesep", "0.35");
        set(g, "ranksep", "0.9");
        set(g, "pad", "0.3");
        if (!m_design.metadata.name.empty())
            set(g, "label", m_design.metadata.name);
        if (m_diagram.simplified) {
            set(g, "splines", "line");
            set(g, "mclimit", "0.1");
            set(g, "nslimit", "1");
            set(g, "nslimit1", "1");
        }
        agattr(g, AGNODE, cs("fontname"), cs("Helvetica"));
        agattr(g, AGNODE, cs("fontsize"), cs("11"));
        agattr(g, AGNODE, cs("shape"), cs("box"));
        agattr(g, AGNODE, cs("style"), cs("rounded,filled"));
        agattr(g, AGNODE, cs("fillcolor"), cs("#ffffff"));
        agattr(g, AGNODE, cs("color"), cs("#4a5568"));
        agattr(g, AGNODE, cs("margin"), cs("0.12,0.06"));
        agattr(g, AGEDGE, cs("fontname"), cs("Helvetica"));
        agattr(g, AGEDGE, cs("fontsize"), cs("9"));
        agattr(g, AGEDGE, cs("color"), cs("#2d3748"));
        agattr(g, AGEDGE, cs("arrowsize"), cs("0.7"));
    }

    Agraph_t *cluster(const std::string &name)
    {
        const auto it = m_clusters.find(name);
        if (it != m_clusters.end())
            return it->second;
        Agraph_t *sub = agsubg(m_graph.get(), cs("cluster_" + name), 1);
        const Namespace *ns = m_design.findNamespace(name);
        const bool managed = ns && ns->managed;
        set(sub, "style", managed ? "rounded,filled" : "rounded,filled,dashed");
        set(sub, "color", managed ? kManagedColor : kUnmanagedColor);
        set(sub, "fillcolor", managed ? kManagedFill : kUnmanagedFill);
        set(sub, "penwidth", managed ? "1.6" : "1.2");
        set(sub, "fontname", "Helvetica");
        set(sub, "labeljust", "l");
        const std::string detail = managed ? "managed · " + directions(ns->defaultDeny)
                                           : std::string(ns ? "unmanaged" : "not in the design");
        Gv::setHtml(m_graph.get(), sub, "label",
                    "<b>" + escapeHtml(name) + "</b>  <font point-size=\"9\" color=\"#4a5568\">"
                        + escapeHtml(detail) + "</font>");
        m_clusters.emplace(name, sub);
        return sub;
    }

    void workloadNode(const Workload &w)
    {
        Agnode_t *n = agnode(cluster(w.ns), cs(w.ns + '/' + w.name), 1);
        std::string html = "<b>" + escapeHtml(w.name) + "</b><br/><font point-size=\"9\" color=\"#4a5568\">"
                           + std::string(workloadKindName(w.kind)) + "</font>";
        int shown = 0;
        for (const auto &[key, value] : w.labels) {
            if (shown == 2) {
                html += "<br/><font point-size=\"8\" color=\"#718096\">+"
                        + std::to_string(w.labels.size() - 2) + " more</font>";
                break;
            }
            html += "<br/><font point-size=\"8\" color=\"#2d3748\">" + escapeHtml(key + '=' + value) + "</font>";
            ++shown;
        }
        Gv::setHtml(m_graph.get(), n, "label", html);
        m_nodes.emplace(w.ns + '/' + w.name, n);
    }

    void externalNode(const External &e)
    {
        Agnode_t *n = agnode(m_graph.get(), cs("external/" + e.name), 1);
        set(n, "shape", "hexagon");
        set(n, "style", "filled");
        set(n, "color", kExternalColor);
        set(n, "fillcolor", kExternalFill);
        std::string html = "<b>" + escapeHtml(e.name) + "</b><br/><font point-size=\"9\">" + escapeHtml(e.cidr) + "</font>";
        if (!e.except.empty()) {
            std::string except;
            for (const std::string &x : e.except)
                except += (except.empty() ? "" : ", ") + x;
            html += "<br/><font point-size=\"8\" color=\"#718096\">except " + escapeHtml(except) + "</font>";
        }
        Gv::setHtml(m_graph.get(), n, "label", html);
        m_nodes.emplace("external/" + e.name, n);
    }

    // "Every pod" stand-ins for NS/* and */* ends, made when a flow needs them.
    Agnode_t *allPodsNode(const std::string &ns)
    {
        const std::string key = ns + "/*";
        if (const auto it = m_nodes.find(key); it != m_nodes.end())
            return it->second;
        Agnode_t *n = agnode(cluster(ns), cs(key), 1);
        set(n, "shape", "ellipse");
        set(n, "style", "dashed,filled");
        set(n, "label", "all pods");
        m_nodes.emplace(key, n);
        return n;
    }

    Agnode_t *everyPodNode()
    {
        if (const auto it = m_nodes.find("*/*"); it != m_nodes.end())
            return it->second;
        Agnode_t *n = agnode(m_graph.get(), cs("*/*"), 1);
        set(n, "shape", "ellipse");
        set(n, "style", "dashed,filled");
        set(n, "label", "every pod\n(all namespaces)");
        m_nodes.emplace("*/*", n);
        return n;
    }

    Agnode_t *nodeFor(const Endpoint &e)
    {
        switch (e.kind) {
        case Endpoint::Kind::Workload:
        case Endpoint::Kind::External: {
            const auto it = m_nodes.find(e.toString());
            return it == m_nodes.end() ? nullptr : it->second;
        }
        case Endpoint::Kind::Namespace:
            return allPodsNode(e.ns);
        case Endpoint::Kind::AllNamespaces:
            return everyPodNode();
        }
        return nullptr;
    }

    void flowEdge(const Flow &flow)
    {
        Agnode_t *from = nodeFor(flow.from);
        Agnode_t *to = nodeFor(flow.to);
        if (!from || !to)
            return; // an undeclared end: the design's own check reports it
        Agedge_t *e = agedge(m_graph.get(), from, to, nullptr, 1);
        const std::string ports = portsText(flow);
        if (m_labels)
            set(e, "label", ports);
        set(e, "tooltip", flow.from.toString() + " -> " + flow.to.toString() + ": " + ports);
    }

    void dnsEdges()
    {
        const DnsOptions &dns = m_design.options.dns;
        Agnode_t *target = nullptr;
        for (const Workload &w : m_design.workloads) {
            if (w.ns == dns.ns && labelsContain(w.labels, dns.podSelector)) {
                target = m_nodes.at(w.ns + '/' + w.name);
                break;
            }
        }
        bool anyDenies = false;
        for (const Namespace &ns : m_design.namespaces)
            anyDenies = anyDenies || ns.deniesEgress();
        if (!anyDenies)
            return;
        if (!target) {
            target = agnode(cluster(dns.ns), cs(dns.ns + "/dns"), 1);
            set(target, "shape", "ellipse");
            set(target, "style", "dashed,filled");
            set(target, "label", "DNS pods");
        }
        for (const Namespace &ns : m_design.namespaces) {
            if (!ns.deniesEgress() || ns.name == dns.ns)
                continue;
            Agnode_t *anchor = nullptr;
            for (const Workload &w : m_design.workloads) {
                if (w.ns == ns.name) {
                    anchor = m_nodes.at(w.ns + '/' + w.name);
                    break;
                }
            }
            if (!anchor)
                anchor = allPodsNode(ns.name);
            Agedge_t *e = agedge(m_graph.get(), anchor, target, nullptr, 1);
            set(e, "ltail", "cluster_" + ns.name);
            set(e, "style", "dashed");
            set(e, "color", kDnsColor);
            set(e, "fontcolor", kDnsColor);
            set(e, "constraint", "false");
            set(e, "tooltip", "DNS from every pod of " + ns.name + ": 53/UDP, 53/TCP");
            if (m_labels)
                set(e, "label", "DNS");
        }
    }

    void legend()
    {
        Agnode_t *n = agnode(m_graph.get(), cs("legend"), 1);
        set(n, "shape", "plaintext");
        set(n, "style", "");
        set(n, "fontsize", "9");
        auto row = [](const std::string &sample, const std::string &text) {
            return "<tr><td align=\"left\">" + sample + "</td><td align=\"left\">" + text + "</td></tr>";
        };
        std::string html = "<table border=\"0\" cellborder=\"0\" cellspacing=\"3\" cellpadding=\"2\">"
                           "<tr><td colspan=\"2\" align=\"left\"><b>Legend</b></td></tr>";
        html += row(std::string("<table border=\"1\" color=\"") + kManagedColor + "\" bgcolor=\"" + kManagedFill
                        + "\" cellborder=\"0\"><tr><td> namespace </td></tr></table>",
                    "managed: default deny and policies generated");
        html += row(std::string("<table border=\"1\" color=\"") + kUnmanagedColor + "\" bgcolor=\"" + kUnmanagedFill
                        + "\" cellborder=\"0\"><tr><td> namespace </td></tr></table>",
                    "unmanaged: referenced only");
        html += row("<table border=\"1\" cellborder=\"0\"><tr><td> workload </td></tr></table>",
                    "name, kind, pod labels");
        html += row(std::string("<table border=\"1\" color=\"") + kExternalColor + "\" bgcolor=\"" + kExternalFill
                        + "\" cellborder=\"0\"><tr><td> external </td></tr></table>",
                    "address block outside the cluster");
        html += row("<font point-size=\"12\">&#8594;</font>", m_labels ? "allowed flow, labelled with its ports"
                                                                        : "allowed flow");
        if (m_options.dns && m_design.options.dns.enabled)
            html += row("<font color=\"#718096\" point-size=\"12\">&#8674;</font>", "DNS (53/UDP, 53/TCP)");
        html += "</table>";
        Gv::setHtml(m_graph.get(), n, "label", html);
    }

    const Design &m_design;
    const DiagramOptions &m_options;
    Gv::Graph m_graph;
    Diagram m_diagram;
    bool m_labels = true;
    std::map<std::string, Agraph_t *> m_clusters;
    std::map<std::string, Agnode_t *> m_nodes;
};

} // namespace

Diagram buildDiagram(const Design &design, const DiagramOptions &options)
{
    return Builder(design, options).build();
}

std::optional<DiagramFormat> parseDiagramFormat(std::string_view text)
{
    if (!text.empty() && text.front() == '.')
        text.remove_prefix(1);
    if (text == "dot" || text == "gv")
        return DiagramFormat::Dot;
    if (text == "svg")
        return DiagramFormat::Svg;
    if (text == "png")
        return DiagramFormat::Png;
    if (text == "pdf")
        return DiagramFormat::Pdf;
    return std::nullopt;
}

std::string_view diagramFormatName(DiagramFormat format)
{
    switch (format) {
    case DiagramFormat::Dot:
        return "dot";
    case DiagramFormat::Svg:
        return "svg";
    case DiagramFormat::Png:
        return "png";
    case DiagramFormat::Pdf:
        return "pdf";
    }
    return "dot";
}

RenderResult renderDiagram(const Diagram &diagram, DiagramFormat format, std::chrono::milliseconds timeout)
{
    RenderResult result;
    if (format == DiagramFormat::Dot) {
        result.ok = true;
        result.output = diagram.dot;
        return result;
    }
    const ProgramResult run = runProgram("dot", {"-T" + std::string(diagramFormatName(format))}, diagram.dot, timeout);
    auto add = [&](Severity severity, std::string code, std::string message) {
        Diagnostic d;
        d.severity = severity;
        d.code = std::move(code);
        d.message = std::move(message);
        result.diagnostics.push_back(std::move(d));
    };
    if (!run.started) {
        add(Severity::Error, "graphviz-missing",
            run.error + " (the dot program comes with the Debian package graphviz)");
        return result;
    }
    // Graphviz prints "Warning: ..." and "Error: ..." lines; with output produced, even its
    // errors (trouble in init_rank on big graphs, which also makes it exit with 1) only
    // degraded the picture. Its messages can run to thousands of lines: show the first few.
    const bool produced = !run.out.empty() && !run.timedOut;
    const int kShown = 5;
    int lines = 0;
    std::size_t pos = 0;
    while (pos < run.err.size()) {
        std::size_t end = run.err.find('\n', pos);
        if (end == std::string::npos)
            end = run.err.size();
        const std::string line = run.err.substr(pos, end - pos);
        pos = end + 1;
        if (line.empty() || line.front() == '\t')
            continue; // continuation lines of the previous message
        if (++lines <= kShown)
            add(produced ? Severity::Warning : Severity::Error, "graphviz", "Graphviz: " + line);
    }
    if (lines > kShown)
        add(produced ? Severity::Warning : Severity::Error, "graphviz",
            "Graphviz: " + std::to_string(lines - kShown) + " more messages");
    if (run.timedOut)
        add(Severity::Error, "graphviz-timeout", run.error);
    else if (!produced)
        add(Severity::Error, "graphviz-failed",
            "dot exited with status " + std::to_string(run.exitCode) + " and produced no output");
    result.ok = produced;
    if (produced)
        result.output = run.out;
    return result;
}

} // namespace Netpol
