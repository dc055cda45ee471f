#pragma once

#include <optional>
#include <string_view>

namespace Netpol {

enum class Protocol { TCP, UDP, SCTP };

inline constexpr Protocol kAllProtocols[] = {Protocol::TCP, Protocol::UDP, Protocol::SCTP};

std::string_view protocolName(Protocol protocol);

// Exactly "TCP", "UDP" or "SCTP": the API server is case-sensitive, and so are we.
std::optional<Protocol> parseProtocol(std::string_view text);

} // namespace Netpol
