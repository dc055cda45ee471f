#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace Netpol {

// A string in double quotes with `"`, `\`, newline, tab and carriage return escaped, and other
// control characters as \u00XX (JSON) or \xXX (Go's %q, as the API server quotes values).
enum class QuoteStyle { Json, Go };
std::string quoted(std::string_view text, QuoteStyle style);

// A value read from a file as messages show it, the one way every message does: in double
// quotes, the file's bytes with `"` and `\` escaped, NUL as \0, control characters as \b, \n,
// \t, ... or \xXX, bytes that are not UTF-8 as \xXX; past 80 characters cut with "…" and the
// length given: "aaaa…" (1,048,576 characters). Without `withLength` the cut value is all
// there is ("aaaa…"), for messages in the API server's form (`Invalid value: "...": detail`).
std::string quotedValue(std::string_view text, bool withLength = true);
inline constexpr std::size_t kQuotedValueMaxCharacters = 80;

// A name from a file as it is when it is a plain word (ASCII letters, digits, `-`, `_`, `.`,
// `/`, at most 80 characters: a kind, `NetworkPolicy`), else quotedValue(text).
std::string wordOrQuoted(std::string_view text);

// 1048576 as "1,048,576".
std::string groupedNumber(std::uint64_t value);

} // namespace Netpol
