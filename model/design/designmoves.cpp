// designoperations.h, continued: moving elements (and the namespace a moved workload lands in).

#include "model/design/designoperations.h"
#include "model/core/quoting.h"

#include "model/design/flowrewriter_p.h"

#include <set>

namespace Netpol {

namespace {

Point plus(Point p, Point d)
{
    return {p.x + d.x, p.y + d.y};
}

} // namespace

EditResult moveElements(const Design &design, const std::vector<ElementRef> &elements, Point delta,
                        Point workloadAnchor)
{
    EditResult result;
    if (delta == Point{})
        return result;
    std::set<int> namespaces, workloads, externals;
    for (const ElementRef &e : elements) {
        if (!isValidIndex(design, e.kind, e.index))
            continue;
        if (e.kind == ElementKind::Namespace)
            namespaces.insert(e.index);
        else if (e.kind == ElementKind::Workload)
            workloads.insert(e.index);
        else if (e.kind == ElementKind::External)
            externals.insert(e.index);
    }
    // Frames after the move, to find where moved workloads land.
    Design frames;
    frames.namespaces = design.namespaces;
    std::set<std::string> carriedNamespaces;
    for (int n : namespaces) {
        Namespace ns = design.namespaces[std::size_t(n)];
        ns.geometry.x += delta.x;
        ns.geometry.y += delta.y;
        frames.namespaces[std::size_t(n)] = ns;
        carriedNamespaces.insert(ns.name);
        result.edit.changes.push_back(ElementChange::replace(n, std::move(ns)));
    }
    std::set<std::pair<std::string, std::string>> taken;
    for (const Workload &w : design.workloads)
        taken.insert({w.ns, w.name});
    FlowRewriter rewriter;
    for (int i = 0; i < int(design.workloads.size()); ++i) {
        const Workload &old = design.workloads[std::size_t(i)];
        const bool carried = carriedNamespaces.count(old.ns) > 0;
        if (!carried && !workloads.count(i))
            continue;
        Workload w = old;
        w.position = plus(old.position, delta);
        if (!carried) {
            const int target = namespaceAt(frames, plus(w.position, workloadAnchor));
            const int own = indexOfNamespace(design, old.ns);
            if (target < 0) {
                if (own >= 0
                    && rectContains(design.namespaces[std::size_t(own)].geometry,
                                    plus(old.position, workloadAnchor)))
                    return EditResult::refused("workload " + quotedValue(old.name)
                        + " would leave namespace " + quotedValue(old.ns)
                        + ": a workload must sit inside a namespace");
            } else if (design.namespaces[std::size_t(target)].name != old.ns) {
                w.ns = design.namespaces[std::size_t(target)].name;
                if (!taken.insert({w.ns, w.name}).second)
                    return EditResult::refused("namespace " + quotedValue(w.ns)
                        + " already has a workload named " + quotedValue(w.name));
                taken.erase({old.ns, old.name});
                rewriter.renameWorkload(Endpoint::workload(old.ns, old.name),
                                        Endpoint::workload(w.ns, w.name));
            }
        }
        result.edit.changes.push_back(ElementChange::replace(i, std::move(w)));
    }
    for (int x : externals) {
        External e = design.externals[std::size_t(x)];
        e.position = plus(e.position, delta);
        result.edit.changes.push_back(ElementChange::replace(x, std::move(e)));
    }
    rewriter.appendChanges(design, result.edit);
    return result;
}

EditResult setNamespaceGeometry(const Design &design, int index, const Rect &geometry)
{
    if (!isValidIndex(design, ElementKind::Namespace, index))
        return EditResult::refused("the namespace is no longer in the design");
    EditResult result;
    Namespace ns = design.namespaces[std::size_t(index)];
    if (ns.geometry == geometry)
        return result;
    ns.geometry = geometry;
    result.edit.changes.push_back(ElementChange::replace(index, std::move(ns)));
    return result;
}

EditResult adoptLayout(const Design &design, const Design &arranged)
{
    if (withoutLayout(design) != withoutLayout(arranged))
        return EditResult::refused(
            "the arranged design differs from this one in more than positions and frames");
    EditResult result;
    for (std::size_t i = 0; i < design.namespaces.size(); ++i) {
        if (design.namespaces[i].geometry != arranged.namespaces[i].geometry)
            result.edit.changes.push_back(ElementChange::replace(int(i), arranged.namespaces[i]));
    }
    for (std::size_t i = 0; i < design.workloads.size(); ++i) {
        if (design.workloads[i].position != arranged.workloads[i].position)
            result.edit.changes.push_back(ElementChange::replace(int(i), arranged.workloads[i]));
    }
    for (std::size_t i = 0; i < design.externals.size(); ++i) {
        if (design.externals[i].position != arranged.externals[i].position)
            result.edit.changes.push_back(ElementChange::replace(int(i), arranged.externals[i]));
    }
    return result;
}

} // namespace Netpol
