// Import steps: what the design cannot express, found from the policies' structure
// (importverify.cpp then compares the design's generated policies with the input's).

#include "model/import/importcontext_p.h"
#include "model/import/importlimited_p.h"

#include "model/analysis/connectionlist.h"

#include <algorithm>
#include <map>

namespace Netpol::Import {

namespace {

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

// Half-open pairs judged per class of members: what one side offers and the other refuses is
// the same for every pair of members of two classes.
class HalfOpenClasses
{
public:
    explicit HalfOpenClasses(const Context &ctx)
    {
        std::vector<NetworkPeer> peers;
        std::vector<bool> known;
        for (const Member &m : ctx.members) {
            peers.push_back(m.peer);
            known.push_back(m.portsKnown);
        }
        m_sides = computeClassSides(ctx.evaluator, peers, known);
        const std::size_t classes = m_sides.members.size();
        m_workloads.assign(classes, 0);
        for (std::size_t m = 0; m < ctx.members.size(); ++m)
            m_workloads[m_sides.classOf[m]] += ctx.members[m].kind == Member::Kind::Workload;
        m_reverse.assign(classes, {});
        std::map<std::pair<bool, std::string>, std::size_t> signatures;
        const ClassSides::Side &ingress = m_sides.sides[0];
        for (std::size_t b = 0; b < classes; ++b) {
            for (const auto &[a, ports] : ingress.toSome[b])
                m_reverse[a].push_back(b);
            const auto key = std::pair{bool(ingress.isolated[b]), ingress.toAll[b].toString()};
            const auto [it, added] = signatures.emplace(key, m_signatures.size());
            if (added)
                m_signatures.push_back({ingress.isolated[b], ingress.toAll[b], 0});
            m_signatureOf.push_back(it->second);
            m_signatures[it->second].workloads += m_workloads[b];
        }
    }

    std::size_t classOf(std::size_t member) const { return m_sides.classOf[member]; }

    // What the source class a offers the destination class b on its egress side and b refuses
    // (egress), or what b's ingress offers a and a may not send.
    PortSet refused(std::size_t a, std::size_t b, bool egress) const
    {
        if (egress)
            return m_sides.explicitPorts(true, a, b).subtract(m_sides.ports(false, b, a));
        return m_sides.explicitPorts(false, b, a).subtract(m_sides.ports(true, a, b));
    }

    // Half-open findings with class a as source: per destination workload member, one for
    // each direction refused.
    std::size_t findingsFrom(std::size_t a) const
    {
        if (const auto it = m_findings.find(a); it != m_findings.end())
            return it->second;
        // Classes with rules naming a, or named by a's egress rules, are judged one by one; the
        // others only by what their ingress rules allow from every class, so per signature.
        std::vector<std::size_t> special;
        for (const auto &[b, ports] : m_sides.sides[1].toSome[a])
            special.push_back(b);
        for (std::size_t b : m_reverse[a])
            special.push_back(b);
        std::sort(special.begin(), special.end());
        special.erase(std::unique(special.begin(), special.end()), special.end());
        std::vector<std::size_t> rest(m_signatures.size());
        for (std::size_t i = 0; i < m_signatures.size(); ++i)
            rest[i] = m_signatures[i].workloads;
        std::size_t count = 0;
        for (std::size_t b : special) {
            rest[m_signatureOf[b]] -= m_workloads[b];
            count += m_workloads[b] * (std::size_t(!refused(a, b, true).empty()) + !refused(a, b, false).empty());
        }
        const ClassSides::Side &egress = m_sides.sides[1];
        const PortSet offers = egress.isolated[a] ? egress.toAll[a] : PortSet::none();
        const PortSet sends = egress.isolated[a] ? egress.toAll[a] : PortSet::all();
        for (std::size_t i = 0; i < m_signatures.size(); ++i) {
            const Signature &sig = m_signatures[i];
            const bool egressRefused = !offers.subtract(sig.isolated ? sig.toAll : PortSet::all()).empty();
            const bool ingressRefused = !(sig.isolated ? sig.toAll : PortSet::none()).subtract(sends).empty();
            count += rest[i] * (std::size_t(egressRefused) + ingressRefused);
        }
        m_findings.emplace(a, count);
        return count;
    }

private:
    // Destination classes told apart only by their ingress side toward every class.
    struct Signature
    {
        bool isolated = false;
        PortSet toAll;
        std::size_t workloads = 0;
    };

