#include "model/analysis/connectiondiff.h"

#include "model/analysis/analysisformat.h"
#include "model/analysis/connectionformat.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <set>

namespace Netpol {

namespace {

using PairKey = std::pair<std::string, std::string>;

std::map<PairKey, const PeerConnection *> byKey(const ConnectionList &list)
{
    std::map<PairKey, const PeerConnection *> out;
    for (const PeerConnection &c : list.connections())
        out.emplace(PairKey{list.endpoints()[c.from].key(), list.endpoints()[c.to].key()}, &c);
    return out;
}

std::set<std::string> endpointKeys(const ConnectionList &list)
{
    std::set<std::string> keys;
    for (const ConnectionEndpoint &e : list.endpoints())
        keys.insert(e.key());
    return keys;
}

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
    const auto old = byKey(before);
    const auto now = byKey(after);
    const auto oldKeys = endpointKeys(before);
    const auto newKeys = endpointKeys(after);
    std::vector<ConnectionChange> changes;
    auto mark = [&](ConnectionChange &c) {
        c.fromNew = !oldKeys.count(c.from.key());
        c.fromGone = !newKeys.count(c.from.key());
        c.toNew = !oldKeys.count(c.to.key());
        c.toGone = !newKeys.count(c.to.key());
    };
    for (const auto &[key, connection] : now) {
        ConnectionChange c;
        c.from = after.endpoints()[connection->from];
        c.to = after.endpoints()[connection->to];
        c.after = connection->ports;
        const auto found = old.find(key);
        if (found == old.end()) {
            c.kind = ConnectionChange::Kind::Added;
        } else if (found->second->ports == connection->ports) {
            continue;
        } else {
            c.before = found->second->ports;
        }
        mark(c);
        changes.push_back(std::move(c));
    }
    for (const auto &[key, connection] : old) {
        if (now.count(key))
            continue;
        ConnectionChange c;
        c.kind = ConnectionChange::Kind::Removed;
        c.from = before.endpoints()[connection->from];
        c.to = before.endpoints()[connection->to];
        c.before = connection->ports;
        mark(c);
        changes.push_back(std::move(c));
    }
    std::sort(changes.begin(), changes.end(),
              [](const ConnectionChange &x, const ConnectionChange &y) {
                  return std::make_pair(x.from.label(), x.to.label())
                         < std::make_pair(y.from.label(), y.to.label());
              });
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
    const std::vector<AddressSet> addresses
        = partitionAddresses({&oldCluster.policies, &newCluster.policies});
    const PolicyEvaluator oldEvaluator(oldCluster.policies);
    const PolicyEvaluator newEvaluator(newCluster.policies);
    const ConnectionList oldList(oldCluster, oldEvaluator, addresses);
    const ConnectionList newList(newCluster, newEvaluator, addresses);
    diff.changes = diffConnections(oldList, newList);
    if (!explain)
        return diff;
    for (ConnectionChange &c : diff.changes) {
        const auto sides
            = {std::make_tuple("before: ", &c.before, &oldCluster, &oldEvaluator, &oldList),
               std::make_tuple("after: ", &c.after, &newCluster, &newEvaluator, &newList)};
        for (const auto &[prefix, ports, cluster, evaluator, list] : sides) {
            if (!*ports) {
                c.reasons.push_back(std::string(prefix) + "nothing allowed");
                continue;
            }
            // The endpoints as that side has them (an endpoint is on the side that allows).
            const ConnectionEndpoint *from = nullptr;
            const ConnectionEndpoint *to = nullptr;
            for (const ConnectionEndpoint &e : list->endpoints()) {
                from = e.key() == c.from.key() ? &e : from;
                to = e.key() == c.to.key() ? &e : to;
            }
            for (const std::string &line :
                 explainConnectionLines(*cluster, *evaluator, *from, *to, **ports))
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
