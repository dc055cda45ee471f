#include "manifestinputs.h"

#include "cli.h"

#include "model/manifests/manifestvalidation.h"

#include <iostream>
#include <iterator>

namespace Netpol::Cli {

ManifestSet readManifestArguments(const QStringList &paths)
{
    ManifestSet all;
    bool stdinRead = false;
    for (const QString &path : paths) {
        if (path != "-") {
            all.append(readManifestPath(toStd(path)));
            continue;
        }
        if (stdinRead)
            continue; // standard input holds one stream; naming it twice reads it once
        stdinRead = true;
        std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        all.append(readManifests(text, "<stdin>"));
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
        kinds += (kinds.empty() ? "" : ", ") + kind + ' ' + std::to_string(count);
    }
    if (total == 0)
        return {};
    return "skipped " + std::to_string(total) + (total == 1 ? " object" : " objects")
           + " of other kinds (" + kinds + ')';
}

} // namespace Netpol::Cli
