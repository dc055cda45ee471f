#include "manifestinputs.h"

#include "cli.h"

#include "model/core/fileio.h"
#include "model/core/quoting.h"
#include "model/lint/manifestsource.h"
#include "model/manifests/manifestdirectory.h"
#include "model/manifests/manifestvalidation.h"

#include <filesystem>
#include <optional>

#include <iostream>
#include <iterator>

namespace Netpol::Cli {

ManifestSet readManifestArguments(const QStringList &paths)
{
    ManifestSet all;
    bool stdinRead = false;
    for (const QString &path : paths) {
        if (path != "-") {
            const std::string file = toStd(path);
            std::error_code ec;
            std::optional<std::string> text;
            if (std::filesystem::is_regular_file(file, ec))
                text = readTextFile(file, nullptr); // read once, whatever it holds
            // Unreadable files and directories go the reader's way, which says why.
            all.append(text ? readManifestsOrDesign(*text, file) : readManifestInput(file));
            continue;
        }
        if (stdinRead)
            continue; // standard input holds one stream; naming it twice reads it once
        stdinRead = true;
        std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        all.append(readManifestsOrDesign(text, "<stdin>"));
    }
    // A policy the API server would refuse does not exist in a cluster: its errors are
    // reported with the reading errors, and buildCluster leaves it out.
    for (Diagnostic &d : validateAndMarkRefused(all))
        all.diagnostics.push_back(std::move(d));
    return all;
}

std::string skippedKindsSummary(const ManifestSet &manifests)
{
    int total = 0;
    std::string kinds;
    for (const auto &[kind, count] : manifests.skippedKinds) {
        total += count;
        kinds += (kinds.empty() ? "" : ", ") + wordOrQuoted(kind) + ' ' + std::to_string(count);
    }
    if (total == 0)
        return {};
    return "skipped " + std::to_string(total) + (total == 1 ? " object" : " objects")
           + " of other kinds (" + kinds + ')';
}

} // namespace Netpol::Cli
