#pragma once

// Shared by the two halves of the design lint (private to model/).

#include "model/core/diagnostic.h"
#include "model/design/design.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace Netpol::DesignLint {

// Lookups the checks share, built once per lint.
class Index
{
public:
    explicit Index(const Design &design);

    const Design &design() const { return m_design; }
    const Namespace *findNamespace(const std::string &name) const;
    const Workload *findWorkload(const std::string &ns, const std::string &name) const;
    const External *findExternal(const std::string &name) const;
    int namespaceIndex(const std::string &name) const;
    // Indexes of the workloads of a namespace, in design order.
    const std::vector<int> &workloadsIn(const std::string &ns) const;

private:
    const Design &m_design;
    std::unordered_map<std::string, int> m_namespaces;
    std::unordered_map<std::string, int> m_workloads; // "ns/name"
    std::unordered_map<std::string, int> m_externals;
    std::unordered_map<std::string, std::vector<int>> m_workloadsIn;
};

// The cluster-policy lint's findings on the design's guardrails (designlintguardrails.cpp).
Diagnostics guardrailFindings(const Design &design);

void report(Diagnostics &out, Severity severity, const char *code, const ElementRef &element,
            const std::string &field, std::string message, std::string hint);

// Does the port list let `port`/`protocol` through (an empty list lets everything through)?
// Named ports count when `destination` gives the name that number.
bool portsAllow(const std::vector<FlowPort> &ports, int port, Protocol protocol,
                const Workload *destination = nullptr);

// "a, b, c and 4 more", for messages.
std::string listNames(const std::vector<std::string> &names, std::size_t shown = 3);

// The flow checks: named and undeclared ports, unmanaged ends, allow-all flows, duplicates and
// contained flows.
void lintFlows(const Index &index, Diagnostics &out);

} // namespace Netpol::DesignLint
