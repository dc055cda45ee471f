#include "model/import/importer.h"

#include "model/design/canvasmetrics.h"
#include "model/design/designcheck.h"
#include "model/graphviz/autolayout.h"
#include "model/import/importcontext_p.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Netpol {

namespace Import {

Context::Context(const ManifestSet &manifests, const ImportOptions &options)
    : cluster(buildCluster(manifests)), evaluator(cluster.policies)
{
    diagnostics = manifests.diagnostics;
    diagnostics.insert(diagnostics.end(), cluster.diagnostics.begin(), cluster.diagnostics.end());
    pairwise = options.pairwise;
    design.metadata.name = options.designName;
    design.metadata.description = options.description;
    for (const NetworkPolicy &policy : cluster.policies) {
        for (const auto *rules : {&policy.spec.ingress, &policy.spec.egress}) {
            for (const NetworkPolicyRule &rule : *rules) {
                for (const NetworkPolicyPort &entry : rule.ports) {
                    const auto protocol = parseProtocol(entry.effectiveProtocol());
                    if (protocol && entry.port && entry.port->isName)
                        referencedNames.emplace(entry.port->name, *protocol);
                }
            }
        }
    }
}

std::string Context::nodeLabel(std::size_t node) const
{
    if (!isExternal(node))
        return members[node].label;
    return "external/" + design.externals[externals[node - members.size()].design].name;
}

void Context::report(Severity severity, std::string code, std::string message, Location location)
{
    diagnostics.push_back(Diagnostic{severity, std::move(code), std::move(message), std::move(location), {}});
}

std::string Context::policyName(std::size_t policy) const
{
    const NetworkPolicy &p = cluster.policies[policy];
    return p.metadata.ns + '/' + p.metadata.name;
}

Location Context::policyLocation(std::size_t policy, const std::string &path) const
{
    return cluster.policySources[policy].locate(path);
}

const Namespace *Context::designNamespace(const std::string &ns) const
{
    if (m_namespacesIndexed != design.namespaces.size()) {
        m_namespaceIndex.clear();
        for (std::size_t i = 0; i < design.namespaces.size(); ++i)
            m_namespaceIndex.emplace(design.namespaces[i].name, i); // the first, as findNamespace
        m_namespacesIndexed = design.namespaces.size();
    }
    const auto found = m_namespaceIndex.find(ns);
    if (found != m_namespaceIndex.end() && design.namespaces[found->second].name == ns)
        return &design.namespaces[found->second];
    return found == m_namespaceIndex.end() ? nullptr : design.findNamespace(ns); // renamed since
}

bool Context::deniesEgress(const std::string &ns) const
{
    const Namespace *n = designNamespace(ns);
    return n && n->deniesEgress();
}

bool Context::deniesIngress(const std::string &ns) const
{
    const Namespace *n = designNamespace(ns);
    return n && n->deniesIngress();
}

std::string joinNames(const std::vector<std::string> &names, std::size_t limit)
{
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < limit; ++i)
        out += (i ? ", " : "") + names[i];
    if (names.size() > limit)
        out += " and " + std::to_string(names.size() - limit) + " more";
    return out;
}

namespace {

// The allow-dns shape: every pod, egress only, one rule, one peer naming one namespace (and
// optionally pods by labels), ports exactly 53/UDP and 53/TCP.
std::optional<DnsOptions> dnsShape(const NetworkPolicy &p)
{
    const PolicyTypes types = p.effectiveTypes();
    if (!p.spec.podSelector.isEmpty() || types.ingress || !types.egress || p.spec.egress.size() != 1)
        return std::nullopt;
    const NetworkPolicyRule &rule = p.spec.egress.front();
    if (rule.peers.size() != 1)
        return std::nullopt;
    const NetworkPolicyPeer &peer = rule.peers.front();
    if (peer.ipBlock || !peer.namespaceSelector || !peer.namespaceSelector->matchExpressions.empty()
        || peer.namespaceSelector->matchLabels.size() != 1
        || !peer.namespaceSelector->matchLabels.count(kNamespaceNameLabel))
        return std::nullopt;
    if (peer.podSelector && !peer.podSelector->matchExpressions.empty())
        return std::nullopt;
    const PortSet dns = PortSet::range(Protocol::UDP, 53, 53).unite(PortSet::range(Protocol::TCP, 53, 53));
    if (PortSet::ofRule(rule, NetworkPeer::pod("", {}, {})) != dns)
        return std::nullopt;
    DnsOptions options;
    options.enabled = true;
    options.ns = peer.namespaceSelector->matchLabels.at(kNamespaceNameLabel);
    options.podSelector = peer.podSelector ? peer.podSelector->matchLabels : Labels{};
    return options;
}

} // namespace

