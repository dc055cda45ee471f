#include "syntheticdesign.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace Netpol::Bench {

Design syntheticDesign(int workloads)
{
    Design d;
    d.metadata.name = "designer-benchmark";
    const int namespaces = workloads / kPerNamespace;
    const int columns = std::max(1, int(std::sqrt(double(namespaces)) * 1.5));
    for (int n = 0; n < namespaces; ++n) {
        Namespace ns;
        ns.name = "ns-" + std::to_string(n);
        ns.geometry = {double(n % columns) * 1240, double(n / columns) * 600, 1160, 540};
        d.namespaces.push_back(ns);
        for (int w = 0; w < kPerNamespace; ++w) {
            Workload wl;
            wl.name = "svc-" + std::to_string(w);
            wl.ns = ns.name;
            wl.labels = {{"app", wl.name}, {"team", "t" + std::to_string(n % 7)}};
            wl.ports = {{"http", 8080, Protocol::TCP}};
            wl.position = {ns.geometry.x + 40 + (w % 5) * 220, ns.geometry.y + 60 + (w / 5) * 120};
            d.workloads.push_back(wl);
        }
    }
    std::mt19937 random(11);
    const int total = int(d.workloads.size());
    for (int from = 0; from < total; ++from) {
        for (int k = 0; k < kFlowsPerWorkload; ++k) {
            const int ns = from / kPerNamespace;
            int to = ns * kPerNamespace + int(random() % kPerNamespace); // mostly inside
            if (k == 3)
                to = ((ns + 1) % namespaces) * kPerNamespace + int(random() % kPerNamespace);
            if (k == 4 && random() % 4 == 0)
                to = int(random() % unsigned(total)); // now and then anywhere
            if (to == from)
                to = ns * kPerNamespace + (from + 1) % kPerNamespace;
            const Workload &a = d.workloads[std::size_t(from)];
            const Workload &b = d.workloads[std::size_t(to)];
            d.flows.push_back({Endpoint::workload(a.ns, a.name), Endpoint::workload(b.ns, b.name),
                               {FlowPort::number(8080 + k % 3)}});
        }
    }
    return d;
}

} // namespace Netpol::Bench
