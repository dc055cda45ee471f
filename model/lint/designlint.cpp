#include "model/lint/designlint.h"

#include "model/lint/designlint_p.h"
#include "model/lint/expectations.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace Netpol {

namespace DesignLint {

Index::Index(const Design &design)
    : m_design(design)
{
    for (int i = 0; i < int(design.namespaces.size()); ++i)
        m_namespaces.emplace(design.namespaces[std::size_t(i)].name, i);
    for (int i = 0; i < int(design.workloads.size()); ++i) {
        const Workload &w = design.workloads[std::size_t(i)];
        m_workloads.emplace(w.ns + '/' + w.name, i);
        m_workloadsIn[w.ns].push_back(i);
    }
    for (int i = 0; i < int(design.externals.size()); ++i)
        m_externals.emplace(design.externals[std::size_t(i)].name, i);
}

const Namespace *Index::findNamespace(const std::string &name) const
{
    const auto it = m_namespaces.find(name);
    return it == m_namespaces.end() ? nullptr : &m_design.namespaces[std::size_t(it->second)];
}

const Workload *Index::findWorkload(const std::string &ns, const std::string &name) const
{
    const auto it = m_workloads.find(ns + '/' + name);
    return it == m_workloads.end() ? nullptr : &m_design.workloads[std::size_t(it->second)];
}

const External *Index::findExternal(const std::string &name) const
{
    const auto it = m_externals.find(name);
    return it == m_externals.end() ? nullptr : &m_design.externals[std::size_t(it->second)];
}

int Index::namespaceIndex(const std::string &name) const
{
    const auto it = m_namespaces.find(name);
    return it == m_namespaces.end() ? -1 : it->second;
}

const std::vector<int> &Index::workloadsIn(const std::string &ns) const
{
    static const std::vector<int> none;
    const auto it = m_workloadsIn.find(ns);
    return it == m_workloadsIn.end() ? none : it->second;
}

void report(Diagnostics &out, Severity severity, const char *code, const ElementRef &element,
            const std::string &field, std::string message, std::string hint)
{
    Diagnostic d{severity, code, std::move(message), {}, std::move(hint)};
    d.location.element = element;
    d.location.field = field;
    out.push_back(std::move(d));
}

bool portsAllow(const std::vector<FlowPort> &ports, int port, Protocol protocol,
                const Workload *destination)
{
    if (ports.empty())
        return true;
    return std::any_of(ports.begin(), ports.end(), [&](const FlowPort &p) {
        std::optional<int> resolved;
        if (p.kind == FlowPort::Kind::Named && destination)
            resolved = destination->resolveNamedPort(p.name, protocol);
        return p.matchesNumber(port, protocol, resolved);
    });
}

std::string listNames(const std::vector<std::string> &names, std::size_t shown)
{
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i)
        out += (i ? ", " : "") + names[i];
    if (names.size() > shown)
        out += " and " + std::to_string(names.size() - shown) + " more";
    return out;
}

} // namespace DesignLint

namespace {

using namespace DesignLint;

constexpr int kDnsPort = 53;

class Linter
{
public:
    explicit Linter(const Design &design)
        : m_design(design)
        , m_index(design)
    {}

    Diagnostics run()
    {
        networkPlugin();
        for (int i = 0; i < int(m_design.namespaces.size()); ++i)
            checkNamespace(i);
        dnsServerIngress();
        kubeletProbes();
        ambiguousSelectors();
        lintFlows(m_index, m_out);
        return std::move(m_out);
    }

private:
    bool hasWorkloads(const Namespace &ns) const { return !m_index.workloadsIn(ns.name).empty(); }

    void networkPlugin()
    {
        const bool anyManaged = std::any_of(m_design.namespaces.begin(), m_design.namespaces.end(),
                                            [](const Namespace &ns) { return ns.managed; });
        if (!anyManaged)
            return;
        report(
            m_out, Severity::Info, "network-plugin", ElementRef::design(), {},
            "NetworkPolicy only takes effect with a network plugin that enforces it (Calico, "
            "Cilium, Antrea, ...); plain Flannel accepts the policies and ignores them",
            "check that the cluster's CNI enforces NetworkPolicy before relying on these policies");
    }

    void checkNamespace(int index)
    {
        const Namespace &ns = m_design.namespaces[std::size_t(index)];
        if (!ns.managed)
            return;
        const ElementRef ref = ElementRef::namespaceRef(ns.name, index);
        if (!hasWorkloads(ns)) {
            report(m_out, Severity::Info, "empty-namespace", ref, "name",
                   "managed namespace " + ns.name + " has no workloads in the design: "
                       + (ns.defaultDeny.any()
                              ? "its default deny applies to pods the design does not show"
                              : "no policy is generated for it"),
                   "draw its workloads, or mark it managed: false if it is only referenced");
            return;
        }
        if (!ns.defaultDeny.ingress || !ns.defaultDeny.egress) {
            const std::string what
                = !ns.defaultDeny.any()
                      ? "has no default deny: its pods accept and open any connection"
                  : !ns.defaultDeny.ingress
                      ? "does not deny ingress by default: its pods accept any connection"
                      : "does not deny egress by default: its pods may connect anywhere";
            report(m_out, Severity::Warning, "no-default-deny", ref, "defaultDeny",
                   "namespace " + ns.name + ' ' + what + " (not zero-trust)",
                   "set defaultDeny: [Ingress, Egress] and draw the flows the workloads need");
        }
        egressWithoutDns(ns, ref);
    }

