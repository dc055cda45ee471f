// The import's flows evaluated member pair by member pair on dense tables: the reference the
// tests compare synthesizeFlows with (ImportOptions::pairwise). Quadratic in the members.

#include "model/import/importcontext_p.h"

#include <algorithm>

namespace Netpol::Import {

void synthesizeFlowsPairwise(Context &ctx)
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
