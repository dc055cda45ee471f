// "The result is exact": for random designs, the generated policies allow a connection if and
// only if the design's definition (design-format.md, "complete zero-trust") says so. The
// definition is written out here independently of the generator and checked with the
// evaluator on every pair of pods and addresses, on a spread of ports.

#include "designbuilder.h"

#include "model/designwriter.h"
#include "model/evaluator.h"
#include "model/generator.h"

#include <gtest/gtest.h>

#include <random>

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

class RandomDesigns
{
public:
    explicit RandomDesigns(unsigned seed) : m_random(seed) {}

    Design next()
    {
        DesignBuilder b;
        const int namespaces = pick(1, 4);
        std::vector<std::string> endpoints;
        std::vector<std::string> externals;
        for (int n = 0; n < namespaces; ++n) {
            const std::string ns = "n" + std::to_string(n);
            b.ns(ns, chance(75), DirectionSet{chance(70), chance(70)}, chance(30) ? Labels{{"team", "t" + std::to_string(n % 2)}} : Labels{});
            endpoints.push_back(ns + "/*");
            const int workloads = pick(0, 3);
            for (int w = 0; w < workloads; ++w) {
                const std::string name = "w" + std::to_string(w);
                Labels labels{{"app", name}};
                if (chance(40))
                    labels["tier"] = chance(50) ? "front" : "back";
                std::vector<ContainerPort> ports;
                if (chance(60))
                    ports.push_back({chance(50) ? "http" : "web", chance(50) ? 80 : 8080, Protocol::TCP});
                if (chance(30))
                    ports.push_back({"dns", 53, Protocol::UDP});
                if (chance(30))
                    ports.push_back({"metrics", 9000, Protocol::SCTP});
                b.workload(ns, name, labels, ports);
                endpoints.push_back(ns + '/' + name);
            }
        }
        if (chance(60)) {
            b.ns("kube-system", chance(30), DirectionSet{chance(50), chance(50)});
            b.workload("kube-system", "coredns", {{"k8s-app", "kube-dns"}},
                       {{"dns", 53, Protocol::UDP}, {"dns-tcp", 53, Protocol::TCP}});
            endpoints.push_back("kube-system/coredns");
        }
        endpoints.push_back("*/*");
        const int externalCount = pick(0, 2);
        for (int x = 0; x < externalCount; ++x) {
            const std::string name = "ext" + std::to_string(x);
            const std::string net = x == 0 ? "203.0.113" : "198.51.100";
            b.external(name, net + ".0/24", chance(50) ? std::vector<std::string>{net + ".128/25"} : std::vector<std::string>{});
            externals.push_back("external/" + name);
        }
        b.dns(chance(70), "kube-system", chance(50) ? Labels{{"k8s-app", "kube-dns"}} : Labels{});
        b.granularity(chance(50) ? Granularity::PerFlow : Granularity::PerWorkload);
        if (chance(30))
            b.nodeCidr("172.16.0.0/16");
        Design design = b.build();

        std::vector<std::string> all = endpoints;
        all.insert(all.end(), externals.begin(), externals.end());
        const int flows = pick(0, 8);
        static const char *portForms[] = {"80/TCP", "8080/TCP", "53/UDP", "53/TCP", "9000/SCTP", "443/TCP",
                                          "30000-30010/UDP", "70-85/TCP", "http/TCP", "web/TCP", "dns/UDP",
                                          "metrics/SCTP", "missing/TCP", "*/UDP", "*/SCTP"};
        for (int f = 0; f < flows; ++f) {
            Flow flow;
            flow.from = *parseEndpoint(all[std::size_t(pick(0, int(all.size()) - 1))], nullptr);
            flow.to = *parseEndpoint(all[std::size_t(pick(0, int(all.size()) - 1))], nullptr);
            if (flow.from.isExternal() && flow.to.isExternal())
                continue;
            const int portCount = pick(0, 3);
            for (int p = 0; p < portCount; ++p)
                flow.ports.push_back(*parseFlowPort(portForms[pick(0, std::size(portForms) - 1)], nullptr));
            design.flows.push_back(std::move(flow));
        }
        return design;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    std::mt19937 m_random;
};

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
