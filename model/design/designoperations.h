#pragma once

#include "model/design/designedit.h"

#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

// The edits behind the designer's requests, as plain functions of a design. Each returns the
// edit to apply, or the reason the request is refused (then the edit is empty).
struct EditResult
{
    DesignEdit edit;
    std::string error;
    std::vector<ElementRef> created; // what the edit adds, with its indexes once applied

    bool ok() const { return error.empty(); }
    static EditResult refused(std::string reason)
    {
        EditResult r;
        r.error = std::move(reason);
        return r;
    }
};

// Names: `base`, or `base-2`, `base-3`, ... whichever is free first.
std::string uniqueNamespaceName(const Design &design, const std::string &base);
std::string uniqueWorkloadName(const Design &design, const std::string &ns,
                               const std::string &base);
std::string uniqueExternalName(const Design &design, const std::string &base);

int indexOfNamespace(const Design &design, std::string_view name);
int indexOfWorkload(const Design &design, std::string_view ns, std::string_view name);
int indexOfExternal(const Design &design, std::string_view name);

// The element an endpoint names (null for */* and undeclared names), and back: a workload is
// NS/NAME, a namespace NS/*, an external external/NAME.
ElementRef elementOfEndpoint(const Design &design, const Endpoint &endpoint);
std::optional<Endpoint> endpointOfElement(const Design &design, const ElementRef &element);

// Does a flow end depend on the element? A workload end depends on its workload and on the
// workload's namespace; NS/* on the namespace; external/NAME on the external; */* on nothing.
bool endpointTouches(const Endpoint &endpoint, const ElementRef &element);

bool rectContains(const Rect &rect, Point point);
// The namespace whose frame holds `point`: the last declared one (drawn on top), or -1.
int namespaceAt(const Design &design, Point point);

// Appends an element; refuses a name that is empty or already taken.
EditResult addElement(const Design &design, ElementValue value);

// Replaces an element's value. Renaming a namespace, a workload or an external (or moving a
// workload to another namespace) rewrites the flows that name it, so they follow.
EditResult replaceElement(const Design &design, const ElementRef &element, ElementValue value);

// A workload with a new name. Labels that are exactly the palette's {app: OLD NAME} follow the
// name ({app: NEW NAME}), so a freshly drawn workload's selector stays its own; any other
// labels are left alone (they may be what real pods carry).
Workload renamedWorkload(const Workload &workload, const std::string &name);

// Removes the elements, the workloads of removed namespaces and every flow touching them.
EditResult removeElements(const Design &design, const std::vector<ElementRef> &elements);

// Moves namespaces (with their workloads), workloads and externals by `delta`. A workload whose
// anchor (position + `workloadAnchor`, the centre of its box) lands in another namespace moves
// there, its flows following; one that would leave its namespace for empty canvas is refused.
EditResult moveElements(const Design &design, const std::vector<ElementRef> &elements, Point delta,
                        Point workloadAnchor);

EditResult setNamespaceGeometry(const Design &design, int index, const Rect &geometry);

// The edit that gives `design` the positions and frames of `arranged`, the same design laid out
// anew (as `netpol arrange` writes it): one change per element that moved. Refused when
// `arranged` differs in anything but layout.
EditResult adoptLayout(const Design &design, const Design &arranged);

// A new flow with the destination's first container port (see defaultFlowPorts).
EditResult connectEndpoints(const Design &design, const Endpoint &from, const Endpoint &to);

// A workload's first container port; for NS/* the first port of a workload in it; 443/TCP for
// an external; nothing (every port) for */*.
std::vector<FlowPort> defaultFlowPorts(const Design &design, const Endpoint &to);

EditResult setOptions(const Design &design, const Options &options);
EditResult setMetadata(const Design &design, const DesignMetadata &metadata);

} // namespace Netpol
