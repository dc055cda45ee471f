#include "model/analysis/connectionformat.h"

#include "model/analysis/analysisformat.h"
#include "model/analysis/tieredexplain.h"

#include <algorithm>
#include <ostream>
#include <unordered_set>

namespace Netpol {

namespace {

std::string policyName(const PolicyEvaluator &evaluator, std::size_t index)
{
    const NetworkPolicy &p = evaluator.policies()[index];
    return p.metadata.ns + '/' + p.metadata.name;
}

std::string rulePath(const RuleRef &rule, bool egress)
{
    return std::string(egress ? "spec.egress[" : "spec.ingress[") + std::to_string(rule.rule) + ']';
}

} // namespace

std::string explainedRule(const Cluster &cluster, const PolicyEvaluator &evaluator,
                          const RuleRef &rule, bool egress)
{
    const std::string path = rulePath(rule, egress);
    std::string text = policyName(evaluator, rule.policy) + ' ' + path;
    if (rule.policy < cluster.policySources.size()) {
        const Location at = cluster.policySources[rule.policy].locate(path);
        if (at.hasPosition())
            text += " (" + at.file + ':' + std::to_string(at.line) + ')';
    }
    return text;
}

std::string explainedPolicy(const Cluster &cluster, const PolicyEvaluator &evaluator,
                            std::size_t index)
{
    std::string text = policyName(evaluator, index);
    if (index < cluster.policySources.size()) {
        const Location at = cluster.policySources[index].locate("");
        if (at.hasPosition())
            text += " (" + at.file + ':' + std::to_string(at.line) + ')';
    }
    return text;
}

namespace {

std::string sideText(const Cluster &cluster, const PolicyEvaluator &evaluator,
                     const SideReasons &side, const ConnectionEndpoint &subject, bool egress)
{
    const std::string direction = egress ? "egress" : "ingress";
    const std::string head = direction + " of " + subject.name + ": ";
    if (side.address)
        return head + "an address outside the cluster; no policy applies";
    if (!side.isolated)
        return head + "open (no NetworkPolicy in namespace " + subject.ns + " selects it for "
               + direction + ')';
    std::string out;
    for (const auto &[rule, ports] : side.rules)
        out += (out.empty() ? "" : "; ") + explainedRule(cluster, evaluator, rule, egress) + ": "
               + connectionPortsText(ports);
    return head + out;
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

void writeSideJson(std::ostream &out, const PolicyEvaluator &evaluator, const SideReasons &side,
                   bool egress)
{
    out << "{\"isolated\": " << (side.isolated ? "true" : "false") << ", \"allowedBy\": [";
    for (std::size_t i = 0; i < side.rules.size(); ++i) {
        const auto &[rule, ports] = side.rules[i];
        out << (i ? ", " : "") << "{\"policy\": " << jsonString(policyName(evaluator, rule.policy))
            << ", \"rule\": " << jsonString(rulePath(rule, egress))
            << ", \"ports\": " << jsonString(connectionPortsText(ports)) << '}';
    }
    out << "]}";
}

// Why one side allows no more than it does toward (or from) the remote: its isolating
// policies and what their rules allow; empty when the side allows everything.
std::string restrictionText(const Cluster &cluster, const PolicyEvaluator &evaluator,
                            const ConnectionEndpoint &subject, const ConnectionEndpoint &remote,
                            bool egress)
{
    if (!subject.peer.isPod || !evaluator.isolated(subject.peer, egress))
        return {};
    const NetworkPeer &destination = egress ? remote.peer : subject.peer;
    PortSet allowed;
    std::string policies;
    for (std::size_t index : evaluator.policiesIn(subject.peer.ns)) {
        if (!evaluator.selects(index, subject.peer, egress))
            continue;
        policies += (policies.empty() ? "" : ", ") + explainedPolicy(cluster, evaluator, index);
        const NetworkPolicy &p = evaluator.policies()[index];
        const auto &rules = egress ? p.spec.egress : p.spec.ingress;
        for (std::size_t r = 0; r < rules.size(); ++r) {
            if (evaluator.rulePeersMatch(index, egress, r, remote.peer))
                allowed.unite(PortSet::ofRule(rules[r], destination));
        }
    }
    if (allowed.isAll())
        return {};
    return std::string(egress ? "egress of " : "ingress of ") + subject.name + ": isolated by "
           + policies + "; its rules allow "
           + (allowed.empty() ? std::string("nothing") : connectionPortsText(allowed))
           + (egress ? " toward " : " from ") + remote.name
           + (allowed.empty() ? "" : ", the rest is denied");
}

bool sameNamespace(const ConnectionEndpoint &a, const ConnectionEndpoint &b)
{
    return !a.kind.empty() && !b.kind.empty() && a.ns == b.ns;
}

bool expectedPair(const Cluster &cluster, const ConnectionEndpoint &from,
                  const ConnectionEndpoint &to)
{
    return sameNamespace(from, to)
           || (!from.kind.empty() && !to.kind.empty()
               && cluster.expectedPairs.count({from.key(), to.key()}));
}

} // namespace

std::string portsJson(const PortSet &ports)
{
    std::string out = "{";
    for (Protocol protocol : kAllProtocols) {
        const std::string list = protocolPortsText(ports, protocol);
        if (!list.empty())
            out += (out.size() > 1 ? ", " : "") + jsonString(protocolName(protocol)) + ": "
                   + jsonString(list);
    }
    return out + '}';
}

std::vector<std::string> explainConnectionLines(const Cluster &cluster,
                                                const PolicyEvaluator &evaluator,
                                                const ConnectionEndpoint &from,
                                                const ConnectionEndpoint &to, const PortSet &ports,
                                                bool whyDenied)
{
    if (evaluator.hasClusterPolicies())
        return tieredConnectionLines(cluster, evaluator, from.peer, from.name, to.peer, to.name,
                                     ports, whyDenied || expectedPair(cluster, from, to));
    const ConnectionReasons reasons = explainConnection(evaluator, from.peer, to.peer, ports);
    std::vector<std::string> lines;
    if (!ports.empty()) {
        lines.push_back(sideText(cluster, evaluator, reasons.egress, from, true));
        lines.push_back(sideText(cluster, evaluator, reasons.ingress, to, false));
    }
    // Pairs a reviewer expects to talk (the same namespace, a flow a design draws), and any
    // pair when asked: why the rest is denied.
    if ((whyDenied || expectedPair(cluster, from, to)) && !ports.isAll()) {
        for (bool egress : {true, false}) {
            const std::string line = egress ? restrictionText(cluster, evaluator, from, to, true)
                                            : restrictionText(cluster, evaluator, to, from, false);
            if (!line.empty())
                lines.push_back(line);
        }
    }
    return lines;
}

void writeConnectionList(std::ostream &out, const Cluster &cluster,
                         const PolicyEvaluator &evaluator, const ConnectionList &list,
                         AnalysisFormat format, bool explain, const std::vector<bool> &shown,
                         const std::vector<bool> &focus)
{
    const auto &endpoints = list.endpoints();
    const auto &connections = list.connections();
    auto isShown = [&](std::size_t i) {
        return shown.empty() || shown[i];
    };
    if (format == AnalysisFormat::Json) {
        out << '[';
        bool first = true;
        for (std::size_t i = 0; i < connections.size(); ++i) {
            if (!isShown(i))
                continue;
            const PeerConnection &c = connections[i];
            const ConnectionEndpoint &from = endpoints[c.from];
            const ConnectionEndpoint &to = endpoints[c.to];
            out << (first ? "\n  " : ",\n  ") << "{\"from\": " << jsonString(from.name);
            if (!from.kind.empty())
                out << ", \"fromKind\": " << jsonString(from.kind);
            out << ", \"to\": " << jsonString(to.name);
            if (!to.kind.empty())
                out << ", \"toKind\": " << jsonString(to.kind);
            out << ", \"all\": " << (c.ports().isAll() ? "true" : "false")
                << ", \"ports\": " << portsJson(c.ports());
            if (explain && evaluator.hasClusterPolicies()) {
                writeTieredSidesJson(out, cluster, evaluator, from.peer, to.peer);
            } else if (explain) {
                const ConnectionReasons reasons
                    = explainConnection(evaluator, from.peer, to.peer, c.ports());
                out << ", \"egress\": ";
                writeSideJson(out, evaluator, reasons.egress, true);
                out << ", \"ingress\": ";
                writeSideJson(out, evaluator, reasons.ingress, false);
            }
            out << '}';
            first = false;
        }
        out << (first ? "]\n" : "\n]\n");
        return;
    }
    if (format == AnalysisFormat::Csv) {
        out << "from,fromKind,to,toKind,all,TCP,UDP,SCTP" << (explain ? ",reasons" : "") << '\n';
        for (std::size_t i = 0; i < connections.size(); ++i) {
            if (!isShown(i))
                continue;
            const PeerConnection &c = connections[i];
            const ConnectionEndpoint &from = endpoints[c.from];
            const ConnectionEndpoint &to = endpoints[c.to];
            out << csvField(from.name) << ',' << from.kind << ',' << csvField(to.name) << ','
                << to.kind << ',' << (c.ports().isAll() ? "true" : "false");
            for (Protocol protocol : kAllProtocols)
                out << ',' << csvField(protocolPortsText(c.ports(), protocol));
            if (explain) {
                std::string reasons;
                for (const std::string &line :
                     explainConnectionLines(cluster, evaluator, from, to, c.ports()))
                    reasons += (reasons.empty() ? "" : " | ") + line;
                out << ',' << csvField(reasons);
            }
            out << '\n';
        }
        return;
    }
    if (format == AnalysisFormat::Markdown)
        out << "| from | to | connections |\n| --- | --- | --- |\n";
    // With explain, the pairs of one namespace that nothing is allowed between are listed
    // too, with why.
    struct Row
    {
        std::size_t from;
        std::size_t to;
        const PortSet *ports; // null: nothing allowed
    };
    // Without explain the connections are written as they come (a list of millions costs no
    // copy of itself); with it, the pairs nothing is allowed between join them and all are
    // sorted.
    std::vector<Row> rows;
    if (explain) {
        std::unordered_set<std::size_t> listed;
        for (std::size_t i = 0; i < connections.size(); ++i) {
            listed.insert(connections[i].from * endpoints.size() + connections[i].to);
            if (isShown(i))
                rows.push_back({connections[i].from, connections[i].to, &connections[i].ports()});
        }
        auto focused = [&](const ConnectionEndpoint &e) {
            return focus.empty() || (e.workload && focus[*e.workload]);
        };
        for (std::size_t a = 0; a < endpoints.size(); ++a) {
            for (std::size_t b = 0; b < endpoints.size(); ++b) {
                if (a != b && expectedPair(cluster, endpoints[a], endpoints[b])
                    && !listed.count(a * endpoints.size() + b)
                    && (focused(endpoints[a]) || focused(endpoints[b])))
                    rows.push_back({a, b, nullptr});
            }
        }
        std::sort(rows.begin(), rows.end(), [&](const Row &x, const Row &y) {
            return std::make_pair(endpoints[x.from].label(), endpoints[x.to].label())
                   < std::make_pair(endpoints[y.from].label(), endpoints[y.to].label());
        });
    }
    std::size_t written = 0;
    auto writeRow = [&](const Row &row) {
        written += row.ports != nullptr;
        const ConnectionEndpoint &from = endpoints[row.from];
        const ConnectionEndpoint &to = endpoints[row.to];
        const PortSet none;
        const PortSet &allowed = row.ports ? *row.ports : none;
        const std::string ports = row.ports ? connectionPortsText(allowed) : "No Connections";
        const auto reasons = explain ? explainConnectionLines(cluster, evaluator, from, to, allowed)
                                     : std::vector<std::string>{};
        if (format == AnalysisFormat::Markdown) {
            out << "| " << from.label() << " | " << to.label() << " | " << ports;
            for (const std::string &line : reasons)
                out << "<br>" << line;
            out << " |\n";
            return;
        }
        out << from.label() << " => " << to.label() << " : " << ports << '\n';
        for (const std::string &line : reasons)
            out << "    " << line << '\n';
    };
    if (explain) {
        for (const Row &row : rows)
            writeRow(row);
    } else {
        for (std::size_t i = 0; i < connections.size(); ++i) {
            if (isShown(i))
                writeRow({connections[i].from, connections[i].to, &connections[i].ports()});
        }
    }
    if (format == AnalysisFormat::Text && written == 0)
        out << "No connection is allowed between the workloads and addresses of the input.\n";
}

} // namespace Netpol
