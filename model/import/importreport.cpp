// Import steps: what the design cannot express, found from the policies' structure, then by
// comparing the design's generated policies with the input's.

#include "model/import/importcontext_p.h"

#include "model/analysis/reachabilitydiff.h"
#include "model/generate/generator.h"

#include <map>

namespace Netpol::Import {

namespace {

constexpr int kMaxReports = 40; // per kind; the rest are counted

class Limited
{
public:
    Limited(Context &ctx, std::string code) : m_ctx(ctx), m_code(std::move(code)) {}
    ~Limited()
    {
        if (m_count > kMaxReports)
            m_ctx.report(Severity::Warning, m_code,
                         std::to_string(m_count - kMaxReports) + " more findings like the above");
    }
    // Whether the finding was reported (the first kMaxReports are; the rest are counted).
    bool add(Severity severity, std::string message, Location location = {})
    {
        if (++m_count > kMaxReports)
            return false;
        m_ctx.report(severity, m_code, std::move(message), std::move(location));
        return true;
    }

private:
    Context &m_ctx;
    std::string m_code;
    int m_count = 0;
};

std::string rulePath(bool egress, std::size_t rule)
{
    return std::string(egress ? "spec.egress[" : "spec.ingress[") + std::to_string(rule) + ']';
}

// The rules of one side that admit some of `ports` between the two members.
std::vector<std::pair<std::size_t, std::size_t>> rulesAdmitting(const Context &ctx, const Member &subject,
                                                                bool egress, const Member &remote,
                                                                const PortSet &ports)
{
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const Member &destination = egress ? remote : subject;
    for (std::size_t index : ctx.evaluator.policiesIn(subject.peer.ns)) {
        if (!ctx.evaluator.selects(index, subject.peer, egress))
            continue;
        const NetworkPolicySpec &spec = ctx.cluster.policies[index].spec;
        const auto &rules = egress ? spec.egress : spec.ingress;
        for (std::size_t r = 0; r < rules.size(); ++r) {
            if (ctx.evaluator.rulePeersMatch(index, egress, r, remote.peer)
                && !PortSet::ofRule(rules[r], destination.peer, destination.portsKnown).intersect(ports).empty())
                out.emplace_back(index, r);
        }
    }
    return out;
}

void reportHalfOpen(Context &ctx)
{
    Limited reports(ctx, "import-half-open");
    for (const Member &s : ctx.members) {
        if (s.kind != Member::Kind::Workload)
            continue;
        for (const Member &d : ctx.members) {
            if (d.kind != Member::Kind::Workload)
                continue;
            for (bool egress : {true, false}) {
                const Member &subject = egress ? s : d;
                const Member &other = egress ? d : s;
                const PortSet offered = explicitPorts(ctx, subject, egress, other);
                if (offered.empty())
                    continue;
                const PortSet refused = offered.subtract(sidePorts(ctx, other, !egress, subject));
                if (refused.empty())
                    continue;
                std::vector<std::string> rules;
                const auto admitting = rulesAdmitting(ctx, subject, egress, other, refused);
                for (const auto &[policy, rule] : admitting)
                    rules.push_back(ctx.policyName(policy) + ' ' + rulePath(egress, rule));
                const Location at = admitting.empty() ? Location{}
                                                      : ctx.policyLocation(admitting.front().first,
                                                                           rulePath(egress, admitting.front().second));
                const std::string message = egress
                    ? s.label + " may send to " + d.label + " on " + refused.toString() + " ("
                          + joinNames(rules) + ") but " + d.label
                          + " does not accept it: the design has no flow for it"
                    : d.label + " accepts " + s.label + " on " + refused.toString() + " ("
                          + joinNames(rules) + ") but " + s.label
                          + " may not send it: the design has no flow for it";
                if (!reports.add(Severity::Warning, message, at) || s.workload < 0 || d.workload < 0)
                    continue;
                const Workload &from = ctx.design.workloads[std::size_t(s.workload)];
                const Workload &to = ctx.design.workloads[std::size_t(d.workload)];
                HalfOpenConnection open;
                open.flow.from = Endpoint::workload(from.ns, from.name);
                open.flow.to = Endpoint::workload(to.ns, to.name);
                open.flow.ports = refused.toFlowPorts(&to, ctx.referencedNames);
                open.egressAllowed = egress;
                open.finding = ctx.diagnostics.size() - 1;
                ctx.halfOpen.push_back(std::move(open));
            }
        }
    }
}

bool namesNamespaces(const LabelSelector &selector)
{
    if (selector.matchExpressions.empty())
        return selector.matchLabels.size() == 1 && selector.matchLabels.count(kNamespaceNameLabel);
    return selector.matchLabels.empty() && selector.matchExpressions.size() == 1
           && selector.matchExpressions.front().key == kNamespaceNameLabel
           && selector.matchExpressions.front().op == "In";
}

void reportSelectors(Context &ctx)
{
    Limited sets(ctx, "import-selector-set");
    Limited unused(ctx, "import-unused");
    for (std::size_t i = 0; i < ctx.cluster.policies.size(); ++i) {
        const NetworkPolicy &p = ctx.cluster.policies[i];
        std::vector<std::string> selected;
        for (const Member &m : ctx.members) {
            if (m.peer.ns == p.metadata.ns && p.spec.podSelector.matches(m.peer.labels))
                selected.push_back(m.label);
        }
        if (!p.spec.podSelector.matchExpressions.empty())
            sets.add(Severity::Warning,
                     "spec.podSelector of " + ctx.policyName(i)
                         + " picks a set with matchExpressions; the design isolates and allows what it picks "
                           "in the input (" + (selected.empty() ? std::string("nothing") : joinNames(selected))
                         + "), not pods added later",
                     ctx.policyLocation(i, "spec.podSelector"));
        if (selected.empty())
            unused.add(Severity::Warning,
                       ctx.policyName(i) + " selects no pod of the input: nothing in the design comes from it",
                       ctx.policyLocation(i));
        for (bool egress : {false, true}) {
            const auto &rules = egress ? p.spec.egress : p.spec.ingress;
            for (std::size_t r = 0; r < rules.size(); ++r) {
                for (std::size_t k = 0; k < rules[r].peers.size(); ++k) {
                    const NetworkPolicyPeer &peer = rules[r].peers[k];
                    if (peer.ipBlock)
                        continue;
                    const std::string path = rulePath(egress, r) + (egress ? ".to[" : ".from[") + std::to_string(k) + ']';
                    std::vector<std::string> matched;
                    for (const Member &m : ctx.members) {
                        if (ctx.evaluator.peerMatchesAt(i, egress, r, k, m.peer))
                            matched.push_back(m.label);
                    }
                    if (matched.empty()) {
                        unused.add(Severity::Warning,
                                   path + " of " + ctx.policyName(i)
                                       + " matches no pod of the input: the design has no flow for it",
                                   ctx.policyLocation(i, path));
                        continue;
                    }
                    const bool podSet = peer.podSelector && !peer.podSelector->matchExpressions.empty();
                    const bool nsSet = peer.namespaceSelector && !peer.namespaceSelector->isEmpty()
                                       && !namesNamespaces(*peer.namespaceSelector);
                    if (podSet || nsSet)
                        sets.add(nsSet && !podSet ? Severity::Info : Severity::Warning,
                                 path + " of " + ctx.policyName(i) + " picks a set of "
                                     + (podSet ? "pods" : "namespaces")
                                     + (podSet ? " with matchExpressions" : " by label")
                                     + "; the design names what it picks in the input (" + joinNames(matched)
                                     + "), not what is added later",
                                 ctx.policyLocation(i, path));
                }
            }
        }
    }
}

void reportOverlaps(Context &ctx)
{
    Limited reports(ctx, "import-ipblock-overlap");
    for (const ExternalBlock &x : ctx.externals) {
        if (x.anywhere)
            continue;
        const auto cidr = parseCidr(x.block.cidr).cidr;
        std::vector<std::string> pods;
        for (const Member &m : ctx.members) {
            if (!m.peer.ip || !cidr || !cidr->contains(*m.peer.ip))
                continue;
            bool excepted = false;
            for (const std::string &e : x.block.except) {
                const auto except = parseCidr(e).cidr;
                excepted = excepted || (except && except->contains(*m.peer.ip));
            }
            if (!excepted)
                pods.push_back(m.label + " (" + m.peer.ip->toString() + ')');
        }
        if (!pods.empty())
            reports.add(Severity::Warning,
                        "ipBlock " + x.block.cidr + " overlaps the addresses of pods of the input: "
                            + joinNames(pods) + "; the design keeps it as external/"
                            + ctx.design.externals[x.design].name + ", which matches them the same way "
                              "but does not show them as its members");
    }
}

} // namespace

void reportInexpressible(Context &ctx)
{
    reportHalfOpen(ctx);
    reportSelectors(ctx);
    reportOverlaps(ctx);
    if (ctx.synthesized && !ctx.referencedNames.empty()) {
        std::vector<std::string> names;
        for (const auto &[name, protocol] : ctx.referencedNames)
            names.push_back(name + '/' + std::string(protocolName(protocol)));
        ctx.report(Severity::Info, "import-named-ports",
                   "named ports " + joinNames(names)
                       + " stay names in the flows: the input has no pods whose container ports resolve them");
    }
}

void verifyDesign(Context &ctx, const Design &design)
{
    std::vector<NetworkPolicy> generated;
    for (const GeneratedPolicy &g : generatePolicies(design).policies)
        generated.push_back(g.policy);
    std::vector<NetworkPeer> peers;
    std::vector<std::string> labels;
    for (const Member &m : ctx.members) {
        peers.push_back(m.peer);
        labels.push_back(m.label);
    }
    auto address = [&](const std::string &text, const std::string &label) {
        if (const auto cidr = parseCidr(text).cidr) {
            peers.push_back(NetworkPeer::address(cidr->network()));
            labels.push_back(cidr->network().toString() + " (" + label + ')');
        }
    };
    for (const External &x : design.externals) {
        address(x.cidr, "in external/" + x.name);
        for (const std::string &e : x.except)
            address(e, "in an except of external/" + x.name);
    }
    address("192.0.2.1/32", "an address no ipBlock names");
    address("2001:db8::1/128", "an address no ipBlock names");

    const auto ports = distinguishingPorts({ctx.cluster.policies, generated}, peers);
    std::map<std::pair<std::size_t, std::size_t>, std::pair<std::vector<TrafficPort>, std::vector<TrafficPort>>> byPair;
    for (const ReachabilityDifference &d : compareReachability(ctx.cluster.policies, generated, peers, ports)) {
        auto &[lost, gained] = byPair[{d.from, d.to}];
        (d.allowedByFirst ? lost : gained).push_back(d.port);
    }
    // The ports tried are a sample: say "every port tried" rather than list them all.
    auto text = [&](const std::vector<TrafficPort> &which) {
        if (which.size() == ports.size())
            return std::string("every port tried");
        std::vector<std::string> names;
        for (const TrafficPort &p : which)
            names.push_back(p.toString());
        return joinNames(names, 8);
    };
    Limited reports(ctx, "import-not-exact");
    for (const auto &[pair, change] : byPair) {
        const std::string connection = labels[pair.first] + " -> " + labels[pair.second];
        if (!change.first.empty())
            reports.add(Severity::Warning, connection + ": the input allows " + text(change.first)
                                               + ", which the design denies");
        if (!change.second.empty())
            reports.add(Severity::Warning, connection + ": the design allows " + text(change.second)
                                               + ", which the input denies");
    }
}

} // namespace Netpol::Import
