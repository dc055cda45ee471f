#include "model/analysis/connectiondiff.h"

#include "model/analysis/analysisformat.h"
#include "model/analysis/changecauses.h"
#include "model/analysis/connectionchanges.h"
#include "model/analysis/connectionformat.h"

#include <algorithm>
#include <ostream>
#include <unordered_map>

namespace Netpol {

namespace {

// The index each endpoint of `list` has in `other`, matched by key (kNoPeer where `other`
// has no such endpoint).
std::vector<std::size_t> matchEndpoints(const std::vector<ConnectionEndpoint> &list,
                                        const std::vector<ConnectionEndpoint> &other)
{
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < other.size(); ++i)
        index.emplace(other[i].key(), i);
    std::vector<std::size_t> out;
    for (const ConnectionEndpoint &e : list) {
        const auto found = index.find(e.key());
        out.push_back(found == index.end() ? kNoPeer : found->second);
    }
    return out;
}

// Finds a list's connection by its pair of endpoint indexes, a source at a time: a list has
// the connections of a source together, and those of the source asked last are spread in a
// table by destination. Asked in the order of another list's sources, each source's
// connections are spread once, so the work is linear in the connections, with no per-pair
// allocation.
class PairFinder
{
public:
    explicit PairFinder(const ConnectionList &list)
        : m_connections(list.connections())
        , m_first(list.endpoints().size(), 0)
        , m_count(list.endpoints().size(), 0)
        , m_at(list.endpoints().size(), 0)
        , m_stamp(list.endpoints().size(), kNoPeer)
    {
        for (std::size_t i = 0; i < m_connections.size(); ++i) {
            if (m_count[m_connections[i].from]++ == 0)
                m_first[m_connections[i].from] = i;
        }
    }

    const PeerConnection *find(std::size_t from, std::size_t to)
    {
        if (from == kNoPeer || to == kNoPeer)
            return nullptr;
        if (from != m_from) {
            m_from = from;
            for (std::size_t i = m_first[from]; i < m_first[from] + m_count[from]; ++i) {
                m_at[m_connections[i].to] = i;
                m_stamp[m_connections[i].to] = from;
            }
        }
        return m_stamp[to] == from ? &m_connections[m_at[to]] : nullptr;
    }

private:
    const std::vector<PeerConnection> &m_connections;
    std::vector<std::size_t> m_first; // per source: its first connection
    std::vector<std::size_t> m_count; // per source: how many it has
    std::vector<std::size_t> m_at;    // per destination: its connection from m_from
    std::vector<std::size_t> m_stamp; // per destination: the source m_at is for
    std::size_t m_from = kNoPeer;
};

std::string marked(const ConnectionEndpoint &e, bool isNew, bool gone)
{
    return e.label() + (isNew ? " (new)" : gone ? " (gone)" : "");
}

std::string sideText(const std::optional<PortSet> &ports)
{
    return changeSideText(ports);
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

const char *status(bool isNew, bool gone)
{
    return isNew ? "new" : gone ? "gone" : "";
}

void writeSideJson(std::ostream &out, const ConnectionChange &c,
                   const std::optional<PortSet> &ports)
{
    if (!ports) {
        out << "null";
        return;
    }
    out << "{\"from\": " << jsonString(c.from.name);
    if (!c.from.kind.empty())
        out << ", \"fromKind\": " << jsonString(c.from.kind);
    out << ", \"to\": " << jsonString(c.to.name);
    if (!c.to.kind.empty())
        out << ", \"toKind\": " << jsonString(c.to.kind);
    out << ", \"all\": " << (ports->isAll() ? "true" : "false")
        << ", \"ports\": " << portsJson(*ports) << '}';
}

// By the labels of from, then to.
void sortChanges(std::vector<ConnectionChange> &changes)
{
    std::vector<std::pair<std::string, std::string>> keys;
    keys.reserve(changes.size());
    for (const ConnectionChange &c : changes)
        keys.emplace_back(c.from.label(), c.to.label());
    std::vector<std::size_t> order(changes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return keys[x] < keys[y]; });
    std::vector<ConnectionChange> sorted;
    sorted.reserve(changes.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(changes[i]));
    changes = std::move(sorted);
}

} // namespace

