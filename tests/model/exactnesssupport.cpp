#include "exactnesssupport.h"

#include "model/k8s/cidr.h"

namespace Netpol::Test {

namespace {

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

} // namespace

bool anyFlowCovers(const Design &d, const Probe &a, const Probe &b, int port, Protocol proto)
{
    for (const Flow &f : d.flows) {
        if (covers(d, f, a, b, port, proto))
            return true;
    }
    return false;
}

bool expectedSideOpen(const Design &d, const Probe &a, const Probe &b, int port, Protocol proto,
                      bool egress)
{
    if (egress) {
        if (!a.workload)
            return true;
        const Namespace *ns = d.findNamespace(a.workload->ns);
        const DnsOptions &dns = d.options.dns;
        const bool toDns = dns.enabled && b.workload && b.workload->ns == dns.ns
                           && labelsContain(b.workload->labels, dns.podSelector) && port == 53
                           && (proto == Protocol::UDP || proto == Protocol::TCP);
        return !ns->deniesEgress() || anyFlowCovers(d, a, b, port, proto) || toDns;
    }
    if (!b.workload)
        return true;
    const Namespace *ns = d.findNamespace(b.workload->ns);
    const bool fromNode = !d.options.nodeCidr.empty() && !a.workload && a.peer.ip
                          && parseCidr(d.options.nodeCidr).cidr->contains(*a.peer.ip);
    return !ns->deniesIngress() || anyFlowCovers(d, a, b, port, proto) || fromNode;
}

bool expectedAllowed(const Design &d, const Probe &a, const Probe &b, int port, Protocol proto)
{
    return expectedSideOpen(d, a, b, port, proto, true)
           && expectedSideOpen(d, a, b, port, proto, false);
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

} // namespace Netpol::Test
