#pragma once

#include "model/manifests/manifestreader.h"

#include <string>

namespace Netpol {

// Manifests from text, or, when the text is a design (netpol-designer/v1), the design as the
// cluster would run it: its generated policies with its namespaces and workloads. A design
// with errors gives a set holding only them, counted as one unusable document.
ManifestSet readManifestsOrDesign(const std::string &text, const std::string &name);

// One side of a comparison (`netpol diff`, the designer's Compare With): a manifest file, a
// directory (searched recursively for *.yaml, *.yml and *.json), a design (*.netpol.yaml, told
// by content: its generated policies with its namespaces and workloads), or git:REV:PATH, read
// with `git show` (a directory PATH with `git ls-tree`) from the repository of
// `gitDirectory`, PATH from its top. Policies the API server would refuse are marked, as for
// `netpol analyze`. When the source cannot be read at all, `error` says why and the set is
// marked unreadable. Runs git as a child process: call it off a UI thread.
ManifestSet readManifestSource(const std::string &source, std::string *error,
                               const std::string &gitDirectory = ".");

} // namespace Netpol
