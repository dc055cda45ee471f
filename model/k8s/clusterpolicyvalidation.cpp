#include "model/k8s/clusterpolicyvalidation.h"

#include "model/k8s/apivalidation_p.h"
#include "model/k8s/k8snames.h"

#include <set>

namespace Netpol {

namespace {

using Api::quote;

std::string at(const std::string &path, std::size_t index)
{
    return path + '[' + std::to_string(index) + ']';
}

bool isDomainLabel(const std::string &label)
{
    if (label.empty())
        return false;
    auto alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (!alnum(label.front()) || !alnum(label.back()))
        return false;
    for (char c : label) {
        if (!alnum(c) && c != '-' && c != '_')
            return false;
    }
    return true;
}

class ClusterValidator
{
public:
    explicit ClusterValidator(const ClusterPolicy &policy)
        : m_policy(policy)
        , m_cnp(policy.kind == ClusterPolicyKind::ClusterNetworkPolicy)
        , m_maxItems(m_cnp ? 25 : 100)
    {}

    Diagnostics run()
    {
        validateMeta();
        if (!m_policy.hasSpec) {
            required("spec");
            return std::move(m_out);
        }
        validateSpec();
        return std::move(m_out);
    }

private:
    void add(const char *code, const std::string &path, const std::string &message,
             std::string hint = {})
    {
        Diagnostic d{Severity::Error, code, path + ": " + message, {}, std::move(hint)};
        d.location.field = path;
        m_out.push_back(std::move(d));
    }

    void required(const std::string &path, std::string hint = {})
    {
        add("cnp-required", path, "Required value", std::move(hint));
    }

    void unsupported(const std::string &path, const std::string &value,
                     const std::string &supported)
    {
        add("cnp-invalid-value", path,
            "Unsupported value: " + quote(value) + ": supported values: " + supported);
    }

    void sizeChecks(const std::string &path, std::size_t size, std::size_t max, bool written)
    {
        if (written && size == 0)
            add("cnp-empty-list", path,
                "Invalid value: 0: should have at least 1 items",
                "leave the field out instead of writing an empty list");
        if (size > max)
            add("cnp-too-many", path,
                "Too many: " + std::to_string(size) + ": must have at most " + std::to_string(max)
                    + " items");
    }

    void oneOf(const std::string &path, const std::vector<std::string> &written,
               const std::string &choices)
    {
        if (written.size() == 1)
            return;
        if (written.empty()) {
            add("cnp-one-of", path,
                "Invalid value: 0: must have exactly one of " + choices + " (none is set)");
            return;
        }
        std::string names;
        for (const std::string &w : written)
            names += (names.empty() ? "" : ", ") + w;
        add("cnp-one-of", path,
            "Too many: " + std::to_string(written.size()) + ": must have exactly one of "
                + choices + " (" + names + " are set)",
            "split it into one item per field");
    }

    void selector(const LabelSelector &s, const std::string &path)
    {
        for (Diagnostic &d : Api::selectorFindings(s, path))
            m_out.push_back(std::move(d));
    }

    void validateMeta()
    {
        const ObjectMeta &meta = m_policy.metadata;
        if (meta.name.empty()) {
            if (meta.generateName.empty())
                add("invalid-name", "metadata.name",
                    "Required value: name or generateName is required", "give the object a name");
        } else {
            for (const std::string &m : dns1123SubdomainErrors(meta.name))
                add("invalid-name", "metadata.name",
                    "Invalid value: " + quote(meta.name) + ": " + m);
        }
        if (m_policy.kind == ClusterPolicyKind::BaselineAdminNetworkPolicy
            && meta.name != "default")
            add("cnp-invalid-name", "metadata.name",
                "Invalid value: " + quote(meta.name)
                    + ": Only one baseline admin network policy with metadata.name=\"default\" "
                      "can be created in the cluster",
                "name it default");
        for (Diagnostic &d : Api::labelFindings(meta.labels, "metadata.labels"))
            m_out.push_back(std::move(d));
    }

    void validatePods(const ClusterPodSelector &pods, const std::string &path)
    {
        if (pods.namespaceSelector)
            selector(*pods.namespaceSelector, path + ".namespaceSelector");
        else if (!m_cnp)
            required(path + ".namespaceSelector",
                     "write namespaceSelector: {} for every namespace");
        if (pods.podSelector)
            selector(*pods.podSelector, path + ".podSelector");
        else
            required(path + ".podSelector", "write podSelector: {} for every pod");
    }

