#pragma once

#include "model/k8s/cidr.h"
#include "model/k8s/networkpolicy.h"

#include <string>
#include <utility>
#include <vector>

namespace Netpol {

// A set of addresses outside the cluster that no ipBlock of the policies can split: every
// address in it is in exactly the same ipBlocks (cidr minus except). One family only.
struct AddressSet
{
    bool v6 = false;
    std::vector<std::pair<IpAddress, IpAddress>> ranges; // inclusive, sorted, disjoint

    // The first address, to evaluate the set with.
    IpAddress representative() const { return ranges.front().first; }
    // One CIDR when one covers the set exactly ("10.0.0.0/8", "0.0.0.0/0"), else the ranges
    // as "A-B", comma-separated.
    std::string toString() const;
};

// The address sets the ipBlocks of these policies tell apart, IPv4 first, each family
// covering its whole space: with no ipBlock at all, 0.0.0.0/0 and ::/0. Ordered by their first
// address.
std::vector<AddressSet> partitionAddresses(
    const std::vector<const std::vector<NetworkPolicy> *> &policySets);

} // namespace Netpol
