#include "model/analysis/analysis.h"

#include "model/analysis/analysisformat.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace Netpol {

namespace {

std::vector<std::string> splitProbeArgument(std::string_view text, std::string *error)
{
    std::vector<std::string> parts;
    std::string current;
    bool bracket = false;
    for (char c : text) {
        if (c == '[' && current.empty() && !bracket) {
            bracket = true;
        } else if (c == ']' && bracket) {
            bracket = false;
        } else if (c == ':' && !bracket) {
            parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (bracket && error)
        *error = "unbalanced [ in \"" + std::string(text) + '"';
    parts.push_back(current);
    return parts;
}

bool splitPort(const std::string &text, ProbeSpec &spec, std::string *error)
{
    std::string port = text;
    if (const auto slash = text.find('/'); slash != std::string::npos) {
        port = text.substr(0, slash);
        const std::string protocol = text.substr(slash + 1);
        spec.protocol = parseProtocol(protocol);
        if (!spec.protocol) {
            *error = "unknown protocol \"" + protocol + "\" (expected TCP, UDP or SCTP)";
            return false;
        }
    }
    if (port.empty()) {
        *error = "the port is missing";
        return false;
    }
    spec.port = port;
    return true;
}

bool isNumber(const std::string &text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::optional<ProbeSpec> parseProbeArgument(std::string_view text, std::string *error)
{
    std::string reason;
    const std::vector<std::string> parts = splitProbeArgument(text, &reason);
    ProbeSpec spec;
    if (reason.empty() && parts.size() != 3)
        reason = "expected FROM:TO:PORT[/PROTOCOL], not \"" + std::string(text) + '"';
    if (reason.empty() && (parts[0].empty() || parts[1].empty()))
        reason = "FROM and TO must not be empty in \"" + std::string(text) + '"';
    if (reason.empty()) {
        spec.from = parts[0];
        spec.to = parts[1];
        splitPort(parts[2], spec, &reason);
    }
    if (!reason.empty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return spec;
}

std::vector<ProbeSpec> parseProbeFile(const std::string &text, const std::string &file,
                                      Diagnostics &diagnostics)
{
    std::vector<ProbeSpec> probes;
    std::istringstream lines(text);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        if (const auto hash = line.find('#'); hash != std::string::npos)
            line.erase(hash);
        std::istringstream words(line);
        std::vector<std::string> tokens;
        for (std::string word; words >> word;)
            tokens.push_back(word);
        if (tokens.empty())
            continue;
        const std::size_t column = line.find_first_not_of(" \t") + 1;
        const Location at = Location::inFile(file, number, int(column));
        ProbeSpec spec;
        spec.location = at;
        std::string error;
        if (tokens.size() != 3) {
            error = "expected FROM TO PORT/PROTOCOL, found " + std::to_string(tokens.size())
                    + (tokens.size() == 1 ? " word" : " words");
        } else if (splitPort(tokens[2], spec, &error)) {
            spec.from = tokens[0];
            spec.to = tokens[1];
        }
        if (!error.empty()) {
            diagnostics.push_back(makeError("invalid-probe", error, at));
            continue;
        }
        probes.push_back(std::move(spec));
    }
    return probes;
}

std::optional<AnalysisFormat> parseAnalysisFormat(std::string_view text)
{
    if (text == "text")
        return AnalysisFormat::Text;
    if (text == "json")
        return AnalysisFormat::Json;
    if (text == "csv")
        return AnalysisFormat::Csv;
    return std::nullopt;
}

Analyzer::Analyzer(const Cluster &cluster) : m_cluster(cluster), m_evaluator(cluster.policies) {}

std::optional<AnalysisEndpoint> Analyzer::resolve(const std::string &text, std::string *error) const
{
    std::string bare = text;
    if (bare.size() > 2 && bare.front() == '[' && bare.back() == ']')
        bare = bare.substr(1, bare.size() - 2);
    if (const auto ip = parseIpAddress(bare)) {
        for (std::size_t i = 0; i < m_cluster.workloads.size(); ++i) {
            const auto &ips = m_cluster.workloads[i].ips;
            if (std::find(ips.begin(), ips.end(), *ip) != ips.end()) {
                NetworkPeer peer = m_cluster.peerOf(m_cluster.workloads[i]);
                peer.ip = *ip;
                return AnalysisEndpoint{text, i, std::move(peer)};
            }
        }
        return AnalysisEndpoint{text, std::nullopt, NetworkPeer::address(*ip)};
    }
    std::vector<std::string> parts;
    std::istringstream in(text);
    for (std::string part; std::getline(in, part, '/');)
        parts.push_back(part);
    if (parts.size() < 2 || parts.size() > 3 || parts.front().empty() || parts.back().empty()) {
        *error = "\"" + text + "\" is not NAMESPACE/NAME, NAMESPACE/KIND/NAME or an IP address";
        return std::nullopt;
    }
    std::vector<std::size_t> found = m_cluster.findWorkloads(parts.front(), parts.back());
    if (parts.size() == 3) {
        const auto kind = parseWorkloadKind(parts[1]);
        std::erase_if(found, [&](std::size_t i) { return !kind || m_cluster.workloads[i].kind != *kind; });
    }
    if (found.empty()) {
        *error = "no pod or workload \"" + text + "\" in the input";
        if (!m_cluster.findNamespace(parts.front()))
            *error += " (nothing is in namespace \"" + parts.front() + "\")";
        return std::nullopt;
    }
    if (found.size() > 1) {
        *error = "\"" + text + "\" is ambiguous:";
        for (std::size_t i : found)
            *error += ' ' + workloadName(m_cluster.workloads[i], true);
        *error += " (write NAMESPACE/KIND/NAME)";
        return std::nullopt;
    }
    return AnalysisEndpoint{text, found.front(), m_cluster.peerOf(m_cluster.workloads[found.front()])};
}

ProbeResult Analyzer::evaluate(const AnalysisEndpoint &from, const AnalysisEndpoint &to,
                               const TrafficPort &port) const
{
    ProbeResult result{from, to, port, {}, false, false, {}};
    result.loopback = from.workload && to.workload && *from.workload == *to.workload
                      && m_cluster.workloads[*from.workload].kind == WorkloadKind::Pod;
    result.verdict = m_evaluator.explain(from.peer, to.peer, port.port, port.protocol);
    result.allowed = result.loopback || result.verdict.allowed();
    return result;
}

std::optional<ProbeResult> Analyzer::probe(const ProbeSpec &spec, Diagnostics &diagnostics) const
{
    auto fail = [&](const std::string &message) -> std::optional<ProbeResult> {
        Diagnostic d = makeError("invalid-probe", "probe " + spec.from + ' ' + spec.to + ' ' + spec.port
                                                      + ": " + message,
                                 spec.location);
        diagnostics.push_back(std::move(d));
        return std::nullopt;
    };
    std::string error;
    const auto from = resolve(spec.from, &error);
    if (!from)
        return fail(error);
    const auto to = resolve(spec.to, &error);
    if (!to)
        return fail(error);
    TrafficPort port{0, spec.protocol.value_or(Protocol::TCP)};
    std::string portName;
    if (isNumber(spec.port)) {
        const auto parsed = parseTrafficPort(spec.port, &error);
        if (!parsed)
            return fail(error);
        port.port = parsed->port;
    } else {
        if (!to->peer.isPod)
            return fail("a named port needs a pod or workload as destination");
        std::vector<ContainerPort> matches;
        for (const ContainerPort &p : to->peer.ports) {
            if (p.name == spec.port && (!spec.protocol || p.protocol == *spec.protocol))
                matches.push_back(p);
        }
        if (matches.empty())
            return fail(spec.to + " has no container port named \"" + spec.port + '"'
                        + (spec.protocol ? " for " + std::string(protocolName(*spec.protocol)) : ""));
        port = {matches.front().port, matches.front().protocol};
        portName = spec.port;
    }
    ProbeResult result = evaluate(*from, *to, port);
    result.portName = portName;
    return result;
}

std::vector<AnalysisEndpoint> Analyzer::matrixEndpoints() const
{
    std::vector<std::size_t> order(m_cluster.workloads.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto &x = m_cluster.workloads[a];
        const auto &y = m_cluster.workloads[b];
        return std::tie(x.ns, x.name) < std::tie(y.ns, y.name);
    });
    std::vector<AnalysisEndpoint> endpoints;
    for (std::size_t i : order) {
        const ManifestWorkload &w = m_cluster.workloads[i];
        const bool shared = m_cluster.findWorkloads(w.ns, w.name).size() > 1;
        endpoints.push_back({workloadName(w, shared), i, m_cluster.peerOf(w)});
    }
    return endpoints;
}

std::vector<TrafficPort> Analyzer::portsInPlay() const
{
    std::set<std::pair<int, Protocol>> ports;
    for (const ManifestWorkload &w : m_cluster.workloads) {
        for (const ContainerPort &p : w.ports)
            ports.emplace(p.port, p.protocol);
    }
    for (const NetworkPolicy &policy : m_cluster.policies) {
        for (const auto *rules : {&policy.spec.ingress, &policy.spec.egress}) {
            for (const NetworkPolicyRule &rule : *rules) {
                for (const NetworkPolicyPort &entry : rule.ports) {
                    const auto protocol = parseProtocol(entry.effectiveProtocol());
                    if (!protocol || !entry.port || entry.port->isName)
                        continue;
                    for (long long n : {entry.port->number, entry.endPort.value_or(entry.port->number)}) {
                        if (n >= 1 && n <= 65535)
                            ports.emplace(int(n), *protocol);
                    }
                }
            }
        }
    }
    std::vector<TrafficPort> out;
    for (const auto &[port, protocol] : ports)
        out.push_back({port, protocol});
    return out;
}

AnalysisOutcome runAnalysis(const ManifestSet &manifests, const AnalysisOptions &options,
                            std::ostream &out)
{
    AnalysisOutcome outcome;
    outcome.diagnostics = manifests.diagnostics;
    const Cluster cluster = buildCluster(manifests);
    outcome.diagnostics.insert(outcome.diagnostics.end(), cluster.diagnostics.begin(),
                               cluster.diagnostics.end());
    const Analyzer analyzer(cluster);
    if (!options.probes.empty()) {
        for (const ProbeSpec &spec : options.probes) {
            if (auto result = analyzer.probe(spec, outcome.diagnostics))
                outcome.probes.push_back(std::move(*result));
            else
                outcome.probeErrors = true;
        }
        if (!outcome.probeErrors)
            writeProbeResults(out, analyzer, outcome.probes, options.format, options.explain);
        return outcome;
    }
    const std::vector<AnalysisEndpoint> endpoints = analyzer.matrixEndpoints();
    const std::vector<TrafficPort> ports = analyzer.portsInPlay();
    std::vector<NetworkPeer> peers;
    for (const AnalysisEndpoint &e : endpoints)
        peers.push_back(e.peer);
    const ReachabilityMatrix matrix(analyzer.evaluator(), peers, ports);
    writeMatrix(out, analyzer, endpoints, matrix, options.format, options.explain);
    outcome.matrixEndpoints = endpoints.size();
    outcome.matrixPorts = ports.size();
    return outcome;
}

} // namespace Netpol
