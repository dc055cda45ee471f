#pragma once

#include "model/analysis/evaluator.h"
#include "model/design/design.h"
#include "model/design/flowport.h"

#include <array>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace Netpol {

// A set of destination ports: per protocol, disjoint inclusive ranges within 1..65535, plus
// named ports that could not be resolved because the destination's container ports are not
// known (symbolic: "whatever port the destination calls http").
class PortSet
{
public:
    using Range = std::pair<int, int>;
    using Name = std::pair<std::string, Protocol>;

    static PortSet all();
    static PortSet none() { return {}; }
    static PortSet protocol(Protocol protocol);
    static PortSet range(Protocol protocol, int first, int last);
    static PortSet named(std::string name, Protocol protocol);

    // The ports a rule's `ports` admit toward `destination`. Named ports resolve on a pod
    // destination; with `portsKnown` false they stay symbolic; they never match an address.
    static PortSet ofRule(const NetworkPolicyRule &rule, const NetworkPeer &destination,
                          bool portsKnown = true);

    PortSet &unite(const PortSet &other);
    PortSet intersect(const PortSet &other) const;
    PortSet subtract(const PortSet &other) const;

    bool empty() const;
    bool isAll() const;
    bool coversProtocol(Protocol protocol) const;
    bool contains(int port, Protocol protocol) const; // numbered ranges only
    const std::vector<Range> &ranges(Protocol protocol) const { return m_ranges[index(protocol)]; }
    const std::set<Name> &names() const { return m_names; }

    // "all ports", or "8080/TCP, 30000-30010/UDP, */SCTP, http/TCP".
    std::string toString() const;

    // As a flow's ports: {} for every port, `*/PROTOCOL`, numbers, ranges and names. A single
    // port that `destination` names (with a name in `referenced`) is written by its name.
    std::vector<FlowPort> toFlowPorts(const Workload *destination = nullptr,
                                      const std::set<Name> &referenced = {}) const;

    bool operator==(const PortSet &) const = default;
    // Equal sets hash alike (to keep one of each in a table).
    std::size_t hash() const;

private:
    static std::size_t index(Protocol protocol) { return std::size_t(protocol); }
    static void normalize(std::vector<Range> &ranges);

    std::array<std::vector<Range>, 3> m_ranges;
    std::set<Name> m_names;
};

} // namespace Netpol
