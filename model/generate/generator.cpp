#include "model/generate/generator.h"

#include "model/generate/guardrailgenerator.h"
#include "model/generate/policynames.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace Netpol {

namespace {

NetworkPolicyPort toPolicyPort(const FlowPort &port)
{
    NetworkPolicyPort out;
    out.protocol = std::string(protocolName(port.protocol));
    switch (port.kind) {
    case FlowPort::Kind::Number:
        out.port = PortValue::fromNumber(port.port);
        break;
    case FlowPort::Kind::Range:
        out.port = PortValue::fromNumber(port.port);
        out.endPort = port.endPort;
        break;
    case FlowPort::Kind::Named:
        out.port = PortValue::fromName(port.name);
        break;
    case FlowPort::Kind::AllPorts:
        break;
    }
    return out;
}

LabelSelector namespaceNameSelector(const std::string &ns)
{
    return LabelSelector::fromLabels({{kNamespaceNameLabel, ns}});
}

enum class Side { Egress, Ingress };

class Generator
{
public:
    explicit Generator(const Design &design) : m_design(design)
    {
        for (const Namespace &ns : design.namespaces)
            m_namespaces.emplace(ns.name, &ns);
        for (const Workload &w : design.workloads)
            m_workloads.emplace(w.ns + '/' + w.name, &w);
        for (const External &e : design.externals)
            m_externals.emplace(e.name, &e);
    }

    // With `parts`, a namespace whose inputs are those of its part takes the part's policies
    // instead of being generated, and the parts are brought up to date.
    GenerateResult run(std::unordered_map<std::string, IncrementalGenerator::Part> *parts = nullptr,
                       std::vector<std::string> *regenerated = nullptr)
    {
        collectValidFlows();
        std::vector<const Namespace *> managed;
        for (const Namespace &ns : m_design.namespaces) {
            if (ns.managed)
                managed.push_back(&ns);
        }
        std::stable_sort(managed.begin(), managed.end(),
                         [](const Namespace *a, const Namespace *b) { return a->name < b->name; });
        assignSides(managed);
        const bool unique
            = std::adjacent_find(managed.begin(), managed.end(),
                                 [](const Namespace *a, const Namespace *b) {
                                     return a->name == b->name;
                                 })
              == managed.end();
        if (!parts || !unique) { // a name twice: its parts would mix, so no reuse
            if (parts)
                parts->clear();
            for (const Namespace *ns : managed) {
                generateNamespace(*ns);
                if (regenerated)
                    regenerated->push_back(ns->name);
            }
            return std::move(m_result);
        }
        std::unordered_map<std::string, IncrementalGenerator::Part> next;
        for (const Namespace *ns : managed) {
            IncrementalGenerator::Part part;
            part.inputs = inputsOf(*ns);
            for (const auto &[index, side] : sidesIn(*ns))
                part.sideFlows.push_back(index);
            const auto old = parts->find(ns->name);
            if (old != parts->end() && old->second.inputs == part.inputs) {
                // The same sides with the same flows, in the same order: only indexes moved.
                std::unordered_map<int, int> moved;
                for (std::size_t k = 0; k < part.sideFlows.size(); ++k)
                    moved.emplace(old->second.sideFlows[k], part.sideFlows[k]);
                part.policies = std::move(old->second.policies);
                for (GeneratedPolicy &policy : part.policies) {
                    for (int &flow : policy.flows)
                        flow = moved.at(flow);
                }
                m_result.policies.insert(m_result.policies.end(), part.policies.begin(),
                                         part.policies.end());
            } else {
                const std::size_t first = m_result.policies.size();
                generateNamespace(*ns);
                part.policies.assign(m_result.policies.begin() + std::ptrdiff_t(first),
                                     m_result.policies.end());
                if (regenerated)
                    regenerated->push_back(ns->name);
            }
            next.emplace(ns->name, std::move(part));
        }
        *parts = std::move(next);
        return std::move(m_result);
    }

private:
    void collectValidFlows()
    {
        for (int i = 0; i < int(m_design.flows.size()); ++i) {
            const Flow &flow = m_design.flows[std::size_t(i)];
            if (known(flow.from) && known(flow.to) && !(flow.from.isExternal() && flow.to.isExternal())) {
                m_validFlows.push_back(i);
                continue;
            }
            Diagnostic d = makeError("unknown-endpoint",
                                     "flow " + flow.from.toString() + " -> " + flow.to.toString()
                                         + " names an undeclared element or joins two externals; no policy was generated for it");
            d.location.element = ElementRef::flow(i);
            m_result.diagnostics.push_back(std::move(d));
        }
    }

