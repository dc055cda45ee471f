#pragma once

#include <optional>
#include <string>

namespace Netpol {

// Reads a whole file. On failure returns nullopt and a reason ("No such file or directory").
std::optional<std::string> readTextFile(const std::string &path, std::string *error);

// Writes through a temporary file in the same directory and renames it over `path`, so that a
// crash or a full disk never leaves a half-written file behind; then syncs the directory. A
// symbolic link is followed: the file it names is replaced and the link stays. The mode, owner
// and group of a file being replaced are kept (owner and group as far as this process may).
// Temporary files of an interrupted earlier save, older than a minute, are removed. Returns
// false and a reason.
bool writeFileAtomically(const std::string &path, const std::string &content, std::string *error);

} // namespace Netpol
