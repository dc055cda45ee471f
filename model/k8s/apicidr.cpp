#include "model/k8s/apivalidation_p.h"

#include "model/core/quoting.h"

#include <algorithm>

namespace Netpol::Api {

// The strings the API server quotes in its messages (Go's %q there), as every message quotes
// values: escaped, and cut past 80 characters. The length is left out: the API server's form
// is `Invalid value: "VALUE": DETAIL`, and the detail says what is too long.
std::string quote(const std::string &value)
{
    return quotedValue(value, false);
}

std::optional<SloppyCidr> parseSloppy(const std::string &text)
{
    const CidrParse parsed = parseCidr(text);
    if (!parsed.cidr)
        return std::nullopt;
    SloppyCidr out{*parsed.cidr, parsed.leadingZeros, false};
    const std::string prefix = text.substr(text.find('/') + 1);
    out.leadingZeros = out.leadingZeros || (prefix.size() > 1 && prefix.front() == '0');
    IpAddress &ip = out.cidr.address;
    const bool mappedPrefix = ip.v6 && out.cidr.prefix >= 96
                              && std::all_of(ip.bytes.begin(), ip.bytes.begin() + 10,
                                             [](std::uint8_t b) { return b == 0; })
                              && ip.bytes[10] == 0xff && ip.bytes[11] == 0xff;
    if (mappedPrefix) {
        IpAddress v4;
        std::copy(ip.bytes.begin() + 12, ip.bytes.end(), v4.bytes.begin());
        ip = v4;
        out.cidr.prefix -= 96;
        out.mapped = true;
    }
    return out;
}

Diagnostics cidrFindings(const std::string &path, const std::string &text)
{
    Diagnostics out;
    auto add = [&](Severity severity, const char *code, std::string message, std::string hint) {
        Diagnostic d{severity, code, std::move(message), {}, std::move(hint)};
        d.location.field = path;
        out.push_back(std::move(d));
    };
    const auto parsed = parseSloppy(text);
    if (!parsed) {
        add(Severity::Error, "invalid-cidr",
            path + ": Invalid value: " + quote(text)
                + ": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)",
            text.find('/') == std::string::npos
                ? "add the prefix length: " + text
                      + (text.find(':') != std::string::npos ? "/128" : "/32") + " for one address"
                : std::string("write ADDRESS/PREFIX with a prefix of 0-32 (IPv4) or 0-128 (IPv6)"));
        return out;
    }
    const Cidr &cidr = parsed->cidr;
    bool warned = false;
    if (cidr.hasHostBits()) {
        warned = true;
        add(Severity::Warning, "ambiguous-cidr",
            path + ": CIDR value " + quote(text) + " is ambiguous in this context (should be "
                + quote(cidr.canonical()) + " or "
                + quote(cidr.address.toString() + '/' + std::to_string(cidr.address.bitCount()))
                + "?)",
            "the API server uses " + cidr.canonical() + "; write that, or /"
                + std::to_string(cidr.address.bitCount()) + " for one address");
    }
    if (parsed->leadingZeros || parsed->mapped) {
        warned = true;
        add(Severity::Warning, "non-standard-cidr",
            path + ": non-standard CIDR value " + quote(text)
                + " will be considered invalid in a future Kubernetes release: use "
                + quote(cidr.canonical()),
            parsed->leadingZeros ? "leading zeros are read as decimal, not octal"
                                 : "write the IPv4 form the message gives");
    }
    const std::string written = cidr.address.toString() + '/' + std::to_string(cidr.prefix);
    if (!warned && cidr.address.v6 && written != text)
        add(Severity::Warning, "non-standard-cidr",
            path + ": IPv6 CIDR value " + quote(text) + " should be in RFC 5952 canonical format ("
                + quote(written) + ')',
            "lower case hex digits, the longest run of zero groups written as ::");
    return out;
}

} // namespace Netpol::Api
