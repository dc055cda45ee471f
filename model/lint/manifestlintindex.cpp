// The lookups the manifest lint shares: policies by namespace and direction, and which of them
// could select a pod of a given selector (indexed by matchLabels, so a large namespace does
// not make every lookup a scan).

#include "model/lint/manifestlint_p.h"

#include "model/k8s/selectorlogic.h"

#include <algorithm>

namespace Netpol::ManifestLint {

namespace {

// A fast "cannot overlap" test before the exact one: the same key with different values.
bool labelsConflict(const Labels &a, const Labels &b)
{
    const Labels &small = a.size() <= b.size() ? a : b;
    const Labels &large = a.size() <= b.size() ? b : a;
    for (const auto &[key, value] : small) {
        const auto it = large.find(key);
        if (it != large.end() && it->second != value)
            return true;
    }
    return false;
}

std::string portText(const NetworkPolicyPort &p)
{
    std::string port = "*";
    if (p.port)
        port = p.port->isName ? p.port->name : std::to_string(p.port->number);
    if (p.port && !p.port->isName && p.endPort)
        port += '-' + std::to_string(*p.endPort);
    return port + '/' + p.effectiveProtocol();
}

} // namespace

std::string policyNamespace(const NetworkPolicy &policy)
{
    return policy.metadata.ns.empty() ? std::string("default") : policy.metadata.ns;
}

PolicyIndex::PolicyIndex(const ManifestSet &set)
    : m_set(set)
{
    for (int i = 0; i < int(set.policies.size()); ++i) {
        const NetworkPolicy &p = set.policies[std::size_t(i)];
        const std::string ns = policyNamespace(p);
        auto &list = m_byNamespace[ns];
        if (list.empty())
            m_namespaceOrder.push_back(ns);
        list.push_back(i);
        const PolicyTypes types = p.effectiveTypes();
        for (const bool egress : {false, true}) {
            if (!(egress ? types.egress : types.ingress))
                continue;
            Side &s = m_sides[ns + (egress ? "/E" : "/I")];
            s.all.push_back(i);
            if (p.spec.podSelector.matchLabels.empty())
                s.unlabelled.push_back(i);
            for (const auto &[key, value] : p.spec.podSelector.matchLabels)
                s.byLabel[key][value].push_back(i);
        }
    }
}

const std::vector<int> &PolicyIndex::policiesIn(const std::string &ns) const
{
    static const std::vector<int> none;
    const auto it = m_byNamespace.find(ns);
    return it == m_byNamespace.end() ? none : it->second;
}

const PolicyIndex::Side *PolicyIndex::side(const std::string &ns, bool egress) const
{
    const auto it = m_sides.find(ns + (egress ? "/E" : "/I"));
    return it == m_sides.end() ? nullptr : &it->second;
}

std::vector<int> PolicyIndex::selecting(const std::string &ns, bool egress,
                                        const LabelSelector &selector) const
{
    const Side *s = side(ns, egress);
    if (!s)
        return {};
    // Candidates: every policy, or, when the selector fixes a label, those with that label's
    // value plus those that do not mention the label at all.
    const std::vector<int> *best = &s->all;
    std::vector<int> merged;
    for (const auto &[key, value] : selector.matchLabels) {
        auto lacking = s->lacking.find(key);
        if (lacking == s->lacking.end()) {
            std::vector<int> without;
            for (int i : s->all) {
                if (!m_set.policies[std::size_t(i)].spec.podSelector.matchLabels.count(key))
                    without.push_back(i);
            }
            lacking = s->lacking.emplace(key, std::move(without)).first;
        }
        const auto byKey = s->byLabel.find(key);
        const std::vector<int> *with = nullptr;
        if (byKey != s->byLabel.end()) {
            const auto byValue = byKey->second.find(value);
            if (byValue != byKey->second.end())
                with = &byValue->second;
        }
        const std::size_t size = lacking->second.size() + (with ? with->size() : 0);
        if (size < (best == &merged ? merged.size() : best->size())) {
            merged = lacking->second;
            if (with)
                merged.insert(merged.end(), with->begin(), with->end());
            best = &merged;
        }
    }
    std::vector<int> out;
    for (int i : *best) {
        const LabelSelector &own = m_set.policies[std::size_t(i)].spec.podSelector;
        if (!labelsConflict(own.matchLabels, selector.matchLabels)
            && selectorsOverlap(own, selector))
            out.push_back(i);
    }
    std::sort(out.begin(), out.end());
    return out;
}

Diagnostic PolicyIndex::finding(Severity severity, const char *code, int index,
                                const std::string &path, std::string message,
                                std::string hint) const
{
    Diagnostic d{severity, code, std::move(message), {}, std::move(hint)};
    d.location = m_set.policySources[std::size_t(index)].locate(path);
    d.location.field = path;
    return d;
}

std::string describePods(const LabelSelector &selector, const std::string &ns)
{
    if (selector.isEmpty())
        return "every pod of " + ns;
    return "pods " + formatSelector(selector) + " in " + ns;
}

std::string describePorts(const std::vector<NetworkPolicyPort> &ports)
{
    if (ports.empty())
        return "every port";
    std::string out;
    for (const NetworkPolicyPort &p : ports)
        out += (out.empty() ? "" : ", ") + portText(p);
    return out;
}

bool allowsDns(const NetworkPolicyRule &rule)
{
    NetworkPolicyPort dns;
    dns.protocol = "UDP";
    dns.port = PortValue::fromNumber(53);
    return portsOverlap(rule.ports, {dns});
}

std::string listNames(const std::vector<std::string> &names, std::size_t shown)
{
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    if (names.size() > shown)
        out += " and " + std::to_string(names.size() - shown) + " more";
    return out;
}

bool portsOverlap(const std::vector<NetworkPolicyPort> &a, const std::vector<NetworkPolicyPort> &b)
{
    if (a.empty() || b.empty())
        return true;
    const auto overlap = [](const NetworkPolicyPort &x, const NetworkPolicyPort &y) {
        if (x.effectiveProtocol() != y.effectiveProtocol())
            return false;
        if (!x.port || !y.port)
            return true;
        if (x.port->isName || y.port->isName)
            return !(x.port->isName && y.port->isName) || x.port->name == y.port->name;
        const long long xHigh = x.endPort.value_or(x.port->number);
        const long long yHigh = y.endPort.value_or(y.port->number);
        return x.port->number <= yHigh && y.port->number <= xHigh;
    };
    return std::any_of(a.begin(), a.end(), [&](const NetworkPolicyPort &x) {
        return std::any_of(b.begin(), b.end(),
                           [&](const NetworkPolicyPort &y) { return overlap(x, y); });
    });
}

} // namespace Netpol::ManifestLint
