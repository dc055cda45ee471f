#pragma once

#include "model/design/design.h"
#include "model/k8s/cidr.h"

#include <optional>
#include <string>

namespace Netpol {

// An address of `cidr` outside every block of `except`: the network address when it is not
// excepted, else the first address after an excepted block, else the last address; none when
// the excepted blocks cover the whole range.
std::optional<IpAddress> addressInside(const Cidr &cidr, const std::vector<Cidr> &except);

// The address that stands for an external in a probe ("can web reach the payment gateway?"):
// one of its CIDR outside its except list; none when the CIDR does not parse or is all excepted.
std::optional<std::string> probeAddressOf(const External &external);

} // namespace Netpol