    // The senders some flow lets send DNS queries (53/UDP) anywhere, computed once.
    struct DnsSenders
    {
        bool everyone = false;
        std::set<std::string> namespaces;
        std::set<std::pair<std::string, std::string>> workloads;
    };

    const DnsSenders &dnsSenders()
    {
        if (m_dnsSenders)
            return *m_dnsSenders;
        DnsSenders senders;
        for (const Flow &f : m_design.flows) {
            const Workload *destination = f.to.isWorkload()
                                              ? m_index.findWorkload(f.to.ns, f.to.name)
                                              : nullptr;
            if (!portsAllow(f.ports, kDnsPort, Protocol::UDP, destination))
                continue;
            if (f.from.kind == Endpoint::Kind::AllNamespaces)
                senders.everyone = true;
            else if (f.from.kind == Endpoint::Kind::Namespace)
                senders.namespaces.insert(f.from.ns);
            else if (f.from.isWorkload())
                senders.workloads.emplace(f.from.ns, f.from.name);
        }
        m_dnsSenders = std::move(senders);
        return *m_dnsSenders;
    }

    void egressWithoutDns(const Namespace &ns, const ElementRef &ref)
    {
        if (!ns.deniesEgress() || m_design.options.dns.enabled)
            return;
        const DnsSenders &senders = dnsSenders();
        if (senders.everyone || senders.namespaces.count(ns.name))
            return;
        std::vector<std::string> without;
        for (int w : m_index.workloadsIn(ns.name)) {
            const Workload &workload = m_design.workloads[std::size_t(w)];
            if (!senders.workloads.count({workload.ns, workload.name}))
                without.push_back(workload.name);
        }
        if (without.empty())
            return;
        report(m_out, Severity::Warning, "egress-without-dns", ref, "defaultDeny",
               "namespace " + ns.name + " denies egress and DNS is disabled: " + listNames(without)
                   + " cannot resolve names (no flow allows 53/UDP)",
               "enable options.dns, or draw a flow to the DNS pods on 53/UDP and 53/TCP");
    }

    // allow-dns opens the clients' egress; when the DNS namespace is itself managed and denies
    // ingress, a flow must also let the queries in, or the DNS pods refuse them.
    void dnsServerIngress()
    {
        const DnsOptions &dns = m_design.options.dns;
        const Namespace *server = m_index.findNamespace(dns.ns);
        if (!dns.enabled || !server || !server->deniesIngress())
            return;
        const Workload *dnsWorkload = nullptr;
        for (int w : m_index.workloadsIn(server->name)) {
            const Workload &candidate = m_design.workloads[std::size_t(w)];
            if (labelsContain(candidate.labels, dns.podSelector)) {
                dnsWorkload = &candidate;
                break;
            }
        }
        // Which client namespaces some flow lets into the DNS pods on 53/UDP.
        bool everyone = false;
        std::set<std::string> admitted;
        std::set<std::pair<std::string, std::string>> admittedWorkloads;
        for (const Flow &f : m_design.flows) {
            bool to = f.to.kind == Endpoint::Kind::AllNamespaces
                      || (f.to.kind == Endpoint::Kind::Namespace && f.to.ns == server->name);
            if (f.to.isWorkload() && f.to.ns == server->name) {
                const Workload *target = m_index.findWorkload(f.to.ns, f.to.name);
                to = target && labelsContain(target->labels, dns.podSelector);
            }
            if (!to || !portsAllow(f.ports, kDnsPort, Protocol::UDP, dnsWorkload))
                continue;
            if (f.from.kind == Endpoint::Kind::AllNamespaces)
                everyone = true;
            else if (f.from.kind == Endpoint::Kind::Namespace)
                admitted.insert(f.from.ns);
            else if (f.from.isWorkload())
                admittedWorkloads.emplace(f.from.ns, f.from.name);
        }
        std::vector<std::string> refused;
        for (const Namespace &client : m_design.namespaces) {
            if (!client.deniesEgress() || everyone || admitted.count(client.name))
                continue;
            const std::vector<int> &members = m_index.workloadsIn(client.name);
            if (std::any_of(members.begin(), members.end(), [&](int w) {
                    const Workload &wl = m_design.workloads[std::size_t(w)];
                    return !admittedWorkloads.count({wl.ns, wl.name});
                }))
                refused.push_back(client.name);
        }
        if (refused.empty())
            return;
        report(m_out, Severity::Warning, "dns-ingress-denied",
               ElementRef::namespaceRef(server->name, m_index.namespaceIndex(server->name)),
               "defaultDeny",
               "the DNS pods in " + server->name + " do not accept queries from "
                   + listNames(refused) + ": " + server->name
                   + " denies ingress and no flow lets 53/UDP in",
               "draw a flow from */* to the DNS pods on 53/UDP and 53/TCP, or make " + server->name
                   + " unmanaged");
    }

