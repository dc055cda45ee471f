#include "model/analysis/connectionlist.h"
#include "model/analysis/tieredconnections_p.h"

#include "model/analysis/reachability.h"
#include "model/k8s/cidr.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

// The connections of many peers at once, computed on classes of peers that no selector,
// ipBlock or named port tells apart (computeConnections, computeClassSides).

namespace Netpol {

namespace {

const std::vector<NetworkPolicyRule> &rulesOf(const NetworkPolicy &policy, bool egress)
{
    return egress ? policy.spec.egress : policy.spec.ingress;
}

bool hasNamedPorts(const NetworkPolicyRule &rule)
{
    return std::any_of(rule.ports.begin(), rule.ports.end(),
                       [](const NetworkPolicyPort &p) { return p.port && p.port->isName; });
}


using ByClass = ClassConnections::Pairs;

// An address as a sort key: only its bits count (an IPv4 address's unused bytes are zeroed),
// so that the addresses of a block are those between its first and its last.
IpAddress addressKey(IpAddress ip)
{
    for (std::size_t i = std::size_t(ip.bitCount() / 8); i < ip.bytes.size(); ++i)
        ip.bytes[i] = 0;
    return ip;
}

class ConnectionBuilder
{
public:
    ConnectionBuilder(const PolicyEvaluator &evaluator, const std::vector<NetworkPeer> &peers,
                      const std::vector<bool> &portsKnown)
        : m_eval(evaluator)
        , m_peers(peers)
    {
        // The matrix's classes, split where some peers' container ports are unknown.
        const ReachabilityMatrix classes(evaluator, peers, {});
        std::map<std::pair<std::size_t, bool>, std::size_t> ids;
        std::vector<std::size_t> &classOf = m_classOf;
        classOf.resize(peers.size());
        for (std::size_t i = 0; i < peers.size(); ++i) {
            const bool known = portsKnown.empty() || portsKnown[i];
            classOf[i] = ids.emplace(std::pair{classes.classOf(i), known}, ids.size()).first->second;
        }
        m_known.assign(ids.size(), true);
        m_reps.assign(ids.size(), 0);
        m_members.assign(ids.size(), {});
        for (std::size_t i = peers.size(); i-- > 0;) {
            m_reps[classOf[i]] = i;
            m_known[classOf[i]] = portsKnown.empty() || portsKnown[i];
        }
        for (std::size_t i = 0; i < peers.size(); ++i)
            m_members[classOf[i]].push_back(i);
        for (std::size_t c = 0; c < m_reps.size(); ++c) {
            const NetworkPeer &peer = rep(c);
            m_all.push_back(c);
            if (peer.ip)
                m_byAddress.emplace_back(addressKey(*peer.ip), c);
            if (!peer.isPod)
                continue;
            std::string key = peer.ns + '\x1c';
            for (const auto &[k, v] : peer.namespaceLabels)
                key += k + '\x1f' + v + '\x1e';
            m_byNamespace[key].push_back(c);
        }
        std::sort(m_byAddress.begin(), m_byAddress.end());
        // The namespaces by name and by each of their labels, so that a rule's peer looks at
        // the namespaces it can match rather than at all of them.
        for (const auto &[key, members] : m_byNamespace) {
            const NetworkPeer &first = rep(members.front());
            m_namespaceGroups.push_back(&members);
            m_namespacesByName[first.ns].push_back(&members);
            for (const auto &label : first.namespaceLabels)
                m_namespacesByLabel[label].push_back(&members);
        }
    }

    void collect()
    {
        const std::size_t n = m_reps.size();
        for (int d : {0, 1}) {
            m_isolated[d].assign(n, false);
            m_sides[d].assign(n, {});
            m_toAll[d].assign(n, {});
            m_sharedToAll[d].assign(n, nullptr);
        }
        for (std::size_t c = 0; c < n; ++c) {
            if (rep(c).isPod) {
                collectSide(c, false);
                collectSide(c, true);
            }
        }
    }

