#include "model/analysis/analysis.h"
#include "model/core/quoting.h"

#include "model/analysis/analysisformat.h"
#include "model/analysis/connectionformat.h"
#include "model/analysis/exposure.h"
#include "model/k8s/k8snames.h"

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
        *error = "unbalanced [ in " + quotedValue(std::string(text));
    parts.push_back(current);
    return parts;
}

bool isNumber(const std::string &text)
{
    return !text.empty()
           && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// PORT[/PROTOCOL] into `spec`: a port number in range or a port name, a known protocol.
bool splitPort(const std::string &text, ProbeSpec &spec, std::string *error)
{
    std::string port = text;
    if (const auto slash = text.find('/'); slash != std::string::npos) {
        port = text.substr(0, slash);
        const std::string protocol = text.substr(slash + 1);
        spec.protocol = parseProtocol(protocol);
        if (!spec.protocol) {
            *error = "unknown protocol " + quotedValue(protocol) + " (expected TCP, UDP or SCTP)";
            return false;
        }
    }
    if (port.empty()) {
        *error = "the port is missing";
        return false;
    }
    if (isNumber(port)) {
        if (!parseTrafficPort(port, error))
            return false;
    } else if (const auto errors = portNameErrors(port); !errors.empty()) {
        *error = quotedValue(port) + " is neither a port number nor a port name: "
                 + joinMessages(errors);
        return false;
    }
    spec.port = port;
    return true;
}

std::vector<std::string> splitEndpoint(const std::string &text)
{
    std::vector<std::string> parts;
    std::istringstream in(text);
    for (std::string part; std::getline(in, part, '/');)
        parts.push_back(part);
    return parts;
}

std::string withoutBrackets(const std::string &text)
{
    if (text.size() > 2 && text.front() == '[' && text.back() == ']')
        return text.substr(1, text.size() - 2);
    return text;
}

// Why `text` is not NS/NAME, NS/KIND/NAME or an IP address; empty when it is one of them.
std::string endpointFormError(const std::string &text)
{
    if (parseIpAddress(withoutBrackets(text)))
        return {};
    const std::vector<std::string> parts = splitEndpoint(text);
    if (parts.size() < 2 || parts.size() > 3 || parts.front().empty() || parts.back().empty())
        return quotedValue(text) + " is not NAMESPACE/NAME, NAMESPACE/KIND/NAME or an IP address";
    return {};
}

// The endpoints and the port of `spec`, or the reason they are malformed.
bool checkProbeForm(const std::string &from, const std::string &to, const std::string &port,
                    ProbeSpec &spec, std::string *error)
{
    for (const std::string *endpoint : {&from, &to}) {
        *error = endpointFormError(*endpoint);
        if (!error->empty())
            return false;
    }
    if (!splitPort(port, spec, error))
        return false;
    spec.from = from;
    spec.to = to;
    return true;
}

} // namespace

std::optional<ProbeSpec> parseProbeArgument(std::string_view text, std::string *error)
{
    std::string reason;
    const std::vector<std::string> parts = splitProbeArgument(text, &reason);
    ProbeSpec spec;
    spec.argument = std::string(text);
    if (reason.empty() && parts.size() != 3)
        reason = "expected FROM:TO:PORT[/PROTOCOL], not " + quotedValue(std::string(text));
    if (reason.empty() && (parts[0].empty() || parts[1].empty()))
        reason = "FROM and TO must not be empty in " + quotedValue(std::string(text));
    if (reason.empty())
        checkProbeForm(parts[0], parts[1], parts[2], spec, &reason);
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
    const auto shared = std::make_shared<const std::string>(file);
    std::istringstream lines(text);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        if (const auto hash = line.find('#'); hash != std::string::npos)
            line.erase(hash);
        std::vector<std::string> tokens;
        std::vector<int> columns; // 1-based, of each token
        for (std::size_t pos = line.find_first_not_of(" \t\r"); pos != std::string::npos;) {
            const std::size_t end = std::min(line.find_first_of(" \t\r", pos), line.size());
            tokens.push_back(line.substr(pos, end - pos));
            columns.push_back(int(pos) + 1);
            pos = line.find_first_not_of(" \t\r", end);
        }
        if (tokens.empty())
            continue;
        ProbeSpec spec;
        spec.file = shared;
        spec.line = number;
        spec.column = columns.front();
        std::string error;
        int column = columns.front();
        if (tokens.size() != 3) {
            error = "expected FROM TO PORT/PROTOCOL, found " + std::to_string(tokens.size())
                    + (tokens.size() == 1 ? " word" : " words");
        } else {
            spec.toColumn = columns[1];
            spec.portColumn = columns[2];
            if (!checkProbeForm(tokens[0], tokens[1], tokens[2], spec, &error))
                column = !endpointFormError(tokens[0]).empty()   ? columns[0]
                         : !endpointFormError(tokens[1]).empty() ? columns[1]
                                                                 : columns[2];
        }
        if (!error.empty()) {
            diagnostics.push_back(makeError("invalid-probe", error,
                                            Location::inFile(file, number, column)));
            continue;
        }
        probes.push_back(std::move(spec));
    }
    return probes;
}

