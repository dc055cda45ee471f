#pragma once

#include "model/k8s/protocol.h"

#include <optional>
#include <string>
#include <string_view>

namespace Netpol {

// One entry of a flow's `ports`. Canonical string forms:
//   8080/TCP   one port            30000-32767/TCP   a range (port..endPort, inclusive)
//   http/TCP   a named port        */UDP             every port of one protocol
struct FlowPort
{
    enum class Kind { Number, Range, Named, AllPorts };

    Kind kind = Kind::Number;
    int port = 0;      // Number, Range
    int endPort = 0;   // Range
    std::string name;  // Named
    Protocol protocol = Protocol::TCP;

    static FlowPort number(int port, Protocol protocol = Protocol::TCP)
    {
        return {Kind::Number, port, 0, {}, protocol};
    }
    static FlowPort range(int port, int endPort, Protocol protocol = Protocol::TCP)
    {
        return {Kind::Range, port, endPort, {}, protocol};
    }
    static FlowPort named(std::string name, Protocol protocol = Protocol::TCP)
    {
        return {Kind::Named, 0, 0, std::move(name), protocol};
    }
    static FlowPort allPorts(Protocol protocol) { return {Kind::AllPorts, 0, 0, {}, protocol}; }

    std::string toString() const; // canonical form, the protocol always written

    // Does traffic to `port`/`protocol` match? A named port matches when `resolvedNamed` (the
    // number the destination pod gives the name for this protocol) equals `port`.
    bool matchesNumber(int trafficPort, Protocol trafficProtocol,
                       std::optional<int> resolvedNamed = std::nullopt) const;

    bool operator==(const FlowPort &) const = default;
};

// Parses "8080/TCP", "30000-32767/TCP", "http/TCP", "*/UDP"; the protocol may be left out
// ("8080", "http", "*"), meaning TCP. Returns nullopt and a sentence in `error` when invalid.
std::optional<FlowPort> parseFlowPort(std::string_view text, std::string *error);

// Checks numbers and names of an already built port (used by the long form reader).
std::string flowPortError(const FlowPort &port);

} // namespace Netpol