    // Both sides per class, for rules that are judged per pair of classes. Once only: what
    // the builder collected is moved into the result.
    ClassSides classSides()
    {
        collect();
        // Moved out: the builder is not used after this.
        ClassSides out;
        out.classOf = std::move(m_classOf);
        out.members = std::move(m_members);
        for (bool egress : {false, true}) {
            ClassSides::Side &side = out.sides[egress];
            side.isolated.reserve(m_reps.size());
            for (std::size_t c = 0; c < m_reps.size(); ++c)
                side.isolated.push_back(restricted(c, egress));
            side.toAll = std::move(m_toAll[egress]);
            side.toSome = std::move(m_sides[egress]);
        }
        return out;
    }

    std::vector<PeerConnection> run() { return expand(classPairs()); }

    // The pairs of classes with something allowed, not expanded to their members.
    ClassConnections classConnections()
    {
        ClassConnections out;
        out.pairs = classPairs();
        out.classOf = m_classOf;
        out.members = m_members;
        return out;
    }

    ByClass classPairs()
    {
        collect();
        const std::size_t n = m_reps.size();
        // Destinations that accept something from every class, and per source the others
        // that accept it: the only candidates for a source whose egress reaches every class.
        std::vector<std::size_t> openIngress;
        std::vector<std::vector<std::size_t>> accepters(n);
        for (std::size_t b = 0; b < n; ++b) {
            if (!restricted(b, false) || !m_toAll[0][b].empty()) {
                openIngress.push_back(b);
                continue;
            }
            for (const auto &[a, ports] : m_sides[0][b])
                accepters[a].push_back(b);
        }
        ByClass byClass;
        std::vector<std::size_t> seen(n, SIZE_MAX);
        for (std::size_t a = 0; a < n; ++a) {
            auto consider = [&](std::size_t b) {
                if (seen[b] == a || (!rep(a).isPod && !rep(b).isPod))
                    return;
                seen[b] = a;
                PortSet egressUnion, ingressUnion;
                const PortSet *ports = side(a, b, true, egressUnion);
                if (!ports || ports->empty())
                    return;
                const PortSet *accepted = side(b, a, false, ingressUnion);
                if (!accepted)
                    return;
                if (std::shared_ptr<const PortSet> kept = shared(ports, accepted, a, b)) {
                    byClass.push_back({{a, b}, std::move(kept)});
                    return;
                }
                PortSet both = ports->intersect(*accepted);
                if (!both.empty())
                    byClass.push_back({{a, b}, intern(std::move(both))});
            };
            if (restricted(a, true) && m_toAll[1][a].empty()) {
                for (const auto &[b, ports] : m_sides[1][a])
                    consider(b);
            } else {
                for (std::size_t b : openIngress)
                    consider(b);
                for (std::size_t b : accepters[a])
                    consider(b);
            }
        }
        return byClass;
    }

    // Class pairs to peer pairs, ordered by from, then to.
    std::vector<PeerConnection> expand(const ByClass &byClass) const
    {
        // Per source class its destination classes; then per peer, in order, the members of
        // those classes sorted (indexes only, not the port sets).
        std::vector<std::vector<std::size_t>> rows(m_members.size());
        for (std::size_t k = 0; k < byClass.size(); ++k)
            rows[byClass[k].first.first].push_back(k);
        std::size_t bound = 0; // the pairs at most, so that `out` is allocated once
        for (std::size_t from = 0; from < m_classOf.size(); ++from) {
            for (std::size_t k : rows[m_classOf[from]])
                bound += m_members[byClass[k].first.second].size();
        }
        std::vector<PeerConnection> out;
        out.reserve(bound);
        std::vector<std::pair<std::size_t, std::size_t>> targets; // peer, index into byClass
        for (std::size_t from = 0; from < m_classOf.size(); ++from) {
            const auto &row = rows[m_classOf[from]];
            if (row.empty())
                continue;
            targets.clear();
            for (std::size_t k : row) {
                for (std::size_t to : m_members[byClass[k].first.second]) {
                    if (from != to)
                        targets.emplace_back(to, k);
                }
            }
            std::sort(targets.begin(), targets.end());
            for (const auto &[to, k] : targets)
                out.push_back({from, to, byClass[k].second});
        }
        return out;
    }

private:
    const NetworkPeer &rep(std::size_t c) const { return m_peers[m_reps[c]]; }

