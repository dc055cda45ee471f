#include "model/core/fileio.h"

#include <cerrno>
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

bool writeFileAtomically(const std::string &path, const std::string &content, std::string *error)
{
    namespace fs = std::filesystem;
    auto fail = [error](std::string message) {
        if (error)
            *error = std::move(message);
        return false;
    };
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::random_device random;
    const fs::path temp = dir / ('.' + target.filename().string() + ".tmp-" + std::to_string(random()));

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
    // Keep the permissions of the file being replaced.
    struct stat existing;
    if (::stat(path.c_str(), &existing) == 0)
        ::fchmod(fd, existing.st_mode & 07777);
    const bool synced = ::fsync(fd) == 0;
    const std::string syncError = synced ? std::string() : std::strerror(errno);
    const bool closed = ::close(fd) == 0;
    if (!synced || !closed) {
        const std::string reason = synced ? std::strerror(errno) : syncError;
        ::unlink(temp.c_str());
        return fail(reason);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(temp.c_str());
        return fail(reason);
    }
    return true;
}

} // namespace Netpol
