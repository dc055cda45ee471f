#include "model/analysis/tieredexplain.h"

#include "model/analysis/analysisformat.h"
#include "model/analysis/connectionformat.h"
#include "model/analysis/tieredconnections_p.h"

#include <algorithm>
#include <ostream>

namespace Netpol {

namespace {

std::string clusterRulePath(const ClusterRuleRef &rule, bool egress)
{
    return std::string(egress ? "spec.egress[" : "spec.ingress[") + std::to_string(rule.rule)
           + ']';
}

// The reason with the rules named by `rule` and `policy` (with or without locations).
template<typename RuleName, typename PolicyName, typename ClusterName>
std::string sideReason(const PolicyEvaluator &evaluator, const SideVerdict &side,
                       const std::string &subjectNs, bool egress, RuleName rule,
                       PolicyName policy, ClusterName clusterRule)
{
    const std::string direction = egress ? "egress" : "ingress";
    std::string passes;
    for (const ClusterRuleRef &pass : side.passes)
        passes += "passed on by " + clusterRule(pass) + " (" + clusterRuleTier(evaluator, pass)
                  + ", Pass); ";
    const std::string unknown = side.unknownAddress
                                    ? " (an address not in the input: a networks peer matches "
                                      "it only through a /0)"
                                    : "";
    if (side.decision) {
        const ClusterDecision &d = *side.decision;
        return passes + (d.action == ClusterAction::Accept ? "allowed" : "denied") + " by the "
               + clusterRuleTier(evaluator, d.rule) + ": " + clusterRule(d.rule) + " ("
               + evaluator.clusterTiers().ruleAt(d.rule.policy, egress, d.rule.rule).action
               + ')' + unknown;
    }
    if (!side.isolated)
        return passes + "open (no NetworkPolicy in namespace " + subjectNs + " selects it for "
               + direction + ", and no guardrail rule decides)" + unknown;
    if (!side.allowingRules.empty()) {
        std::vector<std::string> rules;
        for (const RuleRef &r : side.allowingRules)
            rules.push_back(rule(r));
        return passes + "allowed by " + joinedWithAnd(rules) + unknown;
    }
    std::vector<std::string> policies;
    for (std::size_t index : side.isolatingPolicies)
        policies.push_back(policy(index));
    return passes + "denied: isolated by " + joinedWithAnd(policies) + ", and none of "
           + (policies.size() == 1 ? "its " : "their ") + direction + " rules allows it"
           + unknown;
}

std::string sideKey(const PolicyEvaluator &evaluator, const SideVerdict &side,
                    const std::string &subjectNs, bool egress)
{
    auto rule = [&](const RuleRef &r) {
        const NetworkPolicy &p = evaluator.policies()[r.policy];
        return p.metadata.ns + '/' + p.metadata.name + ' '
               + (egress ? "spec.egress[" : "spec.ingress[") + std::to_string(r.rule) + ']';
    };
    auto policy = [&](std::size_t index) {
        const NetworkPolicy &p = evaluator.policies()[index];
        return p.metadata.ns + '/' + p.metadata.name;
    };
    auto clusterRule = [&](const ClusterRuleRef &r) {
        return evaluator.clusterTiers().policies()[r.policy].displayName() + ' '
               + clusterRulePath(r, egress);
    };
    return sideReason(evaluator, side, subjectNs, egress, rule, policy, clusterRule);
}

std::string decidedBy(const SideVerdict &side, const PolicyEvaluator &evaluator)
{
    if (side.decision) {
        const std::string tier = clusterRuleTier(evaluator, side.decision->rule);
        return tier.substr(0, tier.find(' '));
    }
    return side.isolated ? "NetworkPolicy" : "default";
}

} // namespace

std::string joinedWithAnd(const std::vector<std::string> &items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::string explainedClusterRule(const Cluster &cluster, const PolicyEvaluator &evaluator,
                                 const ClusterRuleRef &rule, bool egress)
{
    const ClusterPolicy &p = evaluator.clusterTiers().policies()[rule.policy];
    const std::string path = clusterRulePath(rule, egress);
    std::string text = p.displayName() + ' ' + path;
    const ClusterPolicyRule &r = egress ? p.egress[rule.rule] : p.ingress[rule.rule];
    if (!r.name.empty())
        text += " \"" + r.name + '"';
    const auto &sources = cluster.clusterPolicySources;
    if (rule.policy < sources.size()) {
        const Location at = sources[rule.policy].locate(path);
        if (at.hasPosition())
            text += " (" + at.file + ':' + std::to_string(at.line) + ')';
    }
    return text;
}

std::string clusterRuleTier(const PolicyEvaluator &evaluator, const ClusterRuleRef &rule)
{
    const auto tier = evaluator.clusterTiers().policies()[rule.policy].effectiveTier();
    return std::string(clusterTierName(tier.value_or(ClusterTier::Admin))) + " tier";
}

std::string tieredSideReason(const Cluster &cluster, const PolicyEvaluator &evaluator,
                             const SideVerdict &side, const std::string &subjectNs, bool egress)
{
    auto rule = [&](const RuleRef &r) { return explainedRule(cluster, evaluator, r, egress); };
    auto policy = [&](std::size_t index) { return explainedPolicy(cluster, evaluator, index); };
    auto clusterRule = [&](const ClusterRuleRef &r) {
        return explainedClusterRule(cluster, evaluator, r, egress);
    };
    return sideReason(evaluator, side, subjectNs, egress, rule, policy, clusterRule);
}

TieredSides tieredSides(const Cluster &cluster, const PolicyEvaluator &evaluator,
                        const NetworkPeer &from, const NetworkPeer &to)
{
    TieredSides out;
    for (Protocol protocol : kAllProtocols) {
        for (const auto &[first, last] : pairPortIntervals(evaluator, from, to, protocol)) {
            const Verdict verdict = evaluator.explain(from, to, first, protocol);
            const PortSet ports = PortSet::range(protocol, first, last);
            for (int s = 0; s < 2; ++s) {
                const bool egress = s == 0;
                const NetworkPeer &subject = egress ? from : to;
                if (!subject.isPod)
                    continue;
                const SideVerdict &side = egress ? verdict.egress : verdict.ingress;
                const std::string key = sideKey(evaluator, side, subject.ns, egress);
                std::vector<TieredSideGroup> &groups = out.sides[s];
                auto found = std::find_if(groups.begin(), groups.end(),
                                          [&](const TieredSideGroup &g) { return g.key == key; });
                if (found == groups.end()) {
                    groups.push_back({ports, side.allowed(), side,
                                      tieredSideReason(cluster, evaluator, side, subject.ns,
                                                       egress),
                                      key});
                } else {
                    found->ports.unite(ports);
                }
            }
        }
    }
    return out;
}

const std::vector<std::pair<int, int>> &TierIntervals::of(const NetworkPeer &destination,
                                                         Protocol protocol) const
{
    Key key{{}, int(protocol)};
    for (const ContainerPort &p : destination.ports)
        key.first.emplace_back(p.name, p.port, int(p.protocol));
    auto found = m_cache.find(key);
    if (found == m_cache.end())
        found = m_cache.emplace(key, tierPortIntervals(m_evaluator, &destination, protocol)).first;
    return found->second;
}

PortSet tieredSidePorts(const PolicyEvaluator &evaluator, const NetworkPeer &subject, bool egress,
                        const NetworkPeer &remote, const PortSet *within,
                        const TierIntervals *intervals)
{
    const NetworkPeer &destination = egress ? remote : subject;
    PortSet out;
    for (Protocol protocol : kAllProtocols) {
        if (within && within->ranges(protocol).empty())
            continue;
        const auto computed = intervals ? std::vector<std::pair<int, int>>()
                                        : tierPortIntervals(evaluator, &destination, protocol);
        for (const auto &interval :
             intervals ? intervals->of(destination, protocol) : computed) {
            // Plain locals: clang 14 does not let a lambda capture structured bindings.
            const int first = interval.first;
            const int last = interval.second;
            if (within
                && std::none_of(within->ranges(protocol).begin(), within->ranges(protocol).end(),
                                [&](const PortSet::Range &r) {
                                    return r.first <= last && first <= r.second;
                                }))
                continue;
            const bool allowed
                = egress ? evaluator.egressAllowed(subject, remote, first, protocol)
                         : evaluator.ingressAllowed(remote, subject, first, protocol);
            if (allowed)
                out.unite(PortSet::range(protocol, first, last));
        }
    }
    return within ? out.intersect(*within) : out;
}

std::vector<std::string> tieredConnectionLines(const Cluster &cluster,
                                               const PolicyEvaluator &evaluator,
                                               const NetworkPeer &from, const std::string &fromName,
                                               const NetworkPeer &to, const std::string &toName,
                                               const PortSet &ports, bool withDenied)
{
    const TieredSides sides = tieredSides(cluster, evaluator, from, to);
    std::vector<std::string> lines;
    auto head = [&](bool egress) {
        return std::string(egress ? "egress of " : "ingress of ") + (egress ? fromName : toName);
    };
    if (!ports.empty()) {
        for (int s = 0; s < 2; ++s) {
            const bool egress = s == 0;
            if (!(egress ? from : to).isPod) {
                lines.push_back(head(egress) + ": an address outside the cluster; no policy applies");
                continue;
            }
            for (const TieredSideGroup &g : sides.sides[s]) {
                const PortSet mine = g.ports.intersect(ports);
                if (g.allowed && !mine.empty())
                    lines.push_back(head(egress) + " (" + connectionPortsText(mine)
                                    + "): " + g.reason);
            }
        }
    }
    if (withDenied && !ports.isAll()) {
        for (int s = 0; s < 2; ++s) {
            for (const TieredSideGroup &g : sides.sides[s]) {
                if (!g.allowed)
                    lines.push_back(head(s == 0) + " (" + connectionPortsText(g.ports)
                                    + "): " + g.reason);
            }
        }
    }
    return lines;
}

void writeTieredSidesJson(std::ostream &out, const Cluster &cluster,
                          const PolicyEvaluator &evaluator, const NetworkPeer &from,
                          const NetworkPeer &to)
{
    const TieredSides sides = tieredSides(cluster, evaluator, from, to);
    for (int s = 0; s < 2; ++s) {
        const bool egress = s == 0;
        const NetworkPeer &subject = egress ? from : to;
        out << (egress ? ", \"egress\": " : ", \"ingress\": ") << "{\"isolated\": "
            << (subject.isPod && evaluator.isolated(subject, egress) ? "true" : "false")
            << ", \"decisions\": [";
        for (std::size_t i = 0; i < sides.sides[s].size(); ++i) {
            const TieredSideGroup &g = sides.sides[s][i];
            out << (i ? ", " : "") << "{\"ports\": " << portsJson(g.ports)
                << ", \"allowed\": " << (g.allowed ? "true" : "false")
                << ", \"decidedBy\": " << jsonString(decidedBy(g.verdict, evaluator));
            if (g.verdict.decision)
                out << ", \"rule\": "
                    << jsonString(explainedClusterRule(cluster, evaluator,
                                                       g.verdict.decision->rule, egress));
            out << ", \"passedBy\": [";
            for (std::size_t p = 0; p < g.verdict.passes.size(); ++p)
                out << (p ? ", " : "")
                    << jsonString(explainedClusterRule(cluster, evaluator, g.verdict.passes[p],
                                                       egress));
            out << "], \"allowedBy\": [";
            for (std::size_t r = 0; r < g.verdict.allowingRules.size(); ++r)
                out << (r ? ", " : "")
                    << jsonString(explainedRule(cluster, evaluator, g.verdict.allowingRules[r],
                                                egress));
            out << "], \"reason\": " << jsonString(g.reason) << '}';
        }
        out << "]}";
    }
}

} // namespace Netpol