    // Is the class a pod isolated for that direction (else every port is allowed)?
    bool restricted(std::size_t c, bool egress) const
    {
        return rep(c).isPod && m_isolated[egress][c];
    }

    // The ports `subject`'s side allows toward (egress) or from (ingress) `remote`: all when
    // it is open, nothing (nullptr) when none of its rules reaches the remote. Points at what
    // is kept where it can; only a union of both kinds of rules is built, in `scratch`.
    const PortSet *side(std::size_t subject, std::size_t remote, bool egress,
                        PortSet &scratch) const
    {
        if (!restricted(subject, egress))
            return &m_allPorts;
        const PortSet &toAll = m_toAll[egress][subject];
        const PortSet *found = findInRow(m_sides[egress][subject], remote);
        if (!found)
            return toAll.empty() ? nullptr : &toAll;
        if (toAll.empty())
            return found;
        scratch = *found;
        scratch.unite(toAll);
        return &scratch;
    }

    // The port set both sides allow, shared with other pairs of classes, when one side is open
    // and the other allows the same toward every class (the intersection is that side's set):
    // the pairs of a source with every address set, for one, then share one set. Null when the
    // pair needs a set of its own.
    std::shared_ptr<const PortSet> shared(const PortSet *egress, const PortSet *ingress,
                                          std::size_t a, std::size_t b)
    {
        auto keep = [this](std::shared_ptr<const PortSet> &slot, const PortSet &ports) {
            if (!slot)
                slot = intern(ports);
            return slot;
        };
        if (egress == &m_allPorts && ingress == &m_allPorts)
            return keep(m_sharedAll, m_allPorts);
        if (ingress == &m_allPorts && egress == &m_toAll[1][a])
            return keep(m_sharedToAll[1][a], *egress);
        if (egress == &m_allPorts && ingress == &m_toAll[0][b])
            return keep(m_sharedToAll[0][b], *ingress);
        return nullptr;
    }

    // The one shared set with these ports: pairs of classes mostly allow one of a few sets
    // (DNS, a port or two), so a run keeps each once.
    std::shared_ptr<const PortSet> intern(PortSet ports)
    {
        std::vector<std::shared_ptr<const PortSet>> &same = m_interned[ports.hash()];
        for (const std::shared_ptr<const PortSet> &kept : same) {
            if (*kept == ports)
                return kept;
        }
        same.push_back(std::make_shared<const PortSet>(std::move(ports)));
        return same.back();
    }

    // The namespaces (their pod classes) a selector peer of a policy in `ns` can match: the
    // policy's own without a namespace selector; else those with the selector's first
    // matchLabels pair, or all when it has none. The caller still matches each.
    const std::vector<const std::vector<std::size_t> *> &namespacesFor(
        const NetworkPolicyPeer &peer, const std::string &ns) const
    {
        static const std::vector<const std::vector<std::size_t> *> none;
        if (!peer.namespaceSelector) {
            const auto found = m_namespacesByName.find(ns);
            return found == m_namespacesByName.end() ? none : found->second;
        }
        if (peer.namespaceSelector->matchLabels.empty())
            return m_namespaceGroups;
        const auto found = m_namespacesByLabel.find(*peer.namespaceSelector->matchLabels.begin());
        return found == m_namespacesByLabel.end() ? none : found->second;
    }

