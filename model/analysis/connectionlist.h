#pragma once

#include "model/analysis/addressset.h"
#include "model/analysis/cluster.h"
#include "model/analysis/evaluator.h"
#include "model/analysis/portset.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Netpol {

// The ports allowed from one peer to another (indexes into the peers given).
struct PeerConnection
{
    std::size_t from = 0;
    std::size_t to = 0;
    PortSet ports; // never empty
};

// Every ordered pair of peers with something allowed, and what: the source's egress side
// intersected with the destination's ingress side, per port and protocol. A peer and itself,
// and an address to an address (no policy sees it), are left out. Computed per class of peers
// that no policy can tell apart (see ReachabilityMatrix), so the cost grows with the classes,
// the rules and the allowed pairs, not with the peers squared. Ordered by from, then to.
std::vector<PeerConnection> computeConnections(const PolicyEvaluator &evaluator,
                                               const std::vector<NetworkPeer> &peers);

// The rules of one side that allow some of a connection's ports, with those ports.
struct SideReasons
{
    bool isolated = false; // false: open, no policy selects the pod for this direction
    bool address = false;  // the side is an address outside the cluster: no policy applies
    std::vector<std::pair<RuleRef, PortSet>> rules;
};

struct ConnectionReasons
{
    SideReasons egress;  // of the source
    SideReasons ingress; // of the destination
};

// Which rules of each side allow which of `ports` from `from` to `to`.
ConnectionReasons explainConnection(const PolicyEvaluator &evaluator, const NetworkPeer &from,
                                    const NetworkPeer &to, const PortSet &ports);

// An end of a connection list: a workload or an address set outside the cluster.
struct ConnectionEndpoint
{
    std::string name; // NS/NAME (NS/KIND/NAME when kinds share a name) or the address set
    std::string kind; // the workload's kind; empty for an address set
    std::string ns;   // for matching across inputs; empty for an address set
    std::string workloadName;
    std::optional<std::size_t> workload; // index into Cluster::workloads
    NetworkPeer peer;

    // "shop/web[Deployment]", or the address set.
    std::string label() const;
    // What identifies the endpoint across two inputs: namespace, kind and name, or the set.
    std::string key() const;
};

// The allowed connections of a cluster between its workloads and the address sets outside it.
class ConnectionList
{
public:
    ConnectionList(const Cluster &cluster, const PolicyEvaluator &evaluator,
                   const std::vector<AddressSet> &addresses);

    const std::vector<ConnectionEndpoint> &endpoints() const { return m_endpoints; }
    // Sorted by the labels of from, then to.
    const std::vector<PeerConnection> &connections() const { return m_connections; }

private:
    std::vector<ConnectionEndpoint> m_endpoints;
    std::vector<PeerConnection> m_connections;
};

// "TCP 5432,9000-9010; UDP 53", or "All Connections" when every port of every protocol is in.
std::string connectionPortsText(const PortSet &ports);
// The port list of one protocol, "5432,9000-9010"; empty when none.
std::string protocolPortsText(const PortSet &ports, Protocol protocol);

} // namespace Netpol
