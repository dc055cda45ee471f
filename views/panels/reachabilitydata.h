#pragma once

#include "model/analysis/cluster.h"
#include "model/analysis/connectionlist.h"
#include "model/design/design.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Netpol {

// One chosen port for the matrix: a number and its protocol.
struct MatrixPort
{
    int port = 0;
    Protocol protocol = Protocol::TCP;
};

// Who reaches whom in a design, as the Reachability dock shows it: the connection list of the
// design's generated policies (workloads and the address sets outside the cluster) with what
// it takes to explain a cell. Built once in a worker thread on a snapshot, then only read.
class ReachabilityData
{
public:
    explicit ReachabilityData(const Design &design);
    ReachabilityData(const ReachabilityData &) = delete;
    ReachabilityData &operator=(const ReachabilityData &) = delete;

    // Endpoints in display order: workloads by namespace and name, then the address sets.
    int size() const { return int(m_order.size()); }
    const ConnectionEndpoint &endpoint(int i) const;
    QString label(int i) const { return m_labels[std::size_t(i)]; }
    QString namespaceOf(int i) const; // empty for an address set
    // The externals of the design whose range (minus except) holds an address set.
    const QStringList &externalsOf(int i) const { return m_externals[std::size_t(i)]; }
    QStringList namespaces() const; // of the workloads, sorted

    // What the connection list allows from i to j (display indexes); null when nothing.
    const PortSet *ports(int from, int to) const;
    bool allowed(int from, int to, const std::optional<MatrixPort> &port) const;
    // A workload and itself: not a connection the list holds.
    bool isSelf(int from, int to) const { return from == to; }
    // The reasons for a cell, as `netpol analyze --explain` gives them (model functions).
    QStringList explain(int from, int to, const std::optional<MatrixPort> &port) const;
    std::size_t connectionCount() const { return m_list->connections().size(); }

private:
    Cluster m_cluster;
    std::unique_ptr<PolicyEvaluator> m_evaluator;
    std::unique_ptr<ConnectionList> m_list;
    std::vector<std::size_t> m_order;   // display index -> list endpoint
    std::vector<QString> m_labels;      // per display index
    std::vector<QStringList> m_externals; // per display index
    // Per display row: (display column, connection index), ascending by column.
    std::vector<std::vector<std::pair<int, std::size_t>>> m_rows;
};

// From any thread: reads only its argument.
std::shared_ptr<const ReachabilityData> computeReachability(const Design &design);

} // namespace Netpol
