#include "model/core/fileio.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Netpol {

std::optional<std::string> readTextFile(const std::string &path, std::string *error)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        if (error)
            *error = "Is a directory";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error)
            *error = std::strerror(errno);
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        if (error)
            *error = "read error";
        return std::nullopt;
    }
    return buffer.str();
}

namespace {

namespace fs = std::filesystem;

// Where a write to `path` really goes: through symbolic links (relative ones from their own
// folder) to the file they name, so that the link stays a link. Bounded, as links may loop.
fs::path resolveLinks(const fs::path &path)
{
    fs::path target = path;
    for (int hop = 0; hop < 40; ++hop) {
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(target, ec)))
            return target;
        const fs::path next = fs::read_symlink(target, ec);
        if (ec)
            return target;
        target = next.is_absolute() ? next : target.parent_path() / next;
    }
    return target;
}

constexpr const char *kTempMark = ".tmp-";

// Temporary files of an earlier save of the same file that did not finish (a crash between
// writing and renaming): removed when they are more than a minute old.
void removeStaleTemporaries(const fs::path &dir, const std::string &name)
{
    const std::string prefix = '.' + name + kTempMark;
    std::error_code ec;
    const auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string entry = it->path().filename().string();
        if (entry.rfind(prefix, 0) != 0)
            continue;
        std::error_code timeError;
        const auto written = fs::last_write_time(it->path(), timeError);
        if (!timeError && now - written > std::chrono::minutes(1))
            fs::remove(it->path(), timeError);
    }
}

} // namespace

bool writeFileAtomically(const std::string &path, const std::string &content, std::string *error)
{
    auto fail = [error](std::string message) {
        if (error)
            *error = std::move(message);
        return false;
    };
    // Through a link, the file it names is replaced and the link kept.
    const fs::path target = resolveLinks(fs::path(path));
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    removeStaleTemporaries(dir, target.filename().string());
    std::random_device random;
    const fs::path temp = dir / ('.' + target.filename().string() + kTempMark + std::to_string(random()));

    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return fail(std::strerror(errno));
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const std::string reason = std::strerror(errno);
            ::close(fd);
            ::unlink(temp.c_str());
            return fail(reason);
        }
        written += std::size_t(n);
    }
    // Keep the mode, owner and group of the file being replaced: owner and group where this
    // process may set them (root, or a group of its own), else the new file is this process's.
    struct stat existing;
    if (::stat(target.c_str(), &existing) == 0) {
        ::fchmod(fd, existing.st_mode & 07777);
        if (::fchown(fd, existing.st_uid, existing.st_gid) != 0
            && ::fchown(fd, uid_t(-1), existing.st_gid) != 0)
            errno = 0;
    }
    const bool synced = ::fsync(fd) == 0;
    const std::string syncError = synced ? std::string() : std::strerror(errno);
    const bool closed = ::close(fd) == 0;
    if (!synced || !closed) {
        const std::string reason = synced ? std::strerror(errno) : syncError;
        ::unlink(temp.c_str());
        return fail(reason);
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(temp.c_str());
        return fail(reason);
    }
    // The rename is durable once the folder is on disk too.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

} // namespace Netpol
