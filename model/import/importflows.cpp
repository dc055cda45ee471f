// Import steps: externals from ipBlocks, then flows from what the policies allow.

#include "model/import/importcontext_p.h"

#include "model/analysis/connectionlist.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <optional>
#include <set>

namespace Netpol::Import {

std::string blockKey(const IPBlock &block)
{
    std::string key = block.cidr;
    for (const std::string &e : block.except)
        key += ' ' + e;
    return key;
}

namespace {

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

} // namespace

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
    std::set<std::string> names;
    for (const External &x : ctx.design.externals)
        names.insert(x.name);
    auto add = [&](const IPBlock &block, bool anywhere) {
        const std::string key = blockKey(block);
        if (const auto it = byKey.find(key); it != byKey.end()) {
            ctx.externals[it->second].anywhere = ctx.externals[it->second].anywhere || anywhere;
            return;
        }
        std::string name = anywhere ? std::string(block.cidr == "0.0.0.0/0" ? "anywhere-ipv4" : "anywhere-ipv6")
                                    : externalName(block.cidr);
        const std::string base = name;
        for (int n = 2; names.count(name); ++n)
            name = base + '-' + std::to_string(n);
        names.insert(name);
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

std::vector<std::vector<std::size_t>> externalsInside(const Context &ctx)
{
    // By first address: the blocks inside x start within x, so only those are tried.
    const std::size_t pods = ctx.members.size();
    struct Block
    {
        Cidr cidr;
        std::size_t index;
    };
    std::vector<Block> blocks;
    for (std::size_t x = 0; x < ctx.externals.size(); ++x) {
        if (const auto cidr = parseCidr(ctx.externals[x].block.cidr).cidr)
            blocks.push_back({*cidr, x});
    }
    auto first = [](const Cidr &c) { return c.network(); }; // IPv4 first, then by address
    std::sort(blocks.begin(), blocks.end(), [&](const Block &a, const Block &b) {
        const IpAddress x = first(a.cidr), y = first(b.cidr);
        return x < y || (x == y && a.index < b.index);
    });
    std::vector<std::vector<std::size_t>> inside(ctx.externals.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block &outer = blocks[i];
        // Blocks with the same first address sort before it too.
        std::size_t j = i;
        while (j > 0 && first(blocks[j - 1].cidr) == first(outer.cidr))
            --j;
        for (; j < blocks.size() && outer.cidr.contains(blocks[j].cidr.network()); ++j) {
            const std::size_t y = blocks[j].index;
            if (y != outer.index && blockHolds(ctx.externals[outer.index].block, ctx.externals[y].block))
                inside[outer.index].push_back(pods + y);
        }
    }
    for (auto &list : inside)
        std::sort(list.begin(), list.end());
    return inside;
}

namespace {

// A sparse row of a table over nodes: the nodes with something in it, ascending.
using Row = ClassRow;

// Per member and direction: what its rules admit toward (egress) or from (ingress) each
// external, as externalSide has it, for every external at once.
Row externalSides(const Context &ctx, const Member &pod, bool egress,
                  const std::map<std::string, std::size_t> &byKey, const std::vector<std::size_t> &anywhere)
{
    const std::size_t pods = ctx.members.size();
    std::map<std::size_t, PortSet> found;
    const NetworkPeer address = NetworkPeer::address(IpAddress{});
    const bool isolated = forEachRule(ctx, pod.peer, egress, [&](std::size_t, std::size_t, const NetworkPolicyRule &rule) {
        std::vector<std::size_t> matched;
        if (rule.peers.empty())
            matched = anywhere;
        for (const NetworkPolicyPeer &peer : rule.peers) {
            if (!peer.ipBlock)
                continue;
            if (const auto it = byKey.find(blockKey(*peer.ipBlock)); it != byKey.end())
                matched.push_back(it->second);
        }
        if (matched.empty())
            return;
        const PortSet ports = PortSet::ofRule(rule, egress ? address : pod.peer, pod.portsKnown);
        for (std::size_t x : matched)
            found[x].unite(ports);
    });
    Row row;
    if (!isolated) {
        for (std::size_t x = 0; x < ctx.externals.size(); ++x)
            row.push_back({pods + x, PortSet::all()});
        return row;
    }
    // Only the externals the rules name: not a pass over every external per pod.
    for (auto &[x, ports] : found) {
        if (!ports.empty())
            row.push_back({pods + x, std::move(ports)});
    }
    return row;
}

} // namespace

void synthesizeFlows(Context &ctx)
{
    if (ctx.pairwise)
        return synthesizeFlowsPairwise(ctx);
    const std::size_t n = ctx.nodeCount();
    const std::size_t pods = ctx.members.size();
    // allowed[s]: what the input allows from node s; needed[s]: what a flow must allow because
    // the design would not allow it on its own (namespaces that do not deny a direction, DNS).
    // Sparse: member pairs come from the class-based connection list, each pod and itself and
    // the externals from the pod's rules.
    std::vector<Row> allowed(n), needed(n);
    const PortSet dnsPorts = PortSet::range(Protocol::UDP, 53, 53).unite(PortSet::range(Protocol::TCP, 53, 53));
    const DnsOptions &dns = ctx.design.options.dns;
    std::vector<char> denyEgress(pods), denyIngress(pods), dnsTarget(pods);
    std::vector<NetworkPeer> peers;
    std::vector<bool> known;
    for (std::size_t m = 0; m < pods; ++m) {
        const NetworkPeer &peer = ctx.members[m].peer;
        denyEgress[m] = ctx.deniesEgress(peer.ns);
        denyIngress[m] = ctx.deniesIngress(peer.ns);
        dnsTarget[m] = dns.enabled && peer.ns == dns.ns && labelsContain(peer.labels, dns.podSelector);
        peers.push_back(peer);
        known.push_back(ctx.members[m].portsKnown);
    }
    // What a flow must allow for a pair that the input allows `c` on; with `keep`, `c` is also
    // kept in the pair's row of `allowed` (member pairs are looked up by class instead).
    auto add = [&](std::size_t s, std::size_t d, PortSet c, bool keep = true) {
        if (c.empty())
            return;
        PortSet egressFree = PortSet::all();
        if (!ctx.isExternal(s) && denyEgress[s])
            egressFree = !ctx.isExternal(d) && dnsTarget[d] ? dnsPorts : PortSet::none();
        const bool ingressFree = ctx.isExternal(d) || !denyIngress[d];
        PortSet need = c.subtract(ingressFree ? egressFree : PortSet::none());
        if (!need.empty())
            needed[s].push_back({d, std::move(need)});
        if (keep)
            allowed[s].push_back({d, std::move(c)});
    };
    std::map<std::string, std::size_t> byKey;
    std::vector<std::size_t> anywhere;
    for (std::size_t x = 0; x < ctx.externals.size(); ++x) {
        byKey.emplace(blockKey(ctx.externals[x].block), x);
        if (ctx.externals[x].anywhere)
            anywhere.push_back(x);
    }
    // Member pairs per pair of classes: a pair needs a flow only where its source's namespace
    // denies egress or its destination's denies ingress, so open namespaces cost nothing per
    // pair (an open cluster of thousands of pods is a few class pairs, not millions of rows).
    const ClassConnections classes = computeClassConnections(ctx.evaluator, peers, known);
    const std::size_t classCount = classes.members.size();
    std::vector<char> classDeniesEgress(classCount, 0), classDeniesIngress(classCount, 0);
    for (std::size_t m = 0; m < pods; ++m) {
        classDeniesEgress[classes.classOf[m]] |= denyEgress[m];
        classDeniesIngress[classes.classOf[m]] |= denyIngress[m];
    }
    std::unordered_map<std::size_t, const PortSet *> byClassPair;
    for (const auto &[pair, ports] : classes.pairs) {
        const auto [a, b] = pair;
        byClassPair.emplace(a * classCount + b, ports.get());
        if (!classDeniesEgress[a] && !classDeniesIngress[b])
            continue;
        for (std::size_t s : classes.members[a]) {
            for (std::size_t d : classes.members[b]) {
                if (s != d)
                    add(s, d, *ports, false);
            }
        }
    }
    for (std::size_t s = 0; s < pods; ++s) {
        const Member &m = ctx.members[s];
        add(s, s, sidePorts(ctx, m, true, m).intersect(sidePorts(ctx, m, false, m)));
        for (auto &[x, ports] : externalSides(ctx, m, true, byKey, anywhere))
            add(s, x, std::move(ports));
    }
    // From the externals: what each pod's ingress rules admit from them, in pod order.
    for (std::size_t d = 0; d < pods; ++d) {
        for (auto &[x, ports] : externalSides(ctx, ctx.members[d], false, byKey, anywhere))
            add(x, d, std::move(ports));
    }
    for (std::vector<Row> *rows : {&allowed, &needed}) {
        for (Row &row : *rows)
            std::stable_sort(row.begin(), row.end(),
                             [](const auto &x, const auto &y) { return x.first < y.first; });
    }
    // What the input allows from node s to node d: member pairs by their classes.
    auto allowedPorts = [&](std::size_t s, std::size_t d) -> const PortSet * {
        if (s < pods && d < pods && s != d) {
            const auto it = byClassPair.find(classes.classOf[s] * classCount + classes.classOf[d]);
            return it == byClassPair.end() ? nullptr : it->second;
        }
        return findInRow(allowed[s], d);
    };

    // The ends flows can have, widest first: */*, NS/*, workloads, externals; and the groups
    // each node is in.
    std::vector<Group> groups;
    const std::size_t none = SIZE_MAX;
    std::vector<std::size_t> nsGroup(n, none), workloadGroup(n, none), externalGroup(n, none);
    Group all{Endpoint::allNamespaces(), {}, nullptr};
    for (std::size_t m = 0; m < pods; ++m)
        all.nodes.push_back(m);
    groups.push_back(all);
    std::map<std::string, std::size_t> nsIndex;
    for (const Namespace &ns : ctx.design.namespaces) {
        nsIndex.emplace(ns.name, groups.size());
        groups.push_back({Endpoint::namespaceAll(ns.name), {}, nullptr});
    }
    for (std::size_t m = 0; m < pods; ++m) {
        const auto it = nsIndex.find(ctx.members[m].peer.ns);
        if (ctx.members[m].kind != Member::Kind::OtherNamespace && it != nsIndex.end()) {
            groups[it->second].nodes.push_back(m);
            nsGroup[m] = it->second;
        }
    }
    const std::size_t firstWorkload = groups.size();
    for (const Workload &wl : ctx.design.workloads)
        groups.push_back({Endpoint::workload(wl.ns, wl.name), {}, &wl});
    for (std::size_t m = 0; m < pods; ++m) {
        if (ctx.members[m].workload >= 0) {
            workloadGroup[m] = firstWorkload + std::size_t(ctx.members[m].workload);
            groups[workloadGroup[m]].nodes.push_back(m);
        }
    }
    // Externals widest first, so a flow to a block also serves the blocks inside it.
    std::vector<std::size_t> order(ctx.externals.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto prefix = [&](std::size_t i) { return parseCidr(ctx.externals[i].block.cidr).cidr->prefix; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return prefix(a) < prefix(b); });
    for (std::size_t i : order) {
        externalGroup[pods + i] = groups.size();
        groups.push_back({Endpoint::external(ctx.design.externals[ctx.externals[i].design].name), {pods + i}, nullptr});
    }
    const std::vector<std::vector<std::size_t>> inside = externalsInside(ctx);
    auto inGroup = [&](std::size_t node, std::size_t g) {
        return g == 0 ? node < pods
                      : nsGroup[node] == g || workloadGroup[node] == g || externalGroup[node] == g;
    };
    std::vector<char> marked(groups.size(), 0);
    std::vector<std::size_t> candidates;
    for (std::size_t f = 0; f < groups.size(); ++f) {
        const Group &from = groups[f];
        // Only groups holding a node that still needs something from `from` can get a flow.
        candidates.clear();
        for (std::size_t s : from.nodes) {
            for (const auto &[d, ports] : needed[s]) {
                if (ports.empty())
                    continue;
                for (std::size_t g : {std::size_t(0), nsGroup[d], workloadGroup[d], externalGroup[d]}) {
                    if (g != none && inGroup(d, g) && !marked[g]) {
                        marked[g] = 1;
                        candidates.push_back(g);
                    }
                }
            }
        }
        std::sort(candidates.begin(), candidates.end());
        for (std::size_t g : candidates)
            marked[g] = 0;
        for (std::size_t t : candidates) {
            const Group &to = groups[t];
            if (from.endpoint.isExternal() && to.endpoint.isExternal())
                continue;
            std::optional<PortSet> widest;
            for (std::size_t s : from.nodes) {
                for (std::size_t d : to.nodes) {
                    const PortSet *a = allowedPorts(s, d);
                    widest = !a ? PortSet::none() : widest ? widest->intersect(*a) : *a;
                    if (widest->empty())
                        break;
                }
                if (widest && widest->empty())
                    break;
            }
            if (!widest || widest->empty())
                continue;
            // An external end is looked up in the rows; a group of members is a scan of the
            // rows' members (externals come after them).
            const bool toExternal = to.endpoint.isExternal();
            PortSet wanted;
            for (std::size_t s : from.nodes) {
                if (toExternal) {
                    if (const PortSet *need = findInRow(needed[s], to.nodes.front()))
                        wanted.unite(*need);
                    continue;
                }
                for (const auto &[d, ports] : needed[s]) {
                    if (d >= pods)
                        break;
                    if (inGroup(d, t))
                        wanted.unite(ports);
                }
            }
            const PortSet ports = wanted.intersect(*widest);
            if (ports.empty())
                continue;
            std::vector<std::size_t> targets;
            if (toExternal) {
                targets.push_back(to.nodes.front());
                const auto &in = inside[to.nodes.front() - pods];
                targets.insert(targets.end(), in.begin(), in.end());
            }
            for (std::size_t s : from.nodes) {
                std::vector<std::size_t> sources{s};
                if (ctx.isExternal(s))
                    sources.insert(sources.end(), inside[s - pods].begin(), inside[s - pods].end());
                for (std::size_t source : sources) {
                    Row &row = needed[source];
                    if (toExternal) {
                        for (std::size_t target : targets) {
                            const auto it = std::lower_bound(row.begin(), row.end(), target,
                                                             [](const auto &e, std::size_t n) { return e.first < n; });
                            if (it != row.end() && it->first == target)
                                it->second = it->second.subtract(ports);
                        }
                        continue;
                    }
                    for (auto &[target, need] : row) {
                        if (target >= pods)
                            break;
                        if (!need.empty() && inGroup(target, t))
                            need = need.subtract(ports);
                    }
                }
            }
            ctx.design.flows.push_back(Flow{from.endpoint, to.endpoint,
                                            ports.toFlowPorts(to.workload, ctx.referencedNames)});
        }
    }
}

} // namespace Netpol::Import
