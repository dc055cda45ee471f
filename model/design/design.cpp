#include "model/design/design.h"

#include <algorithm>

namespace Netpol {

Labels Namespace::effectiveLabels() const
{
    Labels result = labels;
    result[kNamespaceNameLabel] = name;
    return result;
}

std::optional<int> Workload::resolveNamedPort(std::string_view portName, Protocol protocol) const
{
    for (const ContainerPort &p : ports) {
        if (p.name == portName && p.protocol == protocol)
            return p.port;
    }
    return std::nullopt;
}

std::string_view granularityName(Granularity granularity)
{
    return granularity == Granularity::PerWorkload ? "per-workload" : "per-flow";
}

std::optional<Granularity> parseGranularity(std::string_view text)
{
    if (text == "per-flow")
        return Granularity::PerFlow;
    if (text == "per-workload")
        return Granularity::PerWorkload;
    return std::nullopt;
}

namespace {

template<typename Vec, typename Pred>
auto findIn(Vec &items, Pred pred) -> decltype(&items.front())
{
    const auto it = std::find_if(items.begin(), items.end(), pred);
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const Namespace *Design::findNamespace(std::string_view name) const
{
    return findIn(namespaces, [name](const Namespace &n) { return n.name == name; });
}

const Workload *Design::findWorkload(std::string_view ns, std::string_view name) const
{
    return findIn(workloads, [&](const Workload &w) { return w.ns == ns && w.name == name; });
}

const External *Design::findExternal(std::string_view name) const
{
    return findIn(externals, [name](const External &e) { return e.name == name; });
}

Namespace *Design::findNamespace(std::string_view name)
{
    return findIn(namespaces, [name](const Namespace &n) { return n.name == name; });
}

Workload *Design::findWorkload(std::string_view ns, std::string_view name)
{
    return findIn(workloads, [&](const Workload &w) { return w.ns == ns && w.name == name; });
}

External *Design::findExternal(std::string_view name)
{
    return findIn(externals, [name](const External &e) { return e.name == name; });
}

} // namespace Netpol
