#pragma once

#include "model/manifests/manifestreader.h"

#include <string>

namespace Netpol::Cli {

// One side of `netpol diff`: a manifest file, a directory (searched recursively for *.yaml,
// *.yml and *.json), a design (*.netpol.yaml, told by content: its generated policies with
// its namespaces and workloads), or git:REV:PATH, read with `git show` (a directory PATH with
// `git ls-tree`) from the repository of the current directory, PATH from its top. Policies the
// API server would refuse are marked, as for `netpol analyze`. When the source cannot be read
// at all, `error` says why and the set is marked unreadable.
ManifestSet readDiffSource(const std::string &source, std::string *error);

} // namespace Netpol::Cli
