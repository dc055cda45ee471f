#include "model/analysis/reachability.h"
#include "model/core/quoting.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <unordered_map>

namespace Netpol {

std::string TrafficPort::toString() const
{
    return std::to_string(port) + '/' + std::string(protocolName(protocol));
}

std::optional<TrafficPort> parseTrafficPort(std::string_view text, std::string *error)
{
    auto fail = [&](const std::string &message) -> std::optional<TrafficPort> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    TrafficPort out;
    std::string_view number = text;
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        number = text.substr(0, slash);
        const auto protocol = parseProtocol(text.substr(slash + 1));
        if (!protocol)
            return fail("unknown protocol " + quotedValue(text.substr(slash + 1))
                        + " (expected TCP, UDP or SCTP)");
        out.protocol = *protocol;
    }
    const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), out.port);
    if (number.empty() || ec != std::errc() || ptr != number.data() + number.size())
        return fail(quotedValue(std::string(number)) + " is not a port number");
    if (out.port < 1 || out.port > 65535)
        return fail("port " + std::string(number) + " must be between 1 and 65535, inclusive");
    return out;
}

namespace {

std::string selectorKey(const LabelSelector &s)
{
    std::string key;
    for (const auto &[k, v] : s.matchLabels)
        key += k + '\x1f' + v + '\x1e';
    key += '\x1d';
    for (const LabelSelectorRequirement &r : s.matchExpressions) {
        key += r.key + '\x1f' + r.op;
        for (const std::string &v : r.values)
            key += '\x1f' + v;
        key += '\x1e';
    }
    return key;
}

std::string labelsKey(const Labels &labels)
{
    std::string key;
    for (const auto &[k, v] : labels)
        key += k + '\x1f' + v + '\x1e';
    return key;
}

} // namespace

// Builds the classes, then each port's verdict rows from bitsets of classes.
class ReachabilityBuilder
{
public:
    using Bits = ReachabilityMatrix::Bits;

    ReachabilityBuilder(const PolicyEvaluator &e, ReachabilityMatrix &m) : m_eval(e), m_matrix(m) {}

    void run(const std::vector<NetworkPeer> &peers)
    {
        collectPolicyParts();
        classify(peers);
        m_matrix.m_words = (m_reps.size() + 63) / 64;
        m_matrix.m_rows.assign(m_matrix.m_ports.size() * m_reps.size(), {});
        if (m_matrix.m_ports.empty())
            return; // only the classes are wanted
        if (m_eval.hasClusterPolicies()) {
            // The tiers decide per side in order; the classes (which tell apart everything a
            // guardrail looks at too) are few, so each pair of classes is evaluated whole.
            for (std::size_t p = 0; p < m_matrix.m_ports.size(); ++p)
                computeTieredPort(p);
            return;
        }
        collectRules();
        for (std::size_t p = 0; p < m_matrix.m_ports.size(); ++p)
            computePort(p);
    }

private:
    struct SelectorUse
    {
        std::size_t selector; // index into m_selectors
        std::size_t policy;
        const NetworkPolicyPeer *peer; // null: the policy's podSelector
    };
    struct Rule
    {
        std::size_t policy;
        bool egress;
        std::size_t rule;
        bool namedPorts; // the port match depends on the destination
        Bits peers;      // classes the rule's peers match
    };

    void collectPolicyParts()
    {
        std::unordered_map<std::string, std::size_t> selectorIds;
        std::unordered_map<std::string, std::size_t> blockIds;
        auto selectorId = [&](const LabelSelector &s) {
            const auto [it, added] = selectorIds.emplace(selectorKey(s), m_selectors.size());
            if (added)
                m_selectors.push_back(&s);
            return it->second;
        };
        const auto &policies = m_eval.policies();
        for (std::size_t i = 0; i < policies.size(); ++i) {
            const NetworkPolicy &p = policies[i];
            m_uses.push_back({selectorId(p.spec.podSelector), i, nullptr});
            for (bool egress : {false, true}) {
                const auto &rules = egress ? p.spec.egress : p.spec.ingress;
                for (std::size_t r = 0; r < rules.size(); ++r) {
                    for (const NetworkPolicyPort &entry : rules[r].ports) {
                        if (entry.port && entry.port->isName)
                            m_namedPorts.emplace(entry.port->name + '/' + entry.effectiveProtocol(),
                                                 std::make_pair(entry.port->name, entry.effectiveProtocol()));
                    }
                    for (std::size_t k = 0; k < rules[r].peers.size(); ++k) {
                        const NetworkPolicyPeer &peer = rules[r].peers[k];
                        if (peer.ipBlock) {
                            std::string key = peer.ipBlock->cidr;
                            for (const std::string &e : peer.ipBlock->except)
                                key += ' ' + e;
                            if (blockIds.emplace(key, m_blocks.size()).second)
                                m_blocks.push_back({i, egress, r, k});
                        } else if (peer.podSelector) {
                            m_uses.push_back({selectorId(*peer.podSelector), i, &peer});
                        }
                    }
                }
            }
        }
    }