    // Which flow sides each managed namespace holds, in flow order (egress before ingress of a
    // flow). Done once, so generation stays linear in the number of flows.
    void assignSides(const std::vector<const Namespace *> &managed)
    {
        auto place = [&](int index, Side side, const Endpoint &subject) {
            if (subject.kind == Endpoint::Kind::AllNamespaces) {
                for (const Namespace *ns : managed) {
                    if (side == Side::Egress ? ns->deniesEgress() : ns->deniesIngress())
                        m_sides[ns->name].emplace_back(index, side);
                }
                return;
            }
            if (subject.isExternal())
                return;
            const Namespace *ns = m_namespaces.at(subject.ns);
            if (side == Side::Egress ? ns->deniesEgress() : ns->deniesIngress())
                m_sides[ns->name].emplace_back(index, side);
        };
        for (int index : m_validFlows) {
            const Flow &flow = m_design.flows[std::size_t(index)];
            place(index, Side::Egress, flow.from);
            place(index, Side::Ingress, flow.to);
        }
    }

    const std::vector<std::pair<int, Side>> &sidesIn(const Namespace &ns) const
    {
        static const std::vector<std::pair<int, Side>> none;
        const auto it = m_sides.find(ns.name);
        return it == m_sides.end() ? none : it->second;
    }

    // Everything the policies of `ns` are made of, as text: the namespace, the options, and
    // per side it holds the flow and what its ends stand for (a workload's labels, an
    // external's addresses). Two namespaces with the same inputs get the same policies.
    std::string inputsOf(const Namespace &ns) const
    {
        const Options &o = m_design.options;
        std::string text = ns.name + '\x1f' + (ns.managed ? '1' : '0')
                           + (ns.defaultDeny.ingress ? '1' : '0')
                           + (ns.defaultDeny.egress ? '1' : '0') + '\x1f'
                           + std::string(granularityName(o.granularity)) + '\x1f' + o.nodeCidr
                           + '\x1f' + (o.dns.enabled ? '1' : '0') + o.dns.ns + '\x1f'
                           + (o.baselineDefaultDeny ? '1' : '0') + '\x1f';
        auto appendLabels = [&](const Labels &labels) {
            for (const auto &[key, value] : labels)
                text += key + '=' + value + '\x1d';
        };
        appendLabels(o.dns.podSelector);
        auto appendEnd = [&](const Endpoint &e) {
            text += e.toString() + '\x1e';
            if (e.isWorkload())
                appendLabels(m_workloads.at(e.ns + '/' + e.name)->labels);
            else if (e.isExternal()) {
                const External *external = m_externals.at(e.name);
                text += external->cidr;
                for (const std::string &except : external->except)
                    text += ' ' + except;
            }
            text += '\x1e';
        };
        for (const auto &[index, side] : sidesIn(ns)) {
            const Flow &flow = m_design.flows[std::size_t(index)];
            text += side == Side::Egress ? "\x1f" "E" : "\x1f" "I";
            appendEnd(flow.from);
            appendEnd(flow.to);
            for (const FlowPort &port : flow.ports)
                text += port.toString() + ',';
        }
        return text;
    }

    bool known(const Endpoint &e) const
    {
        switch (e.kind) {
        case Endpoint::Kind::Workload:
            return m_workloads.count(e.ns + '/' + e.name) > 0;
        case Endpoint::Kind::Namespace:
            return m_namespaces.count(e.ns) > 0;
        case Endpoint::Kind::AllNamespaces:
            return true;
        case Endpoint::Kind::External:
            return m_externals.count(e.name) > 0;
        }
        return false;
    }

    NetworkPolicy newPolicy(const Namespace &ns, const std::string &baseName)
    {
        NetworkPolicy p;
        p.metadata.name = m_namer.unique(ns.name, baseName);
        p.metadata.ns = ns.name;
        p.metadata.labels[kManagedByLabel] = kManagedByValue;
        return p;
    }

