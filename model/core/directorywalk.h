#pragma once

#include "model/core/diagnostic.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace Netpol {

// The files of a directory tree that `accept` takes, in name order (path by path: "a/b.yaml"
// before "a-c.yaml"). Hidden entries (a leading dot) are passed over, as kubectl does.
// Symbolic links are followed; what cannot be walked becomes a warning naming the entry, and
// the walk goes on:
//   link-loop           a link that leads round in a circle, or back to a directory that
//                       holds it: not followed
//   repeated-directory  a directory reached a second time (through another link): not read
//                       twice
//   dangling-link       a link to nothing
//   unreadable-entry    a folder that cannot be listed, or a special file (a pipe, a socket,
//                       a device) whose name `accept` takes: never opened, as reading a pipe
//                       could wait for ever
// Every directory is read once at most, so the walk ends on any tree. When the top directory
// itself cannot be listed, `error` holds the reason and nothing else is filled in.
struct DirectoryWalk
{
    std::vector<std::string> files;
    Diagnostics warnings;
    std::string error;
};

DirectoryWalk walkDirectory(const std::string &directory,
                            const std::function<bool(const std::filesystem::path &)> &accept);

} // namespace Netpol
