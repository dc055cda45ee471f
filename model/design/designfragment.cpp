#include "model/design/designfragment.h"

#include <map>
#include <set>

namespace Netpol {

namespace {

template<typename T>
std::vector<T> pick(const std::vector<T> &items, const std::set<int> &indexes)
{
    std::vector<T> out;
    for (int i : indexes)
        out.push_back(items[std::size_t(i)]);
    return out;
}

Point shifted(Point p, Point delta)
{
    return {p.x + delta.x, p.y + delta.y};
}

} // namespace

Design copyElements(const Design &design, const std::vector<ElementRef> &elements)
{
    std::set<int> namespaces, workloads, externals, flows;
    for (const ElementRef &e : elements) {
        if (!isValidIndex(design, e.kind, e.index))
            continue;
        switch (e.kind) {
        case ElementKind::Namespace:
            namespaces.insert(e.index);
            break;
        case ElementKind::Workload:
            workloads.insert(e.index);
            break;
        case ElementKind::External:
            externals.insert(e.index);
            break;
        case ElementKind::Flow:
            flows.insert(e.index);
            break;
        default:
            break;
        }
    }
    Design out;
    out.namespaces = pick(design.namespaces, namespaces);
    for (int i = 0; i < int(design.workloads.size()); ++i) {
        if (out.findNamespace(design.workloads[std::size_t(i)].ns))
            workloads.insert(i);
    }
    out.workloads = pick(design.workloads, workloads);
    out.externals = pick(design.externals, externals);
    auto copied = [&out](const Endpoint &e) {
        switch (e.kind) {
        case Endpoint::Kind::Workload:
            return out.findWorkload(e.ns, e.name) != nullptr;
        case Endpoint::Kind::Namespace:
            return out.findNamespace(e.ns) != nullptr;
        case Endpoint::Kind::External:
            return out.findExternal(e.name) != nullptr;
        case Endpoint::Kind::AllNamespaces:
            return true;
        }
        return false;
    };
    for (int i = 0; i < int(design.flows.size()); ++i) {
        const Flow &f = design.flows[std::size_t(i)];
        if (copied(f.from) && copied(f.to))
            flows.insert(i);
    }
    out.flows = pick(design.flows, flows);
    return out;
}

EditResult pasteElements(const Design &design, const Design &fragment, Point delta)
{
    EditResult result;
    auto add = [&result](ElementValue value, int index) {
        result.created.push_back(refOfValue(value, index));
        result.edit.changes.push_back(ElementChange::insert(index, std::move(value)));
    };

    Design names; // what the design holds once the pasted elements are added, for unique names
    names.namespaces = design.namespaces;
    std::map<std::string, std::string> namespaceNames;
    for (Namespace ns : fragment.namespaces) {
        const std::string old = ns.name;
        ns.name = uniqueNamespaceName(names, old);
        ns.geometry.x += delta.x;
        ns.geometry.y += delta.y;
        namespaceNames[old] = ns.name;
        names.namespaces.push_back(ns);
        add(std::move(ns), int(names.namespaces.size()) - 1);
    }

    names.workloads = design.workloads;
    std::map<Endpoint, Endpoint> endpoints;
    for (Workload w : fragment.workloads) {
        const Endpoint old = Endpoint::workload(w.ns, w.name);
        const auto renamed = namespaceNames.find(w.ns);
        if (renamed != namespaceNames.end())
            w.ns = renamed->second;
        else if (!design.findNamespace(w.ns))
            continue;
        const std::string name = uniqueWorkloadName(names, w.ns, w.name);
        if (name != w.name) {
            for (auto &[key, value] : w.labels) {
                if (value == w.name)
                    value = name;
            }
            w.name = name;
        }
        w.position = shifted(w.position, delta);
        endpoints[old] = Endpoint::workload(w.ns, w.name);
        names.workloads.push_back(w);
        add(std::move(w), int(names.workloads.size()) - 1);
    }

    names.externals = design.externals;
    for (External e : fragment.externals) {
        const Endpoint old = Endpoint::external(e.name);
        e.name = uniqueExternalName(names, e.name);
        e.position = shifted(e.position, delta);
        endpoints[old] = Endpoint::external(e.name);
        names.externals.push_back(e);
        add(std::move(e), int(names.externals.size()) - 1);
    }

    // A flow end becomes its pasted element, or stays on an element the design already has.
    auto mapEnd = [&](const Endpoint &e) -> std::optional<Endpoint> {
        if (const auto it = endpoints.find(e); it != endpoints.end())
            return it->second;
        if (e.kind == Endpoint::Kind::Namespace) {
            if (const auto it = namespaceNames.find(e.ns); it != namespaceNames.end())
                return Endpoint::namespaceAll(it->second);
        }
        if (e.kind == Endpoint::Kind::AllNamespaces || !elementOfEndpoint(design, e).isNull())
            return e;
        return std::nullopt;
    };
    int flowIndex = int(design.flows.size());
    for (const Flow &f : fragment.flows) {
        const auto from = mapEnd(f.from);
        const auto to = mapEnd(f.to);
        if (!from || !to || (from->isExternal() && to->isExternal()))
            continue;
        add(Flow{*from, *to, f.ports}, flowIndex++);
    }
    if (result.created.empty())
        return EditResult::refused(
            "nothing to paste here: the copied workloads' namespaces are gone");
    return result;
}

} // namespace Netpol