    void add(NetworkPolicy policy, GeneratedPolicy::Origin origin, std::vector<int> flows = {})
    {
        m_result.policies.push_back({std::move(policy), origin, std::move(flows)});
    }

    void generateNamespace(const Namespace &ns)
    {
        generateDefaultDeny(ns);
        generateDns(ns);
        generateNodes(ns);
        if (m_design.options.granularity == Granularity::PerWorkload)
            generatePerWorkload(ns);
        else
            generatePerFlow(ns);
    }

    void generateDefaultDeny(const Namespace &ns)
    {
        DirectionSet deny = ns.defaultDeny;
        if (m_design.options.baselineDefaultDeny) {
            // The Baseline-tier policy refuses egress. Ingress stays here: a cluster policy's
            // ingress rule names pods only, never an address outside the cluster; and when the
            // nodes' CIDR is set, allow-from-nodes isolates every pod for ingress already.
            deny.egress = false;
            deny.ingress = deny.ingress && m_design.options.nodeCidr.empty();
        }
        if (!deny.any())
            return;
        const char *name = deny.ingress && deny.egress ? kDefaultDenyAllName
                           : deny.ingress              ? kDefaultDenyIngressName
                                                       : kDefaultDenyEgressName;
        NetworkPolicy p = newPolicy(ns, name);
        if (deny.ingress)
            p.spec.policyTypes.push_back(kPolicyTypeIngress);
        if (deny.egress)
            p.spec.policyTypes.push_back(kPolicyTypeEgress);
        add(std::move(p), GeneratedPolicy::Origin::DefaultDeny);
    }

    void generateDns(const Namespace &ns)
    {
        const DnsOptions &dns = m_design.options.dns;
        if (!ns.deniesEgress() || !dns.enabled)
            return;
        NetworkPolicy p = newPolicy(ns, kAllowDnsName);
        p.spec.policyTypes.push_back(kPolicyTypeEgress);
        NetworkPolicyRule rule;
        NetworkPolicyPeer peer;
        peer.namespaceSelector = namespaceNameSelector(dns.ns);
        if (!dns.podSelector.empty())
            peer.podSelector = LabelSelector::fromLabels(dns.podSelector);
        rule.peers.push_back(std::move(peer));
        rule.ports.push_back(toPolicyPort(FlowPort::number(53, Protocol::UDP)));
        rule.ports.push_back(toPolicyPort(FlowPort::number(53, Protocol::TCP)));
        p.spec.egress.push_back(std::move(rule));
        add(std::move(p), GeneratedPolicy::Origin::Dns);
    }

    void generateNodes(const Namespace &ns)
    {
        if (!ns.deniesIngress() || m_design.options.nodeCidr.empty())
            return;
        NetworkPolicy p = newPolicy(ns, kAllowNodesName);
        p.spec.policyTypes.push_back(kPolicyTypeIngress);
        NetworkPolicyRule rule;
        NetworkPolicyPeer peer;
        peer.ipBlock = IPBlock{m_design.options.nodeCidr, {}};
        rule.peers.push_back(std::move(peer));
        p.spec.ingress.push_back(std::move(rule));
        add(std::move(p), GeneratedPolicy::Origin::Nodes);
    }

    // The pods of `ns` an endpoint stands for, as the policy's podSelector.
    LabelSelector targetSelector(const Endpoint &e) const
    {
        if (e.isWorkload())
            return LabelSelector::fromLabels(m_workloads.at(e.ns + '/' + e.name)->labels);
        return {}; // NS/* and */*: every pod of the namespace
    }

    // The remote end of a flow, as a peer of a policy living in `policyNs`.
    NetworkPolicyPeer peerFor(const Endpoint &e, const std::string &policyNs) const
    {
        NetworkPolicyPeer peer;
        switch (e.kind) {
        case Endpoint::Kind::Workload:
            peer.podSelector = LabelSelector::fromLabels(m_workloads.at(e.ns + '/' + e.name)->labels);
            if (e.ns != policyNs)
                peer.namespaceSelector = namespaceNameSelector(e.ns);
            break;
        case Endpoint::Kind::Namespace:
            if (e.ns == policyNs)
                peer.podSelector = LabelSelector{};
            else
                peer.namespaceSelector = namespaceNameSelector(e.ns);
            break;
        case Endpoint::Kind::AllNamespaces:
            peer.namespaceSelector = LabelSelector{};
            break;
        case Endpoint::Kind::External: {
            const External *ext = m_externals.at(e.name);
            peer.ipBlock = IPBlock{ext->cidr, ext->except};
            break;
        }
        }
        return peer;
    }

