#pragma once

#include <string_view>

namespace Netpol {

// True when a plain (unquoted) YAML scalar with this text would be read by a YAML 1.1 parser
// (kubectl's) as something other than a string: a boolean (y, n, yes, off, ...), null (~,
// null, empty), an integer (42, 0123, 0x1F, 0b101, 1_000, 1:30), a float (1.10, 1e3, .inf,
// .NaN) or a timestamp (2024-01-01...). Such strings must be written quoted.
bool isYaml11NonString(std::string_view text);

} // namespace Netpol
