#pragma once

#include "model/manifests/manifestreader.h"

#include <QStringList>

#include <string>

namespace Netpol::Cli {

// Manifests from text, or, when the text is a design (netpol-designer/v1), the design as the
// cluster would run it: its generated policies with its namespaces and workloads. A design
// with errors gives a set holding only them, counted as one unusable document.
ManifestSet readManifestsOrDesign(const std::string &text, const std::string &name);

// Reads the FILE... arguments of a command that takes manifests: files (a design file as
// readManifestsOrDesign does), directories (searched recursively; designs in them are skipped
// as another kind) and - for standard input (once). Located errors stay in the set's diagnostics,
// with the API server's validation of every NetworkPolicy: policies it would refuse are marked
// in policyErrors, so the cluster built from the set leaves them out.
ManifestSet readManifestArguments(const QStringList &paths);

// "skipped 3 objects of other kinds (ConfigMap 1, Service 2)", or empty when none were.
std::string skippedKindsSummary(const ManifestSet &manifests);

} // namespace Netpol::Cli