    void kubeletProbes()
    {
        if (!m_design.options.nodeCidr.empty())
            return;
        std::vector<std::string> isolated;
        for (const Namespace &ns : m_design.namespaces) {
            if (ns.deniesIngress() && hasWorkloads(ns))
                isolated.push_back(ns.name);
        }
        if (isolated.empty())
            return;
        report(
            m_out, Severity::Info, "kubelet-probes", ElementRef::options(), "nodeCIDR",
            "kubelet liveness and readiness probes come from the node, and " + listNames(isolated)
                + (isolated.size() == 1 ? " denies" : " deny")
                + " ingress: NetworkPolicy always lets a pod's own node in, but some network "
                  "plugins drop that traffic",
            "if health checks fail, set options.nodeCIDR to the node network (e.g. 10.0.0.0/16): "
            "an allow-from-nodes policy is then generated where ingress is denied");
    }

    // A workload's label map is its pods' selector: when another workload of the namespace
    // carries all those labels too, the selector picks both.
    void ambiguousSelectors()
    {
        std::map<std::pair<std::string, std::string>, std::vector<int>> withLabel; // per ns below
        std::set<std::string> seen;
        for (const Namespace &ns : m_design.namespaces) {
            if (!seen.insert(ns.name).second)
                continue;
            const std::vector<int> &members = m_index.workloadsIn(ns.name);
            withLabel.clear();
            for (int w : members) {
                for (const auto &entry : m_design.workloads[std::size_t(w)].labels)
                    withLabel[entry].push_back(w);
            }
            for (int w : members)
                checkSelector(w, members, withLabel);
        }
        // Workloads in undeclared namespaces are checkDesign's business.
    }

    void checkSelector(
        int index, const std::vector<int> &members,
        const std::map<std::pair<std::string, std::string>, std::vector<int>> &withLabel)
    {
        const Workload &w = m_design.workloads[std::size_t(index)];
        const ElementRef ref = ElementRef::workload(w.ns, w.name, index);
        if (w.labels.empty()) {
            report(m_out, Severity::Warning, "workload-without-labels", ref, "labels",
                   "workload " + w.ns + '/' + w.name
                       + " has no labels: its selector {} picks every pod of " + w.ns
                       + ", so its flows apply to the whole namespace",
                   "give the workload the labels its pods carry (for example app: " + w.name + ')');
            return;
        }
        // Candidates carry the rarest of w's labels.
        const std::vector<int> *candidates = &members;
        for (const auto &entry : w.labels) {
            const auto it = withLabel.find(entry);
            if (it != withLabel.end() && it->second.size() < candidates->size())
                candidates = &it->second;
        }
        std::vector<std::string> wider;
        for (int other : *candidates) {
            const Workload &o = m_design.workloads[std::size_t(other)];
            if (other == index || !labelsContain(o.labels, w.labels))
                continue;
            if (o.labels == w.labels) {
                if (other < index) // reported once, on the later of the two
                    report(m_out, Severity::Warning, "ambiguous-selector", ref, "labels",
                           "workloads " + w.ns + '/' + o.name + " and " + w.name
                               + " have the same labels (" + formatLabels(w.labels)
                               + "): their selectors cannot tell them apart",
                           "give each workload a label the other does not have");
                continue;
            }
            wider.push_back(o.name + " (" + formatLabels(o.labels) + ')');
        }
        if (!wider.empty())
            report(m_out, Severity::Warning, "ambiguous-selector", ref, "labels",
                   "the labels of " + w.ns + '/' + w.name + " (" + formatLabels(w.labels)
                       + ") also select " + listNames(wider) + ": flows drawn to or from " + w.name
                       + " apply to them too",
                   "give " + w.name + " a label the others do not have");
    }

    const Design &m_design;
    Index m_index;
    Diagnostics m_out;
    std::optional<DnsSenders> m_dnsSenders;
};

} // namespace

Diagnostics lintDesign(const Design &design)
{
    Diagnostics out = Linter(design).run();
    for (Diagnostic &d : DesignLint::guardrailFindings(design))
        out.push_back(std::move(d));
    for (Diagnostic &d : expectationFindings(evaluateExpectations(design)))
        out.push_back(std::move(d));
    return out;
}

} // namespace Netpol
