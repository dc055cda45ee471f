// The flow checks of the design lint: named ports the destination does not define, numbered
// ports it does not declare, ends in unmanaged namespaces, flows that open a whole namespace on
// every port, and flows that repeat or are contained in another.

#include "model/lint/designlint_p.h"

#include "model/k8s/cidr.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace Netpol::DesignLint {

namespace {

// Above this many externals, containment between externals is not looked for (it is
// quadratic in their number); equal names still count.
constexpr std::size_t kMaxExternalsCompared = 2000;

std::string endpointKey(const Endpoint &e)
{
    switch (e.kind) {
    case Endpoint::Kind::Workload:
        return "w:" + e.ns + '/' + e.name;
    case Endpoint::Kind::Namespace:
        return "n:" + e.ns;
    case Endpoint::Kind::AllNamespaces:
        return "*";
    case Endpoint::Kind::External:
        return "x:" + e.name;
    }
    return {};
}

// Does port entry `outer` let through everything `inner` does?
bool portCovers(const FlowPort &outer, const FlowPort &inner)
{
    if (outer.protocol != inner.protocol)
        return false;
    const auto low = [](const FlowPort &p) {
        return p.kind == FlowPort::Kind::AllPorts ? 1 : p.port;
    };
    const auto high = [](const FlowPort &p) {
        return p.kind == FlowPort::Kind::AllPorts ? 65535
               : p.kind == FlowPort::Kind::Range  ? p.endPort
                                                  : p.port;
    };
    if (inner.kind == FlowPort::Kind::Named || outer.kind == FlowPort::Kind::Named)
        return outer.kind == FlowPort::Kind::AllPorts
               || (inner.kind == outer.kind && inner.name == outer.name);
    return low(outer) <= low(inner) && high(inner) <= high(outer);
}

// Does port list `outer` let through everything `inner` does? (Empty means every port.)
bool portsCover(const std::vector<FlowPort> &outer, const std::vector<FlowPort> &inner)
{
    if (outer.empty())
        return true;
    if (inner.empty()) { // every port of every protocol
        return std::all_of(std::begin(kAllProtocols), std::end(kAllProtocols), [&](Protocol p) {
            return std::any_of(outer.begin(), outer.end(), [&](const FlowPort &o) {
                return portCovers(o, FlowPort::allPorts(p));
            });
        });
    }
    return std::all_of(inner.begin(), inner.end(), [&](const FlowPort &i) {
        return std::any_of(outer.begin(), outer.end(),
                           [&](const FlowPort &o) { return portCovers(o, i); });
    });
}

// Every address of `inner` (cidr minus excepts) is in `outer`.
bool externalCovers(const External &outer, const External &inner)
{
    const auto outerCidr = parseCidr(outer.cidr).cidr;
    const auto innerCidr = parseCidr(inner.cidr).cidr;
    if (!outerCidr || !innerCidr || !outerCidr->contains(*innerCidr))
        return false;
    return std::all_of(outer.except.begin(), outer.except.end(), [&](const std::string &text) {
        const auto hole = parseCidr(text).cidr;
        if (!hole)
            return true;
        if (!hole->contains(innerCidr->network()) && !innerCidr->contains(hole->network()))
            return true; // disjoint
        return std::any_of(inner.except.begin(), inner.except.end(), [&](const std::string &own) {
            const auto ownHole = parseCidr(own).cidr;
            return ownHole && ownHole->contains(*hole);
        });
    });
}

class FlowLinter
{
public:
    FlowLinter(const Index &index, Diagnostics &out)
        : m_index(index)
        , m_design(index.design())
        , m_out(out)
    {}

    void run()
    {
        externalContainment();
        m_flowEnds.reserve(m_design.flows.size());
        for (int i = 0; i < int(m_design.flows.size()); ++i) {
            const Flow &f = m_design.flows[std::size_t(i)];
            const int from = endpointId(f.from);
            const int to = endpointId(f.to);
            m_flowEnds.emplace_back(from, to);
            m_byEnds[pairKey(from, to)].push_back(i);
        }
        // Most ancestors (NS/*, */*) start or end no flow: skip their lookups.
        m_isFrom.assign(m_ancestors.size(), false);
        m_isTo.assign(m_ancestors.size(), false);
        for (const auto &[from, to] : m_flowEnds) {
            m_isFrom[std::size_t(from)] = true;
            m_isTo[std::size_t(to)] = true;
        }
        for (int i = 0; i < int(m_design.flows.size()); ++i) {
            namedPorts(i);
            undeclaredPorts(i);
            unmanagedEnds(i);
            allowAll(i);
            repeats(i);
        }
    }

private:
    static std::uint64_t pairKey(int from, int to)
    {
        return std::uint64_t(std::uint32_t(from)) << 32 | std::uint32_t(to);
    }

