#pragma once

#include <map>
#include <string>

namespace Netpol {

// A Kubernetes label map. Ordered, so everything written from it is deterministic.
using Labels = std::map<std::string, std::string>;

// The label every namespace carries since Kubernetes 1.21.
inline constexpr const char *kNamespaceNameLabel = "kubernetes.io/metadata.name";

// "a=1,b=2", for messages.
std::string formatLabels(const Labels &labels);

// True when every entry of `subset` is also in `superset` (an empty map is a subset of all).
bool labelsContain(const Labels &superset, const Labels &subset);

} // namespace Netpol
