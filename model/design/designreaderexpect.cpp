#include "model/design/designreader_p.h"

namespace Netpol {

// expect: [{from: NS/NAME, to: NS/NAME, port: 5432/TCP, allowed: true}, ...]. The ends are
// resolved against what the file declared above them: a check naming a workload, namespace or
// external the design lacks could never be evaluated.
void DesignReader::readExpectation(const YAML::Node &item, std::size_t index)
{
    const std::string path = indexedPath("expect", index);
    Expectation expectation;
    if (!m_ctx.checkMap(item, path, {"from", "to", "port", "allowed"})) {
        m_design.expectations.push_back(std::move(expectation)); // keeps the indexes
        return;
    }
    recordMap(path, item);
    // The node of a required field; an absent (or null) one is reported and comes back null.
    const auto required = [&](const char *key) {
        const YAML::Node node = item[key];
        const bool present = node && !node.IsNull();
        if (!present)
            m_ctx.error(item, "missing-field", path + '.' + key + " is required");
        return std::pair(node, present);
    };
    const auto [from, hasFrom] = required("from");
    const auto [to, hasTo] = required("to");
    const auto [port, hasPort] = required("port");
    const auto [allowed, hasAllowed] = required("allowed");
    std::optional<ExpectationEnd> fromEnd;
    std::optional<ExpectationEnd> toEnd;
    if (hasFrom && (fromEnd = readExpectationEnd(from, path + ".from")))
        expectation.from = *fromEnd;
    if (hasTo && (toEnd = readExpectationEnd(to, path + ".to")))
        expectation.to = *toEnd;
    if (fromEnd && toEnd) {
        const auto outside = [](const ExpectationEnd &end) {
            return end.isAddress() || end.endpoint.isExternal();
        };
        if (outside(*fromEnd) && outside(*toEnd))
            m_ctx.error(item, "invalid-expectation",
                        path + " checks a connection between two addresses outside the cluster",
                        "no NetworkPolicy applies to it; name a workload or namespace on one end");
    }
    if (hasPort) {
        record(path + ".port", port);
        if (!port.IsScalar()) {
            m_ctx.error(port, "wrong-type", path + ".port must be a port like 5432/TCP or http/TCP");
        } else {
            std::string error;
            if (auto parsed = parseExpectationPort(port.Scalar(), &error))
                expectation.port = std::move(*parsed);
            else
                m_ctx.error(port, "invalid-port", error, "write 5432/TCP, 53/UDP or http/TCP");
        }
    }
    if (hasAllowed)
        expectation.allowed = m_ctx.boolean(allowed, path + ".allowed").value_or(true);
    m_design.expectations.push_back(std::move(expectation));
}

std::optional<ExpectationEnd> DesignReader::readExpectationEnd(const YAML::Node &node,
                                                               const std::string &path)
{
    record(path, node);
    if (!node.IsScalar()) {
        m_ctx.error(node, "wrong-type",
                    path + " must be NS/NAME, NS/*, */*, external/NAME or an IP address");
        return std::nullopt;
    }
    std::string error;
    auto end = parseExpectationEnd(node.Scalar(), &error);
    if (!end) {
        m_ctx.error(node, "invalid-endpoint", error,
                    "write NS/NAME, NS/*, */*, external/NAME or an address such as 10.1.2.3");
        return std::nullopt;
    }
    if (end->isAddress())
        return end;
    const Endpoint &e = end->endpoint;
    std::string missing;
    switch (e.kind) {
    case Endpoint::Kind::Workload:
        if (!m_design.findWorkload(e.ns, e.name))
            missing = "workload " + e.ns + '/' + e.name;
        break;
    case Endpoint::Kind::Namespace:
        if (!m_design.findNamespace(e.ns))
            missing = "namespace " + e.ns;
        break;
    case Endpoint::Kind::External:
        if (!m_design.findExternal(e.name))
            missing = "external " + e.name;
        break;
    case Endpoint::Kind::AllNamespaces:
        break;
    }
    // Kept, with a warning: the element may have been deleted or renamed by hand, and the
    // file must open again (the check fails as "cannot be evaluated" until the end exists).
    if (!missing.empty())
        m_ctx.warning(node, "expectation-unknown-endpoint",
                      path + " names " + missing + ", which the design does not declare",
                      "add it back, or change or remove the check");
    return end;
}

} // namespace Netpol
