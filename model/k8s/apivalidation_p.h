#pragma once

// Pieces of the API server's NetworkPolicy validation (private to model/).

#include "model/core/diagnostic.h"
#include "model/k8s/cidr.h"
#include "model/k8s/networkpolicy.h"

#include <optional>
#include <string>

namespace Netpol::Api {

// A string value in a message, as the API server quotes it (Go's %q), cut past 80
// characters (quotedValue).
std::string quote(const std::string &value);

// A CIDR as the API server's sloppy parser reads it, IPv4-mapped IPv6 folded to IPv4.
struct SloppyCidr
{
    Cidr cidr;
    bool leadingZeros = false; // in an IPv4 octet or in the prefix length
    bool mapped = false;       // ::ffff:a.b.c.d/N
};

std::optional<SloppyCidr> parseSloppy(const std::string &text);

// The server's error for a CIDR field at `path` that does not parse (invalid-cidr), or the
// warnings it returns on create (ambiguous-cidr: host bits set; non-standard-cidr: leading
// zeros, IPv4-mapped IPv6, IPv6 not in RFC 5952 form). `location.field` holds `path`.
Diagnostics cidrFindings(const std::string &path, const std::string &text);

// The API server's findings on label maps (invalid-label, placed on each key) and on a
// label selector (invalid-selector for operators and values, invalid-label for keys and
// values), with its messages; `location.field` holds the path of each.
Diagnostics labelFindings(const Labels &labels, const std::string &path);
Diagnostics selectorFindings(const LabelSelector &selector, const std::string &path);

} // namespace Netpol::Api