    void validateSpec()
    {
        const ClusterPolicy &p = m_policy;
        if (m_cnp) {
            if (p.tier.empty())
                required("spec.tier", "write tier: Admin or tier: Baseline");
            else if (p.tier != "Admin" && p.tier != "Baseline")
                unsupported("spec.tier", p.tier, "\"Admin\", \"Baseline\"");
        }
        if (p.kind != ClusterPolicyKind::BaselineAdminNetworkPolicy) {
            if (!p.priority)
                required("spec.priority", "priorities run from 0 (first) to 1000");
            else if (*p.priority < 0 || *p.priority > 1000)
                add("cnp-invalid-value", "spec.priority",
                    "Invalid value: " + std::to_string(*p.priority)
                        + ": must be between 0 and 1000");
        }
        if (!p.hasSubject)
            required("spec.subject");
        else
            validatePeer(p.subject, "spec.subject", "namespaces, pods");
        validateRules(p.ingress, "spec.ingress", false);
        validateRules(p.egress, "spec.egress", true);
    }

    void validatePeer(const ClusterPolicyPeer &peer, const std::string &path,
                      const std::string &choices)
    {
        oneOf(path, peer.written, choices);
        if (peer.namespaces)
            selector(*peer.namespaces, path + ".namespaces");
        if (peer.pods)
            validatePods(*peer.pods, path + ".pods");
        if (peer.nodes)
            selector(*peer.nodes, path + ".nodes");
        if (peer.networks)
            validateNetworks(*peer.networks, path + ".networks");
        if (peer.domainNames)
            validateDomains(*peer.domainNames, path + ".domainNames");
    }

    void validateSet(const std::vector<std::string> &items, const std::string &path)
    {
        sizeChecks(path, items.size(), 25, true);
        std::set<std::string> seen;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!seen.insert(items[i]).second)
                add("cnp-duplicate", at(path, i), "Duplicate value: " + quote(items[i]));
        }
    }

    void validateNetworks(const std::vector<std::string> &cidrs, const std::string &path)
    {
        validateSet(cidrs, path);
        const bool masked = m_policy.apiVersion == "policy.networking.k8s.io/v1beta1";
        for (std::size_t i = 0; i < cidrs.size(); ++i) {
            const std::string &text = cidrs[i];
            const std::string itemPath = at(path, i);
            if (text.size() > 43) {
                add("cnp-invalid-cidr", itemPath,
                    "Too long: may not be more than 43 bytes");
                continue;
            }
            const CidrParse parsed = parseCidr(text);
            if (!parsed.cidr) {
                add("cnp-invalid-cidr", itemPath,
                    "Invalid value: " + quote(text) + ": Invalid CIDR format provided",
                    "write ADDRESS/PREFIX, for example 10.0.0.0/8");
            } else if (masked && parsed.cidr->hasHostBits()) {
                add("cnp-invalid-cidr", itemPath,
                    "Invalid value: " + quote(text) + ": Invalid CIDR format provided",
                    "v1beta1 wants the network address: " + parsed.cidr->canonical());
            }
        }
    }