const char *changeKindName(ConnectionChange::Kind kind)
{
    switch (kind) {
    case ConnectionChange::Kind::Added:
        return "added";
    case ConnectionChange::Kind::Removed:
        return "removed";
    case ConnectionChange::Kind::Changed:
        break;
    }
    return "changed";
}

std::string changeEndpointText(const ConnectionChange &change, bool from)
{
    return from ? marked(change.from, change.fromNew, change.fromGone)
                : marked(change.to, change.toNew, change.toGone);
}

std::string changeSideText(const std::optional<PortSet> &ports)
{
    return ports ? connectionPortsText(*ports) : "No Connections";
}

std::string connectionChangeLine(const ConnectionChange &c)
{
    return std::string(changeKindName(c.kind)) + ' ' + changeEndpointText(c, true) + " => "
           + changeEndpointText(c, false) + " : " + sideText(c.before) + " -> "
           + sideText(c.after);
}

std::vector<ConnectionChange> diffConnections(const ConnectionList &before,
                                              const ConnectionList &after)
{
    // Pairs are matched on endpoint indexes, so that the work is linear in the connections.
    const std::vector<std::size_t> newToOld = matchEndpoints(after.endpoints(), before.endpoints());
    const std::vector<std::size_t> oldToNew = matchEndpoints(before.endpoints(), after.endpoints());
    PairFinder old(before);
    PairFinder now(after);
    std::vector<ConnectionChange> changes;
    for (const PeerConnection &connection : after.connections()) {
        const PeerConnection *previous
            = old.find(newToOld[connection.from], newToOld[connection.to]);
        if (previous && previous->ports() == connection.ports())
            continue;
        ConnectionChange c;
        c.kind = previous ? ConnectionChange::Kind::Changed : ConnectionChange::Kind::Added;
        c.from = after.endpoints()[connection.from];
        c.to = after.endpoints()[connection.to];
        c.after = connection.ports();
        if (previous)
            c.before = previous->ports();
        c.fromNew = newToOld[connection.from] == kNoPeer;
        c.toNew = newToOld[connection.to] == kNoPeer;
        changes.push_back(std::move(c));
    }
    for (const PeerConnection &connection : before.connections()) {
        if (now.find(oldToNew[connection.from], oldToNew[connection.to]))
            continue;
        ConnectionChange c;
        c.kind = ConnectionChange::Kind::Removed;
        c.from = before.endpoints()[connection.from];
        c.to = before.endpoints()[connection.to];
        c.before = connection.ports();
        c.fromGone = oldToNew[connection.from] == kNoPeer;
        c.toGone = oldToNew[connection.to] == kNoPeer;
        changes.push_back(std::move(c));
    }
    sortChanges(changes);
    return changes;
}

std::vector<ConnectionChange> diffClusters(const Cluster &before, const PolicyEvaluator &beforeEval,
                                           const Cluster &after, const PolicyEvaluator &afterEval,
                                           const std::vector<AddressSet> &addresses)
{
    const std::vector<ConnectionEndpoint> old = connectionEndpoints(before, addresses);
    const std::vector<ConnectionEndpoint> now = connectionEndpoints(after, addresses);
    // The joint endpoints: NEW's, then those only OLD has.
    const std::vector<std::size_t> newToOld = matchEndpoints(now, old);
    const std::vector<std::size_t> oldToNew = matchEndpoints(old, now);
    std::vector<JointPeer> joint;
    for (std::size_t i = 0; i < now.size(); ++i)
        joint.emplace_back(newToOld[i], i);
    for (std::size_t o = 0; o < old.size(); ++o) {
        if (oldToNew[o] == kNoPeer)
            joint.emplace_back(o, kNoPeer);
    }
    auto peersOf = [](const std::vector<ConnectionEndpoint> &endpoints) {
        std::vector<NetworkPeer> peers;
        peers.reserve(endpoints.size());
        for (const ConnectionEndpoint &e : endpoints)
            peers.push_back(e.peer);
        return peers;
    };
    std::vector<ConnectionChange> changes;
    for (ChangedConnection &d :
         changedConnections(beforeEval, peersOf(old), afterEval, peersOf(now), joint)) {
        ConnectionChange c;
        const JointPeer &from = joint[d.from];
        const JointPeer &to = joint[d.to];
        c.kind = d.before.empty() ? ConnectionChange::Kind::Added
                 : d.after.empty() ? ConnectionChange::Kind::Removed
                                   : ConnectionChange::Kind::Changed;
        // As diffConnections names them: a removed pair as OLD does, the others as NEW does.
        const bool oldNames = c.kind == ConnectionChange::Kind::Removed;
        c.from = oldNames ? old[from.first] : now[from.second];
        c.to = oldNames ? old[to.first] : now[to.second];
        c.fromNew = from.first == kNoPeer;
        c.toNew = to.first == kNoPeer;
        c.fromGone = from.second == kNoPeer;
        c.toGone = to.second == kNoPeer;
        if (!d.before.empty())
            c.before = std::move(d.before);
        if (!d.after.empty())
            c.after = std::move(d.after);
        changes.push_back(std::move(c));
    }
    sortChanges(changes);
    return changes;
}

