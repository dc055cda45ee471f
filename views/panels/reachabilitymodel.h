#pragma once

#include "views/panels/reachabilitydata.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <vector>

namespace Netpol {

// The reachability matrix as a virtual table: rows send, columns receive. A cell reads the
// connection list (ReachabilityData) when it is drawn; nothing is kept per cell. Allowed and
// denied differ by colour (blue and orange, safe for the common colour blindness, lighter or
// darker with the palette) and also by their text: "✓ TCP 5432" against "✗" (and a hatched
// background), so they can be told apart without colour.
class ReachabilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kAllowedRole = Qt::UserRole + 1; // bool, or nothing on the diagonal
    static constexpr int kEndpointRole = Qt::UserRole + 2; // header: the endpoint's label

    explicit ReachabilityModel(QObject *parent = nullptr);

    // Returns the data it replaces, so that the caller can free it away from the UI thread
    // (at 5,000 workloads freeing a design's whole cluster takes the better part of a second).
    std::shared_ptr<const ReachabilityData> setData(std::shared_ptr<const ReachabilityData> data);
    const ReachabilityData *reachability() const { return m_data.get(); }
    // None: "any port", a cell shows the allowed ports; else one port and protocol.
    void setPort(const std::optional<MatrixPort> &port);
    const std::optional<MatrixPort> &port() const { return m_port; }
    // Rows (senders) and columns (receivers) limited to a namespace; empty: all; kAddresses:
    // the address sets outside the cluster.
    static QString addressesFilter() { return QStringLiteral("\x01addresses"); }
    void setRowFilter(const QString &ns);
    void setColumnFilter(const QString &ns);
    void setDarkPalette(bool dark);

    // Display index (into ReachabilityData) of a row or a column.
    int endpointOfRow(int row) const { return m_rows[std::size_t(row)]; }
    int endpointOfColumn(int column) const { return m_columns[std::size_t(column)]; }
    // The row and column of two endpoints by label; -1 when filtered out or unknown.
    int rowOf(const QString &label) const;
    int columnOf(const QString &label) const;
    QStringList explanation(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refilter();
    std::vector<int> filtered(const QString &ns) const;

    std::shared_ptr<const ReachabilityData> m_data;
    std::optional<MatrixPort> m_port;
    QString m_rowFilter;
    QString m_columnFilter;
    std::vector<int> m_rows;
    std::vector<int> m_columns;
    bool m_dark = false;
};

} // namespace Netpol
