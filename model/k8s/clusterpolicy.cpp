#include "model/k8s/clusterpolicy.h"

namespace Netpol {

const char *clusterPolicyKindName(ClusterPolicyKind kind)
{
    switch (kind) {
    case ClusterPolicyKind::ClusterNetworkPolicy:
        return "ClusterNetworkPolicy";
    case ClusterPolicyKind::AdminNetworkPolicy:
        return "AdminNetworkPolicy";
    case ClusterPolicyKind::BaselineAdminNetworkPolicy:
        return "BaselineAdminNetworkPolicy";
    }
    return "";
}

std::optional<ClusterPolicyKind> parseClusterPolicyKind(const std::string &kind)
{
    for (ClusterPolicyKind k : {ClusterPolicyKind::ClusterNetworkPolicy,
                                ClusterPolicyKind::AdminNetworkPolicy,
                                ClusterPolicyKind::BaselineAdminNetworkPolicy}) {
        if (kind == clusterPolicyKindName(k))
            return k;
    }
    return std::nullopt;
}

const char *clusterTierName(ClusterTier tier)
{
    return tier == ClusterTier::Admin ? "Admin" : "Baseline";
}

std::optional<ClusterTier> ClusterPolicy::effectiveTier() const
{
    switch (kind) {
    case ClusterPolicyKind::AdminNetworkPolicy:
        return ClusterTier::Admin;
    case ClusterPolicyKind::BaselineAdminNetworkPolicy:
        return ClusterTier::Baseline;
    case ClusterPolicyKind::ClusterNetworkPolicy:
        if (tier == "Admin")
            return ClusterTier::Admin;
        if (tier == "Baseline")
            return ClusterTier::Baseline;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<ClusterAction> ClusterPolicy::ruleAction(const ClusterPolicyRule &rule) const
{
    const bool cnp = kind == ClusterPolicyKind::ClusterNetworkPolicy;
    if (rule.action == (cnp ? "Accept" : "Allow"))
        return ClusterAction::Accept;
    if (rule.action == "Deny")
        return ClusterAction::Deny;
    if (rule.action == "Pass" && kind != ClusterPolicyKind::BaselineAdminNetworkPolicy)
        return ClusterAction::Pass;
    return std::nullopt;
}

std::string ClusterPolicy::displayName() const
{
    return std::string(clusterPolicyKindName(kind)) + '/' + metadata.name;
}

} // namespace Netpol