    void validateDomains(const std::vector<std::string> &names, const std::string &path)
    {
        validateSet(names, path);
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (!isValidDomainPattern(names[i]))
                add("cnp-invalid-domain", at(path, i),
                    "Invalid value: " + quote(names[i])
                        + ": must be a domain name (labels of letters, digits, '-' and '_' "
                          "separated by dots), optionally starting with '*.'");
        }
    }

    void validatePortNumber(std::optional<long long> value, const std::string &path)
    {
        if (!value) {
            required(path);
            return;
        }
        for (const std::string &m : portNumberErrors(*value))
            add("cnp-invalid-port", path, "Invalid value: " + std::to_string(*value) + ": " + m);
    }

    void validatePort(const ClusterPolicyPort &port, const std::string &path)
    {
        if (m_cnp) {
            oneOf(path, port.written, "tcp, udp, sctp, destinationNamedPort");
            if (port.written.size() != 1 || port.namedPort)
                return;
            const std::string protocolPath = path + '.' + port.written.front();
            const std::string portPath = protocolPath + ".destinationPort";
            if (port.portWritten.empty() && !port.number && !port.isRange) {
                required(portPath, "write destinationPort: {number: N} or {range: {...}}");
                return;
            }
            oneOf(portPath, port.portWritten, "number, range");
            if (port.number)
                validatePortNumber(port.number, portPath + ".number");
            if (port.isRange)
                validateRange(port, portPath + ".range", true);
            return;
        }
        oneOf(path, port.written, "portNumber, portRange, namedPort");
        if (port.written.size() != 1 || port.namedPort)
            return;
        const std::string inner = path + '.' + port.written.front();
        if (port.protocol != "TCP" && port.protocol != "UDP" && port.protocol != "SCTP")
            unsupported(inner + ".protocol", port.protocol, "\"TCP\", \"UDP\", \"SCTP\"");
        if (port.isRange)
            validateRange(port, inner, false);
        else
            validatePortNumber(port.number, inner + ".port");
    }

    void validateRange(const ClusterPolicyPort &port, const std::string &path, bool strict)
    {
        validatePortNumber(port.start, path + ".start");
        validatePortNumber(port.end, path + ".end");
        if (port.start && port.end
            && (strict ? *port.start >= *port.end : *port.start > *port.end))
            add("cnp-invalid-port", path,
                "Invalid value: \"object\": Start port must be less than End port",
                strict ? "a single port is written as number: N" : "");
    }

    void validateRules(const std::vector<ClusterPolicyRule> &rules, const std::string &path,
                       bool egress)
    {
        sizeChecks(path, rules.size(), m_maxItems, false);
        const std::string peersKey = egress ? "to" : "from";
        const std::string portsKey = m_cnp ? "protocols" : "ports";
        const bool baseline = m_policy.effectiveTier() == ClusterTier::Baseline;
        for (std::size_t r = 0; r < rules.size(); ++r) {
            const ClusterPolicyRule &rule = rules[r];
            const std::string rulePath = at(path, r);
            if (rule.name.size() > 100)
                add("cnp-too-many", rulePath + ".name",
                    "Too long: may not be more than 100 bytes");
            if (rule.action.empty()) {
                required(rulePath + ".action");
            } else if (!m_policy.ruleAction(rule)) {
                const std::string supported =
                    m_cnp ? "\"Accept\", \"Deny\", \"Pass\""
                          : (m_policy.kind == ClusterPolicyKind::AdminNetworkPolicy
                                 ? "\"Allow\", \"Deny\", \"Pass\""
                                 : "\"Allow\", \"Deny\"");
                unsupported(rulePath + ".action", rule.action, supported);
            }
            const std::string peersPath = rulePath + '.' + peersKey;
            if (!rule.hasPeers)
                required(peersPath, "list at least one peer");
            else
                sizeChecks(peersPath, rule.peers.size(), m_maxItems, true);
            const std::string choices =
                egress ? (m_policy.kind == ClusterPolicyKind::BaselineAdminNetworkPolicy
                              ? "namespaces, pods, nodes, networks"
                              : "namespaces, pods, nodes, networks, domainNames")
                       : "namespaces, pods";
            bool nonPodPeer = false;
            for (std::size_t i = 0; i < rule.peers.size(); ++i) {
                const ClusterPolicyPeer &peer = rule.peers[i];
                validatePeer(peer, at(peersPath, i), choices);
                nonPodPeer = nonPodPeer || peer.nodes || peer.networks || peer.domainNames;
                if (peer.domainNames) {
                    if (m_policy.ruleAction(rule) != ClusterAction::Accept || baseline)
                        add("cnp-domain-names", at(peersPath, i) + ".domainNames",
                            std::string("Forbidden: domainNames may only be used in Admin-tier ")
                                + (m_cnp ? "Accept" : "Allow") + " rules",
                            "allow the domains in an Admin-tier rule, and deny the rest in a "
                            "rule after it (a cluster whose CRD predates this rule accepts the "
                            "object)");
                }
            }
            const std::string portsPath = rulePath + '.' + portsKey;
            if (rule.hasPorts)
                sizeChecks(portsPath, rule.ports.size(), m_maxItems, true);
            bool named = false;
            for (std::size_t i = 0; i < rule.ports.size(); ++i) {
                validatePort(rule.ports[i], at(portsPath, i));
                named = named || rule.ports[i].namedPort;
            }
            if (egress && named && nonPodPeer)
                add("cnp-named-port-peer", rulePath,
                    "Invalid value: \"object\": networks/nodes/domainNames peer cannot be set "
                    "with namedPorts since there are no namedPorts for networks/nodes/domainNames",
                    "put the named port and the non-pod peers in separate rules");
        }
    }

    const ClusterPolicy &m_policy;
    const bool m_cnp;
    const std::size_t m_maxItems;
    Diagnostics m_out;
};

} // namespace

bool isValidDomainPattern(const std::string &name)
{
    std::string text = name;
    if (text.size() >= 2 && text.compare(0, 2, "*.") == 0)
        text.erase(0, 2);
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    std::size_t labels = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = text.find('.', start);
        const std::string label = text.substr(start, dot == std::string::npos ? dot : dot - start);
        if (!isDomainLabel(label))
            return false;
        ++labels;
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    return labels >= 2;
}

Diagnostics validateClusterPolicy(const ClusterPolicy &policy)
{
    return ClusterValidator(policy).run();
}

} // namespace Netpol
