#pragma once

#include "views/canvas/nodeitem.h"

#include "model/design/design.h"

#include <QPainterPath>
#include <QCoreApplication>

namespace Netpol {

// A namespace: a frame with a header, holding its workloads as children. Managed namespaces
// are solid blue frames with their default deny written in the header; unmanaged ones are
// dashed and grey. The right and bottom edges and the corner resize it.
class NamespaceItem : public NodeItem
{
    Q_DECLARE_TR_FUNCTIONS(NamespaceItem)

public:
    enum { Type = UserType + 1 };
    // Below this zoom the name is drawn as a nameplate of constant size above everything.
    static constexpr double kNameplateZoom = 0.2;

    explicit NamespaceItem(int index);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QRectF frameRect() const override { return m_rect; }
    QPainterPath shape() const override;
    QPointF connectorPos() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setNamespace(const Namespace &ns);
    const Namespace &ns() const { return m_ns; }
    // The nameplate, for the scene's foreground (painter in scene coordinates; `lod` its zoom).
    void paintNameplate(QPainter *painter, double lod) const;
    QString name() const { return QString::fromStdString(m_ns.name); }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    enum ResizeEdge { NoEdge = 0, RightEdge = 1, BottomEdge = 2 };
    int edgeAt(QPointF pos) const;
    QString denyText() const;
    void updateShape();

    Namespace m_ns;
    QRectF m_rect;
    QPainterPath m_header; // the header band's shape, for m_headerFor
    QRectF m_headerFor;
    QPainterPath m_shape;
    int m_resizing = NoEdge;
    QRectF m_resizeStart;
};

} // namespace Netpol
