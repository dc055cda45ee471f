#include "model/design/designoperations.h"
#include "model/core/quoting.h"

#include "model/design/flowrewriter_p.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace Netpol {

namespace {

std::string uniqueName(const std::function<bool(const std::string &)> &taken,
                       const std::string &base)
{
    const std::string stem = base.empty() ? std::string("new") : base;
    if (!taken(stem))
        return stem;
    for (int n = 2;; ++n) {
        std::string candidate = stem + '-' + std::to_string(n);
        if (!taken(candidate))
            return candidate;
    }
}

std::string elementName(const ElementValue &value)
{
    return std::visit(
        [](const auto &v) -> std::string {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Flow>)
                return {};
            else
                return v.name;
        },
        value);
}

} // namespace

std::string uniqueNamespaceName(const Design &design, const std::string &base)
{
    return uniqueName([&](const std::string &n) { return design.findNamespace(n) != nullptr; },
                      base);
}

std::string uniqueWorkloadName(const Design &design, const std::string &ns, const std::string &base)
{
    return uniqueName([&](const std::string &n) { return design.findWorkload(ns, n) != nullptr; },
                      base);
}

std::string uniqueExternalName(const Design &design, const std::string &base)
{
    return uniqueName([&](const std::string &n) { return design.findExternal(n) != nullptr; },
                      base);
}

int indexOfNamespace(const Design &design, std::string_view name)
{
    const Namespace *ns = design.findNamespace(name);
    return ns ? int(ns - design.namespaces.data()) : -1;
}

int indexOfWorkload(const Design &design, std::string_view ns, std::string_view name)
{
    const Workload *w = design.findWorkload(ns, name);
    return w ? int(w - design.workloads.data()) : -1;
}

int indexOfExternal(const Design &design, std::string_view name)
{
    const External *e = design.findExternal(name);
    return e ? int(e - design.externals.data()) : -1;
}

ElementRef elementOfEndpoint(const Design &design, const Endpoint &endpoint)
{
    switch (endpoint.kind) {
    case Endpoint::Kind::Workload:
        return refTo(design, ElementKind::Workload,
                     indexOfWorkload(design, endpoint.ns, endpoint.name));
    case Endpoint::Kind::Namespace:
        return refTo(design, ElementKind::Namespace, indexOfNamespace(design, endpoint.ns));
    case Endpoint::Kind::External:
        return refTo(design, ElementKind::External, indexOfExternal(design, endpoint.name));
    case Endpoint::Kind::AllNamespaces:
        return {};
    }
    return {};
}

std::optional<Endpoint> endpointOfElement(const Design &design, const ElementRef &element)
{
    if (!isValidIndex(design, element.kind, element.index))
        return std::nullopt;
    const auto i = std::size_t(element.index);
    switch (element.kind) {
    case ElementKind::Workload:
        return Endpoint::workload(design.workloads[i].ns, design.workloads[i].name);
    case ElementKind::Namespace:
        return Endpoint::namespaceAll(design.namespaces[i].name);
    case ElementKind::External:
        return Endpoint::external(design.externals[i].name);
    default:
        return std::nullopt;
    }
}

bool endpointTouches(const Endpoint &endpoint, const ElementRef &element)
{
    switch (element.kind) {
    case ElementKind::Workload:
        return endpoint.isWorkload() && endpoint.ns == element.ns && endpoint.name == element.name;
    case ElementKind::Namespace:
        return (endpoint.isWorkload() || endpoint.kind == Endpoint::Kind::Namespace)
            && endpoint.ns == element.ns;
    case ElementKind::External:
        return endpoint.isExternal() && endpoint.name == element.name;
    default:
        return false;
    }
}

bool rectContains(const Rect &rect, Point point)
{
    return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y
        && point.y <= rect.y + rect.height;
}

int namespaceAt(const Design &design, Point point)
{
    for (int i = int(design.namespaces.size()) - 1; i >= 0; --i) {
        if (rectContains(design.namespaces[std::size_t(i)].geometry, point))
            return i;
    }
    return -1;
}

