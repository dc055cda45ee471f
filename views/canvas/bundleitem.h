#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace Netpol {

class NamespaceItem;

// Zoomed out, the flows between two namespaces are one edge with their count ("12 flows"),
// whose tooltip lists them; the flows themselves are not drawn then (FlowItem). Zoomed in, a
// bundle draws nothing. Both directions share one bundle.
class BundleItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 8 };
    // Below this level of detail (zoom), bundles are drawn instead of flows.
    static constexpr double kZoom = 0.35;

    BundleItem(NamespaceItem *a, NamespaceItem *b);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    NamespaceItem *first() const { return m_a; }
    NamespaceItem *second() const { return m_b; }
    int count() const { return int(m_flows.size()); }
    QString label() const;
    // Each flow as "from -> to ports"; the tooltip names the first 20 of them.
    void setFlows(const QStringList &flows);
    void updateGeometry();

private:
    NamespaceItem *m_a;
    NamespaceItem *m_b;
    QStringList m_flows;
    QLineF m_line;
    QRectF m_bounds;
};

} // namespace Netpol
