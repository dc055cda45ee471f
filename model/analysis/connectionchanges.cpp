#include "model/analysis/connectionchanges.h"

#include "model/analysis/connectionlist.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>

namespace Netpol {

namespace {

// The joint peers in classes that both sides' classes refine: the members of one joint class
// are alike in the first evaluation and alike in the second.
struct JointClasses
{
    std::vector<std::vector<std::size_t>> members; // per joint class: joint peers, ascending
    std::vector<std::size_t> first;                // per joint class: its class there, or kNoPeer
    std::vector<std::size_t> second;
    std::vector<bool> isPod;
    std::vector<std::vector<std::size_t>> byFirst;  // per class of the first: its joint classes
    std::vector<std::vector<std::size_t>> bySecond; // per class of the second
};

JointClasses jointClasses(const ClassSides &a, const std::vector<NetworkPeer> &aPeers,
                          const ClassSides &b, const std::vector<NetworkPeer> &bPeers,
                          const std::vector<JointPeer> &joint)
{
    JointClasses out;
    out.byFirst.resize(a.members.size());
    out.bySecond.resize(b.members.size());
    std::unordered_map<std::size_t, std::size_t> ids;
    const std::size_t width = b.members.size() + 1;
    for (std::size_t p = 0; p < joint.size(); ++p) {
        const auto [i, j] = joint[p];
        const std::size_t ca = i == kNoPeer ? kNoPeer : a.classOf[i];
        const std::size_t cb = j == kNoPeer ? kNoPeer : b.classOf[j];
        const std::size_t key = (ca + 1) * width + (cb + 1);
        const auto [it, added] = ids.emplace(key, out.members.size());
        if (added) {
            out.members.emplace_back();
            out.first.push_back(ca);
            out.second.push_back(cb);
            out.isPod.push_back(i != kNoPeer ? aPeers[i].isPod : bPeers[j].isPod);
            if (ca != kNoPeer)
                out.byFirst[ca].push_back(it->second);
            if (cb != kNoPeer)
                out.bySecond[cb].push_back(it->second);
        }
        out.members[it->second].push_back(p);
    }
    return out;
}

// Is every remote joint class that `row` (of a class of one side) names given the same ports
// by `other` (of the class of the other side)? Remotes `row` does not name get nothing there.
bool sameRemotes(const ClassRow &row, const std::vector<std::vector<std::size_t>> &jointOf,
                 const std::vector<std::size_t> &otherClass, const ClassRow &other)
{
    for (const auto &[remote, ports] : row) {
        for (std::size_t k : jointOf[remote]) {
            const PortSet *there = otherClass[k] == kNoPeer ? nullptr : findInRow(other, otherClass[k]);
            if (!there || !(*there == ports))
                return false;
        }
    }
    return true;
}

// Could a joint class's side for a direction allow something else toward (or from) some
// other joint class in the second evaluation than in the first? False only where it surely
// does not: both sides open, or both isolated with the same ports toward each remote.
bool sideChanged(const ClassSides &a, const ClassSides &b, const JointClasses &j, std::size_t k,
                 bool egress)
{
    const std::size_t ca = j.first[k];
    const std::size_t cb = j.second[k];
    if (ca == kNoPeer || cb == kNoPeer)
        return true;
    const ClassSides::Side &sa = a.sides[egress];
    const ClassSides::Side &sb = b.sides[egress];
    if (sa.isolated[ca] != sb.isolated[cb])
        return true;
    if (!sa.isolated[ca])
        return false;
    return !(sa.toAll[ca] == sb.toAll[cb])
           || !sameRemotes(sa.toSome[ca], j.byFirst, j.second, sb.toSome[cb])
           || !sameRemotes(sb.toSome[cb], j.bySecond, j.first, sa.toSome[ca]);
}

// The same port sets as one number each.
class PortSetIds
{
public:
    std::size_t id(const PortSet &ports)
    {
        const auto [it, added] = m_ids.emplace(ports.toString(), m_sets.size());
        if (added)
            m_sets.push_back(ports);
        return it->second;
    }
    const PortSet &set(std::size_t id) const { return m_sets[id]; }

private:
    std::unordered_map<std::string, std::size_t> m_ids;
    std::vector<PortSet> m_sets;
};

// Per class, the remotes toward which (egress) or from which (ingress) its side might let a
// pair change. A pair's ports are the source's egress toward the destination, cut to what the
// destination's ingress accepts from anyone (its cap), intersected with the destination's
// ingress from the source, cut to the source's egress cap. So a pair is the same in both
// evaluations where its egress is the same (cut or not) and so is its ingress. That the cut
// counts matters for an import: its design may allow DNS toward the addresses only, where the
// input allowed it toward every pod, none of which accepts it.
class SideChanges
{
public:
    SideChanges(const ClassSides &a, const ClassSides &b, const JointClasses &j, bool egress)
        : m_a(a.sides[egress])
        , m_b(b.sides[egress])
        , m_j(j)
        , m_stamp(j.members.size(), kNoPeer)
    {
        // The remotes' caps in the other direction, and the remotes grouped by both caps.
        const ClassSides::Side &ra = a.sides[!egress];
        const ClassSides::Side &rb = b.sides[!egress];
        std::unordered_map<std::size_t, std::size_t> groups;
        m_group.assign(j.members.size(), kNoPeer);
        m_capA.assign(j.members.size(), 0);
        m_capB.assign(j.members.size(), 0);
        for (std::size_t k = 0; k < j.members.size(); ++k) {
            if (j.first[k] == kNoPeer || j.second[k] == kNoPeer)
                continue; // its pairs are tried anyway: its sides count as changed
            m_capA[k] = m_ids.id(cap(ra, j.first[k]));
            m_capB[k] = m_ids.id(cap(rb, j.second[k]));
            const auto [it, added] = groups.emplace(m_capA[k] * (j.members.size() + 1) + m_capB[k],
                                                    m_groupCaps.size());
            if (added) {
                m_groupCaps.emplace_back(m_capA[k], m_capB[k]);
                m_groupMembers.emplace_back();
            }
            m_group[k] = it->second;
            m_groupMembers[it->second].push_back(k);
        }
        m_marked.assign(m_groupCaps.size(), 0);
    }

