#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace Netpol {

// One end of a flow, as written in a design file:
//   NS/NAME        a workload           NS/*   every pod of a namespace
//   */*            every pod anywhere   external/NAME   an external peer (ipBlock)
struct Endpoint
{
    enum class Kind { Workload, Namespace, AllNamespaces, External };

    Kind kind = Kind::Workload;
    std::string ns;   // Workload, Namespace
    std::string name; // Workload, External

    static Endpoint workload(std::string ns, std::string name)
    {
        return {Kind::Workload, std::move(ns), std::move(name)};
    }
    static Endpoint namespaceAll(std::string ns) { return {Kind::Namespace, std::move(ns), {}}; }
    static Endpoint allNamespaces() { return {Kind::AllNamespaces, {}, {}}; }
    static Endpoint external(std::string name) { return {Kind::External, {}, std::move(name)}; }

    bool isWorkload() const { return kind == Kind::Workload; }
    bool isExternal() const { return kind == Kind::External; }

    // True when the endpoint can hold pods of namespace `ns` (a workload or NS/* there, or */*).
    bool touchesNamespace(std::string_view namespaceName) const;

    std::string toString() const; // canonical form

    bool operator==(const Endpoint &) const = default;
    auto operator<=>(const Endpoint &) const = default;
};

inline constexpr std::string_view kExternalPrefix = "external";

// Parses the short string form. On failure returns nullopt and sets `error` to a sentence.
std::optional<Endpoint> parseEndpoint(std::string_view text, std::string *error);

} // namespace Netpol
