#include "model/analysis/analysisformat.h"

#include "model/analysis/tieredexplain.h"
#include "model/core/quoting.h"

#include <algorithm>
#include <memory>
#include <ostream>

namespace Netpol {

namespace {

std::string policyRef(const Analyzer &analyzer, std::size_t index, const std::string &path = {})
{
    const NetworkPolicy &p = analyzer.evaluator().policies()[index];
    std::string text = p.metadata.ns + '/' + p.metadata.name;
    if (!path.empty())
        text += ' ' + path;
    if (index < analyzer.cluster().policySources.size()) {
        const Location at = analyzer.cluster().policySources[index].locate(path);
        if (at.hasPosition())
            text += " (" + at.file + ':' + std::to_string(at.line) + ')';
    }
    return text;
}

std::string rulePath(const RuleRef &rule, bool egress)
{
    return std::string(egress ? "spec.egress[" : "spec.ingress[") + std::to_string(rule.rule) + ']';
}

std::string clusterRuleText(const Analyzer &analyzer, const ClusterRuleRef &rule, bool egress)
{
    return explainedClusterRule(analyzer.cluster(), analyzer.evaluator(), rule, egress);
}

std::string tierOf(const Analyzer &analyzer, const ClusterRuleRef &rule)
{
    return clusterRuleTier(analyzer.evaluator(), rule);
}

// What the guardrails did before the NetworkPolicies (or the default) decided: "passed by ...; ".
std::string passesText(const Analyzer &analyzer, const SideVerdict &side, bool egress)
{
    std::string out;
    for (const ClusterRuleRef &pass : side.passes)
        out += "passed on by " + clusterRuleText(analyzer, pass, egress) + " ("
               + tierOf(analyzer, pass) + ", Pass); ";
    return out;
}

std::string portText(const ProbeResult &r)
{
    if (r.portName.empty())
        return r.port.toString();
    return r.portName + " (" + r.port.toString() + ')';
}

std::string sideLine(const Analyzer &analyzer, const ProbeResult &r, bool egress)
{
    const AnalysisEndpoint &subject = egress ? r.from() : r.to();
    const SideVerdict &side = egress ? r.verdict.egress : r.verdict.ingress;
    const std::string direction = egress ? "egress" : "ingress";
    const std::string head = direction + " of " + subject.name + ": ";
    if (!subject.peer.isPod)
        return head
               + (subject.peer.ip ? "an address outside the cluster" : "outside the pod network")
               + "; no policy applies";
    const std::string unknown = side.unknownAddress
                                    ? " (an address not in the input: a networks peer matches "
                                      "it only through a /0)"
                                    : "";
    const ClusterTiers &tiers = analyzer.evaluator().clusterTiers();
    if (side.decision) {
        const ClusterDecision &d = *side.decision;
        return head + passesText(analyzer, side, egress)
               + (d.action == ClusterAction::Accept ? "allowed" : "denied") + " by the "
               + tierOf(analyzer, d.rule) + ": " + clusterRuleText(analyzer, d.rule, egress) + " ("
               + tiers.ruleAt(d.rule.policy, egress, d.rule.rule).action
               + ')' + unknown;
    }
    const std::string passes = passesText(analyzer, side, egress);
    if (!side.isolated)
        return head + passes + "open (no NetworkPolicy in namespace " + subject.peer.ns
               + " selects it for " + direction
               + (tiers.empty() ? "" : ", and no guardrail rule decides")
               + ')' + unknown;
    if (!side.allowingRules.empty()) {
        std::vector<std::string> rules;
        for (const RuleRef &rule : side.allowingRules)
            rules.push_back(policyRef(analyzer, rule.policy, rulePath(rule, egress)));
        return head + passes + "allowed by " + joinedWithAnd(rules) + unknown;
    }
    std::vector<std::string> policies;
    for (std::size_t index : side.isolatingPolicies)
        policies.push_back(policyRef(analyzer, index));
    return head + passes + "denied: isolated by " + joinedWithAnd(policies) + ", and none of "
           + (policies.size() == 1 ? "its " : "their ") + direction + " rules allows " + r.from().name
           + " -> " + r.to().name + " on " + r.port.toString() + unknown;
}

void writeSideJson(std::ostream &out, const Analyzer &analyzer, const SideVerdict &side, bool egress)
{
    out << "{\"isolated\": " << (side.isolated ? "true" : "false") << ", \"isolatedBy\": [";
    for (std::size_t i = 0; i < side.isolatingPolicies.size(); ++i) {
        const NetworkPolicy &p = analyzer.evaluator().policies()[side.isolatingPolicies[i]];
        out << (i ? ", " : "") << jsonString(p.metadata.ns + '/' + p.metadata.name);
    }
    out << "], \"allowedBy\": [";
    for (std::size_t i = 0; i < side.allowingRules.size(); ++i) {
        const RuleRef &rule = side.allowingRules[i];
        const NetworkPolicy &p = analyzer.evaluator().policies()[rule.policy];
        out << (i ? ", " : "") << "{\"policy\": " << jsonString(p.metadata.ns + '/' + p.metadata.name)
            << ", \"rule\": " << jsonString(rulePath(rule, egress)) << '}';
    }
    out << ']';
    if (analyzer.evaluator().hasClusterPolicies()) {
        const std::string tier = side.decision ? tierOf(analyzer, side.decision->rule)
                                 : side.isolated ? "NetworkPolicy tier"
                                                 : "default";
        out << ", \"decidedBy\": " << jsonString(tier.substr(0, tier.find(' ')));
        if (side.decision)
            out << ", \"rule\": "
                << jsonString(clusterRuleText(analyzer, side.decision->rule, egress));
        out << ", \"passedBy\": [";
        for (std::size_t i = 0; i < side.passes.size(); ++i)
            out << (i ? ", " : "")
                << jsonString(clusterRuleText(analyzer, side.passes[i], egress));
        out << ']';
    }
    out << ", \"allowed\": " << (side.allowed() ? "true" : "false") << '}';
}

void writeJsonRow(std::ostream &out, const Analyzer &analyzer, const ProbeResult &r, bool explain)
{
    out << "{\"from\": " << jsonString(r.from().name) << ", \"to\": " << jsonString(r.to().name)
        << ", \"port\": " << r.port.port << ", \"protocol\": " << jsonString(protocolName(r.port.protocol))
        << ", \"allowed\": " << (r.allowed ? "true" : "false");
    if (!r.portName.empty())
        out << ", \"portName\": " << jsonString(r.portName);
    if (explain) {
        out << ", \"loopback\": " << (r.loopback ? "true" : "false") << ", \"egress\": ";
        writeSideJson(out, analyzer, r.verdict.egress, true);
        out << ", \"ingress\": ";
        writeSideJson(out, analyzer, r.verdict.ingress, false);
        out << ", \"reasons\": [";
        const auto reasons = explainVerdict(analyzer, r);
        for (std::size_t i = 0; i < reasons.size(); ++i)
            out << (i ? ", " : "") << jsonString(reasons[i]);
        out << ']';
    }
    out << '}';
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

void writeCsvHeader(std::ostream &out, bool explain)
{
    out << "from,to,port,protocol,allowed" << (explain ? ",reasons" : "") << '\n';
}

void writeCsvRow(std::ostream &out, const Analyzer &analyzer, const ProbeResult &r, bool explain)
{
    out << csvField(r.from().name) << ',' << csvField(r.to().name) << ',' << r.port.port << ','
        << protocolName(r.port.protocol) << ',' << (r.allowed ? "true" : "false");
    if (explain) {
        std::string reasons;
        for (const std::string &line : explainVerdict(analyzer, r))
            reasons += (reasons.empty() ? "" : "; ") + line;
        out << ',' << csvField(reasons);
    }
    out << '\n';
}

std::string verdictText(const ProbeResult &r)
{
    if (r.loopback)
        return "allowed (loopback)";
    return r.allowed ? "allowed" : "denied";
}

std::string padded(const std::string &text, std::size_t width)
{
    return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

} // namespace

std::string jsonString(std::string_view text)
{
    return quoted(text, QuoteStyle::Json);
}

void writeOmissions(std::ostream &out, const AnalysisOutcome &outcome, bool blankLine)
{
    const int documents = outcome.documentsLeftOut;
    const int probes = outcome.probeErrors;
    if ((documents > 0 || probes > 0) && blankLine)
        out << '\n';
    if (documents > 0)
        out << "Computed without " << documents
            << (documents == 1 ? " document that has" : " documents that have")
            << " errors (reported on standard error).\n";
    if (probes > 0)
        out << probes << (probes == 1 ? " probe" : " probes")
            << " could not be evaluated (reported on standard error).\n";
}

std::vector<std::string> explainVerdict(const Analyzer &analyzer, const ProbeResult &result)
{
    std::vector<std::string> lines;
    if (result.loopback)
        lines.push_back("loopback: a pod can always reach itself, whatever the policies say");
    lines.push_back(sideLine(analyzer, result, true));
    lines.push_back(sideLine(analyzer, result, false));
    return lines;
}

void writeProbeResults(std::ostream &out, const Analyzer &analyzer,
                       const std::vector<ProbeResult> &results, AnalysisFormat format, bool explain)
{
    if (format == AnalysisFormat::Json) {
        out << '[';
        for (std::size_t i = 0; i < results.size(); ++i) {
            out << (i ? ",\n  " : "\n  ");
            writeJsonRow(out, analyzer, results[i], explain);
        }
        out << (results.empty() ? "]\n" : "\n]\n");
        return;
    }
    if (format == AnalysisFormat::Csv) {
        writeCsvHeader(out, explain);
        for (const ProbeResult &r : results)
            writeCsvRow(out, analyzer, r, explain);
        return;
    }
    std::size_t widths[3] = {4, 2, 4};
    for (const ProbeResult &r : results) {
        widths[0] = std::max(widths[0], r.from().name.size());
        widths[1] = std::max(widths[1], r.to().name.size());
        widths[2] = std::max(widths[2], portText(r).size());
    }
    out << padded("FROM", widths[0]) << "  " << padded("TO", widths[1]) << "  " << padded("PORT", widths[2])
        << "  VERDICT\n";
    std::size_t allowed = 0;
    for (const ProbeResult &r : results) {
        allowed += r.allowed;
        out << padded(r.from().name, widths[0]) << "  " << padded(r.to().name, widths[1]) << "  "
            << padded(portText(r), widths[2]) << "  " << verdictText(r) << '\n';
        if (explain) {
            for (const std::string &line : explainVerdict(analyzer, r))
                out << "    " << line << '\n';
        }
    }
    out << '\n' << results.size() << (results.size() == 1 ? " probe: " : " probes: ") << allowed
        << " allowed, " << results.size() - allowed << " denied\n";
}

void writeMatrix(std::ostream &out, const Analyzer &analyzer,
                 const std::vector<AnalysisEndpoint> &endpoints, const ReachabilityMatrix &matrix,
                 AnalysisFormat format, bool explain, const std::vector<bool> &focus)
{
    const std::size_t n = endpoints.size();
    auto shown = [&](std::size_t a, std::size_t b) {
        return focus.empty() || focus[a] || focus[b];
    };
    const auto &ports = matrix.ports();
    auto isSelf = [&](std::size_t a, std::size_t b) {
        return a == b
               && analyzer.cluster().workloads[*endpoints[a].workload].kind == WorkloadKind::Pod;
    };
    std::vector<std::shared_ptr<const AnalysisEndpoint>> shared;
    for (const AnalysisEndpoint &e : endpoints)
        shared.push_back(std::make_shared<const AnalysisEndpoint>(e));
    auto cell = [&](std::size_t a, std::size_t b, std::size_t p) {
        if (explain)
            return analyzer.evaluate(shared[a], shared[b], ports[p]);
        return ProbeResult{shared[a], shared[b], ports[p], {}, false, matrix.allowed(a, b, p), {}};
    };
    if (format != AnalysisFormat::Text) {
        bool first = true;
        if (format == AnalysisFormat::Json)
            out << '[';
        else
            writeCsvHeader(out, explain);
        for (std::size_t a = 0; a < n; ++a) {
            for (std::size_t b = 0; b < n; ++b) {
                if (isSelf(a, b) || !shown(a, b))
                    continue;
                for (std::size_t p = 0; p < ports.size(); ++p) {
                    const ProbeResult r = cell(a, b, p);
                    if (format == AnalysisFormat::Json) {
                        out << (first ? "\n  " : ",\n  ");
                        writeJsonRow(out, analyzer, r, explain);
                    } else {
                        writeCsvRow(out, analyzer, r, explain);
                    }
                    first = false;
                }
            }
        }
        if (format == AnalysisFormat::Json)
            out << (first ? "]\n" : "\n]\n");
        return;
    }
    if (n == 0) {
        out << "No pods or workloads in the input: nothing to show.\n";
        return;
    }
    if (ports.empty()) {
        out << "No ports in play (no container ports, no numbered ports in policies): nothing to show.\n";
        return;
    }
    out << n << (n == 1 ? " workload, " : " workloads, ") << ports.size()
        << (ports.size() == 1 ? " port" : " ports")
        << " in play. Rows send, columns receive: \".\" allowed, \"X\" denied, \"-\" a pod and itself.\n";
    const std::size_t numberWidth = std::to_string(n).size();
    std::size_t nameWidth = 0;
    for (const AnalysisEndpoint &e : endpoints)
        nameWidth = std::max(nameWidth, e.name.size());
    const std::string indent(numberWidth + 2 + nameWidth, ' ');
    for (std::size_t p = 0; p < ports.size(); ++p) {
        out << '\n' << ports[p].toString() << '\n' << indent;
        for (std::size_t b = 0; b < n; ++b) {
            const std::string number = std::to_string(b + 1);
            out << ' ' << std::string(numberWidth - number.size(), ' ') << number;
        }
        out << '\n';
        for (std::size_t a = 0; a < n; ++a) {
            const std::string number = std::to_string(a + 1);
            out << std::string(numberWidth - number.size(), ' ') << number << "  "
                << padded(endpoints[a].name, nameWidth);
            for (std::size_t b = 0; b < n; ++b) {
                const char mark = isSelf(a, b)        ? '-'
                                  : !shown(a, b)          ? ' '
                                  : matrix.allowed(a, b, p) ? '.'
                                                            : 'X';
                out << ' ' << std::string(numberWidth - 1, ' ') << mark;
            }
            out << '\n';
        }
        if (!explain)
            continue;
        for (std::size_t a = 0; a < n; ++a) {
            for (std::size_t b = 0; b < n; ++b) {
                if (isSelf(a, b) || !shown(a, b))
                    continue;
                const ProbeResult r = cell(a, b, p);
                out << "  " << r.from().name << " -> " << r.to().name << ": " << verdictText(r) << '\n';
                for (const std::string &line : explainVerdict(analyzer, r))
                    out << "      " << line << '\n';
            }
        }
    }
}

} // namespace Netpol