void addNamespaces(Context &ctx)
{
    // The members per namespace, in member order, rather than a pass over all per namespace.
    std::unordered_map<std::string, std::vector<const Member *>> membersIn;
    for (const Member &m : ctx.members) {
        if (m.kind != Member::Kind::OtherNamespace)
            membersIn[m.peer.ns].push_back(&m);
    }
    static const std::vector<const Member *> noMembers;
    for (const ClusterNamespace &cns : ctx.cluster.namespaces) {
        if (cns.name == kExternalPrefix) {
            ctx.report(Severity::Error, "import-reserved-name",
                       "namespace \"external\" cannot be part of a design (external/NAME names external "
                       "peers); its pods and policies are left out",
                       cns.location);
            continue;
        }
        Namespace ns;
        ns.name = cns.name;
        ns.labels = cns.labels;
        ns.labels.erase(kNamespaceNameLabel);
        std::vector<std::string> isolated[2], open[2];
        const auto found = membersIn.find(ns.name);
        for (const Member *m : found == membersIn.end() ? noMembers : found->second) {
            for (int egress = 0; egress < 2; ++egress)
                (ctx.evaluator.isolated(m->peer, egress) ? isolated : open)[egress].push_back(m->label);
        }
        ns.defaultDeny = DirectionSet{!isolated[0].empty(), !isolated[1].empty()};
        ns.managed = ns.defaultDeny.any();
        for (int egress = 0; egress < 2; ++egress) {
            if (isolated[egress].empty() || open[egress].empty())
                continue;
            const std::string direction = egress ? "egress" : "ingress";
            ctx.report(Severity::Warning, "import-partial-isolation",
                       "namespace " + ns.name + ": the input isolates only some pods for " + direction
                           + " (" + joinNames(isolated[egress]) + "; not " + joinNames(open[egress])
                           + "); the design denies " + direction
                           + " for the whole namespace, so the others get only what flows allow",
                       cns.location);
        }
        ctx.design.namespaces.push_back(std::move(ns));
    }
}

void detectDns(Context &ctx)
{
    std::optional<DnsOptions> common;
    bool consistent = true;
    bool any = false;
    for (const Namespace &ns : ctx.design.namespaces) {
        if (!ns.deniesEgress())
            continue;
        any = true;
        std::optional<DnsOptions> found;
        for (std::size_t index : ctx.evaluator.policiesIn(ns.name)) {
            if (auto shape = dnsShape(ctx.cluster.policies[index])) {
                found = shape;
                break;
            }
        }
        if (!found || (common && !(*found == *common)))
            consistent = false;
        common = found ? found : common;
    }
    if (!any)
        return; // the default stays: nothing denies egress, so it generates nothing
    if (consistent && common) {
        ctx.design.options.dns = *common;
        ctx.report(Severity::Info, "import-dns",
                   "every namespace that denies egress allows DNS to " + common->ns
                       + (common->podSelector.empty() ? std::string(" (every pod)")
                                                      : " pods " + formatLabels(common->podSelector))
                       + ": the design's dns option stands for those policies");
        return;
    }
    ctx.design.options.dns.enabled = false;
    // No namespace has the option's shape, or not all have the same one.
    ctx.report(Severity::Info, "import-dns",
               std::string(common ? "the namespaces that deny egress do not all allow DNS the same way"
                                  : "no namespace allows DNS as the design's dns option writes it (port "
                                    "53 toward the pods of one namespace)")
                   + ": the design's dns option is off and flows carry whatever DNS traffic the "
                     "input allows");
}

