#include "model/design/elementtemplate.h"
#include "model/core/quoting.h"

#include "model/design/canvasmetrics.h"
#include "model/design/freeplace.h"

#include <cctype>

namespace Netpol {

namespace {

constexpr WorkloadKind kPaletteKinds[] = {WorkloadKind::Deployment, WorkloadKind::StatefulSet,
                                          WorkloadKind::DaemonSet,  WorkloadKind::Pod,
                                          WorkloadKind::Job,        WorkloadKind::CronJob};

std::string lowercase(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool servesTraffic(WorkloadKind kind)
{
    return kind != WorkloadKind::Job && kind != WorkloadKind::CronJob;
}

EditResult createPreset(const Design &design, const std::string &nsName, Workload workload,
                        Point position)
{
    if (design.findNamespace(nsName))
        return EditResult::refused("namespace " + quotedValue(nsName)
            + " is already in the design");
    Namespace ns;
    ns.name = nsName;
    ns.managed = false;
    ns.geometry = {position.x, position.y, 280, 180};
    workload.ns = nsName;
    workload.position = {position.x + 40, position.y + 60};
    EditResult result;
    const int nsIndex = int(design.namespaces.size());
    const int workloadIndex = int(design.workloads.size());
    result.created = {refOfValue(ns, nsIndex), refOfValue(workload, workloadIndex)};
    result.edit.changes = {ElementChange::insert(nsIndex, std::move(ns)),
                           ElementChange::insert(workloadIndex, std::move(workload))};
    return result;
}

} // namespace

std::string ElementTemplate::id() const
{
    switch (type) {
    case Type::Namespace:
        return "namespace";
    case Type::Workload:
        return "workload/" + std::string(workloadKindName(workloadKind));
    case Type::External:
        return "external";
    case Type::IngressController:
        return "preset/ingress-controller";
    case Type::ClusterDns:
        return "preset/cluster-dns";
    }
    return {};
}

std::string ElementTemplate::title() const
{
    switch (type) {
    case Type::Namespace:
        return "Namespace";
    case Type::Workload:
        return std::string(workloadKindName(workloadKind));
    case Type::External:
        return "External (CIDR)";
    case Type::IngressController:
        return "Ingress controller";
    case Type::ClusterDns:
        return "Cluster DNS";
    }
    return {};
}

std::string ElementTemplate::description() const
{
    switch (type) {
    case Type::Namespace:
        return "A managed namespace: default deny for ingress and egress, DNS allowed.";
    case Type::Workload:
        return "A " + std::string(workloadKindName(workloadKind))
            + ": drop it inside a namespace. Its pod labels select it in policies.";
    case Type::External:
        return "A peer outside the cluster, reached as an ipBlock (CIDR).";
    case Type::IngressController:
        return "The ingress-nginx namespace (unmanaged) with its controller.";
    case Type::ClusterDns:
        return "The kube-system namespace (unmanaged) with CoreDNS (k8s-app: kube-dns).";
    }
    return {};
}

std::vector<ElementTemplate> paletteTemplates()
{
    std::vector<ElementTemplate> out{{ElementTemplate::Type::Namespace, WorkloadKind::Deployment}};
    for (WorkloadKind kind : kPaletteKinds)
        out.push_back({ElementTemplate::Type::Workload, kind});
    out.push_back({ElementTemplate::Type::External, WorkloadKind::Deployment});
    out.push_back({ElementTemplate::Type::IngressController, WorkloadKind::Deployment});
    out.push_back({ElementTemplate::Type::ClusterDns, WorkloadKind::Deployment});
    return out;
}

std::optional<ElementTemplate> parseTemplateId(const std::string &id)
{
    for (const ElementTemplate &t : paletteTemplates()) {
        if (t.id() == id)
            return t;
    }
    return std::nullopt;
}

EditResult createFromTemplate(const Design &design, const ElementTemplate &element, Point hit,
                              Point position)
{
    switch (element.type) {
    case ElementTemplate::Type::Namespace: {
        Namespace ns;
        ns.name = uniqueNamespaceName(design, "namespace");
        ns.geometry = kDefaultNamespaceGeometry;
        ns.geometry.x = position.x;
        ns.geometry.y = position.y;
        return addElement(design, std::move(ns));
    }
    case ElementTemplate::Type::Workload: {
        const int nsIndex = namespaceAt(design, hit);
        if (nsIndex < 0)
            return EditResult::refused(
                "a workload lives in a namespace: drop it inside a namespace frame");
        Workload w;
        w.ns = design.namespaces[std::size_t(nsIndex)].name;
        w.kind = element.workloadKind;
        w.name = uniqueWorkloadName(design, w.ns, lowercase(workloadKindName(w.kind)));
        w.labels = {{"app", w.name}};
        if (servesTraffic(w.kind))
            w.ports = {{"http", 8080, Protocol::TCP}};
        // Into free space near the drop; the frame grows when there is none.
        const Namespace &ns = design.namespaces[std::size_t(nsIndex)];
        const Placement place = placeInNamespace(design, ns, position, CanvasMetrics::kWorkloadWidth,
                                                 CanvasMetrics::kWorkloadHeight);
        w.position = place.position;
        EditResult result = addElement(design, std::move(w));
        if (place.grown && result.ok()) {
            Namespace grown = ns;
            grown.geometry = place.frame;
            result.edit.changes.push_back(ElementChange::replace(nsIndex, std::move(grown)));
        }
        return result;
    }
    case ElementTemplate::Type::External: {
        External e;
        e.name = uniqueExternalName(design, "external-peer");
        e.cidr = "192.0.2.0/24"; // TEST-NET-1: a placeholder that routes nowhere
        e.position = position;
        return addElement(design, std::move(e));
    }
    case ElementTemplate::Type::IngressController: {
        Workload w;
        w.name = "ingress-nginx-controller";
        w.labels = {{"app.kubernetes.io/name", "ingress-nginx"},
                    {"app.kubernetes.io/component", "controller"}};
        w.ports = {{"http", 80, Protocol::TCP}, {"https", 443, Protocol::TCP}};
        return createPreset(design, "ingress-nginx", std::move(w), position);
    }
    case ElementTemplate::Type::ClusterDns: {
        Workload w;
        w.name = "coredns";
        w.labels = {{"k8s-app", "kube-dns"}};
        w.ports = {{"dns", 53, Protocol::UDP}, {"dns-tcp", 53, Protocol::TCP}};
        return createPreset(design, "kube-system", std::move(w), position);
    }
    }
    return EditResult::refused("unknown palette entry");
}

} // namespace Netpol
