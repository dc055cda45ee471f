#pragma once

#include "model/analysis/evaluator.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

// A destination port and protocol, as traffic has it: "8080/TCP".
struct TrafficPort
{
    int port = 0;
    Protocol protocol = Protocol::TCP;

    std::string toString() const;
    bool operator==(const TrafficPort &) const = default;
    auto operator<=>(const TrafficPort &) const = default;
};

// "8080/TCP", "53/udp" is not accepted (protocols are case-sensitive); "8080" means TCP.
std::optional<TrafficPort> parseTrafficPort(std::string_view text, std::string *error);

// The verdict of every ordered pair of peers on every port, fast at cluster size: peers that
// no policy can tell apart (same namespace and namespace labels, same answers from every pod
// selector that can apply to them, every ipBlock and every named port) form one class, and
// whole rows of classes are computed at once as bitsets. The verdicts are exactly
// PolicyEvaluator::allowed's (self pairs included; skipping loopback is the caller's choice).
// With no ports, only the classes are computed (every verdict of a class's members is the same
// on every port).
class ReachabilityMatrix
{
public:
    ReachabilityMatrix(const PolicyEvaluator &evaluator, const std::vector<NetworkPeer> &peers,
                       std::vector<TrafficPort> ports);

    bool allowed(std::size_t from, std::size_t to, std::size_t portIndex) const;

    std::size_t peerCount() const { return m_classOf.size(); }
    const std::vector<TrafficPort> &ports() const { return m_ports; }
    std::size_t classCount() const { return m_classCount; }
    std::size_t classOf(std::size_t peer) const { return m_classOf[peer]; }

private:
    using Bits = std::vector<std::uint64_t>;

    std::vector<TrafficPort> m_ports;
    std::vector<std::size_t> m_classOf;
    std::size_t m_classCount = 0;
    std::size_t m_words = 0;
    std::vector<Bits> m_rows; // [port * classes + fromClass] -> bits over toClass

    friend class ReachabilityBuilder;
};

} // namespace Netpol