    std::string text(const Flow &f) const
    {
        std::string ports;
        for (const FlowPort &p : f.ports)
            ports += (ports.empty() ? " " : ",") + p.toString();
        return f.from.toString() + " -> " + f.to.toString()
               + (ports.empty() ? " (every port)" : ports);
    }

    void externalContainment()
    {
        const auto &externals = m_design.externals;
        if (externals.size() > kMaxExternalsCompared)
            return;
        for (const External &inner : externals) {
            for (const External &outer : externals) {
                if (&inner != &outer && externalCovers(outer, inner))
                    m_externalParents[inner.name].push_back("x:" + outer.name);
            }
        }
    }

    int idOf(const std::string &key)
    {
        const auto [it, inserted] = m_endpointIds.emplace(key, int(m_ancestors.size()));
        if (inserted)
            m_ancestors.emplace_back();
        return it->second;
    }

    // An id per distinct endpoint, with the ids of the endpoints that contain it (itself first):
    // a workload lies in NS/* and */*, NS/* in */*, an external in the externals covering it.
    int endpointId(const Endpoint &e)
    {
        const std::string key = endpointKey(e);
        const auto known = m_endpointIds.find(key);
        if (known != m_endpointIds.end() && !m_ancestors[std::size_t(known->second)].empty())
            return known->second;
        std::vector<std::string> keys = {key};
        if (e.isWorkload())
            keys.push_back("n:" + e.ns);
        if (e.isWorkload() || e.kind == Endpoint::Kind::Namespace)
            keys.emplace_back("*");
        if (e.isExternal()) {
            const auto it = m_externalParents.find(e.name);
            if (it != m_externalParents.end())
                keys.insert(keys.end(), it->second.begin(), it->second.end());
        }
        std::vector<int> ids;
        for (const std::string &k : keys)
            ids.push_back(idOf(k));
        m_ancestors[std::size_t(ids.front())] = ids;
        return ids.front();
    }

    void namedPorts(int index)
    {
        const Flow &flow = m_design.flows[std::size_t(index)];
        for (std::size_t k = 0; k < flow.ports.size(); ++k) {
            const FlowPort &port = flow.ports[k];
            if (port.kind != FlowPort::Kind::Named)
                continue;
            const std::string field = "ports[" + std::to_string(k) + ']';
            const std::string what = port.toString();
            const std::string hint
                = "add the port to the destination workload's ports, or use its number";
            // A workload that lacks the name is an error: the drawn flow would allow nothing.
            // Elsewhere (an external, a namespace's pods) it is a warning.
            auto warn = [&](const std::string &message, const std::string &h,
                            Severity severity = Severity::Warning) {
                report(m_out, severity, "unknown-named-port", ElementRef::flow(index), field,
                       text(flow) + ": " + message, h);
            };
            switch (flow.to.kind) {
            case Endpoint::Kind::External:
                warn("named port " + what + " only matches pods, and external " + flow.to.name
                         + " has no container ports: it matches nothing",
                     "use the port number for an external destination");
                break;
            case Endpoint::Kind::Workload: {
                const Workload *w = m_index.findWorkload(flow.to.ns, flow.to.name);
                if (!w || w->resolveNamedPort(port.name, port.protocol))
                    break;
                const auto other = std::find_if(
                    w->ports.begin(), w->ports.end(),
                    [&](const ContainerPort &c) { return c.name == port.name; });
                warn(other != w->ports.end()
                         ? flow.to.toString() + " defines " + port.name + " for "
                               + std::string(protocolName(other->protocol)) + ", not "
                               + std::string(protocolName(port.protocol))
                               + ": the port matches nothing"
                         : flow.to.toString() + " defines no port named " + port.name
                               + ": the port matches nothing",
                     hint, Severity::Error);
                break;
            }
            case Endpoint::Kind::Namespace:
            case Endpoint::Kind::AllNamespaces: {
                const bool all = flow.to.kind == Endpoint::Kind::AllNamespaces;
                std::vector<int> pool;
                if (all) {
                    for (int w = 0; w < int(m_design.workloads.size()); ++w)
                        pool.push_back(w);
                } else {
                    pool = m_index.workloadsIn(flow.to.ns);
                }
                if (pool.empty())
                    break; // no workloads drawn there: nothing to judge by
                const bool defined = std::any_of(pool.begin(), pool.end(), [&](int w) {
                    return m_design.workloads[std::size_t(w)]
                        .resolveNamedPort(port.name, port.protocol)
                        .has_value();
                });
                if (!defined)
                    warn("no workload " + (all ? std::string("of the design") : "of " + flow.to.ns)
                             + " defines a port named " + what + ": the port matches nothing",
                         hint);
                break;
            }
            }
        }
    }

