#pragma once

#include "model/design/design.h"

#include <string>

namespace Netpol {

// The canonical text of a design file: fixed key order, one flow per line, labels and
// geometry in flow style, defaults written only where they help a reader (see the design
// format page). readDesign(writeDesign(d)) == d for every valid design.
std::string writeDesign(const Design &design);

// Shortest text that reads back as exactly `value` ("0", "60", "12.5").
std::string formatNumber(double value);

} // namespace Netpol
