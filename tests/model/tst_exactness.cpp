// "The result is exact": for random designs, the generated policies allow a connection if and
// only if the design's definition (design-format.md, "complete zero-trust") says so. The
// definition is written out here independently of the generator and checked with the
// evaluator on every pair of pods and addresses, on a spread of ports.

#include "designbuilder.h"
#include "randomdesigns.h"

#include "model/analysis/evaluator.h"
#include "model/design/designwriter.h"
#include "model/generate/generator.h"

#include <gtest/gtest.h>


using namespace Netpol;
using namespace Netpol::Test;

namespace {

struct Probe
{
    NetworkPeer peer;
    const Workload *workload = nullptr; // null for addresses
    std::string label;
};

bool inEndpoint(const Design &d, const Endpoint &e, const Probe &p)
{
    switch (e.kind) {
    case Endpoint::Kind::Workload:
        return p.workload && p.workload->ns == e.ns && p.workload->name == e.name;
    case Endpoint::Kind::Namespace:
        return p.workload && p.workload->ns == e.ns;
    case Endpoint::Kind::AllNamespaces:
        return p.workload != nullptr;
    case Endpoint::Kind::External: {
        const External *x = d.findExternal(e.name);
        if (!x || !p.peer.ip)
            return false;
        if (!parseCidr(x->cidr).cidr->contains(*p.peer.ip))
            return false;
        for (const std::string &ex : x->except) {
            if (parseCidr(ex).cidr->contains(*p.peer.ip))
                return false;
        }
        return true;
    }
    }
    return false;
}

bool covers(const Design &d, const Flow &f, const Probe &a, const Probe &b, int port, Protocol proto)
{
    if (!inEndpoint(d, f.from, a) || !inEndpoint(d, f.to, b))
        return false;
    if (f.ports.empty())
        return true;
    for (const FlowPort &fp : f.ports) {
        std::optional<int> resolved;
        if (fp.kind == FlowPort::Kind::Named && b.workload)
            resolved = b.workload->resolveNamedPort(fp.name, proto);
        if (fp.matchesNumber(port, proto, resolved))
            return true;
    }
    return false;
}

bool anyFlowCovers(const Design &d, const Probe &a, const Probe &b, int port, Protocol proto)
{
    for (const Flow &f : d.flows) {
        if (covers(d, f, a, b, port, proto))
            return true;
    }
    return false;
}

bool expectedAllowed(const Design &d, const Probe &a, const Probe &b, int port, Protocol proto)
{
    bool egressOpen = true;
    if (a.workload) {
        const Namespace *ns = d.findNamespace(a.workload->ns);
        const DnsOptions &dns = d.options.dns;
        const bool toDns = dns.enabled && b.workload && b.workload->ns == dns.ns
                           && labelsContain(b.workload->labels, dns.podSelector) && port == 53
                           && (proto == Protocol::UDP || proto == Protocol::TCP);
        egressOpen = !ns->deniesEgress() || anyFlowCovers(d, a, b, port, proto) || toDns;
    }
    bool ingressOpen = true;
    if (b.workload) {
        const Namespace *ns = d.findNamespace(b.workload->ns);
        const bool fromNode = !d.options.nodeCidr.empty() && !a.workload && a.peer.ip
                              && parseCidr(d.options.nodeCidr).cidr->contains(*a.peer.ip);
        ingressOpen = !ns->deniesIngress() || anyFlowCovers(d, a, b, port, proto) || fromNode;
    }
    return egressOpen && ingressOpen;
}

std::vector<Probe> probesFor(const Design &d)
{
    std::vector<Probe> probes;
    for (std::size_t i = 0; i < d.workloads.size(); ++i) {
        const Workload &w = d.workloads[i];
        const Namespace *ns = d.findNamespace(w.ns);
        const std::string ip = "10.1." + std::to_string(i / 250) + '.' + std::to_string(i % 250 + 1);
        probes.push_back({NetworkPeer::pod(w.ns, w.labels, ns->effectiveLabels(), w.ports, parseIpAddress(ip)), &w,
                          w.ns + '/' + w.name});
    }
    for (const char *ip : {"203.0.113.5", "203.0.113.200", "198.51.100.9", "198.51.100.129", "172.16.3.4", "192.0.2.1"})
        probes.push_back({NetworkPeer::address(*parseIpAddress(ip)), nullptr, ip});
    return probes;
}

} // namespace

TEST(Exactness, GeneratedPoliciesAllowExactlyWhatTheDesignDraws)
{
    const std::pair<int, Protocol> ports[] = {{80, Protocol::TCP},    {8080, Protocol::TCP}, {53, Protocol::UDP},
                                              {53, Protocol::TCP},    {9000, Protocol::SCTP}, {443, Protocol::TCP},
                                              {30005, Protocol::UDP}, {81, Protocol::TCP},   {9000, Protocol::TCP}};
    RandomDesigns designs(20261126);
    long checked = 0;
    long allowed = 0;
    for (int round = 0; round < 300; ++round) {
        const Design design = designs.next();
        const GenerateResult generated = generatePolicies(design);
        ASSERT_TRUE(generated.diagnostics.empty());
        std::vector<NetworkPolicy> policies;
        for (const GeneratedPolicy &g : generated.policies)
            policies.push_back(g.policy);
        const PolicyEvaluator evaluator(policies);
        const std::vector<Probe> probes = probesFor(design);
        for (const Probe &a : probes) {
            for (const Probe &b : probes) {
                if (&a == &b || (!a.workload && !b.workload))
                    continue;
                for (const auto &[port, proto] : ports) {
                    const bool expected = expectedAllowed(design, a, b, port, proto);
                    const bool actual = evaluator.allowed(a.peer, b.peer, port, proto);
                    ++checked;
                    allowed += actual;
                    if (expected != actual) {
                        FAIL() << a.label << " -> " << b.label << " on " << port << '/' << protocolName(proto)
                               << ": the design says " << (expected ? "allowed" : "denied") << ", the policies "
                               << (actual ? "allow" : "deny") << " it. Design:\n"
                               << writeDesign(design);
                    }
                }
            }
        }
    }
    // The random designs must exercise both verdicts a good deal, or the test proves little.
    EXPECT_GT(checked, 100000);
    EXPECT_GT(allowed, checked / 10);
    EXPECT_LT(allowed, checked - checked / 10);
}
