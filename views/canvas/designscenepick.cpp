// DesignScene's flow pick: Add Flow From Here and Add Flow To Here from the context menu.
// The draft line of a dragged flow is reused; a click instead of a release ends it.

#include "views/canvas/designscene.h"

#include "views/canvas/nodeitem.h"

#include <QGraphicsLineItem>

namespace Netpol {

void DesignScene::beginFlowPick(const ElementRef &element, bool towards)
{
    cancelFlowPick();
    auto *node = dynamic_cast<NodeItem *>(itemFor(element));
    if (!node)
        return;
    startDraft(node, node->mapToScene(node->connectorPos()));
    m_picking = true;
    m_draftReversed = towards;
    emit hint(towards ? tr("Click the element the flow comes from (Esc cancels)")
                      : tr("Click the element the flow goes to (Esc cancels)"));
}

void DesignScene::cancelFlowPick()
{
    if (!m_picking)
        return;
    m_picking = false;
    m_draftReversed = false;
    m_draftSource = nullptr;
    delete m_draftLine;
    m_draftLine = nullptr;
    setDropTarget(nullptr);
    emit hint(QString());
}

void DesignScene::finishFlowPick(QPointF scenePos)
{
    if (!m_picking)
        return;
    if (!nodeAt(scenePos, m_draftSource)) { // a click on nothing: no flow, no complaint
        cancelFlowPick();
        return;
    }
    finishDraft(scenePos);
}

} // namespace Netpol