    // Calls `emit` with each remote joint class whose cut side differs for class `k` (present
    // on both sides), each once.
    template<typename Emit>
    void differing(std::size_t k, const Emit &emit)
    {
        const std::size_t ca = m_j.first[k];
        const std::size_t cb = m_j.second[k];
        const std::size_t baseA = m_ids.id(m_a.isolated[ca] ? m_a.toAll[ca] : PortSet::all());
        const std::size_t baseB = m_ids.id(m_b.isolated[cb] ? m_b.toAll[cb] : PortSet::all());
        // The remotes the rules name on either side, one by one.
        std::vector<std::size_t> touched;
        auto visit = [&](std::size_t remote) {
            if (m_stamp[remote] == k || m_group[remote] == kNoPeer)
                return;
            m_stamp[remote] = k;
            touched.push_back(m_group[remote]);
            ++m_marked[m_group[remote]];
            // The side toward the remote on each: the base, with what rules add for it.
            PortSet scratchA, scratchB;
            auto sideToward = [&](const ClassSides::Side &side, std::size_t subject,
                                  std::size_t remoteClass, std::size_t base, PortSet &scratch) {
                const PortSet *more = side.isolated[subject] ? findInRow(side.toSome[subject], remoteClass)
                                                             : nullptr;
                if (!more)
                    return &m_ids.set(base);
                scratch = m_ids.set(base);
                scratch.unite(*more);
                return static_cast<const PortSet *>(&scratch);
            };
            const PortSet &first = *sideToward(m_a, ca, m_j.first[remote], baseA, scratchA);
            const PortSet &second = *sideToward(m_b, cb, m_j.second[remote], baseB, scratchB);
            // Cut alike (the caps are the same) sides that are the same stay the same.
            if (m_capA[remote] == m_capB[remote] && first == second)
                return;
            if (!(first.intersect(m_ids.set(m_capA[remote]))
                  == second.intersect(m_ids.set(m_capB[remote]))))
                emit(remote);
        };
        for (const auto &[remote, ports] : m_a.toSome[ca]) {
            for (std::size_t r : m_j.byFirst[remote])
                visit(r);
        }
        for (const auto &[remote, ports] : m_b.toSome[cb]) {
            for (std::size_t r : m_j.bySecond[remote])
                visit(r);
        }
        // The other remotes get the bases, compared once per group of remotes alike.
        for (std::size_t g : differingGroups(baseA, baseB)) {
            if (m_groupMembers[g].size() == m_marked[g])
                continue;
            for (std::size_t r : m_groupMembers[g]) {
                if (m_stamp[r] != k)
                    emit(r);
            }
        }
        for (std::size_t g : touched)
            m_marked[g] = 0;
    }

private:
    static PortSet cap(const ClassSides::Side &side, std::size_t c)
    {
        if (!side.isolated[c])
            return PortSet::all();
        PortSet out = side.toAll[c];
        for (const auto &[remote, ports] : side.toSome[c])
            out.unite(ports);
        return out;
    }

