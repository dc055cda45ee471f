#include "model/analysis/changecauses.h"

#include "model/analysis/connectionformat.h"
#include "model/analysis/tieredexplain.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace Netpol {

namespace {

struct RuleAllowance
{
    std::string text; // the rule as explanations name it, in the input that has it
    PortSet ports;    // what it allows toward the pair
};

// (direction, "ns/name", rule index): the same rule in both inputs.
using RuleKey = std::tuple<bool, std::string, std::size_t>;

struct SideState
{
    bool address = false;
    bool isolated = false;
    std::string isolatingPolicies;
    std::map<RuleKey, RuleAllowance> rules;
};

SideState sideState(const ChangeSide &side, const NetworkPeer &from, const NetworkPeer &to,
                    bool egress)
{
    const ConnectionReasons reasons
        = explainConnection(*side.evaluator, from, to, PortSet::all());
    const SideReasons &reasonsOfSide = egress ? reasons.egress : reasons.ingress;
    SideState state;
    state.address = reasonsOfSide.address;
    state.isolated = reasonsOfSide.isolated;
    const NetworkPeer &subject = egress ? from : to;
    if (state.isolated) {
        for (std::size_t index : side.evaluator->policiesIn(subject.ns)) {
            if (side.evaluator->selects(index, subject, egress))
                state.isolatingPolicies += (state.isolatingPolicies.empty() ? "" : ", ")
                                           + explainedPolicy(*side.cluster, *side.evaluator,
                                                             index);
        }
    }
    for (const auto &[rule, ports] : reasonsOfSide.rules) {
        const NetworkPolicy &policy = side.evaluator->policies()[rule.policy];
        state.rules[{egress, policy.metadata.ns + '/' + policy.metadata.name, rule.rule}]
            = {explainedRule(*side.cluster, *side.evaluator, rule, egress), ports};
    }
    return state;
}

// With guardrails in either input: the ports on which the side's verdict turned, with what
// decided it in NEW and in OLD.
void tieredCauses(const ChangeSide &before, const ConnectionEndpoint &oldFrom,
                  const ConnectionEndpoint &oldTo, const ChangeSide &after,
                  const ConnectionEndpoint &newFrom, const ConnectionEndpoint &newTo, bool egress,
                  const std::string &head, std::vector<std::string> &lines)
{
    const TieredSides old = tieredSides(*before.cluster, *before.evaluator, oldFrom.peer,
                                        oldTo.peer);
    const TieredSides now = tieredSides(*after.cluster, *after.evaluator, newFrom.peer,
                                        newTo.peer);
    const int s = egress ? 0 : 1;
    for (const TieredSideGroup &n : now.sides[s]) {
        for (const TieredSideGroup &o : old.sides[s]) {
            const PortSet turned = n.ports.intersect(o.ports);
            if (n.allowed != o.allowed && !turned.empty())
                lines.push_back(head + "(" + connectionPortsText(turned) + ") now " + n.reason
                                + " (was: " + o.reason + ')');
        }
    }
}

// " (the policy is not in NEW)" where the other input has no policy of that namespace and
// name: the rule went (or came) with its whole policy.
std::string policyMissingIn(const PolicyEvaluator &other, const std::string &nsName, const char *side)
{
    const std::string ns = nsName.substr(0, nsName.find('/'));
    const std::string name = nsName.substr(ns.size() + 1);
    const auto &inNamespace = other.policiesIn(ns);
    const bool present = std::any_of(inNamespace.begin(), inNamespace.end(), [&](std::size_t i) {
        return other.policies()[i].metadata.name == name;
    });
    return present ? std::string() : std::string(" (the policy is not in ") + side + ')';
}

} // namespace

std::vector<std::string> explainChangeCauses(const ChangeSide &before, const ChangeSide &after)
{
    std::vector<std::string> lines;
    const ConnectionEndpoint *from = after.from ? after.from : before.from;
    const ConnectionEndpoint *to = after.to ? after.to : before.to;
    for (bool egress : {true, false}) {
        const ConnectionEndpoint *subject = egress ? from : to;
        auto endsOf = [&](const ChangeSide &side) {
            return std::make_pair(side.from ? side.from : from, side.to ? side.to : to);
        };
        const auto [oldFrom, oldTo] = endsOf(before);
        const auto [newFrom, newTo] = endsOf(after);
        if (before.evaluator->hasClusterPolicies() || after.evaluator->hasClusterPolicies()) {
            tieredCauses(before, *oldFrom, *oldTo, after, *newFrom, *newTo, egress,
                         std::string("because: ") + (egress ? "egress of " : "ingress of ")
                             + subject->name + ' ',
                         lines);
            continue;
        }
        const SideState old = sideState(before, oldFrom->peer, oldTo->peer, egress);
        const SideState now = sideState(after, newFrom->peer, newTo->peer, egress);
        if (old.address && now.address)
            continue;
        const std::string head = std::string("because: ") + (egress ? "egress of " : "ingress of ")
                                 + subject->name + ": ";
        if (old.isolated != now.isolated) {
            lines.push_back(head
                            + (now.isolated ? "isolated now by " + now.isolatingPolicies
                                            : "open now: no NetworkPolicy in namespace "
                                                  + subject->ns + " selects it for "
                                                  + (egress ? "egress" : "ingress")
                                                  + " (before: isolated by "
                                                  + old.isolatingPolicies + ')'));
        }
        for (const auto &[key, allowance] : now.rules) {
            const auto found = old.rules.find(key);
            if (found == old.rules.end())
                lines.push_back(head + allowance.text + " now allows "
                                + connectionPortsText(allowance.ports)
                                + policyMissingIn(*before.evaluator, std::get<1>(key), "OLD"));
            else if (!(found->second.ports == allowance.ports))
                lines.push_back(head + allowance.text + " allows "
                                + connectionPortsText(allowance.ports) + " (was "
                                + connectionPortsText(found->second.ports) + ')');
        }
        for (const auto &[key, allowance] : old.rules) {
            if (!now.rules.count(key))
                lines.push_back(head + allowance.text + " no longer allows "
                                + connectionPortsText(allowance.ports)
                                + policyMissingIn(*after.evaluator, std::get<1>(key), "NEW"));
        }
    }
    for (const auto &[end, isNew, isGone] :
         {std::make_tuple(from, !before.from, !after.from),
          std::make_tuple(to, !before.to, !after.to)}) {
        if (isNew || isGone)
            lines.push_back("because: " + end->label() + " is only in "
                            + (isNew ? "NEW" : "OLD"));
    }
    return lines;
}

} // namespace Netpol
