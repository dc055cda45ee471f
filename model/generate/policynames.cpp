#include "model/generate/policynames.h"

#include <cstdint>
#include <cstdio>

namespace Netpol {

std::string endpointToken(const Endpoint &endpoint, const std::string &policyNamespace)
{
    switch (endpoint.kind) {
    case Endpoint::Kind::Workload:
        return endpoint.ns == policyNamespace ? endpoint.name : endpoint.ns + '-' + endpoint.name;
    case Endpoint::Kind::Namespace:
        return endpoint.ns;
    case Endpoint::Kind::AllNamespaces:
        return "all-namespaces";
    case Endpoint::Kind::External:
        return endpoint.name;
    }
    return {};
}

std::string limitNameLength(const std::string &name, std::size_t maxLength)
{
    if (name.size() <= maxLength)
        return name;
    // FNV-1a of the whole name keeps cut names distinct and the same from run to run.
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : name) {
        hash ^= c;
        hash *= 16777619u;
    }
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "-%08x", hash);
    std::string cut = name.substr(0, maxLength - 9);
    while (!cut.empty() && (cut.back() == '-' || cut.back() == '.'))
        cut.pop_back();
    return cut + suffix;
}

std::string PolicyNamer::unique(const std::string &ns, const std::string &base)
{
    auto &used = m_used[ns];
    std::string name = limitNameLength(base);
    for (int n = 2; !used.insert(name).second; ++n)
        name = limitNameLength(base, 253 - 1 - std::to_string(n).size()) + '-' + std::to_string(n);
    return name;
}

} // namespace Netpol
