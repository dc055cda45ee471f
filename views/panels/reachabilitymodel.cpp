#include "views/panels/reachabilitymodel.h"

#include <QBrush>
#include <QColor>

#include <utility>

namespace Netpol {

namespace {

// Blue for allowed, orange for denied: apart for deuteranopia and protanopia alike.
QColor allowedColour(bool dark)
{
    return dark ? QColor(0x1f, 0x4e, 0x79) : QColor(0xc6, 0xdb, 0xef);
}

QColor deniedColour(bool dark)
{
    return dark ? QColor(0x6b, 0x3a, 0x10) : QColor(0xfd, 0xd0, 0xa2);
}

QString shortPorts(const PortSet &ports)
{
    return ports.isAll() ? ReachabilityModel::tr("all", "ports")
                         : QString::fromStdString(connectionPortsText(ports));
}

} // namespace

ReachabilityModel::ReachabilityModel(QObject *parent) : QAbstractTableModel(parent) {}

std::shared_ptr<const ReachabilityData>
ReachabilityModel::setData(std::shared_ptr<const ReachabilityData> data)
{
    beginResetModel();
    std::shared_ptr<const ReachabilityData> old = std::exchange(m_data, std::move(data));
    m_rows = filtered(m_rowFilter);
    m_columns = filtered(m_columnFilter);
    endResetModel();
    return old;
}

void ReachabilityModel::setPort(const std::optional<MatrixPort> &port)
{
    m_port = port;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ReachabilityModel::setRowFilter(const QString &ns)
{
    m_rowFilter = ns;
    refilter();
}

void ReachabilityModel::setColumnFilter(const QString &ns)
{
    m_columnFilter = ns;
    refilter();
}

void ReachabilityModel::setDarkPalette(bool dark)
{
    m_dark = dark;
    setPort(m_port); // repaints every cell
}

void ReachabilityModel::refilter()
{
    beginResetModel();
    m_rows = filtered(m_rowFilter);
    m_columns = filtered(m_columnFilter);
    endResetModel();
}

std::vector<int> ReachabilityModel::filtered(const QString &ns) const
{
    std::vector<int> out;
    if (!m_data)
        return out;
    for (int i = 0; i < m_data->size(); ++i) {
        const QString in = m_data->namespaceOf(i);
        if (ns.isEmpty() || (ns == addressesFilter() ? in.isEmpty() : in == ns))
            out.push_back(i);
    }
    return out;
}

int ReachabilityModel::rowOf(const QString &label) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        if (m_data->label(m_rows[r]) == label)
            return int(r);
    }
    return -1;
}

int ReachabilityModel::columnOf(const QString &label) const
{
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (m_data->label(m_columns[c]) == label)
            return int(c);
    }
    return -1;
}

int ReachabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReachabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QStringList ReachabilityModel::explanation(const QModelIndex &index) const
{
    if (!m_data || !index.isValid())
        return {};
    return m_data->explain(endpointOfRow(index.row()), endpointOfColumn(index.column()), m_port);
}

QVariant ReachabilityModel::data(const QModelIndex &index, int role) const
{
    if (!m_data || !index.isValid())
        return {};
    const int from = endpointOfRow(index.row());
    const int to = endpointOfColumn(index.column());
    if (m_data->isSelf(from, to)) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("—");
        if (role == Qt::ToolTipRole)
            return tr("%1 itself").arg(m_data->label(from));
        return {};
    }
    const bool allowed = m_data->allowed(from, to, m_port);
    switch (role) {
    case Qt::DisplayRole:
        if (!allowed)
            return QStringLiteral("✗");
        return m_port ? QStringLiteral("✓")
                      : QStringLiteral("✓ ") + shortPorts(*m_data->ports(from, to));
    case Qt::BackgroundRole:
        return allowed ? QBrush(allowedColour(m_dark))
                       : QBrush(deniedColour(m_dark), Qt::BDiagPattern);
    case Qt::ToolTipRole: {
        const QString head = allowed ? tr("%1 → %2: allowed") : tr("%1 → %2: denied");
        QStringList lines{head.arg(m_data->label(from), m_data->label(to))};
        lines << m_data->explain(from, to, m_port);
        return lines.join(QLatin1Char('\n'));
    }
    case kAllowedRole:
        return allowed;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReachabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_data || section < 0)
        return {};
    const bool rows = orientation == Qt::Vertical;
    if (section >= (rows ? rowCount() : columnCount()))
        return {};
    const int i = rows ? endpointOfRow(section) : endpointOfColumn(section);
    if (role == kEndpointRole || (role == Qt::DisplayRole && rows))
        return m_data->label(i);
    if (role == Qt::DisplayRole) { // columns are narrow: the namespace over the name
        const ConnectionEndpoint &e = m_data->endpoint(i);
        if (e.workload)
            return QString::fromStdString(e.ns + "/\n" + e.workloadName);
        QStringList externals = m_data->externalsOf(i);
        externals.replaceInStrings(QStringLiteral("external/"), QString()); // narrow: names only
        return (externals.isEmpty() ? tr("other") : externals.join(QStringLiteral(", ")))
               + QLatin1Char('\n') + QString::fromStdString(e.name);
    }
    if (role == Qt::ToolTipRole)
        return (rows ? tr("sends: %1") : tr("receives: %1")).arg(m_data->label(i));
    return {};
}

} // namespace Netpol