Location ProbeSpec::location() const
{
    return file ? Location::inFile(*file, line, column) : Location{};
}

std::optional<AnalysisFormat> parseAnalysisFormat(std::string_view text)
{
    if (text == "text")
        return AnalysisFormat::Text;
    if (text == "json")
        return AnalysisFormat::Json;
    if (text == "csv")
        return AnalysisFormat::Csv;
    if (text == "md")
        return AnalysisFormat::Markdown;
    return std::nullopt;
}

Analyzer::Analyzer(const Cluster &cluster) : m_cluster(cluster), m_evaluator(cluster.policies)
{
    for (std::size_t i = 0; i < cluster.workloads.size(); ++i) {
        const ManifestWorkload &w = cluster.workloads[i];
        m_byName[{w.ns, w.name}].push_back(i);
        for (const IpAddress &ip : w.ips)
            m_byAddress.emplace(ip, i);
    }
}

bool Analyzer::sharedName(const ManifestWorkload &w) const
{
    const auto it = m_byName.find({w.ns, w.name});
    return it != m_byName.end() && it->second.size() > 1;
}

std::shared_ptr<const AnalysisEndpoint> Analyzer::intern(const std::string &text, std::string *error) const
{
    if (const auto it = m_interned.find(text); it != m_interned.end())
        return it->second;
    auto endpoint = resolve(text, error);
    if (!endpoint)
        return nullptr;
    auto shared = std::make_shared<const AnalysisEndpoint>(std::move(*endpoint));
    m_interned.emplace(text, shared);
    return shared;
}

std::optional<AnalysisEndpoint> Analyzer::resolve(const std::string &text, std::string *error) const
{
    if (const auto ip = parseIpAddress(withoutBrackets(text))) {
        if (const auto it = m_byAddress.find(*ip); it != m_byAddress.end()) {
            NetworkPeer peer = m_cluster.peerOf(m_cluster.workloads[it->second]);
            peer.ip = *ip;
            return AnalysisEndpoint{text, it->second, std::move(peer)};
        }
        return AnalysisEndpoint{text, std::nullopt, NetworkPeer::address(*ip)};
    }
    if (std::string form = endpointFormError(text); !form.empty()) {
        *error = std::move(form);
        return std::nullopt;
    }
    const std::vector<std::string> parts = splitEndpoint(text);
    const auto named = m_byName.find({parts.front(), parts.back()});
    std::vector<std::size_t> found = named == m_byName.end() ? std::vector<std::size_t>{} : named->second;
    if (parts.size() == 3) {
        const auto kind = parseWorkloadKind(parts[1]);
        std::erase_if(found, [&](std::size_t i) { return !kind || m_cluster.workloads[i].kind != *kind; });
    }
    if (found.empty()) {
        *error = "no pod or workload " + quotedValue(text) + " in the input";
        if (!m_cluster.findNamespace(parts.front()))
            *error += " (nothing is in namespace " + quotedValue(parts.front()) + ")";
        return std::nullopt;
    }
    if (found.size() > 1) {
        *error = quotedValue(text) + " is ambiguous:";
        for (std::size_t i : found)
            *error += ' ' + workloadName(m_cluster.workloads[i], true);
        *error += " (write NAMESPACE/KIND/NAME)";
        return std::nullopt;
    }
    return AnalysisEndpoint{text, found.front(), m_cluster.peerOf(m_cluster.workloads[found.front()])};
}

