#pragma once

#include <optional>
#include <string>

namespace Netpol {

// Reads a whole file. On failure returns nullopt and a reason ("No such file or directory").
std::optional<std::string> readTextFile(const std::string &path, std::string *error);

// Writes through a temporary file in the same directory and renames it over `path`, so that a
// crash or a full disk never leaves a half-written file behind. Returns false and a reason.
bool writeFileAtomically(const std::string &path, const std::string &content, std::string *error);

} // namespace Netpol