    // The selectors that can apply to pods of one namespace (with those labels).
    // Which uses can apply in a namespace, indexed so that a namespace looks only at its own
    // policies' uses and at the namespace selectors one of its labels could satisfy (a
    // selector with matchLabels needs its first pair), not at every use of the input.
    void indexUses()
    {
        for (std::size_t u = 0; u < m_uses.size(); ++u) {
            const SelectorUse &use = m_uses[u];
            const NetworkPolicy &p = m_eval.policies()[use.policy];
            if (!use.peer || !use.peer->namespaceSelector)
                m_usesInNamespace[p.metadata.ns].push_back(u);
            else if (use.peer->namespaceSelector->matchLabels.empty())
                m_usesAnyNamespace.push_back(u);
            else
                m_usesByNamespaceLabel[*use.peer->namespaceSelector->matchLabels.begin()]
                    .push_back(u);
        }
        m_usesIndexed = true;
    }

    // The selectors that can apply to pods of one namespace (with those labels).
    const std::vector<std::size_t> &selectorsFor(const NetworkPeer &pod, const std::string &nsKey)
    {
        const auto found = m_nsSelectors.find(nsKey);
        if (found != m_nsSelectors.end())
            return found->second;
        if (!m_usesIndexed)
            indexUses();
        std::vector<std::size_t> list;
        const auto local = m_usesInNamespace.find(pod.ns);
        if (local != m_usesInNamespace.end()) {
            for (std::size_t u : local->second)
                list.push_back(m_uses[u].selector);
        }
        auto addMatching = [&](const std::vector<std::size_t> &uses) {
            for (std::size_t u : uses) {
                if (m_uses[u].peer->namespaceSelector->matches(pod.namespaceLabels))
                    list.push_back(m_uses[u].selector);
            }
        };
        addMatching(m_usesAnyNamespace);
        for (const auto &label : pod.namespaceLabels) {
            const auto byLabel = m_usesByNamespaceLabel.find(label);
            if (byLabel != m_usesByNamespaceLabel.end())
                addMatching(byLabel->second);
        }
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        return m_nsSelectors.emplace(nsKey, std::move(list)).first->second;
    }

    void classify(const std::vector<NetworkPeer> &peers)
    {
        std::unordered_map<std::string, std::size_t> classes;
        m_matrix.m_classOf.reserve(peers.size());
        for (const NetworkPeer &peer : peers) {
            std::string key;
            if (peer.isPod) {
                const std::string nsKey = peer.ns + '\x1c' + labelsKey(peer.namespaceLabels);
                key = 'P' + nsKey + '\x1c';
                for (std::size_t s : selectorsFor(peer, nsKey))
                    key += m_selectors[s]->matches(peer.labels) ? '1' : '0';
                key += '\x1c';
                for (const auto &[id, named] : m_namedPorts) {
                    const auto resolved = parseProtocol(named.second)
                                              ? peer.resolveNamedPort(named.first, *parseProtocol(named.second))
                                              : std::nullopt;
                    key += std::to_string(resolved.value_or(0)) + ',';
                }
            } else {
                key = "A";
            }
            key += '\x1c' + clusterKey(peer) + '\x1c';
            for (const auto &[policy, egress, rule, index] : m_blocks)
                key += peer.ip && m_eval.peerMatchesAt(policy, egress, rule, index, peer) ? '1' : '0';
            const auto [it, added] = classes.emplace(std::move(key), m_reps.size());
            if (added)
                m_reps.push_back(&peer);
            m_matrix.m_classOf.push_back(it->second);
        }
        m_matrix.m_classCount = m_reps.size();
    }