ProbeResult Analyzer::evaluate(std::shared_ptr<const AnalysisEndpoint> source,
                               std::shared_ptr<const AnalysisEndpoint> destination,
                               const TrafficPort &port) const
{
    const AnalysisEndpoint &from = *source;
    const AnalysisEndpoint &to = *destination;
    ProbeResult result{std::move(source), std::move(destination), port, {}, false, false, {}};
    result.loopback = from.workload && to.workload && *from.workload == *to.workload
                      && m_cluster.workloads[*from.workload].kind == WorkloadKind::Pod;
    result.verdict = m_evaluator.explain(from.peer, to.peer, port.port, port.protocol);
    result.allowed = result.loopback || result.verdict.allowed();
    return result;
}

std::optional<ProbeResult> Analyzer::probe(const ProbeSpec &spec, Diagnostics &diagnostics) const
{
    // Placed on the probes file's word when the probe came from one; named by the argument
    // as written when it came from --probe.
    auto report = [&](const char *code, int column,
                      const std::string &message) -> std::optional<ProbeResult> {
        Location at = spec.location();
        if (at.hasPosition() && column > 0)
            at.column = column;
        const std::string probe = spec.argument.empty()
                                      ? "probe " + spec.from + ' ' + spec.to + ' ' + spec.port
                                      : "--probe " + spec.argument;
        diagnostics.push_back(makeError(code, probe + ": " + message, at));
        return std::nullopt;
    };
    const int fromColumn = spec.column;
    for (const auto &[text, column] : {std::pair{&spec.from, fromColumn},
                                       std::pair{&spec.to, spec.toColumn}}) {
        if (const std::string form = endpointFormError(*text); !form.empty())
            return report("invalid-probe", column, form);
    }
    std::string error;
    auto from = intern(spec.from, &error);
    if (!from)
        return report("probe-unknown-endpoint", fromColumn, error);
    auto to = intern(spec.to, &error);
    if (!to)
        return report("probe-unknown-endpoint", spec.toColumn, error);
    TrafficPort port{0, spec.protocol.value_or(Protocol::TCP)};
    std::string portName;
    if (isNumber(spec.port)) {
        const auto parsed = parseTrafficPort(spec.port, &error);
        if (!parsed)
            return report("invalid-probe", spec.portColumn, error);
        port.port = parsed->port;
    } else {
        if (!to->peer.isPod)
            return report("probe-unknown-port", spec.portColumn,
                          "a named port needs a pod or workload as destination, and " + spec.to
                              + " is an address");
        std::vector<ContainerPort> matches;
        for (const ContainerPort &p : to->peer.ports) {
            if (p.name == spec.port && (!spec.protocol || p.protocol == *spec.protocol))
                matches.push_back(p);
        }
        if (matches.empty())
            return report("probe-unknown-port", spec.portColumn,
                          spec.to + " has no container port named " + quotedValue(spec.port)
                              + (spec.protocol
                                     ? " for " + std::string(protocolName(*spec.protocol))
                                     : ""));
        port = {matches.front().port, matches.front().protocol};
        portName = spec.port;
    }
    ProbeResult result = evaluate(std::move(from), std::move(to), port);
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
        endpoints.push_back({workloadName(w, sharedName(w)), i, m_cluster.peerOf(w)});
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

namespace {

// The workloads --focus names, by index; nothing when one is missing (reported).
std::optional<std::vector<bool>> resolveFocus(const Analyzer &analyzer,
                                              const std::vector<std::string> &focus,
                                              AnalysisOutcome &outcome)
{
    std::vector<bool> chosen(analyzer.cluster().workloads.size(), false);
    for (const std::string &text : focus) {
        std::string error;
        const auto endpoint = analyzer.resolve(text, &error);
        if (endpoint && !endpoint->workload)
            error = quotedValue(text) + " is an address; --focus takes workloads";
        if (!endpoint || !endpoint->workload) {
            outcome.diagnostics.push_back(
                makeError("focus-unknown-endpoint", "--focus " + text + ": " + error, {}));
            ++outcome.focusErrors;
            continue;
        }
        chosen[*endpoint->workload] = true;
    }
    if (outcome.focusErrors > 0)
        return std::nullopt;
    return chosen;
}

bool inFocus(const std::vector<bool> &focus, const std::optional<std::size_t> &workload)
{
    return focus.empty() || (workload && focus[*workload]);
}

} // namespace

AnalysisOutcome runAnalysis(const ManifestSet &manifests, const AnalysisOptions &options,
                            std::ostream &out)
{
    AnalysisOutcome outcome;
    outcome.diagnostics = manifests.diagnostics;
    outcome.documentsLeftOut = manifests.documentsLeftOut();
    const Cluster cluster = buildCluster(manifests);
    outcome.diagnostics.insert(outcome.diagnostics.end(), cluster.diagnostics.begin(),
                               cluster.diagnostics.end());
    const Analyzer analyzer(cluster);
    std::vector<bool> focus;
    if (!options.focus.empty()) {
        const auto resolved = resolveFocus(analyzer, options.focus, outcome);
        if (!resolved)
            return outcome;
        focus = *resolved;
    }
    if (!options.probes.empty()) {
        for (const ProbeSpec &spec : options.probes) {
            auto result = analyzer.probe(spec, outcome.diagnostics);
            if (!result) {
                ++outcome.probeErrors;
                continue;
            }
            if (!focus.empty() && !inFocus(focus, result->from().workload)
                && !inFocus(focus, result->to().workload))
                continue;
            if (!options.explain)
                result->verdict = {}; // the reasons are written only when explaining
            outcome.probes.push_back(std::move(*result));
        }
        writeProbeResults(out, analyzer, outcome.probes, options.format, options.explain);
        if (options.format == AnalysisFormat::Text)
            writeOmissions(out, outcome, false);
        return outcome;
    }
    if (options.exposure) {
        writeExposure(out, cluster, computeExposure(cluster, analyzer.evaluator()), options.format,
                      focus);
        if (options.format == AnalysisFormat::Text)
            writeOmissions(out, outcome, true);
        return outcome;
    }
    if (!options.matrix) {
        const std::vector<AddressSet> addresses = partitionAddresses({&cluster.policies});
        const ConnectionList list(cluster, analyzer.evaluator(), addresses);
        std::vector<bool> shown;
        for (const PeerConnection &c : list.connections()) {
            const bool show = focus.empty() || inFocus(focus, list.endpoints()[c.from].workload)
                              || inFocus(focus, list.endpoints()[c.to].workload);
            shown.push_back(show);
            outcome.connections += show;
        }
        writeConnectionList(out, cluster, analyzer.evaluator(), list, options.format,
                            options.explain, shown, focus);
        if (options.format == AnalysisFormat::Text)
            writeOmissions(out, outcome, true);
        return outcome;
    }
    const std::vector<AnalysisEndpoint> endpoints = analyzer.matrixEndpoints();
    const std::vector<TrafficPort> ports = analyzer.portsInPlay();
    std::vector<NetworkPeer> peers;
    std::vector<bool> matrixFocus;
    for (const AnalysisEndpoint &e : endpoints) {
        peers.push_back(e.peer);
        if (!focus.empty())
            matrixFocus.push_back(focus[*e.workload]);
    }
    const ReachabilityMatrix matrix(analyzer.evaluator(), peers, ports);
    writeMatrix(out, analyzer, endpoints, matrix, options.format, options.explain, matrixFocus);
    if (options.format == AnalysisFormat::Text)
        writeOmissions(out, outcome, true);
    outcome.matrixEndpoints = endpoints.size();
    outcome.matrixPorts = ports.size();
    return outcome;
}

} // namespace Netpol