    // The classes whose address is in the block `cidr` (before its excepts), ascending by
    // address: found in the classes sorted by address rather than by trying each.
    std::vector<std::size_t> classesIn(const std::string &cidr) const
    {
        std::vector<std::size_t> out;
        const std::optional<Cidr> block = parseCidr(cidr).cidr;
        if (!block)
            return out; // an invalid block matches nothing
        const IpAddress first = addressKey(block->network());
        IpAddress last = first;
        for (int bit = block->prefix; bit < last.bitCount(); ++bit)
            last.bytes[std::size_t(bit / 8)] |= std::uint8_t(0x80 >> (bit % 8));
        auto it = std::lower_bound(
            m_byAddress.begin(), m_byAddress.end(), first,
            [](const auto &entry, const IpAddress &ip) { return entry.first < ip; });
        for (; it != m_byAddress.end() && !(last < it->first); ++it)
            out.push_back(it->second);
        return out;
    }

    // The classes the peers of a rule match, computed once per rule.
    const std::vector<std::size_t> &ruleMatches(std::size_t policy, bool egress, std::size_t rule)
    {
        const auto key = std::make_tuple(policy, egress, rule);
        const auto found = m_ruleMatches.find(key);
        if (found != m_ruleMatches.end())
            return found->second;
        const NetworkPolicy &p = m_eval.policies()[policy];
        const NetworkPolicyRule &r = rulesOf(p, egress)[rule];
        // A rule without peers reaches every class: the list of all, not a copy per rule
        // (a namespace's allow-dns would cost a pass over every class).
        if (r.peers.empty())
            return m_all;
        std::vector<std::size_t> classes;
        // Selector peers are judged a namespace at a time, then on the pods of the namespaces
        // that match; ipBlocks only on the classes whose address is in the block.
        for (std::size_t k = 0; k < r.peers.size(); ++k) {
            const NetworkPolicyPeer &peer = r.peers[k];
            if (peer.ipBlock || (!peer.podSelector && !peer.namespaceSelector)) {
                auto tryEach = [&](const std::vector<std::size_t> &candidates) {
                    for (std::size_t c : candidates) {
                        if (m_eval.peerMatchesAt(policy, egress, rule, k, rep(c)))
                            classes.push_back(c);
                    }
                };
                if (peer.ipBlock)
                    tryEach(classesIn(peer.ipBlock->cidr));
                else
                    tryEach(m_all);
                continue;
            }
            for (const std::vector<std::size_t> *group : namespacesFor(peer, p.metadata.ns)) {
                const std::vector<std::size_t> &members = *group;
                const NetworkPeer &first = rep(members.front());
                if (peer.namespaceSelector ? !peer.namespaceSelector->matches(first.namespaceLabels)
                                           : first.ns != p.metadata.ns)
                    continue;
                for (std::size_t c : members) {
                    if (!peer.podSelector || peer.podSelector->matches(rep(c).labels))
                        classes.push_back(c);
                }
            }
        }
        std::sort(classes.begin(), classes.end());
        classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
        return m_ruleMatches.emplace(key, std::move(classes)).first->second;
    }

    void collectSide(std::size_t c, bool egress)
    {
        const NetworkPeer &subject = rep(c);
        for (std::size_t index : m_eval.policiesIn(subject.ns)) {
            if (!m_eval.selects(index, subject, egress))
                continue;
            m_isolated[egress][c] = true;
            const auto &rules = rulesOf(m_eval.policies()[index], egress);
            for (std::size_t r = 0; r < rules.size(); ++r) {
                const bool named = hasNamedPorts(rules[r]);
                // Ingress: the destination is the subject; egress: the remote, unless no
                // named port makes it matter.
                const PortSet fixed = egress ? PortSet::ofRule(rules[r], NetworkPeer::pod("", {}, {}))
                                             : PortSet::ofRule(rules[r], subject, m_known[c]);
                const auto &remotes = ruleMatches(index, egress, r);
                if (remotes.size() == m_reps.size() && !(egress && named)) {
                    m_toAll[egress][c].unite(fixed); // toward every class: kept once
                    continue;
                }
                for (std::size_t remote : remotes) {
                    const PortSet ports
                        = egress && named ? PortSet::ofRule(rules[r], rep(remote), m_known[remote]) : fixed;
                    if (!ports.empty())
                        m_sides[egress][c].emplace_back(remote, ports);
                }
            }
        }
        // In order of the remote, one entry each (the union of the rules that reach it).
        ClassRow &row = m_sides[egress][c];
        std::stable_sort(row.begin(), row.end(),
                         [](const auto &x, const auto &y) { return x.first < y.first; });
        std::size_t kept = 0;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (kept > 0 && row[kept - 1].first == row[i].first)
                row[kept - 1].second.unite(row[i].second);
            else if (kept++ != i)
                row[kept - 1] = std::move(row[i]);
        }
        row.resize(kept);
    }

