#pragma once

// The text of probe endpoints and ports (private to model/analysis): shared by the probe
// parsers (probespec.cpp) and the Analyzer that resolves what they name.

#include <string>
#include <vector>

namespace Netpol {

bool isProbePortNumber(const std::string &text);
// NS/NAME or NS/KIND/NAME split at the slashes.
std::vector<std::string> probeEndpointParts(const std::string &text);
// An IPv6 address written in brackets, without them.
std::string probeWithoutBrackets(const std::string &text);
// `node:NAME` or `dns:HOST` (brackets allowed, as in --probe): the prefix and the name.
bool probeSpecialEndpoint(const std::string &text, std::string *kind, std::string *name);
// Why `text` is not NS/NAME, NS/KIND/NAME, an IP address, node:NAME or dns:HOST; empty when it
// is one of them.
std::string probeEndpointFormError(const std::string &text);

} // namespace Netpol
