#include "manifestdirectory.h"

#include "model/core/directorywalk.h"
#include "model/core/fileio.h"

#include <filesystem>

namespace Netpol {

namespace {

bool isManifestName(const std::filesystem::path &path)
{
    const std::string ext = path.extension().string();
    return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

} // namespace

ManifestSet readManifestInput(const std::string &path)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec))
        return readManifestFile(path);

    ManifestSet out;
    DirectoryWalk walk = walkDirectory(path, isManifestName);
    if (!walk.error.empty()) {
        out.unreadable = true;
        out.diagnostics.push_back(makeError("unreadable", "cannot read the directory: " + walk.error,
                                            Location::inFile(path, 0, 0)));
        return out;
    }
    out.diagnostics = std::move(walk.warnings);
    for (const std::string &file : walk.files) {
        std::string error;
        const auto text = readTextFile(file, &error);
        if (text) {
            out.append(readManifests(*text, file));
            continue;
        }
        Diagnostic d{Severity::Warning, "unreadable-entry",
                     "cannot read the file: " + error + "; skipped", Location::inFile(file), {}};
        out.diagnostics.push_back(std::move(d));
    }
    if (walk.files.empty()) {
        Diagnostic d{Severity::Warning, "no-manifests",
                     "the directory holds no *.yaml, *.yml or *.json file",
                     Location::inFile(path), {}};
        out.diagnostics.push_back(std::move(d));
    }
    return out;
}

} // namespace Netpol