    const PolicyEvaluator &m_eval;
    const std::vector<NetworkPeer> &m_peers;
    std::vector<bool> m_known; // per class: are its peers' container ports known?
    std::vector<std::size_t> m_classOf; // per peer
    std::vector<std::size_t> m_reps;
    std::vector<std::vector<std::size_t>> m_members;
    std::vector<bool> m_isolated[2]; // [0] ingress, [1] egress
    std::vector<ClassRow> m_sides[2]; // per class: ports toward (from) other classes
    std::vector<PortSet> m_toAll[2];        // per class: ports its rules allow toward every class
    const PortSet m_allPorts = PortSet::all();
    std::shared_ptr<const PortSet> m_sharedAll; // every port, for pairs open on both sides
    // Per class: its m_toAll as the shared set of pairs whose other side is open.
    std::vector<std::shared_ptr<const PortSet>> m_sharedToAll[2];
    // The port sets handed out, by hash (see intern).
    std::unordered_map<std::size_t, std::vector<std::shared_ptr<const PortSet>>> m_interned;
    std::vector<std::size_t> m_all;         // every class
    // The classes whose peers have an address, by the address of their representative.
    std::vector<std::pair<IpAddress, std::size_t>> m_byAddress;
    // Pod classes by namespace (name and labels).
    std::map<std::string, std::vector<std::size_t>> m_byNamespace;
    std::vector<const std::vector<std::size_t> *> m_namespaceGroups; // values of m_byNamespace
    std::unordered_map<std::string, std::vector<const std::vector<std::size_t> *>> m_namespacesByName;
    std::map<std::pair<std::string, std::string>, std::vector<const std::vector<std::size_t> *>>
        m_namespacesByLabel;
    std::map<std::tuple<std::size_t, bool, std::size_t>, std::vector<std::size_t>> m_ruleMatches;
};

} // namespace

std::vector<PeerConnection> computeConnections(const PolicyEvaluator &evaluator,
                                               const std::vector<NetworkPeer> &peers,
                                               const std::vector<bool> &portsKnown)
{
    if (peers.empty())
        return {};
    if (evaluator.hasClusterPolicies())
        return tieredConnections(evaluator, peers);
    return ConnectionBuilder(evaluator, peers, portsKnown).run();
}

ClassConnections computeClassConnections(const PolicyEvaluator &evaluator,
                                         const std::vector<NetworkPeer> &peers,
                                         const std::vector<bool> &portsKnown)
{
    if (peers.empty())
        return {};
    if (!evaluator.hasClusterPolicies())
        return ConnectionBuilder(evaluator, peers, portsKnown).classConnections();
    // Through the tiers: each peer a class of its own.
    ClassConnections out;
    for (std::size_t i = 0; i < peers.size(); ++i) {
        out.classOf.push_back(i);
        out.members.push_back({i});
    }
    for (PeerConnection &c : tieredConnections(evaluator, peers))
        out.pairs.push_back({{c.from, c.to}, std::move(c.shared)});
    return out;
}

ClassSides computeClassSides(const PolicyEvaluator &evaluator, const std::vector<NetworkPeer> &peers,
                              const std::vector<bool> &portsKnown)
{
    if (peers.empty())
        return {};
    return ConnectionBuilder(evaluator, peers, portsKnown).classSides();
}

} // namespace Netpol
