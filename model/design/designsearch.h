#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"

#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

// One element that matches a search, with what matched ("name", "label app=web",
// "namespace shop", "cidr 10.0.0.0/8") for the list of results.
struct SearchMatch
{
    ElementRef element;
    std::string matched;
};

// Namespaces, workloads and externals whose name, labels (key, value or key=value), namespace
// or CIDR contain `query`, ignoring case; every word of a query of several words must match
// (in any of those). In design order: namespaces, workloads, externals. An empty query finds
// nothing. Linear in the design's size.
std::vector<SearchMatch> searchDesign(const Design &design, std::string_view query);

} // namespace Netpol
