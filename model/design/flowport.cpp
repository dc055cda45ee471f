#include "model/design/flowport.h"
#include "model/core/quoting.h"

#include "model/k8s/k8snames.h"

#include <charconv>

namespace Netpol {

namespace {

std::optional<int> parseNumber(std::string_view text)
{
    if (text.empty() || text.size() > 9)
        return std::nullopt;
    int value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

std::string FlowPort::toString() const
{
    std::string out;
    switch (kind) {
    case Kind::Number:
        out = std::to_string(port);
        break;
    case Kind::Range:
        out = std::to_string(port) + '-' + std::to_string(endPort);
        break;
    case Kind::Named:
        out = name;
        break;
    case Kind::AllPorts:
        out = "*";
        break;
    }
    out += '/';
    out += protocolName(protocol);
    return out;
}

bool FlowPort::matchesNumber(int trafficPort, Protocol trafficProtocol,
                             std::optional<int> resolvedNamed) const
{
    if (trafficProtocol != protocol)
        return false;
    switch (kind) {
    case Kind::Number:
        return trafficPort == port;
    case Kind::Range:
        return trafficPort >= port && trafficPort <= endPort;
    case Kind::Named:
        return resolvedNamed && *resolvedNamed == trafficPort;
    case Kind::AllPorts:
        return true;
    }
    return false;
}

std::string flowPortError(const FlowPort &port)
{
    switch (port.kind) {
    case FlowPort::Kind::Number:
        if (!portNumberErrors(port.port).empty())
            return "port " + std::to_string(port.port) + " must be between 1 and 65535, inclusive";
        return {};
    case FlowPort::Kind::Range:
        if (!portNumberErrors(port.port).empty() || !portNumberErrors(port.endPort).empty())
            return "port range " + std::to_string(port.port) + '-' + std::to_string(port.endPort)
                   + " must stay between 1 and 65535, inclusive";
        if (port.endPort < port.port)
            return "port range " + std::to_string(port.port) + '-' + std::to_string(port.endPort)
                   + " ends before it starts";
        return {};
    case FlowPort::Kind::Named: {
        const auto errors = portNameErrors(port.name);
        if (!errors.empty())
            return "port name " + quotedValue(port.name) + " " + joinMessages(errors);
        return {};
    }
    case FlowPort::Kind::AllPorts:
        return {};
    }
    return {};
}

std::optional<FlowPort> parseFlowPort(std::string_view text, std::string *error)
{
    auto fail = [&](std::string message) -> std::optional<FlowPort> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    const std::string original(text);
    Protocol protocol = Protocol::TCP;
    const auto slash = text.find('/');
    if (slash != std::string_view::npos) {
        const std::string_view protoText = text.substr(slash + 1);
        const auto parsed = parseProtocol(protoText);
        if (!parsed) {
            std::string message = "port " + quotedValue(original) + " has protocol "
                + quotedValue(std::string(protoText))
                + "; supported values: \"TCP\", \"UDP\", \"SCTP\"";
            std::string upper(protoText);
            for (char &c : upper)
                c = char(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
            if (parseProtocol(upper))
                message += " (protocols are case-sensitive: write " + upper + ')';
            return fail(message);
        }
        protocol = *parsed;
        text = text.substr(0, slash);
    }
    if (text.empty())
        return fail("port " + quotedValue(original)
            + " is empty; write 8080/TCP, 30000-32767/TCP, http/TCP or */UDP");

    FlowPort port;
    if (text == "*") {
        port = FlowPort::allPorts(protocol);
    } else if (const auto dash = text.find('-');
               dash != std::string_view::npos && allDigits(text.substr(0, dash))) {
        const auto from = parseNumber(text.substr(0, dash));
        const auto to = parseNumber(text.substr(dash + 1));
        if (!from || !to || !allDigits(text.substr(dash + 1)))
            return fail("port " + quotedValue(original)
                + " is not a valid range; write FROM-TO/PROTOCOL, e.g. 30000-32767/TCP");
        port = FlowPort::range(*from, *to, protocol);
    } else if (allDigits(text)) {
        const auto number = parseNumber(text);
        if (!number)
            return fail("port " + quotedValue(original)
                + " must be between 1 and 65535, inclusive");
        port = FlowPort::number(*number, protocol);
    } else {
        port = FlowPort::named(std::string(text), protocol);
    }
    if (std::string message = flowPortError(port); !message.empty())
        return fail(message);
    return port;
}

} // namespace Netpol
