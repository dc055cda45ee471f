#pragma once

#include "model/diagnostic.h"
#include "model/networkpolicy.h"
#include "model/sourcemap.h"

#include <map>
#include <string>
#include <vector>

namespace Netpol {

// Kubernetes objects read from YAML or JSON manifests (one or many documents, `List`s
// included), each with where its fields were in the file.
struct ManifestSet
{
    std::vector<NetworkPolicy> policies;
    std::vector<SourceMap> policySources; // parallel to `policies`

    std::map<std::string, int> skippedKinds; // kinds read past, with how many of each
    int documents = 0;                       // documents seen (List items count one each)
    Diagnostics diagnostics;                 // located errors; a bad document does not stop the rest
    bool unreadable = false;                 // some input could not be opened

    void append(ManifestSet &&other);
};

ManifestSet readManifests(const std::string &text, const std::string &file);
ManifestSet readManifestFile(const std::string &path);

} // namespace Netpol
