#pragma once

#include "model/design/designoperations.h"

#include <string>
#include <vector>

namespace Netpol {

// What the designer's palette creates: a namespace, a workload of each kind, an external, and
// two presets (the usual unmanaged neighbours of a zero-trust namespace).
struct ElementTemplate
{
    enum class Type { Namespace, Workload, External, IngressController, ClusterDns };

    Type type = Type::Namespace;
    WorkloadKind workloadKind = WorkloadKind::Deployment; // Workload only

    std::string id() const; // "namespace", "workload/StatefulSet", "preset/cluster-dns"
    std::string title() const; // "Namespace", "StatefulSet", "Ingress controller"
    std::string description() const; // one sentence for tooltips
    bool needsNamespace() const { return type == Type::Workload; }

    bool operator==(const ElementTemplate &) const = default;
};

// Namespace, the six workload kinds a palette offers, External, then the presets.
std::vector<ElementTemplate> paletteTemplates();
std::optional<ElementTemplate> parseTemplateId(const std::string &id);

inline constexpr Rect kDefaultNamespaceGeometry{0, 0, 360, 220};

// Creates the template's element(s) with unique default names. `hit` is where it was dropped
// (a workload goes into the namespace there, and is refused on empty canvas); `position` is
// the top-left corner the new element gets.
EditResult createFromTemplate(const Design &design, const ElementTemplate &element, Point hit,
                              Point position);

} // namespace Netpol