    // Numbered ports and ranges to a workload that declares container ports, none of which
    // (for that protocol) the entry reaches: the flow allows a port nothing listens on.
    void undeclaredPorts(int index)
    {
        const Flow &flow = m_design.flows[std::size_t(index)];
        if (!flow.to.isWorkload())
            return;
        const Workload *w = m_index.findWorkload(flow.to.ns, flow.to.name);
        if (!w || w->ports.empty())
            return;
        for (std::size_t k = 0; k < flow.ports.size(); ++k) {
            const FlowPort &port = flow.ports[k];
            if (port.kind != FlowPort::Kind::Number && port.kind != FlowPort::Kind::Range)
                continue;
            const int last = port.kind == FlowPort::Kind::Range ? port.endPort : port.port;
            const bool declared
                = std::any_of(w->ports.begin(), w->ports.end(), [&](const ContainerPort &c) {
                      return c.protocol == port.protocol && c.port >= port.port && c.port <= last;
                  });
            if (declared)
                continue;
            std::string ports;
            for (const ContainerPort &c : w->ports)
                ports += (ports.empty() ? "" : ", ") + std::to_string(c.port) + '/'
                         + std::string(protocolName(c.protocol));
            report(m_out, Severity::Warning, "port-not-declared", ElementRef::flow(index),
                   "ports[" + std::to_string(k) + ']',
                   text(flow) + ": " + flow.to.toString() + " declares no container port "
                       + (port.kind == FlowPort::Kind::Range ? "in " : "") + port.toString()
                       + " (it declares " + ports + ')',
                   "add the port to the destination workload's ports, or correct the flow's port");
        }
    }

    void unmanagedEnds(int index)
    {
        const Flow &flow = m_design.flows[std::size_t(index)];
        auto nsOf = [&](const Endpoint &e) -> const Namespace * {
            if (e.isWorkload() || e.kind == Endpoint::Kind::Namespace)
                return m_index.findNamespace(e.ns);
            return nullptr;
        };
        const Namespace *from = nsOf(flow.from);
        const Namespace *to = nsOf(flow.to);
        const Namespace *unmanaged = from && !from->managed ? from
                                     : to && !to->managed   ? to
                                                            : nullptr;
        if (!unmanaged)
            return;
        const bool egress = (from && from->deniesEgress())
                            || flow.from.kind == Endpoint::Kind::AllNamespaces;
        const bool ingress = (to && to->deniesIngress())
                             || flow.to.kind == Endpoint::Kind::AllNamespaces;
        std::string outcome = "no policy is generated for it";
        if (egress && ingress)
            outcome = "both sides are generated where namespaces deny traffic";
        else if (egress)
            outcome = "only the egress side is generated (in "
                      + (from ? from->name : std::string("the managed namespaces")) + ')';
        else if (ingress)
            outcome = "only the ingress side is generated (in "
                      + (to ? to->name : std::string("the managed namespaces")) + ')';
        report(m_out, Severity::Info, "unmanaged-namespace-flow", ElementRef::flow(index),
               unmanaged == from ? "from" : "to",
               text(flow) + ": namespace " + unmanaged->name + " is not managed, so " + outcome,
               "fine when " + unmanaged->name
                   + " has no policies; otherwise mark it managed so both "
                     "sides are generated");
    }