    // What the cluster guardrails see of a peer: whether each subject selects it, whether
    // each rule's peers match it, and the numbers its named ports resolve to.
    std::string clusterKey(const NetworkPeer &peer) const
    {
        std::string key;
        const ClusterTiers &tiers = m_eval.clusterTiers();
        for (std::size_t i = 0; i < tiers.policies().size(); ++i) {
            const ClusterPolicy &policy = tiers.policies()[i];
            key += tiers.subjectSelects(i, peer) ? '1' : '0';
            for (bool egress : {false, true}) {
                const auto &rules = egress ? policy.egress : policy.ingress;
                for (std::size_t r = 0; r < rules.size(); ++r) {
                    key += tiers.rulePeersMatch(i, egress, r, peer) ? '1' : '0';
                    for (const ClusterPolicyPort &entry : rules[r].ports) {
                        if (!entry.namedPort)
                            continue;
                        for (Protocol protocol : kAllProtocols)
                            key += std::to_string(peer.resolveNamedPort(*entry.namedPort, protocol)
                                                      .value_or(0)) + ',';
                    }
                }
            }
        }
        return key;
    }

    void computeTieredPort(std::size_t p)
    {
        const std::size_t n = m_reps.size();
        const TrafficPort &port = m_matrix.m_ports[p];
        for (std::size_t a = 0; a < n; ++a) {
            Bits &row = m_matrix.m_rows[p * n + a];
            row.assign(m_matrix.m_words, 0);
            for (std::size_t b = 0; b < n; ++b) {
                if (m_eval.allowed(*m_reps[a], *m_reps[b], port.port, port.protocol))
                    row[b / 64] |= std::uint64_t(1) << (b % 64);
            }
        }
    }

    void collectRules()
    {
        const std::size_t n = m_reps.size();
        m_egressRules.assign(n, {});
        m_ingressRules.assign(n, {});
        m_isolated[0].assign(n, false);
        m_isolated[1].assign(n, false);
        std::map<std::tuple<std::size_t, bool, std::size_t>, std::size_t> ruleIds;
        for (std::size_t c = 0; c < n; ++c) {
            const NetworkPeer &rep = *m_reps[c];
            if (!rep.isPod)
                continue;
            for (std::size_t index : m_eval.policiesIn(rep.ns)) {
                for (bool egress : {false, true}) {
                    if (!m_eval.selects(index, rep, egress))
                        continue;
                    m_isolated[egress][c] = true;
                    const auto &spec = m_eval.policies()[index].spec;
                    const auto &rules = egress ? spec.egress : spec.ingress;
                    for (std::size_t r = 0; r < rules.size(); ++r) {
                        const auto key = std::make_tuple(index, egress, r);
                        auto it = ruleIds.find(key);
                        if (it == ruleIds.end())
                            it = ruleIds.emplace(key, addRule(index, egress, r)).first;
                        (egress ? m_egressRules : m_ingressRules)[c].push_back(it->second);
                    }
                }
            }
        }
    }

    std::size_t addRule(std::size_t policy, bool egress, std::size_t rule)
    {
        const auto &spec = m_eval.policies()[policy].spec;
        const NetworkPolicyRule &r = (egress ? spec.egress : spec.ingress)[rule];
        Rule out{policy, egress, rule, false, Bits(m_matrix.m_words, 0)};
        for (const NetworkPolicyPort &entry : r.ports)
            out.namedPorts = out.namedPorts || (entry.port && entry.port->isName);
        for (std::size_t c = 0; c < m_reps.size(); ++c) {
            if (m_eval.rulePeersMatch(policy, egress, rule, *m_reps[c]))
                out.peers[c / 64] |= std::uint64_t(1) << (c % 64);
        }
        m_rules.push_back(std::move(out));
        return m_rules.size() - 1;
    }

    bool portsMatch(const Rule &rule, const NetworkPeer &destination, const TrafficPort &port) const
    {
        return m_eval.rulePortsMatch(rule.policy, rule.egress, rule.rule, destination, port.port,
                                     port.protocol);
    }