void writeConnectionChanges(std::ostream &out, const std::vector<ConnectionChange> &changes,
                            AnalysisFormat format)
{
    if (format == AnalysisFormat::Json) {
        out << "{\"changes\": [";
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const ConnectionChange &c = changes[i];
            out << (i ? ",\n  " : "\n  ") << "{\"from\": " << jsonString(c.from.name);
            if (!c.from.kind.empty())
                out << ", \"fromKind\": " << jsonString(c.from.kind);
            if (*status(c.fromNew, c.fromGone))
                out << ", \"fromStatus\": " << jsonString(status(c.fromNew, c.fromGone));
            out << ", \"to\": " << jsonString(c.to.name);
            if (!c.to.kind.empty())
                out << ", \"toKind\": " << jsonString(c.to.kind);
            if (*status(c.toNew, c.toGone))
                out << ", \"toStatus\": " << jsonString(status(c.toNew, c.toGone));
            out << ", \"change\": " << jsonString(changeKindName(c.kind)) << ", \"before\": ";
            writeSideJson(out, c, c.before);
            out << ", \"after\": ";
            writeSideJson(out, c, c.after);
            if (!c.reasons.empty()) {
                out << ", \"reasons\": [";
                for (std::size_t r = 0; r < c.reasons.size(); ++r)
                    out << (r ? ", " : "") << jsonString(c.reasons[r]);
                out << ']';
            }
            out << '}';
        }
        out << (changes.empty() ? "]}\n" : "\n]}\n");
        return;
    }
    const bool explained
        = std::any_of(changes.begin(), changes.end(),
                      [](const ConnectionChange &c) { return !c.reasons.empty(); });
    auto joined = [](const ConnectionChange &c, const char *separator) {
        std::string text;
        for (const std::string &line : c.reasons)
            text += (text.empty() ? "" : separator) + line;
        return text;
    };
    if (format == AnalysisFormat::Csv) {
        out << "change,from,fromKind,fromStatus,to,toKind,toStatus,before,after"
            << (explained ? ",reasons" : "") << '\n';
        for (const ConnectionChange &c : changes) {
            out << changeKindName(c.kind) << ',' << csvField(c.from.name) << ',' << c.from.kind
                << ',' << status(c.fromNew, c.fromGone) << ',' << csvField(c.to.name) << ','
                << c.to.kind << ',' << status(c.toNew, c.toGone) << ','
                << csvField(c.before ? connectionPortsText(*c.before) : "") << ','
                << csvField(c.after ? connectionPortsText(*c.after) : "");
            if (explained)
                out << ',' << csvField(joined(c, " | "));
            out << '\n';
        }
        return;
    }
    if (format == AnalysisFormat::Markdown) {
        out << "| change | from | to | before | after |" << (explained ? " reasons |" : "")
            << "\n| --- | --- | --- | --- | --- |" << (explained ? " --- |" : "") << '\n';
        for (const ConnectionChange &c : changes) {
            out << "| " << changeKindName(c.kind) << " | " << marked(c.from, c.fromNew, c.fromGone)
                << " | " << marked(c.to, c.toNew, c.toGone) << " | " << sideText(c.before) << " | "
                << sideText(c.after) << " |";
            if (explained)
                out << ' ' << joined(c, "<br>") << " |";
            out << '\n';
        }
        return;
    }
    std::size_t counts[3] = {0, 0, 0};
    for (const ConnectionChange &c : changes) {
        ++counts[std::size_t(c.kind)];
        out << connectionChangeLine(c) << '\n';
        for (const std::string &line : c.reasons)
            out << "    " << line << '\n';
    }
    if (changes.empty())
        out << "No differences in the allowed connections.\n";
    else
        out << '\n'
            << counts[0] << " added, " << counts[1] << " removed, " << counts[2] << " changed\n";
}

