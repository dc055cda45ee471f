#include "randomdesigns.h"

#include "designbuilder.h"

#include "model/design/endpoint.h"
#include "model/design/flowport.h"

#include <iterator>
#include <string>
#include <vector>

namespace Netpol::Test {

Design RandomDesigns::next()
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

} // namespace Netpol::Test
