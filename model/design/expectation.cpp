#include "model/design/expectation.h"

#include "model/k8s/cidr.h"

namespace Netpol {

std::string ExpectationEnd::toString() const
{
    return isAddress() ? address : endpoint.toString();
}

std::optional<ExpectationEnd> parseExpectationEnd(std::string_view text, std::string *error)
{
    if (text.find('/') == std::string_view::npos) {
        if (const auto ip = parseIpAddress(text))
            return ExpectationEnd{Endpoint::allNamespaces(), ip->toString()};
        if (error)
            *error = "\"" + std::string(text)
                     + "\" is not an IP address nor NS/NAME, NS/*, */* or external/NAME";
        return std::nullopt;
    }
    std::string why;
    auto endpoint = parseEndpoint(text, &why);
    if (!endpoint) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return ExpectationEnd{std::move(*endpoint), {}};
}

std::string Expectation::label() const
{
    return from.toString() + " -> " + to.toString() + ' ' + port.toString();
}

std::optional<FlowPort> parseExpectationPort(std::string_view text, std::string *error)
{
    std::string why;
    auto port = parseFlowPort(text, &why);
    if (!port) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    if (port->kind != FlowPort::Kind::Number && port->kind != FlowPort::Kind::Named) {
        if (error)
            *error = "an expectation checks one port: \"" + std::string(text)
                     + "\" is not a port number or name";
        return std::nullopt;
    }
    return port;
}

} // namespace Netpol
