#include "views/panels/reachabilitydata.h"

#include "views/canvas/connectionelements.h"

#include "model/analysis/addressset.h"
#include "model/analysis/connectionformat.h"
#include "model/generate/designmanifests.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace Netpol {

ReachabilityData::ReachabilityData(const Design &design)
    : m_cluster(buildCluster(designManifests(design, "design")))
{
    // The guardrails decide before and after the NetworkPolicies; their networks split the
    // addresses as ipBlocks do (as `netpol analyze` computes the list).
    m_evaluator = std::make_unique<PolicyEvaluator>(m_cluster.policies,
                                                    m_cluster.clusterPolicies);
    const std::vector<NetworkPolicy> networks{guardrailNetworks(m_cluster)};
    m_list = std::make_unique<ConnectionList>(
        m_cluster, *m_evaluator, partitionAddresses({&m_cluster.policies, &networks}));
    const std::vector<ConnectionEndpoint> &ends = m_list->endpoints();
    std::vector<QString> labels(ends.size());
    std::vector<QStringList> externals(ends.size());
    for (std::size_t i = 0; i < ends.size(); ++i) {
        const ConnectionEndpoint &e = ends[i];
        if (e.workload) {
            labels[i] = QString::fromStdString(e.ns + '/' + e.workloadName);
            continue;
        }
        for (const ElementRef &x : elementsOfEndpoint(design, e))
            externals[i] << QString::fromStdString("external/" + x.name);
        labels[i] = externals[i].isEmpty()
            ? QCoreApplication::translate("ReachabilityData", "other: %1")
                  .arg(QString::fromStdString(e.name))
            : QStringLiteral("%1 (%2)").arg(externals[i].join(QStringLiteral(", ")),
                                            QString::fromStdString(e.name));
    }
    m_order.resize(ends.size());
    for (std::size_t i = 0; i < ends.size(); ++i)
        m_order[i] = i;
    // Workloads by label, then the address sets in the list's order (by address).
    std::stable_sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) {
        const bool aw = ends[a].workload.has_value();
        const bool bw = ends[b].workload.has_value();
        if (aw != bw)
            return aw;
        return aw && labels[a] < labels[b];
    });
    std::vector<int> displayOf(ends.size());
    for (std::size_t d = 0; d < m_order.size(); ++d) {
        displayOf[m_order[d]] = int(d);
        m_labels.push_back(labels[m_order[d]]);
        m_externals.push_back(externals[m_order[d]]);
    }
    m_rows.resize(ends.size());
    const std::vector<PeerConnection> &connections = m_list->connections();
    for (std::size_t c = 0; c < connections.size(); ++c)
        m_rows[std::size_t(displayOf[connections[c].from])].emplace_back(
            displayOf[connections[c].to], c);
    for (auto &row : m_rows)
        std::sort(row.begin(), row.end());
}

const ConnectionEndpoint &ReachabilityData::endpoint(int i) const
{
    return m_list->endpoints()[m_order[std::size_t(i)]];
}

QString ReachabilityData::namespaceOf(int i) const
{
    const ConnectionEndpoint &e = endpoint(i);
    return e.workload ? QString::fromStdString(e.ns) : QString();
}

QStringList ReachabilityData::namespaces() const
{
    std::set<QString> names;
    for (int i = 0; i < size(); ++i) {
        if (endpoint(i).workload)
            names.insert(namespaceOf(i));
    }
    return QStringList(names.begin(), names.end());
}

const PortSet *ReachabilityData::ports(int from, int to) const
{
    const auto &row = m_rows[std::size_t(from)];
    const auto it = std::lower_bound(row.begin(), row.end(), std::pair<int, std::size_t>(to, 0));
    if (it == row.end() || it->first != to)
        return nullptr;
    return &m_list->connections()[it->second].ports();
}

bool ReachabilityData::allowed(int from, int to, const std::optional<MatrixPort> &port) const
{
    const PortSet *p = ports(from, to);
    if (!p)
        return false;
    return !port || p->contains(port->port, port->protocol);
}

QStringList ReachabilityData::explain(int from, int to,
                                     const std::optional<MatrixPort> &port) const
{
    QStringList out;
    if (isSelf(from, to)) {
        out << QCoreApplication::translate("ReachabilityData", "a pod may always reach itself");
        return out;
    }
    const ConnectionEndpoint &a = endpoint(from);
    const ConnectionEndpoint &b = endpoint(to);
    if (!a.workload && !b.workload) {
        out << QCoreApplication::translate("ReachabilityData",
                                           "both ends are outside the cluster: no policy sees it");
        return out;
    }
    PortSet shown;
    if (const PortSet *p = ports(from, to))
        shown = port ? p->intersect(PortSet::range(port->protocol, port->port, port->port)) : *p;
    for (const std::string &line :
         explainConnectionLines(m_cluster, *m_evaluator, a, b, shown, true))
        out << QString::fromStdString(line);
    return out;
}

std::shared_ptr<const ReachabilityData> computeReachability(const Design &design)
{
    return std::make_shared<const ReachabilityData>(design);
}

} // namespace Netpol
