#pragma once

#include "model/manifests/manifestreader.h"

#include <string>

namespace Netpol {

// A manifest file, or every manifest file of a directory tree (*.yaml, *.yml and *.json, as
// `kubectl apply -f DIR -R` takes them) read in name order. The directory is walked by
// walkDirectory (model/core/directorywalk.h): links are followed, and link loops, dangling
// links, folders that cannot be listed, special files and files that cannot be read become
// warnings naming them, while the rest is read. A file or a top directory that cannot be read
// is an `unreadable` error, as in readManifestFile.
ManifestSet readManifestInput(const std::string &path);

} // namespace Netpol