ConnectionDiff computeConnectionDiff(const ManifestSet &before, const ManifestSet &after,
                                     bool explain)
{
    ConnectionDiff diff;
    const Cluster oldCluster = buildCluster(before);
    const Cluster newCluster = buildCluster(after);
    for (const Cluster *cluster : {&oldCluster, &newCluster}) {
        for (const Diagnostic &d : cluster->diagnostics) {
            if (d.severity != Severity::Info)
                diff.diagnostics.push_back(d);
        }
    }
    // The verdicts follow the guardrails' tiers; their networks split the addresses too.
    const std::vector<NetworkPolicy> networks{guardrailNetworks(oldCluster),
                                              guardrailNetworks(newCluster)};
    const std::vector<AddressSet> addresses
        = partitionAddresses({&oldCluster.policies, &newCluster.policies, &networks});
    const PolicyEvaluator oldEvaluator(oldCluster.policies, oldCluster.clusterPolicies);
    const PolicyEvaluator newEvaluator(newCluster.policies, newCluster.clusterPolicies);
    diff.changes = diffClusters(oldCluster, oldEvaluator, newCluster, newEvaluator, addresses);
    if (!explain)
        return diff;
    // The endpoints as each side has them, by key (absent where the side does not have one).
    const std::vector<ConnectionEndpoint> oldList = connectionEndpoints(oldCluster, addresses);
    const std::vector<ConnectionEndpoint> newList = connectionEndpoints(newCluster, addresses);
    auto byKey = [](const std::vector<ConnectionEndpoint> &endpoints) {
        std::unordered_map<std::string, const ConnectionEndpoint *> out;
        for (const ConnectionEndpoint &e : endpoints)
            out.emplace(e.key(), &e);
        return out;
    };
    const auto oldEndpoints = byKey(oldList);
    const auto newEndpoints = byKey(newList);
    auto find = [](const auto &endpoints, const ConnectionEndpoint &wanted) {
        const auto found = endpoints.find(wanted.key());
        return found == endpoints.end() ? nullptr : found->second;
    };
    for (ConnectionChange &c : diff.changes) {
        const ChangeSide oldSide{&oldCluster, &oldEvaluator, find(oldEndpoints, c.from),
                                 find(oldEndpoints, c.to)};
        const ChangeSide newSide{&newCluster, &newEvaluator, find(newEndpoints, c.from),
                                 find(newEndpoints, c.to)};
        c.reasons = explainChangeCauses(oldSide, newSide);
        for (const auto &[prefix, ports, side] :
             {std::make_tuple("before: ", &c.before, &oldSide),
              std::make_tuple("after: ", &c.after, &newSide)}) {
            if (!*ports) {
                c.reasons.push_back(std::string(prefix) + "nothing allowed");
                continue;
            }
            for (const std::string &line : explainConnectionLines(
                     *side->cluster, *side->evaluator, *side->from, *side->to, **ports))
                c.reasons.push_back(prefix + line);
        }
    }
    return diff;
}

DiffOutcome runConnectionDiff(const ManifestSet &before, const ManifestSet &after,
                              AnalysisFormat format, std::ostream &out, bool explain)
{
    DiffOutcome outcome;
    outcome.diagnostics = before.diagnostics;
    outcome.diagnostics.insert(outcome.diagnostics.end(), after.diagnostics.begin(),
                               after.diagnostics.end());
    outcome.documentsLeftOut = before.documentsLeftOut() + after.documentsLeftOut();
    ConnectionDiff diff = computeConnectionDiff(before, after, explain);
    outcome.diagnostics.insert(outcome.diagnostics.end(), diff.diagnostics.begin(),
                               diff.diagnostics.end());
    writeConnectionChanges(out, diff.changes, format);
    outcome.changes = diff.changes.size();
    return outcome;
}

} // namespace Netpol
