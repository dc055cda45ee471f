#include "views/canvas/designscene.h"

#include "views/canvas/bundleitem.h"
#include "views/canvas/canvasstyle.h"
#include "views/canvas/exposurebadges.h"
#include "views/canvas/externalitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/flowroutequeue.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"
#include "views/common/designsource.h"

#include "model/design/designoperations.h"

#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Netpol {

using namespace CanvasStyle;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString workloadKey(const std::string &ns, const std::string &name)
{
    return qs(ns) + '/' + qs(name);
}

constexpr int kMaxMovedCards = 200;

template<typename T>
void renumber(QList<T *> &items)
{
    for (int i = 0; i < items.size(); ++i)
        items[i]->setIndex(i);
}

} // namespace

DesignScene::DesignScene(DesignSource *source, QObject *parent)
    : QGraphicsScene(parent), m_source(source)
{
    setItemIndexMethod(BspTreeIndex);
    m_routes = new FlowRouteQueue([this] { return !m_moveStart.isEmpty(); }, this);
    m_exposure = new ExposureWatcher(source, this);
    connect(m_exposure, &ExposureWatcher::updated, this, &DesignScene::applyExposure);
    m_buildTimer = new QTimer(this);
    m_buildTimer->setInterval(0);
    connect(m_buildTimer, &QTimer::timeout, this, &DesignScene::buildSlice);
    connect(source, &DesignSource::designReset, this, [this] { rebuild(true); });
    // While a design is built in slices, an edit is not applied to the half-built scene: the
    // scene is built whole from the edited design when the edit is complete.
    auto whenBuilt = [this](void (DesignScene::*apply)(ElementRef::Kind, int)) {
        return [this, apply](ElementRef::Kind kind, int index) {
            if (m_building)
                m_buildStale = true;
            else
                (this->*apply)(kind, index);
        };
    };
    connect(source, &DesignSource::elementInserted, this, whenBuilt(&DesignScene::onInserted));
    connect(source, &DesignSource::elementRemoved, this, whenBuilt(&DesignScene::onRemoved));
    connect(source, &DesignSource::elementChanged, this, whenBuilt(&DesignScene::onChanged));
    connect(source, &DesignSource::designChanged, this, [this] {
        if (!m_building)
            finishEdit();
        else if (m_buildStale)
            rebuild(false);
    });
    connect(source, &DesignSource::suggestionsChanged, this, [this] {
        if (!m_building) // the build draws them when it ends
            syncSuggestions();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::updateFocus);
    rebuild(false); // a new scene is complete at once; only a design reset later is sliced
}

DesignScene::~DesignScene()
{
    blockSignals(true); // no selection news from a scene being torn down
    m_routes->clear();
    clearSuggestions();
    qDeleteAll(m_flows); // flows first: they detach from the nodes
    m_flows.clear();
    clear();
}

void DesignScene::scheduleRoute(FlowItem *flow)
{
    m_routes->schedule(flow);
}

void DesignScene::finishRouting()
{
    finishBuilding();
    m_routes->finish();
    for (FlowItem *flow : std::as_const(m_flows))
        if (flow->needsRoute())
            flow->routeNow();
    for (FlowItem *flow : std::as_const(m_suggestions))
        if (flow->needsRoute())
            flow->routeNow();
}

void DesignScene::applyExposure()
{
    const ExposureBadges &badges = m_exposure->badges();
    for (WorkloadItem *item : std::as_const(m_workloads)) {
        const Workload &w = item->workload();
        item->setExposure(badges.value(QString::fromStdString(w.ns + '/' + w.name)));
    }
}

const Design &DesignScene::design() const
{
    return m_source->design();
}

void DesignScene::setConnectMode(bool on)
{
    if (m_connectMode == on)
        return;
    m_connectMode = on;
    update();
    for (QGraphicsItem *item : items())
        item->update();
    emit connectModeChanged(on);
}

void DesignScene::setFocusSelection(bool on)
{
    if (m_focusSelection == on)
        return;
    m_focusSelection = on;
    updateFocus();
}

void DesignScene::updateFocus()
{
    if (!m_focusSelection && !m_fading)
        return; // after every edit: no pass over the flows while focus is off
    QSet<const FlowItem *> focused;
    bool fading = false;
    if (m_focusSelection) {
        for (QGraphicsItem *item : selectedItems()) {
            fading = true;
            if (auto *flow = qgraphicsitem_cast<FlowItem *>(item)) {
                focused.insert(flow);
                continue;
            }
            auto *node = dynamic_cast<NodeItem *>(item);
            if (!node)
                continue;
            for (const FlowItem *flow : node->flows())
                focused.insert(flow);
            for (QGraphicsItem *child : node->childItems()) { // a namespace's workloads
                if (auto *w = qgraphicsitem_cast<WorkloadItem *>(child)) {
                    for (const FlowItem *flow : w->flows())
                        focused.insert(flow);
                }
            }
        }
    }
    // Repaint only the flows whose strength changes.
    const bool wasFading = m_fading;
    const QSet<const FlowItem *> before = std::exchange(m_focusedFlows, focused);
    m_fading = fading;
    for (FlowItem *flow : std::as_const(m_flows)) {
        const bool fadedBefore = wasFading && !before.contains(flow);
        if (fadedBefore != isFaded(flow))
            flow->update();
    }
}

void DesignScene::setZoomedOut(bool on)
{
    if (m_zoomedOut == on)
        return;
    m_zoomedOut = on;
    for (FlowItem *flow : std::as_const(m_flows))
        flow->updateContents();
    for (FlowItem *flow : std::as_const(m_suggestions))
        flow->updateContents();
    for (BundleItem *bundle : std::as_const(m_bundles))
        bundle->setFlag(QGraphicsItem::ItemHasNoContents, !on);
}

void DesignScene::setShowFullText(bool on)
{
    if (m_fullText == on)
        return;
    m_fullText = on;
    for (FlowItem *flow : std::as_const(m_flows))
        flow->updateGeometry(); // their pills grow to the whole text
    update();
}

void DesignScene::setShowGrid(bool on)
{
    if (m_showGrid == on)
        return;
    m_showGrid = on;
    update();
}

// --- Following the design -------------------------------------------------------------------

void DesignScene::onInserted(ElementRef::Kind kind, int index)
{
    switch (kind) {
    case ElementRef::Kind::Namespace: {
        auto *item = new NamespaceItem(index);
        addItem(item);
        m_namespaces.insert(index, item);
        m_dirtyNodes.insert(item);
        m_nodesRestructured = true;
        break;
    }
    case ElementRef::Kind::Workload: {
        auto *item = new WorkloadItem(index);
        addItem(item);
        m_workloads.insert(index, item);
        m_dirtyNodes.insert(item);
        m_nodesRestructured = true;
        break;
    }
    case ElementRef::Kind::External: {
        auto *item = new ExternalItem(index);
        addItem(item);
        m_externals.insert(index, item);
        m_dirtyNodes.insert(item);
        m_nodesRestructured = true;
        break;
    }
    case ElementRef::Kind::Flow: {
        auto *item = new FlowItem(index);
        addItem(item);
        m_flows.insert(index, item);
        m_dirtyFlows.insert(item);
        break;
    }
    default:
        break;
    }
}

void DesignScene::onRemoved(ElementRef::Kind kind, int index)
{
    NodeItem *node = nullptr;
    switch (kind) {
    case ElementRef::Kind::Namespace: {
        NamespaceItem *item = m_namespaces.takeAt(index);
        for (QGraphicsItem *child : item->childItems()) { // normally gone already
            const QPointF at = child->scenePos();
            child->setParentItem(nullptr);
            child->setPos(at);
            m_dirtyNodes.insert(static_cast<NodeItem *>(child));
        }
        node = item;
        break;
    }
    case ElementRef::Kind::Workload:
        node = m_workloads.takeAt(index);
        break;
    case ElementRef::Kind::External:
        node = m_externals.takeAt(index);
        break;
    case ElementRef::Kind::Flow: {
        FlowItem *flow = m_flows.takeAt(index);
        m_dirtyFlows.remove(flow);
        m_lanes.remove(flow);
        m_routes->remove(flow);
        delete flow;
        return;
    }
    default:
        return;
    }
    for (FlowItem *flow : node->flows()) {
        if (!flow->isSuggestion()) // suggestions are redrawn after every edit
            m_dirtyFlows.insert(flow);
    }
    m_dirtyNodes.remove(node);
    m_moveStart.remove(node);
    if (m_dropTarget == node)
        m_dropTarget = nullptr;
    if (m_draftSource == node)
        m_draftSource = nullptr;
    m_nodesRestructured = true;
    delete node;
}

void DesignScene::onChanged(ElementRef::Kind kind, int index)
{
    switch (kind) {
    case ElementRef::Kind::Namespace:
        m_dirtyNodes.insert(m_namespaces.value(index));
        break;
    case ElementRef::Kind::Workload:
        m_dirtyNodes.insert(m_workloads.value(index));
        break;
    case ElementRef::Kind::External:
        m_dirtyNodes.insert(m_externals.value(index));
        break;
    case ElementRef::Kind::Flow:
        m_dirtyFlows.insert(m_flows.value(index));
        break;
    default:
        break;
    }
    m_dirtyNodes.remove(nullptr);
    m_dirtyFlows.remove(nullptr);
}

void DesignScene::finishEdit()
{
    if (m_nodesRestructured) {
        renumber(m_namespaces);
        renumber(m_workloads);
        renumber(m_externals);
    }
    renumber(m_flows);

    // Namespaces first: workloads are placed relative to their frames.
    bool renamed = m_nodesRestructured;
    QList<NodeItem *> nodes = m_dirtyNodes.values();
    // Where the cards and frames of a small edit were: the flows whose routes pass where one
    // was, or now is, are routed again.
    const bool trackCards = nodes.size() <= kMaxMovedCards;
    QHash<const NodeItem *, QRectF> cardsBefore;
    for (const NodeItem *node : std::as_const(nodes)) {
        if (trackCards)
            cardsBefore.insert(node, node->sceneFrame());
    }
    std::sort(nodes.begin(), nodes.end(), [](const NodeItem *a, const NodeItem *b) {
        return int(a->elementKind()) < int(b->elementKind());
    });
    for (NodeItem *node : std::as_const(nodes)) {
        if (auto *ns = qgraphicsitem_cast<NamespaceItem *>(node)) {
            renamed = renamed
                || ns->ns().name != design().namespaces[std::size_t(ns->index())].name;
            syncNamespace(ns);
        } else if (auto *external = qgraphicsitem_cast<ExternalItem *>(node)) {
            renamed = renamed
                || external->external().name
                    != design().externals[std::size_t(external->index())].name;
            syncExternal(external);
        }
    }
    if (renamed)
        rebuildNameMaps();
    for (NodeItem *node : std::as_const(nodes)) {
        if (auto *w = qgraphicsitem_cast<WorkloadItem *>(node)) {
            const Workload &model = design().workloads[std::size_t(w->index())];
            renamed = renamed || w->workload().name != model.name || w->workload().ns != model.ns;
            syncWorkload(w);
        }
    }
    if (renamed) {
        rebuildNameMaps();
        for (FlowItem *flow : std::as_const(m_flows))
            m_dirtyFlows.insert(flow);
    }
    for (FlowItem *flow : std::as_const(m_dirtyFlows))
        syncFlow(flow);
    for (auto it = cardsBefore.cbegin(); it != cardsBefore.cend(); ++it) {
        const QRectF now = it.key()->sceneFrame();
        if (now == it.value())
            continue; // not moved (a label or port edit)
        m_routes->rerouteThrough(this, it.value());
        m_routes->rerouteThrough(this, now);
    }
    m_lanes.layout();
    for (FlowItem *flow : std::as_const(m_dirtyFlows))
        flow->updateGeometry();
    if (!m_dirtyNodes.isEmpty() || !m_dirtyFlows.isEmpty() || m_nodesRestructured)
        rebuildBundles();

    m_dirtyNodes.clear();
    m_dirtyFlows.clear();
    m_nodesRestructured = false;
    syncSuggestions();
    updateFocus();
    updateSceneRect(true);
}

void DesignScene::syncNamespace(NamespaceItem *item)
{
    const Namespace &ns = design().namespaces[std::size_t(item->index())];
    item->setNamespace(ns);
    if (!m_raised.contains(item))
        item->setZValue(item->index());
    item->setPos(ns.geometry.x, ns.geometry.y);
    // Children keep their absolute positions from the design.
    for (QGraphicsItem *child : item->childItems()) {
        if (auto *w = qgraphicsitem_cast<WorkloadItem *>(child))
            m_dirtyNodes.contains(w) ? void() : syncWorkload(w);
    }
}

void DesignScene::syncWorkload(WorkloadItem *item)
{
    const Workload &w = design().workloads[std::size_t(item->index())];
    item->setWorkload(w);
    NamespaceItem *parent = m_namespaceByName.value(qs(w.ns));
    if (item->parentItem() != parent)
        item->setParentItem(parent);
    const QPointF absolute(w.position.x, w.position.y);
    item->setPos(parent ? absolute - parent->pos() : absolute);
}

void DesignScene::syncExternal(ExternalItem *item)
{
    const External &e = design().externals[std::size_t(item->index())];
    item->setExternal(e);
    item->setPos(e.position.x, e.position.y);
}

void DesignScene::syncFlow(FlowItem *flow)
{
    const Flow &f = design().flows[std::size_t(flow->index())];
    flow->setFlow(f);
    auto resolve = [this](const Endpoint &e) -> NodeItem * {
        switch (e.kind) {
        case Endpoint::Kind::Workload:
            return m_workloadByName.value(workloadKey(e.ns, e.name));
        case Endpoint::Kind::Namespace:
            return m_namespaceByName.value(qs(e.ns));
        case Endpoint::Kind::External:
            return m_externalByName.value(qs(e.name));
        case Endpoint::Kind::AllNamespaces:
            return nullptr;
        }
        return nullptr;
    };
    flow->setEnds(resolve(f.from), resolve(f.to));
    m_lanes.place(flow);
}

void DesignScene::rebuildNameMaps()
{
    m_namespaceByName.clear();
    m_workloadByName.clear();
    m_externalByName.clear();
    const Design &d = design();
    for (NamespaceItem *item : std::as_const(m_namespaces))
        m_namespaceByName.insert(qs(d.namespaces[std::size_t(item->index())].name), item);
    for (WorkloadItem *item : std::as_const(m_workloads)) {
        const Workload &w = d.workloads[std::size_t(item->index())];
        m_workloadByName.insert(workloadKey(w.ns, w.name), item);
    }
    for (ExternalItem *item : std::as_const(m_externals))
        m_externalByName.insert(qs(d.externals[std::size_t(item->index())].name), item);
}

void DesignScene::resyncNodes(const QList<NodeItem *> &nodes)
{
    finishBuilding();
    for (NodeItem *node : nodes)
        m_dirtyNodes.insert(node);
    finishEdit();
}

void DesignScene::updateFlowGeometry(FlowItem *flow)
{
    flow->updateGeometry();
}

} // namespace Netpol
