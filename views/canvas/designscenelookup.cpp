#include "views/canvas/designscene.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/externalitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"

#include "model/design/designoperations.h"

#include <QPainter>
#include <QSignalBlocker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

// The scene's lookups: its bounds, elements to items and back, the selection as elements,
// problem badges, the node under a point, and the background grid.

namespace Netpol {

using namespace CanvasStyle;

QRectF DesignScene::designBounds() const
{
    QRectF bounds;
    const Design &d = design();
    for (const Namespace &ns : d.namespaces)
        bounds |= QRectF(ns.geometry.x, ns.geometry.y, ns.geometry.width, ns.geometry.height);
    for (const Workload &w : d.workloads)
        bounds |= QRectF(QPointF(w.position.x, w.position.y), kWorkloadSize);
    for (const External &e : d.externals)
        bounds |= QRectF(QPointF(e.position.x, e.position.y), kExternalSize);
    for (const FlowItem *flow : m_flows)
        bounds |= flow->boundingRect();
    return bounds;
}

void DesignScene::updateSceneRect(bool grow)
{
    // An explicit scene rect: Qt would otherwise grow it from every item's bounds on each change.
    QRectF wanted = designBounds();
    if (wanted.isNull())
        wanted = QRectF(0, 0, 800, 500);
    wanted.adjust(-600, -400, 600, 400);
    setSceneRect(grow ? sceneRect() | wanted : wanted);
}

// --- Selection --------------------------------------------------------------------------------

ElementRef DesignScene::refFor(const QGraphicsItem *item) const
{
    if (!item)
        return {};
    if (const auto *flow = qgraphicsitem_cast<const FlowItem *>(item); flow && flow->isSuggestion())
        return {};
    if (const auto *flow = qgraphicsitem_cast<const FlowItem *>(item))
        return refTo(design(), ElementRef::Kind::Flow, flow->index());
    switch (item->type()) {
    case NamespaceItem::Type:
    case WorkloadItem::Type:
    case ExternalItem::Type: {
        const auto *node = static_cast<const NodeItem *>(item);
        return refTo(design(), node->elementKind(), node->index());
    }
    default:
        return {};
    }
}

QList<ElementRef> DesignScene::selectedElements() const
{
    QList<ElementRef> out;
    for (const QGraphicsItem *item : selectedItems()) {
        const ElementRef ref = refFor(item);
        if (!ref.isNull())
            out.append(ref);
    }
    std::sort(out.begin(), out.end(), [](const ElementRef &a, const ElementRef &b) {
        return std::pair(int(a.kind), a.index) < std::pair(int(b.kind), b.index);
    });
    return out;
}

QGraphicsItem *DesignScene::itemFor(const ElementRef &element) const
{
    switch (element.kind) {
    case ElementRef::Kind::Namespace:
        return m_namespaces.value(element.index);
    case ElementRef::Kind::Workload:
        return m_workloads.value(element.index);
    case ElementRef::Kind::External:
        return m_externals.value(element.index);
    case ElementRef::Kind::Flow:
        return m_flows.value(element.index);
    default:
        return nullptr;
    }
}

// One selectionChanged for the whole change: the window updates the inspector, the preview's
// highlight and the diagnostics' marks once, not once per item.
void DesignScene::selectElements(const QList<ElementRef> &elements)
{
    finishBuilding();
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        for (const ElementRef &e : elements) {
            if (QGraphicsItem *item = itemFor(e))
                item->setSelected(true);
        }
    }
    emit selectionChanged();
}

// The scene's own lists, not items(): that sorts every item of the scene by stacking order.
void DesignScene::selectAllElements()
{
    finishBuilding();
    {
        const QSignalBlocker blocker(this);
        auto selectAll = [](const auto &items) {
            for (QGraphicsItem *item : items)
                item->setSelected(true);
        };
        selectAll(m_namespaces);
        selectAll(m_workloads);
        selectAll(m_externals);
        selectAll(m_flows);
        selectAll(m_suggestions);
    }
    emit selectionChanged();
}

