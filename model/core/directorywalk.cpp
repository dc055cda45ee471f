#include "directorywalk.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <set>
#include <system_error>
#include <utility>

#include <sys/stat.h>

namespace Netpol {

namespace {

namespace fs = std::filesystem;

using DirectoryKey = std::pair<dev_t, ino_t>;

class Walker
{
public:
    explicit Walker(const std::function<bool(const fs::path &)> &accept) : m_accept(accept) {}

    // Reads `dir`, known to be a directory with the key `key`; false when it cannot be listed.
    bool walk(const fs::path &dir, DirectoryKey key, std::string *error);

    std::vector<fs::path> files;
    Diagnostics warnings;

private:
    void visit(const fs::path &entry);
    void warning(const fs::path &path, const char *code, std::string message)
    {
        warnings.push_back(
            {Severity::Warning, code, std::move(message), Location::inFile(path.string()), {}});
    }

    const std::function<bool(const fs::path &)> &m_accept;
    std::map<DirectoryKey, fs::path> m_seen; // every directory read, with the path it was read by
    std::set<DirectoryKey> m_open;           // the directories being read: a loop leads to one
};

const char *specialKind(mode_t mode)
{
    if (S_ISFIFO(mode))
        return "a named pipe";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    return "not a regular file";
}

bool Walker::walk(const fs::path &dir, DirectoryKey key, std::string *error)
{
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        *error = ec.message();
        return false;
    }
    // In name order, so that which of two links to one directory is read is always the same.
    std::vector<fs::path> entries;
    for (const fs::directory_iterator end; !ec && it != end; it.increment(ec))
        entries.push_back(it->path());
    if (ec)
        warning(dir, "unreadable-entry", "cannot read all of the directory: " + ec.message());
    std::sort(entries.begin(), entries.end());
    m_seen.emplace(key, dir);
    m_open.insert(key);
    for (const fs::path &entry : entries)
        visit(entry);
    m_open.erase(key);
    return true;
}

void Walker::visit(const fs::path &entry)
{
    const std::string name = entry.filename().string();
    if (name.empty() || name.front() == '.')
        return;
    struct stat own;
    if (::lstat(entry.c_str(), &own) != 0) {
        warning(entry, "unreadable-entry", std::string("cannot look at it: ") + std::strerror(errno));
        return;
    }
    const bool link = S_ISLNK(own.st_mode);
    struct stat target = own;
    if (link && ::stat(entry.c_str(), &target) != 0) {
        const int reason = errno;
        std::error_code ec;
        const std::string to = fs::read_symlink(entry, ec).string();
        if (reason == ELOOP)
            warning(entry, "link-loop", "the symbolic link leads round in a circle; not followed");
        else if (reason == ENOENT || reason == ENOTDIR)
            warning(entry, "dangling-link", "the symbolic link points to nothing (" + to + ')');
        else
            warning(entry, "unreadable-entry", "cannot follow the symbolic link to " + to + ": "
                                                + std::strerror(reason));
        return;
    }
    if (S_ISDIR(target.st_mode)) {
        const DirectoryKey key{target.st_dev, target.st_ino};
        if (m_open.count(key)) {
            warning(entry, "link-loop", "leads back to " + m_seen.at(key).string()
                                         + ", which holds it; not followed");
            return;
        }
        if (const auto seen = m_seen.find(key); seen != m_seen.end()) {
            warning(entry, "repeated-directory",
                 "the same directory as " + seen->second.string() + ", read already; not read twice");
            return;
        }
        std::string error;
        if (!walk(entry, key, &error))
            warning(entry, "unreadable-entry", "cannot read the directory: " + error + "; skipped");
        return;
    }
    if (!m_accept(entry))
        return;
    if (S_ISREG(target.st_mode))
        files.push_back(entry);
    else
        warning(entry, "unreadable-entry", std::string(specialKind(target.st_mode)) + "; not read");
}

} // namespace

DirectoryWalk walkDirectory(const std::string &directory,
                            const std::function<bool(const fs::path &)> &accept)
{
    DirectoryWalk out;
    struct stat top;
    if (::stat(directory.c_str(), &top) != 0) {
        out.error = std::strerror(errno);
        return out;
    }
    if (!S_ISDIR(top.st_mode)) {
        out.error = std::strerror(ENOTDIR);
        return out;
    }
    Walker walker(accept);
    if (!walker.walk(fs::path(directory), {top.st_dev, top.st_ino}, &out.error))
        return out;
    out.files.reserve(walker.files.size());
    for (const fs::path &file : walker.files)
        out.files.push_back(file.string());
    out.warnings = std::move(walker.warnings);
    return out;
}

} // namespace Netpol
