#pragma once

#include "model/core/diagnostic.h"

#include <QGraphicsItem>
#include <QList>

#include <optional>

namespace Netpol {

class DesignScene;
class FlowItem;

// An item flows attach to: a namespace frame (NS/*), a workload or an external. It mirrors
// the design element at `index()` of its kind and keeps the flows that end on it attached.
class NodeItem : public QGraphicsItem
{
public:
    NodeItem(ElementRef::Kind kind, int index, QGraphicsItem *parent = nullptr);
    ~NodeItem() override;

    ElementRef::Kind elementKind() const { return m_kind; }
    int index() const { return m_index; }
    void setIndex(int index) { m_index = index; }

    // The box flows clip against, in item coordinates.
    virtual QRectF frameRect() const = 0;
    QRectF sceneFrame() const { return mapRectToScene(frameRect()); }
    // Where a flow is dragged from, in item coordinates.
    virtual QPointF connectorPos() const;
    bool isOnConnector(QPointF itemPos) const;

    const QList<FlowItem *> &flows() const { return m_flows; }
    void attachFlow(FlowItem *flow);
    void detachFlow(FlowItem *flow);

    void setDropTarget(bool target);
    // The worst finding about the element (a badge in its corner), or none.
    void setProblem(std::optional<Severity> severity);
    std::optional<Severity> problem() const { return m_problem; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

    DesignScene *designScene() const;
    bool showsConnector() const;
    bool isHovered() const { return m_hovered; }
    bool isDropTarget() const { return m_dropTarget; }
    void paintConnector(QPainter *painter) const;
    void paintProblem(QPainter *painter) const;

private:
    ElementRef::Kind m_kind;
    int m_index;
    QList<FlowItem *> m_flows;
    bool m_hovered = false;
    bool m_dropTarget = false;
    std::optional<Severity> m_problem;
};

} // namespace Netpol
