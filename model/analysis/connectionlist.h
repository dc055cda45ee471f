#pragma once

#include "model/analysis/addressset.h"
#include "model/analysis/cluster.h"
#include "model/analysis/evaluator.h"
#include "model/analysis/portset.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Netpol {

// The ports allowed from one peer to another (indexes into the peers given). The port set is
// shared by every pair whose ends are in the same two classes of peers (they allow the same),
// so that a pair costs a few words and no allocation of its own.
struct PeerConnection
{
    std::size_t from = 0;
    std::size_t to = 0;
    std::shared_ptr<const PortSet> shared; // never null, never empty

    const PortSet &ports() const { return *shared; }
};

// Every ordered pair of peers with something allowed, and what: the source's egress side
// intersected with the destination's ingress side, per port and protocol. A peer and itself,
// and an address to an address (no policy sees it), are left out. Computed per class of peers
// that no policy can tell apart (see ReachabilityMatrix), so the cost grows with the classes,
// the rules and the allowed pairs, not with the peers squared. Ordered by from, then to.
// `portsKnown` (one per peer, or empty: all known) tells pods whose container ports are not
// known: named ports toward them stay symbolic, as PortSet::ofRule's portsKnown has it.
std::vector<PeerConnection> computeConnections(const PolicyEvaluator &evaluator,
                                               const std::vector<NetworkPeer> &peers,
                                               const std::vector<bool> &portsKnown = {});

// The connections of computeConnections before they are spread over the peers: per ordered
// pair of classes with something allowed, the ports (a pair of members of one class, not a
// peer and itself, has them too). Memory grows with the class pairs, not the peer pairs: an
// open namespace of 3,000 pods is one class pair.
struct ClassConnections
{
    using Pairs = std::vector<std::pair<std::pair<std::size_t, std::size_t>,
                                        std::shared_ptr<const PortSet>>>;
    std::vector<std::size_t> classOf;              // per peer
    std::vector<std::vector<std::size_t>> members; // per class, ascending
    Pairs pairs;                                   // (from class, to class), ports never empty
};

ClassConnections computeClassConnections(const PolicyEvaluator &evaluator,
                                         const std::vector<NetworkPeer> &peers,
                                         const std::vector<bool> &portsKnown = {});

// A row of ports per class, ascending by class, and the ports it holds for class `c` (null:
// none), found by binary search.
using ClassRow = std::vector<std::pair<std::size_t, PortSet>>;
const PortSet *findInRow(const ClassRow &row, std::size_t c);

// Each side per class of peers (the classes of computeConnections): for rules judged per
// pair, without going through the pairs of peers.
struct ClassSides
{
    struct Side
    {
        std::vector<bool> isolated;  // per class: a pod some policy isolates for the direction
        std::vector<PortSet> toAll;  // per class: what its rules allow toward every class
        // Per class: what its rules allow toward (from) some classes, ascending by class.
        std::vector<ClassRow> toSome;
    };

    std::vector<std::size_t> classOf;             // per peer
    std::vector<std::vector<std::size_t>> members; // per class, ascending
    Side sides[2];                                 // [0] ingress, [1] egress

    // What the subject class's rules allow toward (egress) or from (ingress) the remote
    // class: nothing when the subject is not isolated.
    PortSet explicitPorts(bool egress, std::size_t subject, std::size_t remote) const;
    // What its side allows: everything when it is not isolated.
    PortSet ports(bool egress, std::size_t subject, std::size_t remote) const;
};

ClassSides computeClassSides(const PolicyEvaluator &evaluator, const std::vector<NetworkPeer> &peers,
                              const std::vector<bool> &portsKnown);

// Every port allowed from one peer to another (a pod and itself too), computed rule by rule:
// exactly the ports on which PolicyEvaluator::allowed says yes.
PortSet connectionPorts(const PolicyEvaluator &evaluator, const NetworkPeer &from,
                        const NetworkPeer &to);

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

// The endpoints of a cluster's connection list: its workloads, in order, then `addresses`.
std::vector<ConnectionEndpoint> connectionEndpoints(const Cluster &cluster,
                                                    const std::vector<AddressSet> &addresses);

// The allowed connections of a cluster between its workloads and the address sets outside it.
class ConnectionList
{
public:
    ConnectionList(const Cluster &cluster, const PolicyEvaluator &evaluator,
                   const std::vector<AddressSet> &addresses);

    const std::vector<ConnectionEndpoint> &endpoints() const { return m_endpoints; }
    // Sorted by the labels of from, then to; the connections of one source are together.
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
