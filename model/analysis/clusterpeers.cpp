#include "model/analysis/clusterpeers.h"

#include "model/k8s/cidr.h"

#include <algorithm>
#include <optional>

namespace Netpol {

namespace {

// A pod peer as a namespace selector and a pod selector, either absent for "every one".
struct PodScope
{
    std::optional<LabelSelector> namespaces;
    std::optional<LabelSelector> pods;
};

std::optional<PodScope> podScope(const ClusterPolicyPeer &peer)
{
    auto orEvery = [](const std::optional<LabelSelector> &selector) {
        return selector && !selector->isEmpty() ? selector : std::nullopt;
    };
    if (peer.namespaces)
        return PodScope{orEvery(peer.namespaces), std::nullopt};
    if (peer.pods)
        return PodScope{orEvery(peer.pods->namespaceSelector), orEvery(peer.pods->podSelector)};
    return std::nullopt;
}

// `outer` is every one, or the same selector as `inner`.
bool widerOrSame(const std::optional<LabelSelector> &inner, const std::optional<LabelSelector> &outer)
{
    return !outer || (inner && *inner == *outer);
}

} // namespace

bool clusterPeerWithin(const ClusterPolicyPeer &inner, const ClusterPolicyPeer &outer)
{
    if (const auto in = podScope(inner)) {
        const auto out = podScope(outer);
        return out && widerOrSame(in->namespaces, out->namespaces) && widerOrSame(in->pods, out->pods);
    }
    if (inner.networks && outer.networks) {
        return std::all_of(inner.networks->begin(), inner.networks->end(), [&](const std::string &text) {
            const auto block = parseCidr(text).cidr;
            return block && std::any_of(outer.networks->begin(), outer.networks->end(),
                                        [&](const std::string &other) {
                                            const auto wide = parseCidr(other).cidr;
                                            return wide && wide->contains(*block);
                                        });
        });
    }
    if (inner.nodes && outer.nodes)
        return outer.nodes->isEmpty() || *inner.nodes == *outer.nodes;
    return false;
}

bool holdsBothSpaces(const std::vector<std::string> &networks)
{
    bool v4 = false, v6 = false;
    for (const std::string &text : networks) {
        const auto cidr = parseCidr(text).cidr;
        if (cidr && cidr->prefix == 0)
            (text.find(':') == std::string::npos ? v4 : v6) = true;
    }
    return v4 && v6;
}

bool holdsWholeSpace(const std::vector<std::string> &networks)
{
    return std::any_of(networks.begin(), networks.end(), [](const std::string &text) {
        const auto cidr = parseCidr(text).cidr;
        return cidr && cidr->prefix == 0;
    });
}

} // namespace Netpol