    NetworkPolicyRule ruleFor(const Flow &flow, Side side, const std::string &policyNs) const
    {
        NetworkPolicyRule rule;
        rule.peers.push_back(peerFor(side == Side::Egress ? flow.to : flow.from, policyNs));
        for (const FlowPort &port : flow.ports)
            rule.ports.push_back(toPolicyPort(port));
        return rule;
    }

    static std::string sideName(Side side) { return side == Side::Egress ? "egress" : "ingress"; }

    void generatePerFlow(const Namespace &ns)
    {
        for (const auto &[index, side] : sidesIn(ns)) {
            const Flow &flow = m_design.flows[std::size_t(index)];
            const std::string base = "allow-" + endpointToken(flow.from, ns.name) + "-to-"
                                     + endpointToken(flow.to, ns.name) + '-' + sideName(side);
            NetworkPolicy p = newPolicy(ns, base);
            p.spec.podSelector = targetSelector(side == Side::Egress ? flow.from : flow.to);
            if (side == Side::Egress) {
                p.spec.policyTypes.push_back(kPolicyTypeEgress);
                p.spec.egress.push_back(ruleFor(flow, side, ns.name));
            } else {
                p.spec.policyTypes.push_back(kPolicyTypeIngress);
                p.spec.ingress.push_back(ruleFor(flow, side, ns.name));
            }
            add(std::move(p), GeneratedPolicy::Origin::Flow, {index});
        }
    }

    // One policy per selected workload (or per namespace-wide target) and direction, holding a
    // rule per flow, in the order the flows first name them.
    void generatePerWorkload(const Namespace &ns)
    {
        struct Target
        {
            std::string token;
            Side side;
            LabelSelector selector;
            std::vector<int> flows;
        };
        std::vector<Target> targets;
        std::map<std::pair<std::string, Side>, std::size_t> byKey;
        for (const auto &[index, side] : sidesIn(ns)) {
            const Flow &flow = m_design.flows[std::size_t(index)];
            const Endpoint &subject = side == Side::Egress ? flow.from : flow.to;
            const std::string token = subject.isWorkload() ? subject.name : std::string("all-pods");
            const auto key = std::make_pair(token, side);
            auto it = byKey.find(key);
            if (it == byKey.end()) {
                it = byKey.emplace(key, targets.size()).first;
                targets.push_back({token, side, targetSelector(subject), {}});
            }
            targets[it->second].flows.push_back(index);
        }
        for (Target &target : targets) {
            NetworkPolicy p = newPolicy(ns, "allow-" + target.token + '-' + sideName(target.side));
            p.spec.podSelector = target.selector;
            p.spec.policyTypes.push_back(target.side == Side::Egress ? kPolicyTypeEgress : kPolicyTypeIngress);
            for (int index : target.flows) {
                NetworkPolicyRule rule = ruleFor(m_design.flows[std::size_t(index)], target.side, ns.name);
                (target.side == Side::Egress ? p.spec.egress : p.spec.ingress).push_back(std::move(rule));
            }
            add(std::move(p), GeneratedPolicy::Origin::Workload, std::move(target.flows));
        }
    }

    const Design &m_design;
    std::unordered_map<std::string, const Namespace *> m_namespaces;
    std::unordered_map<std::string, const Workload *> m_workloads;
    std::unordered_map<std::string, const External *> m_externals;
    std::vector<int> m_validFlows;
    std::unordered_map<std::string, std::vector<std::pair<int, Side>>> m_sides;
    PolicyNamer m_namer;
    GenerateResult m_result;
};

} // namespace

GenerateResult generatePolicies(const Design &design)
{
    GenerateResult result = Generator(design).run();
    result.clusterPolicies = generateClusterPolicies(design);
    return result;
}

const GenerateResult &IncrementalGenerator::update(const Design &design)
{
    m_regenerated.clear();
    m_result = Generator(design).run(&m_parts, &m_regenerated);
    // Cluster-scoped, few and cheap: generated again on every update.
    m_result.clusterPolicies = generateClusterPolicies(design);
    return m_result;
}

} // namespace Netpol