    // The groups of remotes whose caps cut the two bases differently.
    const std::vector<std::size_t> &differingGroups(std::size_t baseA, std::size_t baseB)
    {
        const auto key = std::make_pair(baseA, baseB);
        const auto found = m_differing.find(key);
        if (found != m_differing.end())
            return found->second;
        std::vector<std::size_t> out;
        for (std::size_t g = 0; g < m_groupCaps.size(); ++g) {
            if (!(m_ids.set(baseA).intersect(m_ids.set(m_groupCaps[g].first))
                  == m_ids.set(baseB).intersect(m_ids.set(m_groupCaps[g].second))))
                out.push_back(g);
        }
        return m_differing.emplace(key, std::move(out)).first->second;
    }

    const ClassSides::Side &m_a;
    const ClassSides::Side &m_b;
    const JointClasses &m_j;
    PortSetIds m_ids;
    std::vector<std::size_t> m_capA, m_capB; // per joint class: its cap's id on each side
    std::vector<std::size_t> m_group;        // per joint class: its group of alike caps
    std::vector<std::pair<std::size_t, std::size_t>> m_groupCaps;
    std::vector<std::vector<std::size_t>> m_groupMembers;
    std::vector<std::size_t> m_marked; // per group: its remotes visited for the class asked
    std::vector<std::size_t> m_stamp;  // per joint class: the class asked when it was visited
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> m_differing;
};

PortSet classPorts(const ClassSides &sides, std::size_t from, std::size_t to)
{
    if (from == kNoPeer || to == kNoPeer)
        return {};
    PortSet egress = sides.ports(true, from, to);
    if (egress.empty())
        return egress;
    return egress.intersect(sides.ports(false, to, from));
}

} // namespace

std::vector<ChangedConnection> changedConnectionsByLists(const PolicyEvaluator &before,
                                                         const std::vector<NetworkPeer> &beforePeers,
                                                         const PolicyEvaluator &after,
                                                         const std::vector<NetworkPeer> &afterPeers,
                                                         const std::vector<JointPeer> &joint)
{
    std::vector<std::size_t> fromFirst(beforePeers.size(), kNoPeer);
    std::vector<std::size_t> fromSecond(afterPeers.size(), kNoPeer);
    for (std::size_t p = 0; p < joint.size(); ++p) {
        if (joint[p].first != kNoPeer)
            fromFirst[joint[p].first] = p;
        if (joint[p].second != kNoPeer)
            fromSecond[joint[p].second] = p;
    }
    // Both lists on joint indexes, a pair's side (0 first, 1 second) last, sorted and merged.
    std::vector<std::tuple<std::size_t, std::size_t, int, const PortSet *>> merged;
    const std::vector<PeerConnection> listA = computeConnections(before, beforePeers);
    const std::vector<PeerConnection> listB = computeConnections(after, afterPeers);
    merged.reserve(listA.size() + listB.size());
    for (const PeerConnection &c : listA) {
        if (fromFirst[c.from] != kNoPeer && fromFirst[c.to] != kNoPeer)
            merged.emplace_back(fromFirst[c.from], fromFirst[c.to], 0, &c.ports());
    }
    for (const PeerConnection &c : listB) {
        if (fromSecond[c.from] != kNoPeer && fromSecond[c.to] != kNoPeer)
            merged.emplace_back(fromSecond[c.from], fromSecond[c.to], 1, &c.ports());
    }
    std::sort(merged.begin(), merged.end());
    std::vector<ChangedConnection> out;
    for (std::size_t i = 0; i < merged.size();) {
        const auto &[from, to, side, ports] = merged[i];
        const bool pair = i + 1 < merged.size() && std::get<0>(merged[i + 1]) == from
                          && std::get<1>(merged[i + 1]) == to;
        if (pair) {
            const PortSet *second = std::get<3>(merged[i + 1]);
            if (!(*ports == *second))
                out.push_back({from, to, *ports, *second});
            i += 2;
            continue;
        }
        out.push_back(side == 0 ? ChangedConnection{from, to, *ports, {}}
                                : ChangedConnection{from, to, {}, *ports});
        ++i;
    }
    return out;
}

std::vector<ChangedConnection> changedConnections(const PolicyEvaluator &before,
                                                  const std::vector<NetworkPeer> &beforePeers,
                                                  const PolicyEvaluator &after,
                                                  const std::vector<NetworkPeer> &afterPeers,
                                                  const std::vector<JointPeer> &joint)
{
    if (before.hasClusterPolicies() || after.hasClusterPolicies())
        return changedConnectionsByLists(before, beforePeers, after, afterPeers, joint);
    const ClassSides a = computeClassSides(before, beforePeers, {});
    const ClassSides b = computeClassSides(after, afterPeers, {});
    const JointClasses j = jointClasses(a, beforePeers, b, afterPeers, joint);
    const std::size_t classes = j.members.size();
    // The pairs of classes that might differ. Where there are more than a few times the
    // peers, the lists (linear in the allowed pairs) are cheaper.
    const std::size_t budget = 16 * joint.size() + 4096;
    std::vector<std::pair<std::size_t, std::size_t>> candidates;
    // Made when a side first changed: two equal inputs need no caps.
    std::optional<SideChanges> sideChanges[2]; // [0] ingress, [1] egress
    for (std::size_t k = 0; k < classes; ++k) {
        const bool present = j.first[k] != kNoPeer && j.second[k] != kNoPeer;
        if (!j.isPod[k] && present)
            continue; // no policy applies to an address: its sides are open on both
        for (bool outward : {true, false}) {
            auto emit = [&](std::size_t remote) {
                candidates.emplace_back(outward ? k : remote, outward ? remote : k);
            };
            if (!present) {
                for (std::size_t remote = 0; remote < classes; ++remote)
                    emit(remote);
            } else if (sideChanged(a, b, j, k, outward)) {
                std::optional<SideChanges> &changes = sideChanges[outward];
                if (!changes)
                    changes.emplace(a, b, j, outward);
                changes->differing(k, emit);
            }
        }
        if (candidates.size() > budget)
            return changedConnectionsByLists(before, beforePeers, after, afterPeers, joint);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::vector<ChangedConnection> out;
    auto tryPair = [&](std::size_t x, std::size_t y) {
        if (!j.isPod[x] && !j.isPod[y])
            return;
        if (x == y && j.members[x].size() < 2)
            return;
        PortSet first = classPorts(a, j.first[x], j.first[y]);
        PortSet second = classPorts(b, j.second[x], j.second[y]);
        if (first == second)
            return;
        for (std::size_t p : j.members[x]) {
            for (std::size_t q : j.members[y]) {
                if (p != q)
                    out.push_back({p, q, first, second});
            }
        }
    };
    for (const auto &[x, y] : candidates)
        tryPair(x, y);
    std::sort(out.begin(), out.end(), [](const auto &x, const auto &y) {
        return std::tie(x.from, x.to) < std::tie(y.from, y.to);
    });
    return out;
}

} // namespace Netpol
