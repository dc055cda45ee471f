// The small parsers on any text: flow ports, endpoints, CIDRs and IP addresses, protocols,
// traffic ports, probes, diagnostic lines, the Kubernetes name rules; and label selectors made
// from the text's lines. Whatever parses must come back equal from its canonical form; the
// selector logic must agree with matching.
//
// Selector lines: "key=value" is a matchLabels entry, "key OP v1,v2" an expression; a line
// "--" starts the second selector.

#include "fuzzcheck.h"

#include "model/analysis/analysis.h"
#include "model/analysis/reachability.h"
#include "model/core/diagnosticline.h"
#include "model/design/endpoint.h"
#include "model/design/flowport.h"
#include "model/k8s/cidr.h"
#include "model/k8s/k8snames.h"
#include "model/k8s/selectorlogic.h"

#include <sstream>

using namespace Netpol;

namespace {

template<typename Parse>
void checkRoundTrip(const std::string &input, Parse parse, const char *what)
{
    std::string error;
    const auto value = parse(input, &error);
    if (!value)
        return;
    const std::string canonical = value->toString();
    const auto again = parse(canonical, &error);
    NETPOL_FUZZ_CHECK(again && *again == *value,
                      std::string(what) + " \"" + input + "\" does not read back from \"" + canonical
                          + "\": " + error);
    NETPOL_FUZZ_CHECK(again->toString() == canonical, std::string(what) + " canonical form moves");
}

void checkAddresses(const std::string &input)
{
    if (const auto ip = parseIpAddress(input)) {
        const auto again = parseIpAddress(ip->toString());
        NETPOL_FUZZ_CHECK(again && *again == *ip, "IP address \"" + input + "\" as " + ip->toString());
    }
    const CidrParse cidr = parseCidr(input);
    NETPOL_FUZZ_CHECK(cidr.cidr.has_value() != !cidr.error.empty(), "CIDR without a verdict: " + input);
    if (!cidr.cidr)
        return;
    const CidrParse again = parseCidr(cidr.cidr->toString());
    NETPOL_FUZZ_CHECK(again.cidr && *again.cidr == *cidr.cidr,
                      "CIDR \"" + input + "\" as " + cidr.cidr->toString());
    const CidrParse network = parseCidr(cidr.cidr->canonical());
    NETPOL_FUZZ_CHECK(network.cidr && !network.cidr->hasHostBits()
                          && network.cidr->contains(*cidr.cidr) && cidr.cidr->contains(*network.cidr),
                      "CIDR \"" + input + "\" and its network " + cidr.cidr->canonical());
    NETPOL_FUZZ_CHECK(cidr.cidr->contains(cidr.cidr->address), "CIDR without its address: " + input);
}

void checkDiagnosticLine(const std::string &input)
{
    const auto d = parseDiagnosticLine(input);
    if (!d)
        return;
    const std::string line = d->format();
    const auto again = parseDiagnosticLine(line);
    NETPOL_FUZZ_CHECK(again && again->format() == line, "diagnostic \"" + input + "\" as " + line);
}

LabelSelector selectorFrom(std::istringstream &lines)
{
    LabelSelector selector;
    std::string line;
    while (std::getline(lines, line) && line != "--") {
        if (const auto eq = line.find('='); eq != std::string::npos) {
            selector.matchLabels[line.substr(0, eq)] = line.substr(eq + 1);
            continue;
        }
        std::istringstream words(line);
        LabelSelectorRequirement r;
        std::string values;
        words >> r.key >> r.op >> values;
        for (std::size_t at = 0; !values.empty() && at <= values.size();) {
            const std::size_t comma = std::min(values.find(',', at), values.size());
            r.values.push_back(values.substr(at, comma - at));
            at = comma + 1;
        }
        selector.matchExpressions.push_back(std::move(r));
    }
    return selector;
}

void checkSelectors(const std::string &input)
{
    std::istringstream lines(input);
    const LabelSelector a = selectorFrom(lines);
    const LabelSelector b = selectorFrom(lines);
    const std::string shown = formatSelector(a) + " and " + formatSelector(b);
    if (const auto sample = sampleLabels(a))
        NETPOL_FUZZ_CHECK(a.matches(*sample), "the sample of " + formatSelector(a) + " is refused");
    NETPOL_FUZZ_CHECK(selectorCovers(a, a), formatSelector(a) + " does not cover itself");
    const LabelSelector both = intersectSelectors(a, b);
    NETPOL_FUZZ_CHECK(selectorsOverlap(a, b) == canMatchAnything(both), "overlap of " + shown);
    NETPOL_FUZZ_CHECK(selectorCovers(a, both) && selectorCovers(b, both), "intersection of " + shown);
    if (const auto sample = sampleLabels(both))
        NETPOL_FUZZ_CHECK(a.matches(*sample) && b.matches(*sample), "the sample of " + shown);
    if (b.isEmpty())
        NETPOL_FUZZ_CHECK(selectorCovers(b, a), "{} does not cover " + formatSelector(a));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string input = Fuzz::text(data, size);
    checkRoundTrip(input, [](const std::string &s, std::string *e) { return parseFlowPort(s, e); },
                   "flow port");
    checkRoundTrip(input, [](const std::string &s, std::string *e) { return parseEndpoint(s, e); },
                   "endpoint");
    checkRoundTrip(input, [](const std::string &s, std::string *e) { return parseTrafficPort(s, e); },
                   "traffic port");
    checkAddresses(input);
    checkDiagnosticLine(input);
    if (const auto protocol = parseProtocol(input))
        NETPOL_FUZZ_CHECK(protocolName(*protocol) == input, "protocol " + input);
    std::string error;
    (void)parseProbeArgument(input, &error);
    Diagnostics diagnostics;
    (void)parseProbeFile(input, "probes.txt", diagnostics);
    for (auto rule : {dns1123LabelErrors, dns1123SubdomainErrors, qualifiedNameErrors,
                      labelValueErrors, portNameErrors})
        (void)rule(input);
    checkSelectors(input);
    return 0;
}
