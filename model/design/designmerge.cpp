#include "model/design/designmerge.h"

#include "model/design/canvasmetrics.h"

#include <algorithm>

namespace Netpol {

namespace {

constexpr double kGap = 40; // between cards in a new row, and below it

std::string key(const Endpoint &e)
{
    return e.isExternal() ? std::string(kExternalPrefix) + '/' + e.name : e.ns + '/' + e.name;
}

// Merges into a working copy, recording each change.
class Merger
{
public:
    Merger(const Design &design, Point offset) : m_work(design), m_offset(offset) { }

    MergeResult run(const Design &imported)
    {
        for (const Namespace &ns : imported.namespaces) {
            if (ns.managed)
                m_managed.push_back(ns.name);
            mergeNamespace(ns);
        }
        for (const Workload &w : imported.workloads)
            mergeWorkload(w);
        for (const External &e : imported.externals)
            mergeExternal(e);
        for (const Flow &f : imported.flows)
            mergeFlow(f);
        return std::move(m_out);
    }

private:
    void add(ElementValue value)
    {
        const ElementKind kind = kindOf(value);
        const int index = elementCount(m_work, kind);
        const ElementChange change = ElementChange::insert(index, std::move(value));
        applyChange(m_work, change);
        m_out.result.edit.changes.push_back(change);
        m_out.result.created.push_back(refTo(m_work, kind, index));
        ++m_out.added;
    }

    void replace(int index, ElementValue value)
    {
        const ElementChange change = ElementChange::replace(index, std::move(value));
        applyChange(m_work, change);
        m_out.result.edit.changes.push_back(change);
    }

    void mergeNamespace(Namespace ns)
    {
        if (indexOfNamespace(m_work, ns.name) >= 0) {
            m_existing.push_back(ns.name);
            ++m_out.matched;
            return;
        }
        ns.geometry.x += m_offset.x;
        ns.geometry.y += m_offset.y;
        add(std::move(ns));
    }

    void mergeWorkload(Workload w)
    {
        const bool existingNamespace
            = std::find(m_existing.begin(), m_existing.end(), w.ns) != m_existing.end();
        const std::string from = w.ns + '/' + w.name;
        if (existingNamespace) {
            for (const Workload &mine : m_work.workloads) {
                if (mine.ns == w.ns && mine.labels == w.labels) {
                    m_out.renamed[from] = mine.ns + '/' + mine.name;
                    ++m_out.matched;
                    return;
                }
            }
        }
        const std::string name = uniqueWorkloadName(m_work, w.ns, w.name);
        if (name != w.name)
            m_out.renamed[from] = w.ns + '/' + name;
        w.name = name;
        if (existingNamespace) {
            placeInNamespace(w);
        } else {
            w.position.x += m_offset.x;
            w.position.y += m_offset.y;
        }
        add(std::move(w));
    }

    // A new row at the bottom of the namespace, which grows to hold it.
    void placeInNamespace(Workload &w)
    {
        const int index = indexOfNamespace(m_work, w.ns);
        Namespace ns = m_work.namespaces[std::size_t(index)];
        auto row = m_rows.find(w.ns);
        if (row == m_rows.end()) {
            row = m_rows.emplace(w.ns, Point{ns.geometry.x + kGap,
                                             ns.geometry.y + ns.geometry.height}).first;
            ns.geometry.height += CanvasMetrics::kWorkloadHeight + kGap;
        }
        w.position = row->second;
        row->second.x += CanvasMetrics::kWorkloadWidth + kGap;
        ns.geometry.width = std::max(ns.geometry.width, row->second.x - ns.geometry.x);
        if (!(ns == m_work.namespaces[std::size_t(index)]))
            replace(index, ns);
    }

    void mergeExternal(External e)
    {
        const std::string from = std::string(kExternalPrefix) + '/' + e.name;
        for (const External &mine : m_work.externals) {
            if (mine.cidr == e.cidr && mine.except == e.except) {
                m_out.renamed[from] = std::string(kExternalPrefix) + '/' + mine.name;
                ++m_out.matched;
                return;
            }
        }
        m_pending.emplace(e.name, std::move(e)); // added with the first flow that needs it
    }

    void addPendingExternal(const Endpoint &end)
    {
        if (!end.isExternal())
            return;
        const auto it = m_pending.find(end.name);
        if (it == m_pending.end())
            return;
        External e = std::move(it->second);
        m_pending.erase(it);
        const std::string from = std::string(kExternalPrefix) + '/' + e.name;
        const std::string name = uniqueExternalName(m_work, e.name);
        if (name != e.name)
            m_out.renamed[from] = std::string(kExternalPrefix) + '/' + name;
        e.name = name;
        e.position.x += m_offset.x;
        e.position.y += m_offset.y;
        add(std::move(e));
    }

    // A flow no policy of the input stands behind (both ends in namespaces the input does
    // not isolate, such as "may send anywhere" from a namespace without policies) is what
    // the import's own design shows; merged into a design that manages those namespaces it
    // would allow more than the manifests do, so it is left out.
    bool backedByPolicy(const Flow &f) const
    {
        auto managed = [this](const Endpoint &e) {
            return (e.isWorkload() || e.kind == Endpoint::Kind::Namespace)
                && std::find(m_managed.begin(), m_managed.end(), e.ns) != m_managed.end();
        };
        return managed(f.from) || managed(f.to);
    }

    void mergeFlow(Flow f)
    {
        // "To every pod" from a namespace the input does not isolate stands for the pods the
        // input's policies let in, so only their namespaces are meant (where there were no
        // policies, everything was open).
        auto managedNs = [this](const Endpoint &e) {
            return std::find(m_managed.begin(), m_managed.end(), e.ns) != m_managed.end();
        };
        if (f.to.kind == Endpoint::Kind::AllNamespaces
            && !((f.from.isWorkload() || f.from.kind == Endpoint::Kind::Namespace)
                 && managedNs(f.from))) {
            for (const std::string &ns : m_managed) {
                Flow narrowed = f;
                narrowed.to = Endpoint::namespaceAll(ns);
                mergeFlow(narrowed);
            }
            return;
        }
        if (!backedByPolicy(f))
            return;
        addPendingExternal(f.from);
        addPendingExternal(f.to);
        f.from = mergedEndpoint(f.from, m_out.renamed);
        f.to = mergedEndpoint(f.to, m_out.renamed);
        if (std::find(m_work.flows.begin(), m_work.flows.end(), f) != m_work.flows.end())
            return;
        add(std::move(f));
    }

    Design m_work;
    Point m_offset;
    MergeResult m_out;
    std::vector<std::string> m_existing;  // imported namespaces the design already had
    std::vector<std::string> m_managed;   // namespaces the input isolates
    std::map<std::string, External> m_pending; // imported externals no merged flow named yet
    std::map<std::string, Point> m_rows;  // the next free place of a namespace's new row
};

} // namespace

Endpoint mergedEndpoint(const Endpoint &endpoint,
                        const std::map<std::string, std::string> &renamed)
{
    if (!endpoint.isWorkload() && !endpoint.isExternal())
        return endpoint;
    const auto it = renamed.find(key(endpoint));
    if (it == renamed.end())
        return endpoint;
    const std::size_t slash = it->second.find('/');
    const std::string first = it->second.substr(0, slash);
    const std::string second = it->second.substr(slash + 1);
    return endpoint.isExternal() ? Endpoint::external(second) : Endpoint::workload(first, second);
}

MergeResult mergeImported(const Design &design, const Design &imported, Point offset)
{
    return Merger(design, offset).run(imported);
}

} // namespace Netpol
