#pragma once

#include "model/manifests/manifestreader.h"

#include <QStringList>

#include <string>

namespace Netpol::Cli {

// Reads the FILE... arguments of a command that takes manifests: files (a design file as
// Netpol::readManifestsOrDesign does), directories (searched recursively; designs in them are
// skipped
// as another kind) and - for standard input (once). Located errors stay in the set's diagnostics,
// with the API server's validation of every NetworkPolicy: policies it would refuse are marked
// in policyErrors, so the cluster built from the set leaves them out.
ManifestSet readManifestArguments(const QStringList &paths);

// "skipped 3 objects of other kinds (ConfigMap 1, Service 2)", or empty when none were.
std::string skippedKindsSummary(const ManifestSet &manifests);

} // namespace Netpol::Cli
