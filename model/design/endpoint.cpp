#include "model/design/endpoint.h"
#include "model/core/quoting.h"

namespace Netpol {

bool Endpoint::touchesNamespace(std::string_view namespaceName) const
{
    switch (kind) {
    case Kind::Workload:
    case Kind::Namespace:
        return ns == namespaceName;
    case Kind::AllNamespaces:
        return true;
    case Kind::External:
        return false;
    }
    return false;
}

std::string Endpoint::toString() const
{
    switch (kind) {
    case Kind::Workload:
        return ns + '/' + name;
    case Kind::Namespace:
        return ns + "/*";
    case Kind::AllNamespaces:
        return "*/*";
    case Kind::External:
        return std::string(kExternalPrefix) + '/' + name;
    }
    return {};
}

std::optional<Endpoint> parseEndpoint(std::string_view text, std::string *error)
{
    auto fail = [error](std::string message) -> std::optional<Endpoint> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    const auto slash = text.find('/');
    if (text.empty())
        return fail("an endpoint is empty; write NS/NAME, NS/*, */* or external/NAME");
    if (slash == std::string_view::npos || text.find('/', slash + 1) != std::string_view::npos)
        return fail("endpoint " + quotedValue(std::string(text))
            + " must have exactly one '/': NS/NAME, NS/*, */* or external/NAME");
    const std::string_view left = text.substr(0, slash);
    const std::string_view right = text.substr(slash + 1);
    if (left.empty() || right.empty())
        return fail("endpoint " + quotedValue(std::string(text)) + " has an empty part");
    if (left == "*") {
        if (right != "*")
            return fail("endpoint " + quotedValue(std::string(text))
                + ": a '*' namespace is only allowed as */* (every pod of every namespace)");
        return Endpoint::allNamespaces();
    }
    if (left == kExternalPrefix) {
        if (right == "*")
            return fail("endpoint " + quotedValue(std::string(text))
                + ": name the external peer, as external/NAME");
        return Endpoint::external(std::string(right));
    }
    if (right == "*")
        return Endpoint::namespaceAll(std::string(left));
    return Endpoint::workload(std::string(left), std::string(right));
}

} // namespace Netpol