void DesignScene::showProblems(const Diagnostics &diagnostics)
{
    QHash<QGraphicsItem *, Severity> worst;
    for (const Diagnostic &d : diagnostics) {
        QGraphicsItem *item = itemFor(d.location.element);
        if (!item)
            continue;
        const auto it = worst.find(item);
        if (it == worst.end() || int(d.severity) > int(*it))
            worst.insert(item, d.severity);
    }
    auto mark = [&worst](NodeItem *node) {
        const auto it = worst.constFind(node);
        node->setProblem(it == worst.constEnd() ? std::nullopt : std::optional<Severity>(*it));
    };
    for (NamespaceItem *item : std::as_const(m_namespaces))
        mark(item);
    for (WorkloadItem *item : std::as_const(m_workloads))
        mark(item);
    for (ExternalItem *item : std::as_const(m_externals))
        mark(item);
    for (FlowItem *flow : std::as_const(m_flows)) {
        const auto it = worst.constFind(flow);
        flow->setProblem(it == worst.constEnd() ? std::nullopt : std::optional<Severity>(*it));
    }
}

NodeItem *DesignScene::nodeAt(QPointF scenePos, const NodeItem *ignore) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        switch (item->type()) {
        case NamespaceItem::Type:
        case WorkloadItem::Type:
        case ExternalItem::Type:
            if (item != ignore)
                return static_cast<NodeItem *>(item);
            break;
        default:
            break;
        }
    }
    return nullptr;
}

bool DesignScene::pickFlow(QPointF scenePos, Qt::KeyboardModifiers modifiers)
{
    FlowItem *flow = nullptr;
    for (QGraphicsItem *item : items(scenePos)) { // topmost first, by shape
        switch (item->type()) {
        case WorkloadItem::Type:
        case ExternalItem::Type:
            return false; // a card: it takes the click
        case NamespaceItem::Type: {
            const auto *ns = static_cast<NamespaceItem *>(item);
            const QPointF local = ns->mapFromScene(scenePos);
            if (local.y() - ns->frameRect().top() <= kHeaderHeight)
                return false; // its header, which is how a namespace is grabbed
            break;
        }
        case FlowItem::Type:
            if (!flow)
                flow = static_cast<FlowItem *>(item);
            break;
        default:
            break;
        }
    }
    if (!flow)
        return false;
    if (modifiers & Qt::ControlModifier) {
        flow->setSelected(!flow->isSelected());
    } else {
        const QSignalBlocker blocker(this);
        clearSelection();
        flow->setSelected(true);
    }
    emit selectionChanged();
    return true;
}

NamespaceItem *DesignScene::namespaceAt(QPointF scenePos) const
{
    const Point p{scenePos.x(), scenePos.y()};
    const int index = Netpol::namespaceAt(design(), p);
    return m_namespaces.value(index);
}

void DesignScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, canvasBackground());
    const QTransform toDevice = painter->worldTransform();
    const double scale = toDevice.m11();
    if (!m_showGrid || scale < 0.45)
        return;
    // Grid dots as 2x2 device pixels, unantialiased: wide antialiased points are stroked one
    // by one and cost more than everything else in a frame.
    const double step = gridSize() * (scale < 0.9 ? 2 : 1);
    QVector<QRect> dots;
    for (double x = std::floor(rect.left() / step) * step; x < rect.right(); x += step) {
        for (double y = std::floor(rect.top() / step) * step; y < rect.bottom(); y += step) {
            const QPointF at = toDevice.map(QPointF(x, y));
            dots.append(QRect(qRound(at.x()) - 1, qRound(at.y()) - 1, 2, 2));
        }
    }
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(gridDot());
    painter->drawRects(dots.constData(), int(dots.size()));
    painter->restore();
}

void DesignScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    // Far out, the namespaces' names come last, so that cards packed in a frame do not hide
    // them (NamespaceItem::paintNameplate).
    const double lod
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= NamespaceItem::kNameplateZoom)
        return;
    for (const NamespaceItem *ns : std::as_const(m_namespaces)) {
        if (ns->isVisible() && rect.intersects(ns->sceneBoundingRect()))
            ns->paintNameplate(painter, lod);
    }
}

} // namespace Netpol
