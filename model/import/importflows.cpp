// Import steps: externals from ipBlocks, then flows from what the policies allow.

#include "model/import/importcontext_p.h"

#include <algorithm>
#include <map>

namespace Netpol::Import {

namespace {

std::string blockKey(const IPBlock &block)
{
    std::string key = block.cidr;
    for (const std::string &e : block.except)
        key += ' ' + e;
    return key;
}

std::string externalName(const std::string &cidr)
{
    std::string name = "ipblock-";
    for (char c : cidr)
        name += std::isalnum(static_cast<unsigned char>(c)) ? char(std::tolower(static_cast<unsigned char>(c))) : '-';
    while (name.back() == '-')
        name.pop_back();
    return name;
}

// Policy rules of one direction that apply to `subject`, in order.
template<typename Fn>
bool forEachRule(const Context &ctx, const NetworkPeer &subject, bool egress, Fn fn)
{
    if (!subject.isPod)
        return false;
    bool isolated = false;
    for (std::size_t index : ctx.evaluator.policiesIn(subject.ns)) {
        if (!ctx.evaluator.selects(index, subject, egress))
            continue;
        isolated = true;
        const NetworkPolicySpec &spec = ctx.cluster.policies[index].spec;
        const auto &rules = egress ? spec.egress : spec.ingress;
        for (std::size_t r = 0; r < rules.size(); ++r)
            fn(index, r, rules[r]);
    }
    return isolated;
}

PortSet sideFor(const Context &ctx, const Member &subject, bool egress, const Member &remote, bool onlyExplicit)
{
    const Member &destination = egress ? remote : subject;
    PortSet out;
    const bool isolated = forEachRule(ctx, subject.peer, egress,
                                      [&](std::size_t index, std::size_t r, const NetworkPolicyRule &rule) {
                                          if (ctx.evaluator.rulePeersMatch(index, egress, r, remote.peer))
                                              out.unite(PortSet::ofRule(rule, destination.peer, destination.portsKnown));
                                      });
    if (!isolated)
        return onlyExplicit ? PortSet::none() : PortSet::all();
    return out;
}

// What a pod's rules admit toward (egress) or from (ingress) every address of an external.
PortSet externalSide(const Context &ctx, const Member &pod, bool egress, const ExternalBlock &external)
{
    const std::string key = blockKey(external.block);
    PortSet out;
    const NetworkPeer address = NetworkPeer::address(IpAddress{});
    const bool isolated = forEachRule(ctx, pod.peer, egress, [&](std::size_t, std::size_t, const NetworkPolicyRule &rule) {
        bool matches = external.anywhere && rule.peers.empty();
        for (const NetworkPolicyPeer &peer : rule.peers)
            matches = matches || (peer.ipBlock && blockKey(*peer.ipBlock) == key);
        if (matches)
            out.unite(PortSet::ofRule(rule, egress ? address : pod.peer, pod.portsKnown));
    });
    return isolated ? out : PortSet::all();
}

// Every address of `inner` is in `outer` (and not in one of its excepts).
bool blockHolds(const IPBlock &outer, const IPBlock &inner)
{
    const auto o = parseCidr(outer.cidr).cidr;
    const auto i = parseCidr(inner.cidr).cidr;
    if (!o || !i || !o->contains(*i))
        return false;
    for (const std::string &text : outer.except) {
        const auto e = parseCidr(text).cidr;
        if (e && (e->contains(*i) || i->contains(*e)))
            return false;
    }
    return true;
}

} // namespace

PortSet sidePorts(const Context &ctx, const Member &subject, bool egress, const Member &remote)
{
    return sideFor(ctx, subject, egress, remote, false);
}

PortSet explicitPorts(const Context &ctx, const Member &subject, bool egress, const Member &remote)
{
    return sideFor(ctx, subject, egress, remote, true);
}

void addExternals(Context &ctx)
{
    std::map<std::string, std::size_t> byKey;
    auto add = [&](const IPBlock &block, bool anywhere) {
        const std::string key = blockKey(block);
        if (const auto it = byKey.find(key); it != byKey.end()) {
            ctx.externals[it->second].anywhere = ctx.externals[it->second].anywhere || anywhere;
            return;
        }
        std::string name = anywhere ? std::string(block.cidr == "0.0.0.0/0" ? "anywhere-ipv4" : "anywhere-ipv6")
                                    : externalName(block.cidr);
        const std::string base = name;
        for (int n = 2; ctx.design.findExternal(name); ++n)
            name = base + '-' + std::to_string(n);
        byKey.emplace(key, ctx.externals.size());
        ctx.externals.push_back({block, anywhere, ctx.design.externals.size()});
        ctx.design.externals.push_back(External{name, block.cidr, block.except, {}});
    };
    for (std::size_t i = 0; i < ctx.cluster.policies.size(); ++i) {
        const NetworkPolicy &p = ctx.cluster.policies[i];
        for (const auto *rules : {&p.spec.ingress, &p.spec.egress}) {
            for (const NetworkPolicyRule &rule : *rules) {
                for (const NetworkPolicyPeer &peer : rule.peers) {
                    if (!peer.ipBlock)
                        continue;
                    bool valid = parseCidr(peer.ipBlock->cidr).cidr.has_value();
                    for (const std::string &e : peer.ipBlock->except)
                        valid = valid && parseCidr(e).cidr.has_value();
                    if (valid)
                        add(*peer.ipBlock, false);
                    else
                        ctx.report(Severity::Warning, "import-invalid-ipblock",
                                   "ipBlock " + blockKey(*peer.ipBlock) + " of " + ctx.policyName(i)
                                       + " is not a valid CIDR block; it matches nothing and has no external",
                                   ctx.policyLocation(i));
                }
            }
        }
    }
    // Every address: rules without peers on an isolated side, and pods left open in a
    // namespace the design isolates.
    bool anywhere = false;
    for (const Member &m : ctx.members) {
        if (m.kind == Member::Kind::OtherNamespace)
            continue;
        for (bool egress : {false, true}) {
            if (!(egress ? ctx.deniesEgress(m.peer.ns) : ctx.deniesIngress(m.peer.ns)))
                continue;
            bool allPeers = false;
            const bool isolated = forEachRule(ctx, m.peer, egress, [&](std::size_t, std::size_t, const NetworkPolicyRule &r) {
                allPeers = allPeers || r.peers.empty();
            });
            anywhere = anywhere || !isolated || allPeers;
        }
    }
    if (anywhere) {
        add(IPBlock{"0.0.0.0/0", {}}, true);
        add(IPBlock{"::/0", {}}, true);
    }
}

void synthesizeFlows(Context &ctx)
{
    const std::size_t n = ctx.nodeCount();
    const std::size_t pods = ctx.members.size();
    // allowed[s][d]: what the input allows; needed[s][d]: what a flow must allow because the
    // design would not allow it on its own (namespaces that do not deny a direction, DNS).
    std::vector<PortSet> allowed(n * n), needed(n * n);
    const PortSet dnsPorts = PortSet::range(Protocol::UDP, 53, 53).unite(PortSet::range(Protocol::TCP, 53, 53));
    const DnsOptions &dns = ctx.design.options.dns;
    for (std::size_t s = 0; s < n; ++s) {
        for (std::size_t d = 0; d < n; ++d) {
            if (ctx.isExternal(s) && ctx.isExternal(d))
                continue;
            PortSet c;
            if (!ctx.isExternal(s) && !ctx.isExternal(d))
                c = sidePorts(ctx, ctx.members[s], true, ctx.members[d])
                        .intersect(sidePorts(ctx, ctx.members[d], false, ctx.members[s]));
            else if (ctx.isExternal(d))
                c = externalSide(ctx, ctx.members[s], true, ctx.externals[d - pods]);
            else
                c = externalSide(ctx, ctx.members[d], false, ctx.externals[s - pods]);
            PortSet egressFree = PortSet::all();
            if (!ctx.isExternal(s) && ctx.deniesEgress(ctx.members[s].peer.ns)) {
                const bool toDns = dns.enabled && !ctx.isExternal(d) && ctx.members[d].peer.ns == dns.ns
                                   && labelsContain(ctx.members[d].peer.labels, dns.podSelector);
                egressFree = toDns ? dnsPorts : PortSet::none();
            }
            const bool ingressFree = ctx.isExternal(d) || !ctx.deniesIngress(ctx.members[d].peer.ns);
            needed[s * n + d] = c.subtract(ingressFree ? egressFree : PortSet::none());
            allowed[s * n + d] = std::move(c);
        }
    }

    // The ends flows can have, widest first: */*, NS/*, workloads, externals.
    std::vector<Group> groups;
    Group all{Endpoint::allNamespaces(), {}, nullptr};
    for (std::size_t m = 0; m < pods; ++m)
        all.nodes.push_back(m);
    groups.push_back(all);
    for (const Namespace &ns : ctx.design.namespaces) {
        Group g{Endpoint::namespaceAll(ns.name), {}, nullptr};
        for (std::size_t m = 0; m < pods; ++m) {
            if (ctx.members[m].kind != Member::Kind::OtherNamespace && ctx.members[m].peer.ns == ns.name)
                g.nodes.push_back(m);
        }
        groups.push_back(g);
    }
    for (std::size_t w = 0; w < ctx.design.workloads.size(); ++w) {
        const Workload &wl = ctx.design.workloads[w];
        Group g{Endpoint::workload(wl.ns, wl.name), {}, &wl};
        for (std::size_t m = 0; m < pods; ++m) {
            if (ctx.members[m].workload == int(w))
                g.nodes.push_back(m);
        }
        groups.push_back(g);
    }
    // Externals widest first, so a flow to a block also serves the blocks inside it.
    std::vector<std::size_t> order(ctx.externals.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto prefix = [&](std::size_t i) { return parseCidr(ctx.externals[i].block.cidr).cidr->prefix; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return prefix(a) < prefix(b); });
    for (std::size_t i : order)
        groups.push_back({Endpoint::external(ctx.design.externals[ctx.externals[i].design].name), {pods + i}, nullptr});
    // inside[x]: the externals whose every address external x holds.
    std::vector<std::vector<std::size_t>> inside(ctx.externals.size());
    for (std::size_t x = 0; x < ctx.externals.size(); ++x) {
        for (std::size_t y = 0; y < ctx.externals.size(); ++y) {
            if (x != y && blockHolds(ctx.externals[x].block, ctx.externals[y].block))
                inside[x].push_back(pods + y);
        }
    }
    auto covered = [&](std::size_t node) {
        std::vector<std::size_t> nodes{node};
        if (ctx.isExternal(node))
            nodes.insert(nodes.end(), inside[node - pods].begin(), inside[node - pods].end());
        return nodes;
    };

    for (const Group &from : groups) {
        for (const Group &to : groups) {
            if (from.endpoint.isExternal() && to.endpoint.isExternal())
                continue;
            std::optional<PortSet> widest;
            for (std::size_t s : from.nodes) {
                for (std::size_t d : to.nodes) {
                    widest = widest ? widest->intersect(allowed[s * n + d]) : allowed[s * n + d];
                    if (widest->empty())
                        break;
                }
                if (widest && widest->empty())
                    break;
            }
            if (!widest || widest->empty())
                continue;
            PortSet wanted;
            for (std::size_t s : from.nodes) {
                for (std::size_t d : to.nodes)
                    wanted.unite(needed[s * n + d]);
            }
            const PortSet ports = wanted.intersect(*widest);
            if (ports.empty())
                continue;
            for (std::size_t s : from.nodes) {
                for (std::size_t d : to.nodes) {
                    for (std::size_t source : covered(s)) {
                        for (std::size_t target : covered(d))
                            needed[source * n + target] = needed[source * n + target].subtract(ports);
                    }
                }
            }
            ctx.design.flows.push_back(Flow{from.endpoint, to.endpoint,
                                            ports.toFlowPorts(to.workload, ctx.referencedNames)});
        }
    }
}

} // namespace Netpol::Import
