#pragma once

#include "model/k8s/networkpolicy.h"

#include <string>
#include <vector>

namespace Netpol {

// One NetworkPolicy as a YAML document body (no "---"), in kubectl's shape: apiVersion,
// kind, metadata, spec; `{}` for empty selectors; block style; strings quoted wherever YAML
// 1.1 would read them as something else. Ends with a newline.
std::string writePolicy(const NetworkPolicy &policy);

// "# line\n" for each line of `text` (empty text gives nothing).
std::string commentBlock(const std::string &text);

// A multi-document stream: the header comment, then each document after a "---" line.
std::string joinDocuments(const std::string &header, const std::vector<std::string> &documents);

std::string writeManifests(const std::vector<NetworkPolicy> &policies, const std::string &header = {});

} // namespace Netpol
