#include "designbuilder.h"

#include <gtest/gtest.h>

namespace Netpol::Test {

DesignBuilder::DesignBuilder()
{
    m_design.metadata.name = "test";
}

DesignBuilder &DesignBuilder::name(std::string name)
{
    m_design.metadata.name = std::move(name);
    return *this;
}

DesignBuilder &DesignBuilder::ns(const std::string &name, bool managed, DirectionSet deny, Labels labels)
{
    Namespace n;
    n.name = name;
    n.managed = managed;
    n.defaultDeny = deny;
    n.labels = std::move(labels);
    n.geometry = {double(m_design.namespaces.size()) * 400, 0, 360, 240};
    m_design.namespaces.push_back(std::move(n));
    return *this;
}

DesignBuilder &DesignBuilder::workload(const std::string &ns, const std::string &name, Labels labels,
                                       std::vector<ContainerPort> ports, WorkloadKind kind)
{
    Workload w;
    w.ns = ns;
    w.name = name;
    w.labels = std::move(labels);
    w.ports = std::move(ports);
    w.kind = kind;
    w.position = {double(m_design.workloads.size()) * 10, 40};
    m_design.workloads.push_back(std::move(w));
    return *this;
}

DesignBuilder &DesignBuilder::external(const std::string &name, const std::string &cidr,
                                       std::vector<std::string> except)
{
    m_design.externals.push_back({name, cidr, std::move(except), {}});
    return *this;
}

DesignBuilder &DesignBuilder::flow(const std::string &from, const std::string &to,
                                   std::initializer_list<const char *> ports)
{
    Flow f;
    std::string error;
    const auto a = parseEndpoint(from, &error);
    const auto b = parseEndpoint(to, &error);
    EXPECT_TRUE(a && b) << error;
    if (!a || !b)
        return *this;
    f.from = *a;
    f.to = *b;
    for (const char *p : ports) {
        const auto parsed = parseFlowPort(p, &error);
        EXPECT_TRUE(parsed) << p << ": " << error;
        if (parsed)
            f.ports.push_back(*parsed);
    }
    m_design.flows.push_back(std::move(f));
    return *this;
}

DesignBuilder &DesignBuilder::dns(bool enabled, std::string ns, Labels selector)
{
    m_design.options.dns = {enabled, std::move(ns), std::move(selector)};
    return *this;
}

DesignBuilder &DesignBuilder::granularity(Granularity g)
{
    m_design.options.granularity = g;
    return *this;
}

DesignBuilder &DesignBuilder::nodeCidr(std::string cidr)
{
    m_design.options.nodeCidr = std::move(cidr);
    return *this;
}

ContainerPort port(int number, const char *name, Protocol protocol)
{
    return ContainerPort{name, number, protocol};
}

Design productionDesign()
{
    return DesignBuilder()
        .name("production-zero-trust")
        .ns("production", true, DirectionSet::both(), {{"env", "prod"}})
        .ns("ingress-nginx", false)
        .ns("kube-system", false)
        .workload("production", "frontend", {{"app", "frontend"}}, {port(8080, "http")})
        .workload("production", "api-server", {{"app", "api-server"}}, {port(8080, "http")})
        .workload("production", "database", {{"app", "database"}}, {port(5432, "postgres")},
                  WorkloadKind::StatefulSet)
        .workload("ingress-nginx", "controller", {{"app.kubernetes.io/name", "ingress-nginx"}},
                  {port(80, "http"), port(443, "https")})
        .workload("kube-system", "coredns", {{"k8s-app", "kube-dns"}},
                  {port(53, "dns", Protocol::UDP), port(53, "dns-tcp", Protocol::TCP)})
        .flow("ingress-nginx/*", "production/frontend", {"8080/TCP"})
        .flow("production/frontend", "production/api-server", {"8080/TCP"})
        .flow("production/api-server", "production/database", {"5432/TCP"})
        .build();
}

} // namespace Netpol::Test
