#include "model/k8s/networkpolicy.h"

#include <algorithm>

namespace Netpol {

namespace {

bool contains(const std::vector<std::string> &values, const std::string &value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool requirementMatches(const LabelSelectorRequirement &r, const Labels &labels)
{
    const auto it = labels.find(r.key);
    const bool present = it != labels.end();
    if (r.op == "In")
        return present && contains(r.values, it->second);
    if (r.op == "NotIn")
        return !present || !contains(r.values, it->second);
    if (r.op == "Exists")
        return present;
    if (r.op == "DoesNotExist")
        return !present;
    return false; // an invalid operator selects nothing
}

} // namespace

bool LabelSelector::matches(const Labels &labels) const
{
    if (!labelsContain(labels, matchLabels))
        return false;
    return std::all_of(matchExpressions.begin(), matchExpressions.end(),
                       [&labels](const LabelSelectorRequirement &r) {
                           return requirementMatches(r, labels);
                       });
}

PolicyTypes NetworkPolicy::effectiveTypes() const
{
    PolicyTypes types;
    if (spec.policyTypes.empty()) {
        types.ingress = true;
        types.egress = !spec.egress.empty();
        return types;
    }
    types.ingress = contains(spec.policyTypes, kPolicyTypeIngress);
    types.egress = contains(spec.policyTypes, kPolicyTypeEgress);
    return types;
}

} // namespace Netpol
