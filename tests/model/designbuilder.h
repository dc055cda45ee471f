#pragma once

#include "model/design/design.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace Netpol::Test {

// Builds designs in a line each, for tests.
class DesignBuilder
{
public:
    DesignBuilder();

    DesignBuilder &name(std::string name);
    DesignBuilder &ns(const std::string &name, bool managed = true,
                      DirectionSet deny = DirectionSet::both(), Labels labels = {});
    DesignBuilder &workload(const std::string &ns, const std::string &name, Labels labels,
                            std::vector<ContainerPort> ports = {},
                            WorkloadKind kind = WorkloadKind::Deployment);
    DesignBuilder &external(const std::string &name, const std::string &cidr,
                            std::vector<std::string> except = {});
    // Endpoints and ports in the design file's string forms.
    DesignBuilder &flow(const std::string &from, const std::string &to,
                        std::initializer_list<const char *> ports = {});
    DesignBuilder &dns(bool enabled, std::string ns = "kube-system",
                       Labels selector = {{"k8s-app", "kube-dns"}});
    DesignBuilder &granularity(Granularity g);
    DesignBuilder &nodeCidr(std::string cidr);

    Design build() const { return m_design; }
    operator Design() const { return m_design; }

private:
    Design m_design;
};

// The seed's production example: ingress-nginx -> frontend -> api-server -> database, DNS on.
Design productionDesign();

ContainerPort port(int number, const char *name = "", Protocol protocol = Protocol::TCP);

} // namespace Netpol::Test
