#include "model/design/guardrail.h"

namespace Netpol {

const char *guardrailPeerKindName(GuardrailPeer::Kind kind)
{
    switch (kind) {
    case GuardrailPeer::Kind::Namespaces: return "namespaces";
    case GuardrailPeer::Kind::Pods: return "pods";
    case GuardrailPeer::Kind::Nodes: return "nodes";
    case GuardrailPeer::Kind::Networks: return "networks";
    case GuardrailPeer::Kind::DomainNames: return "domainNames";
    }
    return "namespaces";
}

const char *clusterPolicyApiName(ClusterPolicyApi api)
{
    switch (api) {
    case ClusterPolicyApi::V1beta1: return "v1beta1";
    case ClusterPolicyApi::V1alpha2: return "v1alpha2";
    case ClusterPolicyApi::V1alpha1: return "v1alpha1";
    }
    return "v1beta1";
}

std::optional<ClusterPolicyApi> parseClusterPolicyApi(std::string_view text)
{
    for (ClusterPolicyApi api :
         {ClusterPolicyApi::V1beta1, ClusterPolicyApi::V1alpha2, ClusterPolicyApi::V1alpha1}) {
        if (text == clusterPolicyApiName(api))
            return api;
    }
    return std::nullopt;
}

} // namespace Netpol
