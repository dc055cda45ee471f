#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QCoreApplication>

namespace Netpol {

class FlowItem;
class NamespaceItem;

// Zoomed out, the flows between two namespaces are one edge with their count ("12 flows"),
// whose tooltip lists them; the flows themselves are not drawn then (FlowItem). Zoomed in, a
// bundle draws nothing. Both directions share one bundle. The flows inside one namespace are
// a bundle too (first() == second()): a loop with their count in the frame's corner.
class BundleItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(BundleItem)

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
    bool isInner() const { return m_a == m_b; }
    int count() const { return m_count; }
    QString label() const;
    // The flows it stands for; the tooltip names the first 20 ("from → to ports").
    void setFlows(const QList<const FlowItem *> &flows);
    // Follows its namespaces' frames; repaints only when the line moves (or with `repaint`).
    void updateGeometry(bool repaint = false);

private:
    // An inner bundle's pill, in the frame's bottom right corner, at level of detail `lod`:
    // "12 flows", or only "12" where the frame is small on screen (m_compact).
    QRectF innerPill(double lod) const;
    QString innerText() const;
    void paintInner(QPainter *painter, double lod);

    NamespaceItem *m_a;
    NamespaceItem *m_b;
    int m_count = 0;
    QLineF m_line;
    QRectF m_bounds;
    double m_paintedLod = 0.1; // for the shape of an inner bundle's pill
    bool m_compact = false;
};

} // namespace Netpol