    void allowAll(int index)
    {
        const Flow &flow = m_design.flows[std::size_t(index)];
        if (!flow.ports.empty())
            return;
        const bool fromAll = flow.from.kind == Endpoint::Kind::AllNamespaces;
        const bool toAll = flow.to.kind == Endpoint::Kind::AllNamespaces;
        const bool fromNs = flow.from.kind == Endpoint::Kind::Namespace;
        const bool toNs = flow.to.kind == Endpoint::Kind::Namespace;
        std::string message;
        if (fromNs && toNs && flow.from.ns == flow.to.ns) {
            message = "every pod of " + flow.to.ns
                      + " may connect to every other on any port: the default "
                        "deny no longer separates the pods of "
                      + flow.to.ns;
        } else if (fromAll && toNs) {
            const Namespace *ns = m_index.findNamespace(flow.to.ns);
            if (ns && ns->deniesIngress())
                message
                    = "every pod of the cluster may connect to every pod of " + flow.to.ns
                      + " on any port: its ingress default deny no longer holds for pod traffic";
        } else if (fromNs && toAll) {
            const Namespace *ns = m_index.findNamespace(flow.from.ns);
            if (ns && ns->deniesEgress())
                message = "the pods of " + flow.from.ns
                          + " may connect to every pod of the cluster on any "
                            "port: its egress default deny no longer holds for pod traffic";
        } else if (fromAll && toAll) {
            message = "every pod may connect to every pod on any port: no default deny holds for "
                      "pod traffic";
        }
        if (message.empty())
            return;
        report(
            m_out, Severity::Warning, "allow-all-flow", ElementRef::flow(index), "ports",
            text(flow) + ": " + message,
            "list the ports the traffic needs, or draw flows between the workloads that need them");
    }

    void repeats(int index)
    {
        const Flow &flow = m_design.flows[std::size_t(index)];
        const auto [fromId, toId] = m_flowEnds[std::size_t(index)];
        int best = -1;
        bool duplicate = false;
        for (int a : m_ancestors[std::size_t(fromId)]) {
            if (!m_isFrom[std::size_t(a)])
                continue;
            for (int b : m_ancestors[std::size_t(toId)]) {
                if (!m_isTo[std::size_t(b)])
                    continue;
                const auto it = m_byEnds.find(pairKey(a, b));
                if (it == m_byEnds.end())
                    continue;
                for (int other : it->second) {
                    if (other == index || (best >= 0 && other > best))
                        continue;
                    const Flow &g = m_design.flows[std::size_t(other)];
                    if (!portsCover(g.ports, flow.ports))
                        continue;
                    const auto [gFrom, gTo] = m_flowEnds[std::size_t(other)];
                    const bool mutual = contains(gFrom, fromId) && contains(gTo, toId)
                                        && portsCover(flow.ports, g.ports);
                    if (mutual && other > index)
                        continue; // reported on the later of the two
                    best = other;
                    duplicate = mutual && gFrom == fromId && gTo == toId;
                }
            }
        }
        if (best < 0)
            return;
        const Flow &g = m_design.flows[std::size_t(best)];
        if (duplicate)
            report(m_out, Severity::Warning, "duplicate-flow", ElementRef::flow(index), {},
                   text(flow) + " repeats flow #" + std::to_string(best + 1),
                   "delete one of the two");
        else
            report(m_out, Severity::Info, "redundant-flow", ElementRef::flow(index), {},
                   text(flow) + " is already allowed by flow #" + std::to_string(best + 1) + " ("
                       + text(g) + ')',
                   "delete it, or narrow the wider flow if it allows more than intended");
    }

    // Does endpoint `inner` lie in endpoint `outer`?
    bool contains(int inner, int outer) const
    {
        const std::vector<int> &up = m_ancestors[std::size_t(inner)];
        return std::find(up.begin(), up.end(), outer) != up.end();
    }

    const Index &m_index;
    const Design &m_design;
    Diagnostics &m_out;
    std::unordered_map<std::string, std::vector<std::string>> m_externalParents;
    std::unordered_map<std::string, int> m_endpointIds;
    std::vector<std::vector<int>> m_ancestors;                    // per endpoint id
    std::vector<std::pair<int, int>> m_flowEnds;                  // per flow: from and to ids
    std::vector<bool> m_isFrom;                                   // per endpoint id: starts a flow
    std::vector<bool> m_isTo;                                     // per endpoint id: ends a flow
    std::unordered_map<std::uint64_t, std::vector<int>> m_byEnds; // (from, to) -> flows
};

} // namespace

void lintFlows(const Index &index, Diagnostics &out)
{
    FlowLinter(index, out).run();
}

} // namespace Netpol::DesignLint