void layoutDesign(Design &design)
{
    // Cells of the canvas's workload size plus room between them (canvasmetrics.h).
    constexpr double cellWidth = CanvasMetrics::kWorkloadWidth + 60;
    constexpr double cellHeight = CanvasMetrics::kWorkloadHeight + 34;
    constexpr double padX = 40, padY = 60, gap = 80;
    const std::size_t count = design.namespaces.size();
    const std::size_t columns = std::max<std::size_t>(1, std::size_t(std::ceil(std::sqrt(double(count)))));
    std::vector<std::vector<Workload *>> inside(count);
    for (Workload &w : design.workloads) {
        for (std::size_t n = 0; n < count; ++n) {
            if (design.namespaces[n].name == w.ns)
                inside[n].push_back(&w);
        }
    }
    double boxWidth = 300, boxHeight = 160;
    for (const auto &workloads : inside) {
        const std::size_t cols = std::min<std::size_t>(3, std::max<std::size_t>(1, workloads.size()));
        const std::size_t rows = (workloads.size() + cols - 1) / cols;
        boxWidth = std::max(boxWidth, padX + double(cols) * cellWidth);
        boxHeight = std::max(boxHeight, padY + double(rows) * cellHeight + 20);
    }
    for (std::size_t n = 0; n < count; ++n) {
        Namespace &ns = design.namespaces[n];
        ns.geometry = Rect{double(n % columns) * (boxWidth + gap), double(n / columns) * (boxHeight + gap),
                           boxWidth, boxHeight};
        for (std::size_t i = 0; i < inside[n].size(); ++i)
            inside[n][i]->position = Point{ns.geometry.x + padX + double(i % 3) * cellWidth,
                                           ns.geometry.y + padY + double(i / 3) * cellHeight};
    }
    const double right = double(std::min(columns, std::max<std::size_t>(count, 1))) * (boxWidth + gap);
    for (std::size_t i = 0; i < design.externals.size(); ++i)
        design.externals[i].position = Point{right, double(i) * cellHeight};
}

} // namespace Import

ImportResult importDesign(const ManifestSet &manifests, const ImportOptions &options)
{
    using namespace Import;
    Context ctx(manifests, options);
    addWorkloads(ctx);
    addNamespaces(ctx);
    detectDns(ctx);
    addExternals(ctx);
    ImportResult result;
    if (ctx.externals.size() > kMaxExternals) {
        // Checking the design against the input grows with the square of the externals.
        ctx.report(Severity::Error, "import-too-many-externals",
                   "the policies have " + std::to_string(ctx.externals.size())
                       + " distinct ipBlocks; a design has one external per ipBlock and at most "
                       + std::to_string(kMaxExternals) + ": nothing was imported");
        result.diagnostics = std::move(ctx.diagnostics);
        return result;
    }
    // The guardrails become the design's, object for object; the flows come from the
    // NetworkPolicies alone (a guardrail is never folded into flows).
    addGuardrails(ctx);
    synthesizeFlows(ctx);
    reportInexpressible(ctx);
    layoutDesign(ctx.design);

    const Diagnostics problems = checkDesign(ctx.design);
    if (hasErrors(problems)) {
        for (const Diagnostic &d : problems)
            ctx.report(d.severity, "import-invalid-design",
                       "the imported design would be invalid: " + d.message + " ["
                           + d.location.element.toString() + ']');
        result.diagnostics = std::move(ctx.diagnostics);
        return result;
    }
    verifyDesign(ctx, ctx.design);
    if (options.arrange) {
        ArrangeResult arranged = arrangeDesign(ctx.design);
        if (arranged.design) {
            ctx.design = std::move(*arranged.design);
        } else {
            const std::string why = arranged.diagnostics.empty() ? std::string("no reason given")
                                                                 : arranged.diagnostics.back().message;
            ctx.report(Severity::Info, "import-grid-layout",
                       "Graphviz could not arrange the design (" + why + "); namespaces are laid out in a grid");
        }
    }
    result.design = std::move(ctx.design);
    result.diagnostics = std::move(ctx.diagnostics);
    result.halfOpen = std::move(ctx.halfOpen);
    return result;
}

} // namespace Netpol
