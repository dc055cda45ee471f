#pragma once

#include <string>
#include <string_view>

namespace Netpol {

// A string in double quotes with `"`, `\`, newline, tab and carriage return escaped, and other
// control characters as \u00XX (JSON) or \xXX (Go's %q, as the API server quotes values).
enum class QuoteStyle { Json, Go };
std::string quoted(std::string_view text, QuoteStyle style);

} // namespace Netpol
