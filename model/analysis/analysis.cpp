#include "model/analysis/analysis.h"
#include "model/core/quoting.h"

#include "model/analysis/analysisformat.h"
#include "model/analysis/connectionformat.h"
#include "model/analysis/exposure.h"
#include "model/analysis/probespec_p.h"
#include "model/k8s/k8snames.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace Netpol {

Analyzer::Analyzer(const Cluster &cluster)
    : m_cluster(cluster)
    , m_evaluator(cluster.policies, cluster.clusterPolicies)
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
    if (const auto ip = parseIpAddress(probeWithoutBrackets(text))) {
        if (const auto it = m_byAddress.find(*ip); it != m_byAddress.end()) {
            NetworkPeer peer = m_cluster.peerOf(m_cluster.workloads[it->second]);
            peer.ip = *ip;
            return AnalysisEndpoint{text, it->second, std::move(peer)};
        }
        return AnalysisEndpoint{text, std::nullopt, NetworkPeer::address(*ip)};
    }
    std::string kind;
    std::string name;
    if (probeSpecialEndpoint(text, &kind, &name)) {
        NetworkPeer peer;
        peer.isPod = false;
        if (kind == "node") {
            peer.node = name;
            peer.nodeLabels = {{"kubernetes.io/hostname", name}}; // the kubelet's own label
        } else {
            peer.domain = name;
        }
        if (probeEndpointFormError(text).empty())
            return AnalysisEndpoint{text, std::nullopt, std::move(peer)};
    }
    if (std::string form = probeEndpointFormError(text); !form.empty()) {
        *error = std::move(form);
        return std::nullopt;
    }
    const std::vector<std::string> parts = probeEndpointParts(text);
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
        if (const std::string form = probeEndpointFormError(*text); !form.empty())
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
    if (isProbePortNumber(spec.port)) {
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
    for (const ClusterPolicy &policy : m_cluster.clusterPolicies) {
        for (const auto *rules : {&policy.ingress, &policy.egress}) {
            for (const ClusterPolicyRule &rule : *rules) {
                for (const ClusterPolicyPort &entry : rule.ports) {
                    const auto protocol = parseProtocol(entry.protocol);
                    for (const auto &n : {entry.number, entry.start, entry.end}) {
                        if (protocol && n && *n >= 1 && *n <= 65535)
                            ports.emplace(int(*n), *protocol);
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
        // Guardrails' networks split the addresses too: as ipBlocks of a policy of their own.
        const std::vector<NetworkPolicy> networks{guardrailNetworks(cluster)};
        const std::vector<AddressSet> addresses =
            partitionAddresses({&cluster.policies, &networks});
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
