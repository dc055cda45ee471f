#pragma once

#include "model/analysis/cluster.h"
#include "model/analysis/evaluator.h"
#include "model/analysis/reachability.h"
#include "model/core/diagnostic.h"
#include "model/manifests/manifestreader.h"

#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Netpol {

// One connection to evaluate, as the user wrote it. Endpoints are NS/NAME (a pod or
// workload), NS/KIND/NAME (when kinds share a name) or an IP address; the port is a number or
// the name of a container port of the destination.
struct ProbeSpec
{
    std::string from;
    std::string to;
    std::string port;
    std::optional<Protocol> protocol; // omitted: TCP (for a named port: the named port's)
    // Where it was read, when from a probes file: its name (one copy for all its probes), the
    // line and the columns of FROM, TO and PORT.
    std::shared_ptr<const std::string> file = {};
    int line = 0;
    int column = 0;
    int toColumn = 0;
    int portColumn = 0;
    std::string argument = {};        // the --probe argument as written, when given as one

    // file:line:column of FROM in the probes file; nothing for a --probe.
    Location location() const;
};

// --probe FROM:TO:PORT[/PROTOCOL]. IPv6 addresses go in brackets: [2001:db8::1]:ns/a:80.
// Malformed (not three parts, an endpoint that is not NS/NAME, NS/KIND/NAME or an address, a
// port number out of range, an unknown protocol): nothing, and the reason in `error`.
std::optional<ProbeSpec> parseProbeArgument(std::string_view text, std::string *error);
// A probes file: one `FROM TO PORT/PROTOCOL` a line; blank lines and `#` comments skipped.
// Malformed lines are located `invalid-probe` errors in `diagnostics`.
std::vector<ProbeSpec> parseProbeFile(const std::string &text, const std::string &file,
                                      Diagnostics &diagnostics);

enum class AnalysisFormat { Text, Json, Csv, Markdown };
// text|json|csv|md (Markdown is for connection lists and diffs).
std::optional<AnalysisFormat> parseAnalysisFormat(std::string_view text);

// An end of a connection the analysis resolved.
struct AnalysisEndpoint
{
    std::string name;                     // for output: as the user wrote it, or NS/NAME
    std::optional<std::size_t> workload;  // index into Cluster::workloads; none for an address
    NetworkPeer peer;
};

// A verdict. Its endpoints are shared with the other verdicts about them (a probe costs a
// small fixed size, whatever the endpoints' labels and ports).
struct ProbeResult
{
    std::shared_ptr<const AnalysisEndpoint> source;
    std::shared_ptr<const AnalysisEndpoint> destination;
    TrafficPort port;
    std::string portName; // when the probe named the port
    bool loopback = false; // a pod and itself: always allowed, policies aside
    bool allowed = false;
    Verdict verdict;       // the reasons (left empty by the matrix unless explaining)

    const AnalysisEndpoint &from() const { return *source; }
    const AnalysisEndpoint &to() const { return *destination; }
};

// Evaluates probes and matrices over a cluster, and says why.
class Analyzer
{
public:
    explicit Analyzer(const Cluster &cluster);

    const Cluster &cluster() const { return m_cluster; }
    const PolicyEvaluator &evaluator() const { return m_evaluator; }

    std::optional<AnalysisEndpoint> resolve(const std::string &text, std::string *error) const;
    // Nothing, and a located error in `diagnostics`, when the probe is malformed
    // (`invalid-probe`), names an endpoint the input lacks or shares among kinds
    // (`probe-unknown-endpoint`) or a port name the destination lacks (`probe-unknown-port`).
    std::optional<ProbeResult> probe(const ProbeSpec &spec, Diagnostics &diagnostics) const;
    ProbeResult evaluate(std::shared_ptr<const AnalysisEndpoint> from,
                         std::shared_ptr<const AnalysisEndpoint> to, const TrafficPort &port) const;

    // Workloads sorted by namespace and name, as the matrix lists them.
    std::vector<AnalysisEndpoint> matrixEndpoints() const;
    // Container ports of every workload and the numbered ports of every policy (port and
    // endPort; a guardrail's numbers and range ends), sorted by number then protocol.
    std::vector<TrafficPort> portsInPlay() const;

private:
    // The endpoint `text` names, one copy per text (nothing and the error when it names none).
    std::shared_ptr<const AnalysisEndpoint> intern(const std::string &text, std::string *error) const;
    bool sharedName(const ManifestWorkload &w) const;

    const Cluster &m_cluster;
    PolicyEvaluator m_evaluator;
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> m_byName; // workloads
    std::map<IpAddress, std::size_t> m_byAddress; // the first workload with each pod address
    mutable std::unordered_map<std::string, std::shared_ptr<const AnalysisEndpoint>> m_interned;
};

struct AnalysisOptions
{
    std::vector<ProbeSpec> probes; // none: the connection list (or the matrix)
    AnalysisFormat format = AnalysisFormat::Text;
    bool explain = false;
    bool matrix = false;            // without probes: every pair on every port in play
    bool exposure = false;          // without probes: what each workload is open to, by policy
    std::vector<std::string> focus; // NS/NAME: only connections from or to these workloads
};

struct AnalysisOutcome
{
    Diagnostics diagnostics;          // from the manifests and the cluster, then probe errors
    std::vector<ProbeResult> probes;  // the verdicts of the probes that resolved, in order
    int probeErrors = 0;              // probes that could not be evaluated (not written)
    int documentsLeftOut = 0;         // documents with errors the verdicts were computed without
    std::size_t matrixEndpoints = 0;  // matrix mode: workloads listed
    std::size_t matrixPorts = 0;
    int focusErrors = 0;              // --focus endpoints the input lacks: nothing was written
    std::size_t connections = 0;      // connection list mode: pairs written
};

// What `netpol analyze` does once its inputs are read: builds the cluster, evaluates the
// probes (or the connection list, the exposure or the matrix) and writes them to `out` in the
// chosen format. A probe that cannot be evaluated is reported in the outcome's diagnostics and
// the others are written. The text format ends with a note when documents were left out or
// probes not evaluated; JSON and CSV keep their shapes.
AnalysisOutcome runAnalysis(const ManifestSet &manifests, const AnalysisOptions &options,
                            std::ostream &out);

} // namespace Netpol