    ClassSides m_sides;
    std::vector<std::size_t> m_workloads; // per class: members that are design workloads
    std::vector<std::vector<std::size_t>> m_reverse; // per class a: classes whose ingress names a
    std::vector<Signature> m_signatures;
    std::vector<std::size_t> m_signatureOf; // per class
    mutable std::map<std::size_t, std::size_t> m_findings; // per source class
};

// The same findings member pair by member pair: the reference (ImportOptions::pairwise).
void reportHalfOpenPairwise(Context &ctx)
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

void reportHalfOpen(Context &ctx)
{
    if (ctx.pairwise)
        return reportHalfOpenPairwise(ctx);
    const HalfOpenClasses classes(ctx);
    Limited reports(ctx, "import-half-open");
    for (std::size_t source = 0; source < ctx.members.size(); ++source) {
        const Member &s = ctx.members[source];
        if (s.kind != Member::Kind::Workload)
            continue;
        if (reports.full()) {
            // Past the limit the findings are only counted: per class, not per pair.
            reports.count(classes.findingsFrom(classes.classOf(source)));
            continue;
        }
        if (classes.findingsFrom(classes.classOf(source)) == 0)
            continue;
        for (std::size_t destination = 0; destination < ctx.members.size(); ++destination) {
            const Member &d = ctx.members[destination];
            if (d.kind != Member::Kind::Workload)
                continue;
            for (bool egress : {true, false}) {
                const PortSet refused = classes.refused(classes.classOf(source), classes.classOf(destination), egress);
                if (refused.empty())
                    continue;
                if (reports.full()) {
                    reports.count();
                    continue;
                }
                const Member &subject = egress ? s : d;
                const Member &other = egress ? d : s;
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
    // Members by namespace: a selector is judged on a namespace's first member, then on the
    // members of the namespaces it matches, in member order.
    std::map<std::string, std::vector<std::size_t>> byNamespace, byNamespaceLabels;
    for (std::size_t m = 0; m < ctx.members.size(); ++m) {
        const NetworkPeer &peer = ctx.members[m].peer;
        byNamespace[peer.ns].push_back(m);
        std::string key = peer.ns + '\x1c';
        for (const auto &[k, v] : peer.namespaceLabels)
            key += k + '\x1f' + v + '\x1e';
        byNamespaceLabels[key].push_back(m);
    }
    // The namespaces (their members) by name and by each of their labels, so that a peer is
    // judged on the namespaces it can match rather than on all of them (a pass over every
    // namespace per peer grows with the policies times the namespaces).
    using Groups = std::vector<const std::vector<std::size_t> *>;
    Groups allGroups;
    std::map<std::string, Groups> groupsByName;
    std::map<std::pair<std::string, std::string>, Groups> groupsByLabel;
    for (const auto &[key, members] : byNamespaceLabels) {
        const NetworkPeer &first = ctx.members[members.front()].peer;
        allGroups.push_back(&members);
        groupsByName[first.ns].push_back(&members);
        for (const auto &label : first.namespaceLabels)
            groupsByLabel[label].push_back(&members);
    }
    // Those a peer of a policy in `ns` can match; each is still judged as before.
    auto groupsFor = [&](const NetworkPolicyPeer &peer, const std::string &ns) -> const Groups & {
        static const Groups none;
        if (!peer.podSelector && !peer.namespaceSelector)
            return allGroups;
        if (!peer.namespaceSelector) {
            const auto found = groupsByName.find(ns);
            return found == groupsByName.end() ? none : found->second;
        }
        if (peer.namespaceSelector->matchLabels.empty())
            return allGroups;
        const auto found = groupsByLabel.find(*peer.namespaceSelector->matchLabels.begin());
        return found == groupsByLabel.end() ? none : found->second;
    };
    static const std::vector<std::size_t> noMembers;
    for (std::size_t i = 0; i < ctx.cluster.policies.size(); ++i) {
        const NetworkPolicy &p = ctx.cluster.policies[i];
        std::vector<std::string> selected;
        const auto own = byNamespace.find(p.metadata.ns);
        for (std::size_t m : own == byNamespace.end() ? noMembers : own->second) {
            if (p.spec.podSelector.matches(ctx.members[m].peer.labels))
                selected.push_back(ctx.members[m].label);
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
                    std::vector<std::size_t> candidates;
                    for (const std::vector<std::size_t> *group : groupsFor(peer, p.metadata.ns)) {
                        const std::vector<std::size_t> &members = *group;
                        const NetworkPeer &first = ctx.members[members.front()].peer;
                        const bool nsMatch = !peer.podSelector && !peer.namespaceSelector ? true
                                             : peer.namespaceSelector ? peer.namespaceSelector->matches(first.namespaceLabels)
                                                                      : first.ns == p.metadata.ns;
                        if (nsMatch)
                            candidates.insert(candidates.end(), members.begin(), members.end());
                    }
                    std::sort(candidates.begin(), candidates.end());
                    std::vector<std::string> matched;
                    for (std::size_t m : candidates) {
                        if (ctx.evaluator.peerMatchesAt(i, egress, r, k, ctx.members[m].peer))
                            matched.push_back(ctx.members[m].label);
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

} // namespace Netpol::Import
