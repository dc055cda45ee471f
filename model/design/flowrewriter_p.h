#pragma once

// Private to the design operations (designoperations.cpp, designmoves.cpp): included from
// .cpp files only.

#include "model/design/designedit.h"

#include <map>
#include <string>

namespace Netpol {

// Rewrites flow ends after renames: each rename maps an old endpoint prefix to a new one.
class FlowRewriter
{
public:
    void renameNamespace(const std::string &from, const std::string &to)
    {
        m_namespaces[from] = to;
    }
    void renameWorkload(const Endpoint &from, const Endpoint &to) { m_workloads[from] = to; }
    void renameExternal(const std::string &from, const std::string &to) { m_externals[from] = to; }

    Endpoint rewrite(const Endpoint &e) const
    {
        switch (e.kind) {
        case Endpoint::Kind::Workload: {
            const auto w = m_workloads.find(e);
            if (w != m_workloads.end())
                return w->second;
            const auto n = m_namespaces.find(e.ns);
            return n == m_namespaces.end() ? e : Endpoint::workload(n->second, e.name);
        }
        case Endpoint::Kind::Namespace: {
            const auto n = m_namespaces.find(e.ns);
            return n == m_namespaces.end() ? e : Endpoint::namespaceAll(n->second);
        }
        case Endpoint::Kind::External: {
            const auto x = m_externals.find(e.name);
            return x == m_externals.end() ? e : Endpoint::external(x->second);
        }
        case Endpoint::Kind::AllNamespaces:
            return e;
        }
        return e;
    }

    void appendChanges(const Design &design, DesignEdit &edit) const
    {
        if (m_namespaces.empty() && m_workloads.empty() && m_externals.empty())
            return;
        for (int i = 0; i < int(design.flows.size()); ++i) {
            Flow flow = design.flows[std::size_t(i)];
            flow.from = rewrite(flow.from);
            flow.to = rewrite(flow.to);
            if (!(flow == design.flows[std::size_t(i)]))
                edit.changes.push_back(ElementChange::replace(i, std::move(flow)));
        }
    }

private:
    std::map<std::string, std::string> m_namespaces;
    std::map<Endpoint, Endpoint> m_workloads;
    std::map<std::string, std::string> m_externals;
};

} // namespace Netpol