EditResult addElement(const Design &design, ElementValue value)
{
    const ElementKind kind = kindOf(value);
    const std::string name = elementName(value);
    if (kind != ElementKind::Flow && name.empty())
        return EditResult::refused("a name is required");
    if (kind == ElementKind::Namespace && design.findNamespace(name))
        return EditResult::refused("a namespace named " + quotedValue(name)
            + " is already in the design");
    if (kind == ElementKind::External && design.findExternal(name))
        return EditResult::refused("an external named " + quotedValue(name)
            + " is already in the design");
    if (kind == ElementKind::Workload) {
        const Workload &w = std::get<Workload>(value);
        if (!design.findNamespace(w.ns))
            return EditResult::refused("namespace " + quotedValue(w.ns) + " is not in the design");
        if (design.findWorkload(w.ns, w.name))
            return EditResult::refused("namespace " + quotedValue(w.ns)
                + " already has a workload named " + quotedValue(w.name));
    }
    EditResult result;
    const int index = elementCount(design, kind);
    result.created.push_back(refOfValue(value, index));
    result.edit.changes.push_back(ElementChange::insert(index, std::move(value)));
    return result;
}

EditResult replaceElement(const Design &design, const ElementRef &element, ElementValue value)
{
    if (!isValidIndex(design, element.kind, element.index) || kindOf(value) != element.kind)
        return EditResult::refused("the element is no longer in the design");
    const int index = element.index;
    const auto i = std::size_t(index);
    EditResult result;
    FlowRewriter rewriter;
    switch (element.kind) {
    case ElementKind::Namespace: {
        const Namespace &old = design.namespaces[i];
        const Namespace &now = std::get<Namespace>(value);
        if (now.name != old.name) {
            if (now.name.empty())
                return EditResult::refused("a namespace needs a name");
            if (design.findNamespace(now.name))
                return EditResult::refused("a namespace named " + quotedValue(now.name)
                    + " is already in the design");
            rewriter.renameNamespace(old.name, now.name);
            for (int w = 0; w < int(design.workloads.size()); ++w) {
                if (design.workloads[std::size_t(w)].ns != old.name)
                    continue;
                Workload moved = design.workloads[std::size_t(w)];
                moved.ns = now.name;
                result.edit.changes.push_back(ElementChange::replace(w, std::move(moved)));
            }
        }
        break;
    }
    case ElementKind::Workload: {
        const Workload &old = design.workloads[i];
        const Workload &now = std::get<Workload>(value);
        if (now.name != old.name || now.ns != old.ns) {
            if (now.name.empty())
                return EditResult::refused("a workload needs a name");
            if (!design.findNamespace(now.ns))
                return EditResult::refused("namespace " + quotedValue(now.ns)
                    + " is not in the design");
            if (design.findWorkload(now.ns, now.name))
                return EditResult::refused("namespace " + quotedValue(now.ns)
                    + " already has a workload named " + quotedValue(now.name));
            rewriter.renameWorkload(Endpoint::workload(old.ns, old.name),
                                    Endpoint::workload(now.ns, now.name));
        }
        break;
    }
    case ElementKind::External: {
        const External &old = design.externals[i];
        const External &now = std::get<External>(value);
        if (now.name != old.name) {
            if (now.name.empty())
                return EditResult::refused("an external needs a name");
            if (design.findExternal(now.name))
                return EditResult::refused("an external named " + quotedValue(now.name)
                    + " is already in the design");
            rewriter.renameExternal(old.name, now.name);
        }
        break;
    }
    default: {
        const Flow &now = std::get<Flow>(value);
        for (const Endpoint *end : {&now.from, &now.to}) {
            if (end->kind != Endpoint::Kind::AllNamespaces
                && elementOfEndpoint(design, *end).isNull())
                return EditResult::refused(quotedValue(end->toString()) + " is not in the design");
        }
        if (now.from.isExternal() && now.to.isExternal())
            return EditResult::refused("a flow between two externals never enters the cluster");
        break;
    }
    }
    if (elementAt(design, element.kind, index) == value)
        return result; // nothing to do
    result.edit.changes.insert(result.edit.changes.begin(),
                               ElementChange::replace(index, std::move(value)));
    rewriter.appendChanges(design, result.edit);
    return result;
}

