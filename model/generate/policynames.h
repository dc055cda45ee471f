#pragma once

#include "model/design/endpoint.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace Netpol {

// Fixed names of the namespace-wide policies (the seed recipe's names).
inline constexpr const char *kDefaultDenyIngressName = "default-deny-ingress";
inline constexpr const char *kDefaultDenyEgressName = "default-deny-egress";
inline constexpr const char *kDefaultDenyAllName = "default-deny-all";
inline constexpr const char *kAllowDnsName = "allow-dns";
inline constexpr const char *kAllowNodesName = "allow-from-nodes";

// How an endpoint reads inside a policy name, seen from the namespace the policy lives in:
// a workload of that namespace by its name, one elsewhere as NS-NAME, NS/* as NS, */* as
// all-namespaces, an external by its name.
std::string endpointToken(const Endpoint &endpoint, const std::string &policyNamespace);

// Keeps names valid (a DNS-1123 subdomain of at most 253 characters: long names are cut and
// given a short hash of the whole, so they stay unique and stable) and unique per namespace
// (a repeated name gets -2, -3, ... in the order the names are asked for).
class PolicyNamer
{
public:
    std::string unique(const std::string &ns, const std::string &base);

private:
    std::unordered_map<std::string, std::unordered_set<std::string>> m_used;
};

std::string limitNameLength(const std::string &name, std::size_t maxLength = 253);

} // namespace Netpol