    void computePort(std::size_t p)
    {
        const std::size_t n = m_reps.size();
        const std::size_t words = m_matrix.m_words;
        const TrafficPort &port = m_matrix.m_ports[p];
        Bits all(words, ~std::uint64_t(0));
        if (n % 64)
            all.back() = (std::uint64_t(1) << (n % 64)) - 1;

        // Ingress: for each destination class, the source classes it accepts.
        std::vector<Bits> accepts(n);
        for (std::size_t b = 0; b < n; ++b) {
            if (!m_isolated[0][b]) {
                accepts[b] = all;
                continue;
            }
            accepts[b].assign(words, 0);
            for (std::size_t id : m_ingressRules[b]) {
                const Rule &rule = m_rules[id];
                if (portsMatch(rule, *m_reps[b], port))
                    orInto(accepts[b], rule.peers);
            }
        }
        // Rules whose port match depends on the destination: per class, once per port.
        std::unordered_map<std::size_t, Bits> namedMasks;
        auto portMask = [&](std::size_t id) -> const Bits & {
            auto it = namedMasks.find(id);
            if (it != namedMasks.end())
                return it->second;
            Bits mask(words, 0);
            for (std::size_t c = 0; c < n; ++c) {
                if (portsMatch(m_rules[id], *m_reps[c], port))
                    mask[c / 64] |= std::uint64_t(1) << (c % 64);
            }
            return namedMasks.emplace(id, std::move(mask)).first->second;
        };
        // Egress, then both sides together.
        Bits sends(words);
        for (std::size_t a = 0; a < n; ++a) {
            if (!m_isolated[1][a]) {
                sends = all;
            } else {
                std::fill(sends.begin(), sends.end(), 0);
                for (std::size_t id : m_egressRules[a]) {
                    const Rule &rule = m_rules[id];
                    if (rule.namedPorts) {
                        const Bits &mask = portMask(id);
                        for (std::size_t w = 0; w < words; ++w)
                            sends[w] |= rule.peers[w] & mask[w];
                    } else if (portsMatch(rule, *m_reps[a], port)) {
                        orInto(sends, rule.peers);
                    }
                }
            }
            Bits row(words, 0);
            const std::uint64_t aBit = std::uint64_t(1) << (a % 64);
            for (std::size_t w = 0; w < words; ++w) {
                for (std::uint64_t bits = sends[w]; bits; bits &= bits - 1) {
                    const std::size_t b = w * 64 + std::size_t(__builtin_ctzll(bits));
                    if (accepts[b][a / 64] & aBit)
                        row[w] |= std::uint64_t(1) << (b % 64);
                }
            }
            m_matrix.m_rows[p * n + a] = std::move(row);
        }
    }

    static void orInto(Bits &target, const Bits &source)
    {
        for (std::size_t w = 0; w < target.size(); ++w)
            target[w] |= source[w];
    }

    const PolicyEvaluator &m_eval;
    ReachabilityMatrix &m_matrix;
    std::vector<const LabelSelector *> m_selectors;
    std::vector<SelectorUse> m_uses;
    std::vector<std::tuple<std::size_t, bool, std::size_t, std::size_t>> m_blocks;
    std::map<std::string, std::pair<std::string, std::string>> m_namedPorts;
    std::unordered_map<std::string, std::vector<std::size_t>> m_nsSelectors;
    bool m_usesIndexed = false;
    std::unordered_map<std::string, std::vector<std::size_t>> m_usesInNamespace;
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> m_usesByNamespaceLabel;
    std::vector<std::size_t> m_usesAnyNamespace;
    std::vector<const NetworkPeer *> m_reps;
    std::vector<Rule> m_rules;
    std::vector<std::vector<std::size_t>> m_egressRules;
    std::vector<std::vector<std::size_t>> m_ingressRules;
    std::vector<bool> m_isolated[2]; // [0] ingress, [1] egress
};

ReachabilityMatrix::ReachabilityMatrix(const PolicyEvaluator &evaluator,
                                       const std::vector<NetworkPeer> &peers,
                                       std::vector<TrafficPort> ports)
    : m_ports(std::move(ports))
{
    ReachabilityBuilder(evaluator, *this).run(peers);
}

bool ReachabilityMatrix::allowed(std::size_t from, std::size_t to, std::size_t portIndex) const
{
    const std::size_t a = m_classOf[from];
    const std::size_t b = m_classOf[to];
    return (m_rows[portIndex * m_classCount + a][b / 64] >> (b % 64)) & 1;
}

} // namespace Netpol
