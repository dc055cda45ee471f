#include "views/canvas/connectionelements.h"

#include "model/k8s/cidr.h"

#include <algorithm>

namespace Netpol {

namespace {

// Does the external's range (minus its except list) hold `address`?
bool holds(const External &external, const IpAddress &address)
{
    const CidrParse cidr = parseCidr(external.cidr);
    if (!cidr.cidr || !cidr.cidr->contains(address))
        return false;
    return std::none_of(external.except.begin(), external.except.end(), [&](const std::string &x) {
        const CidrParse except = parseCidr(x);
        return except.cidr && except.cidr->contains(address);
    });
}

Endpoint endpointOf(const Design &design, const ElementRef &element)
{
    if (element.kind == ElementRef::Kind::External)
        return Endpoint::external(design.externals[std::size_t(element.index)].name);
    const Workload &w = design.workloads[std::size_t(element.index)];
    return Endpoint::workload(w.ns, w.name);
}

} // namespace

QList<ElementRef> elementsOfEndpoint(const Design &design, const ConnectionEndpoint &end)
{
    QList<ElementRef> out;
    if (end.workload || !end.kind.empty()) {
        for (std::size_t i = 0; i < design.workloads.size(); ++i) {
            const Workload &w = design.workloads[i];
            if (w.ns == end.ns && w.name == end.workloadName)
                out << ElementRef::workload(w.ns, w.name, int(i));
        }
        return out;
    }
    if (!end.peer.ip)
        return out;
    for (std::size_t i = 0; i < design.externals.size(); ++i) {
        if (holds(design.externals[i], *end.peer.ip))
            out << ElementRef::external(design.externals[i].name, int(i));
    }
    return out;
}

QList<ElementRef> connectionSelection(const Design &design, const ConnectionEndpoint &from,
                                      const ConnectionEndpoint &to)
{
    const QList<ElementRef> froms = elementsOfEndpoint(design, from);
    const QList<ElementRef> tos = elementsOfEndpoint(design, to);
    for (std::size_t f = 0; f < design.flows.size(); ++f) {
        const Flow &flow = design.flows[f];
        const bool fromMatches = std::any_of(froms.begin(), froms.end(), [&](const ElementRef &e) {
            return endpointOf(design, e) == flow.from;
        });
        const bool toMatches = std::any_of(tos.begin(), tos.end(), [&](const ElementRef &e) {
            return endpointOf(design, e) == flow.to;
        });
        if (fromMatches && toMatches)
            return {ElementRef::flow(int(f))};
    }
    return froms + tos;
}

} // namespace Netpol