Workload renamedWorkload(const Workload &workload, const std::string &name)
{
    Workload out = workload;
    if (workload.labels == Labels{{"app", workload.name}})
        out.labels = {{"app", name}};
    out.name = name;
    return out;
}

EditResult removeElements(const Design &design, const std::vector<ElementRef> &elements)
{
    std::set<int> namespaces, workloads, externals, flows;
    std::vector<ElementRef> gone;
    for (const ElementRef &e : elements) {
        if (!isValidIndex(design, e.kind, e.index))
            continue;
        const ElementRef ref = refTo(design, e.kind, e.index);
        switch (e.kind) {
        case ElementKind::Namespace:
            namespaces.insert(e.index);
            gone.push_back(ref);
            break;
        case ElementKind::Workload:
            workloads.insert(e.index);
            gone.push_back(ref);
            break;
        case ElementKind::External:
            externals.insert(e.index);
            gone.push_back(ref);
            break;
        case ElementKind::Flow:
            flows.insert(e.index);
            break;
        default:
            break;
        }
    }
    for (int w = 0; w < int(design.workloads.size()); ++w) {
        for (int n : namespaces) {
            if (design.workloads[std::size_t(w)].ns == design.namespaces[std::size_t(n)].name)
                workloads.insert(w);
        }
    }
    for (int f = 0; f < int(design.flows.size()); ++f) {
        const Flow &flow = design.flows[std::size_t(f)];
        for (const ElementRef &ref : gone) {
            if (endpointTouches(flow.from, ref) || endpointTouches(flow.to, ref))
                flows.insert(f);
        }
    }
    EditResult result;
    auto removeAll = [&](ElementKind kind, const std::set<int> &indexes) {
        for (auto it = indexes.rbegin(); it != indexes.rend(); ++it)
            result.edit.changes.push_back(ElementChange::remove(kind, *it));
    };
    removeAll(ElementKind::Flow, flows);
    removeAll(ElementKind::Workload, workloads);
    removeAll(ElementKind::External, externals);
    removeAll(ElementKind::Namespace, namespaces);
    return result;
}

std::vector<FlowPort> defaultFlowPorts(const Design &design, const Endpoint &to)
{
    auto firstPort = [](const Workload &w) {
        const ContainerPort &p = w.ports.front();
        return std::vector<FlowPort>{FlowPort::number(p.port, p.protocol)};
    };
    switch (to.kind) {
    case Endpoint::Kind::Workload:
        if (const Workload *w = design.findWorkload(to.ns, to.name); w && !w->ports.empty())
            return firstPort(*w);
        return {};
    case Endpoint::Kind::Namespace:
        for (const Workload &w : design.workloads) {
            if (w.ns == to.ns && !w.ports.empty())
                return firstPort(w);
        }
        return {};
    case Endpoint::Kind::External:
        return {FlowPort::number(443, Protocol::TCP)};
    case Endpoint::Kind::AllNamespaces:
        return {};
    }
    return {};
}

EditResult connectEndpoints(const Design &design, const Endpoint &from, const Endpoint &to)
{
    for (const Endpoint *end : {&from, &to}) {
        if (end->kind != Endpoint::Kind::AllNamespaces && elementOfEndpoint(design, *end).isNull())
            return EditResult::refused(quotedValue(end->toString()) + " is not in the design");
    }
    if (from == to)
        return EditResult::refused("a flow needs two different ends");
    if (from.isExternal() && to.isExternal())
        return EditResult::refused("a flow between two externals never enters the cluster");
    return addElement(design, Flow{from, to, defaultFlowPorts(design, to)});
}

EditResult setOptions(const Design &design, const Options &options)
{
    EditResult result;
    if (!(design.options == options))
        result.edit.options = options;
    return result;
}

EditResult setMetadata(const Design &design, const DesignMetadata &metadata)
{
    EditResult result;
    if (!(design.metadata == metadata))
        result.edit.metadata = metadata;
    return result;
}

} // namespace Netpol
