#pragma once

#include "model/cidr.h"
#include "model/design.h"
#include "model/networkpolicy.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace Netpol {

// One end of a connection: a pod (namespace, labels, the namespace's labels, its container
// ports, its address when known) or an address outside the cluster.
struct NetworkPeer
{
    bool isPod = true;
    std::string ns;
    Labels labels;
    Labels namespaceLabels; // including kubernetes.io/metadata.name
    std::vector<ContainerPort> ports;
    std::optional<IpAddress> ip;

    static NetworkPeer pod(std::string ns, Labels labels, Labels namespaceLabels,
                           std::vector<ContainerPort> ports = {},
                           std::optional<IpAddress> ip = std::nullopt);
    static NetworkPeer address(IpAddress ip);

    // The number a named port has on this pod for `protocol`, if any.
    std::optional<int> resolveNamedPort(const std::string &name, Protocol protocol) const;
};

// The NetworkPolicy verdict for connections, per the semantics page: a connection is allowed
// iff the source's egress side and the destination's ingress side both allow it; a side with
// no policy selecting the pod for that direction is open; rules are ORed; ports AND peers.
class PolicyEvaluator
{
public:
    explicit PolicyEvaluator(std::vector<NetworkPolicy> policies);

    bool allowed(const NetworkPeer &from, const NetworkPeer &to, int port, Protocol protocol) const;
    bool egressAllowed(const NetworkPeer &from, const NetworkPeer &to, int port, Protocol protocol) const;
    bool ingressAllowed(const NetworkPeer &from, const NetworkPeer &to, int port, Protocol protocol) const;

    // Is the pod isolated for that direction (some policy of its namespace selects it)?
    bool isolated(const NetworkPeer &pod, bool egress) const;

    const std::vector<NetworkPolicy> &policies() const { return m_policies; }

    // The building blocks, for explanations.
    static bool ruleMatches(const NetworkPolicyRule &rule, const std::string &policyNamespace,
                            const NetworkPeer &remote, const NetworkPeer &destination, int port,
                            Protocol protocol);
    static bool peerMatches(const NetworkPolicyPeer &peer, const std::string &policyNamespace,
                            const NetworkPeer &remote);
    static bool portMatches(const NetworkPolicyPort &entry, const NetworkPeer &destination, int port,
                            Protocol protocol);

private:
    bool sideAllows(const NetworkPeer &subject, bool egress, const NetworkPeer &remote,
                    const NetworkPeer &destination, int port, Protocol protocol) const;

    std::vector<NetworkPolicy> m_policies;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byNamespace;
};

} // namespace Netpol
