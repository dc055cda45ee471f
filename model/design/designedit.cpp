#include "model/design/designedit.h"

#include <algorithm>

namespace Netpol {

namespace {

template<typename T>
std::vector<T> &listOf(Design &design);
template<>
std::vector<Namespace> &listOf(Design &design)
{
    return design.namespaces;
}
template<>
std::vector<Workload> &listOf(Design &design)
{
    return design.workloads;
}
template<>
std::vector<External> &listOf(Design &design)
{
    return design.externals;
}
template<>
std::vector<Flow> &listOf(Design &design)
{
    return design.flows;
}

// A rename carries over to the expect: checks that name the element, so that they keep
// checking it (and the change that undoes the rename puts them back as they were).
void renameInExpectations(Design &design, const ElementChange &change)
{
    if (change.op != ElementChange::Op::Replace || design.expectations.empty()
        || !isValidIndex(design, change.kind, change.index))
        return;
    const auto rewrite = [&design](const auto &fn) {
        for (Expectation &e : design.expectations) {
            for (ExpectationEnd *end : {&e.from, &e.to}) {
                if (!end->isAddress())
                    fn(end->endpoint);
            }
        }
    };
    const auto index = std::size_t(change.index);
    switch (change.kind) {
    case ElementKind::Namespace: {
        const std::string before = design.namespaces[index].name;
        const std::string after = std::get<Namespace>(change.value).name;
        if (before != after)
            rewrite([&](Endpoint &e) {
                if ((e.kind == Endpoint::Kind::Workload || e.kind == Endpoint::Kind::Namespace)
                    && e.ns == before)
                    e.ns = after;
            });
        break;
    }
    case ElementKind::Workload: {
        const Workload before = design.workloads[index];
        const Workload &after = std::get<Workload>(change.value);
        if (before.ns != after.ns || before.name != after.name)
            rewrite([&](Endpoint &e) {
                if (e.kind == Endpoint::Kind::Workload && e.ns == before.ns && e.name == before.name)
                    e = Endpoint::workload(after.ns, after.name);
            });
        break;
    }
    case ElementKind::External: {
        const std::string before = design.externals[index].name;
        const std::string after = std::get<External>(change.value).name;
        if (before != after)
            rewrite([&](Endpoint &e) {
                if (e.kind == Endpoint::Kind::External && e.name == before)
                    e.name = after;
            });
        break;
    }
    default:
        break;
    }
}

template<typename T>
ElementChange applyTo(Design &design, const ElementChange &change, const T *value)
{
    std::vector<T> &list = listOf<T>(design);
    const auto at = list.begin() + change.index;
    switch (change.op) {
    case ElementChange::Op::Insert:
        list.insert(at, *value);
        return ElementChange::remove(change.kind, change.index);
    case ElementChange::Op::Remove: {
        T old = std::move(*at);
        list.erase(at);
        return ElementChange::insert(change.index, std::move(old));
    }
    case ElementChange::Op::Replace: {
        T old = std::move(*at);
        *at = *value;
        return ElementChange::replace(change.index, std::move(old));
    }
    }
    return {};
}

} // namespace

ElementChange ElementChange::insert(int index, ElementValue value)
{
    ElementChange c;
    c.op = Op::Insert;
    c.kind = kindOf(value);
    c.index = index;
    c.value = std::move(value);
    return c;
}

ElementChange ElementChange::remove(ElementKind kind, int index)
{
    ElementChange c;
    c.op = Op::Remove;
    c.kind = kind;
    c.index = index;
    return c;
}

ElementChange ElementChange::replace(int index, ElementValue value)
{
    ElementChange c;
    c.op = Op::Replace;
    c.kind = kindOf(value);
    c.index = index;
    c.value = std::move(value);
    return c;
}

ElementKind kindOf(const ElementValue &value)
{
    switch (value.index()) {
    case 0:
        return ElementKind::Namespace;
    case 1:
        return ElementKind::Workload;
    case 2:
        return ElementKind::External;
    default:
        return ElementKind::Flow;
    }
}

int elementCount(const Design &design, ElementKind kind)
{
    switch (kind) {
    case ElementKind::Namespace:
        return int(design.namespaces.size());
    case ElementKind::Workload:
        return int(design.workloads.size());
    case ElementKind::External:
        return int(design.externals.size());
    case ElementKind::Flow:
        return int(design.flows.size());
    default:
        return 0;
    }
}

bool isValidIndex(const Design &design, ElementKind kind, int index)
{
    return index >= 0 && index < elementCount(design, kind);
}

ElementValue elementAt(const Design &design, ElementKind kind, int index)
{
    const auto i = std::size_t(index);
    switch (kind) {
    case ElementKind::Namespace:
        return design.namespaces.at(i);
    case ElementKind::Workload:
        return design.workloads.at(i);
    case ElementKind::External:
        return design.externals.at(i);
    default:
        return design.flows.at(i);
    }
}

ElementRef refTo(const Design &design, ElementKind kind, int index)
{
    if (!isValidIndex(design, kind, index))
        return {};
    const auto i = std::size_t(index);
    switch (kind) {
    case ElementKind::Namespace:
        return ElementRef::namespaceRef(design.namespaces[i].name, index);
    case ElementKind::Workload:
        return ElementRef::workload(design.workloads[i].ns, design.workloads[i].name, index);
    case ElementKind::External:
        return ElementRef::external(design.externals[i].name, index);
    case ElementKind::Flow:
        return ElementRef::flow(index);
    default:
        return {};
    }
}

ElementRef refOfValue(const ElementValue &value, int index)
{
    switch (kindOf(value)) {
    case ElementKind::Namespace:
        return ElementRef::namespaceRef(std::get<Namespace>(value).name, index);
    case ElementKind::Workload: {
        const Workload &w = std::get<Workload>(value);
        return ElementRef::workload(w.ns, w.name, index);
    }
    case ElementKind::External:
        return ElementRef::external(std::get<External>(value).name, index);
    default:
        return ElementRef::flow(index);
    }
}

Design withoutLayout(Design design)
{
    for (Namespace &ns : design.namespaces)
        ns.geometry = {};
    for (Workload &w : design.workloads)
        w.position = {};
    for (External &e : design.externals)
        e.position = {};
    return design;
}

ElementChange applyChange(Design &design, const ElementChange &change)
{
    const ElementValue *value = change.op == ElementChange::Op::Remove ? nullptr : &change.value;
    renameInExpectations(design, change);
    switch (change.kind) {
    case ElementKind::Namespace:
        return applyTo<Namespace>(design, change, value ? &std::get<Namespace>(*value) : nullptr);
    case ElementKind::Workload:
        return applyTo<Workload>(design, change, value ? &std::get<Workload>(*value) : nullptr);
    case ElementKind::External:
        return applyTo<External>(design, change, value ? &std::get<External>(*value) : nullptr);
    default:
        return applyTo<Flow>(design, change, value ? &std::get<Flow>(*value) : nullptr);
    }
}

DesignEdit applyEdit(Design &design, const DesignEdit &edit)
{
    DesignEdit inverse;
    inverse.changes.reserve(edit.changes.size());
    for (const ElementChange &change : edit.changes)
        inverse.changes.push_back(applyChange(design, change));
    std::reverse(inverse.changes.begin(), inverse.changes.end());
    if (edit.options) {
        inverse.options = design.options;
        design.options = *edit.options;
    }
    if (edit.metadata) {
        inverse.metadata = design.metadata;
        design.metadata = *edit.metadata;
    }
    if (edit.expectations) {
        inverse.expectations = design.expectations;
        design.expectations = *edit.expectations;
    }
    if (edit.guardrails) {
        inverse.guardrails = design.guardrails;
        design.guardrails = *edit.guardrails;
    }
    return inverse;
}

} // namespace Netpol
