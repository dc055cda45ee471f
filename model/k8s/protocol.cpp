#include "model/k8s/protocol.h"

namespace Netpol {

std::string_view protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::TCP:
        return "TCP";
    case Protocol::UDP:
        return "UDP";
    case Protocol::SCTP:
        return "SCTP";
    }
    return "TCP";
}

std::optional<Protocol> parseProtocol(std::string_view text)
{
    for (Protocol p : kAllProtocols) {
        if (protocolName(p) == text)
            return p;
    }
    return std::nullopt;
}

} // namespace Netpol
