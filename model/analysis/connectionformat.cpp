#include "model/analysis/connectionformat.h"

#include "model/analysis/analysisformat.h"

#include <ostream>

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

std::string ruleText(const Cluster &cluster, const PolicyEvaluator &evaluator, const RuleRef &rule,
                     bool egress)
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
        out += (out.empty() ? "" : "; ") + ruleText(cluster, evaluator, rule, egress) + ": "
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
            << ", \"rule\": " << jsonString(rulePath(rule, egress)) << ", \"ports\": "
            << jsonString(connectionPortsText(ports)) << '}';
    }
    out << "]}";
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

std::vector<std::string> explainConnectionLines(const Cluster &cluster, const PolicyEvaluator &evaluator,
                                                const ConnectionEndpoint &from,
                                                const ConnectionEndpoint &to, const PortSet &ports)
{
    const ConnectionReasons reasons = explainConnection(evaluator, from.peer, to.peer, ports);
    return {sideText(cluster, evaluator, reasons.egress, from, true),
            sideText(cluster, evaluator, reasons.ingress, to, false)};
}

void writeConnectionList(std::ostream &out, const Cluster &cluster, const PolicyEvaluator &evaluator,
                         const ConnectionList &list, AnalysisFormat format, bool explain,
                         const std::vector<bool> &shown)
{
    const auto &endpoints = list.endpoints();
    const auto &connections = list.connections();
    auto isShown = [&](std::size_t i) { return shown.empty() || shown[i]; };
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
            out << ", \"all\": " << (c.ports.isAll() ? "true" : "false") << ", \"ports\": "
                << portsJson(c.ports);
            if (explain) {
                const ConnectionReasons reasons = explainConnection(evaluator, from.peer, to.peer, c.ports);
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
                << to.kind << ',' << (c.ports.isAll() ? "true" : "false");
            for (Protocol protocol : kAllProtocols)
                out << ',' << csvField(protocolPortsText(c.ports, protocol));
            if (explain) {
                std::string reasons;
                for (const std::string &line : explainConnectionLines(cluster, evaluator, from, to, c.ports))
                    reasons += (reasons.empty() ? "" : " | ") + line;
                out << ',' << csvField(reasons);
            }
            out << '\n';
        }
        return;
    }
    if (format == AnalysisFormat::Markdown)
        out << "| from | to | connections |\n| --- | --- | --- |\n";
    std::size_t written = 0;
    for (std::size_t i = 0; i < connections.size(); ++i) {
        if (!isShown(i))
            continue;
        ++written;
        const PeerConnection &c = connections[i];
        const ConnectionEndpoint &from = endpoints[c.from];
        const ConnectionEndpoint &to = endpoints[c.to];
        const std::string ports = connectionPortsText(c.ports);
        const auto reasons = explain ? explainConnectionLines(cluster, evaluator, from, to, c.ports)
                                     : std::vector<std::string>{};
        if (format == AnalysisFormat::Markdown) {
            out << "| " << from.label() << " | " << to.label() << " | " << ports;
            for (const std::string &line : reasons)
                out << "<br>" << line;
            out << " |\n";
            continue;
        }
        out << from.label() << " => " << to.label() << " : " << ports << '\n';
        for (const std::string &line : reasons)
            out << "    " << line << '\n';
    }
    if (format == AnalysisFormat::Text && written == 0)
        out << "No connection is allowed between the workloads and addresses of the input.\n";
}

} // namespace Netpol
