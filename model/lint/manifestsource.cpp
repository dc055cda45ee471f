#include "model/lint/manifestsource.h"

#include "model/core/fileio.h"
#include "model/core/process.h"
#include "model/design/designreader.h"
#include "model/generate/designmanifests.h"
#include "model/lint/validator.h"
#include "model/manifests/manifestdirectory.h"
#include "model/manifests/manifestvalidation.h"

#include <chrono>
#include <filesystem>

namespace Netpol {

namespace {

constexpr std::chrono::milliseconds kGitTimeout{60000};

bool isManifestName(const std::string &path)
{
    for (const char *suffix : {".yaml", ".yml", ".json"}) {
        if (path.ends_with(suffix))
            return true;
    }
    return false;
}

bool hasHiddenPart(const std::string &path)
{
    return path.front() == '.' || path.find("/.") != std::string::npos;
}

// Runs git; its output, or nothing and the reason in `error`.
std::optional<std::string> git(const std::vector<std::string> &arguments, std::string *error)
{
    const ProgramResult r = runProgram("git", arguments, {}, kGitTimeout);
    if (!r.started || r.timedOut || r.exitCode != 0) {
        std::string reason = !r.started ? r.error : r.err;
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == '\r'))
            reason.pop_back();
        *error = "git " + arguments.at(2) + " failed: " + (reason.empty() ? r.error : reason);
        return std::nullopt;
    }
    return r.out;
}

ManifestSet readGit(const std::string &source, std::string *error, const std::string &directory)
{
    ManifestSet set;
    set.unreadable = true;
    const std::string spec = source.substr(4);
    const auto colon = spec.find(':');
    if (colon == std::string::npos || colon == 0) {
        *error = "expected git:REV:PATH, not \"" + source + '"';
        return set;
    }
    const std::string rev = spec.substr(0, colon);
    std::string path = spec.substr(colon + 1);
    while (path.size() > 1 && path.back() == '/')
        path.pop_back();
    if (path == "." || path == "/")
        path.clear();
    auto top = git({"-C", directory, "rev-parse", "--show-toplevel"}, error);
    if (!top)
        return set;
    while (!top->empty() && (top->back() == '\n' || top->back() == '\r'))
        top->pop_back();
    const auto type = git({"-C", *top, "cat-file", "-t", rev + ':' + path}, error);
    if (!type)
        return set;
    std::vector<std::string> files;
    if (type->starts_with("tree")) {
        const auto names
            = git({"-C", *top, "ls-tree", "-r", "--name-only", rev + ':' + path}, error);
        if (!names)
            return set;
        std::size_t pos = 0;
        while (pos < names->size()) {
            const auto end = std::min(names->find('\n', pos), names->size());
            const std::string name = names->substr(pos, end - pos);
            pos = end + 1;
            if (!name.empty() && isManifestName(name) && !hasHiddenPart(name))
                files.push_back(path.empty() ? name : path + '/' + name);
        }
    } else {
        files.push_back(path);
    }
    ManifestSet all;
    for (const std::string &file : files) {
        const auto text = git({"-C", *top, "show", rev + ':' + file}, error);
        if (!text)
            return set;
        all.append(readManifestsOrDesign(*text, "git:" + rev + ':' + file));
    }
    return all;
}

} // namespace

ManifestSet readManifestsOrDesign(const std::string &text, const std::string &name)
{
    if (!isDesignText(text))
        return readManifests(text, name);
    const DesignReadResult read = readDesign(text, name);
    if (!read.design) {
        ManifestSet failed;
        failed.diagnostics = read.diagnostics;
        failed.unusable = 1;
        failed.documents = 1;
        return failed;
    }
    ManifestSet set = designManifests(*read.design, name);
    set.diagnostics.insert(set.diagnostics.begin(), read.diagnostics.begin(),
                           read.diagnostics.end());
    return set;
}

ManifestSet readManifestSource(const std::string &source, std::string *error,
                               const std::string &gitDirectory)
{
    ManifestSet set;
    if (source.starts_with("git:")) {
        set = readGit(source, error, gitDirectory);
    } else if (std::error_code ec; std::filesystem::is_directory(source, ec)) {
        set = readManifestInput(source);
    } else {
        std::string reason;
        const auto text = readTextFile(source, &reason);
        if (!text) {
            *error = "cannot read " + source + ": " + reason;
            set.unreadable = true;
            return set;
        }
        set = readManifestsOrDesign(*text, source);
    }
    if (set.unreadable && error->empty())
        *error = "cannot read " + source;
    if (!set.unreadable) {
        for (Diagnostic &d : validateAndMarkRefused(set))
            set.diagnostics.push_back(std::move(d));
    }
    return set;
}

} // namespace Netpol
