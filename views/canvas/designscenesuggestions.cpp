#include "views/canvas/designscene.h"

#include "views/canvas/bundleitem.h"
#include "views/canvas/externalitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/flowroutequeue.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"
#include "views/common/designsource.h"

#include <QGraphicsSceneMouseEvent>

#include <map>

// The scene's extra edges. Suggested flows: half-open connections of an import, drawn dashed
// between the design's items until the user adds them as flows or dismisses them; there are
// few, so they are drawn anew after every edit. Bundles: one edge per pair of namespaces that
// flows connect, and one per namespace for the flows inside it, drawn instead of the flows
// when zoomed out; made anew after each edit.

namespace Netpol {

namespace {

QString key(const std::string &ns, const std::string &name)
{
    return QString::fromStdString(ns) + QLatin1Char('/') + QString::fromStdString(name);
}

} // namespace

void DesignScene::rebuildBundles()
{
    // The bundles that stay are kept (and repainted only where they change): an edit does not
    // make every bundle's area, most of the view at Fit, to be painted again.
    std::map<std::pair<NamespaceItem *, NamespaceItem *>, BundleItem *> before;
    for (BundleItem *bundle : std::as_const(m_bundles))
        before[{bundle->first(), bundle->second()}] = bundle;
    m_bundles.clear();
    auto namespaceOf = [](NodeItem *node) -> NamespaceItem * {
        if (!node)
            return nullptr;
        if (auto *ns = qgraphicsitem_cast<NamespaceItem *>(node))
            return ns;
        return qgraphicsitem_cast<NamespaceItem *>(node->parentItem());
    };
    std::map<std::pair<NamespaceItem *, NamespaceItem *>, QList<const FlowItem *>> pairs;
    for (const FlowItem *flow : std::as_const(m_flows)) {
        NamespaceItem *a = namespaceOf(flow->source());
        NamespaceItem *b = namespaceOf(flow->target());
        if (!a || !b)
            continue; // a */* or external end; within one namespace: its inner bundle
        if (b < a)
            std::swap(a, b);
        pairs[{a, b}].append(flow);
    }
    for (const auto &[ends, flows] : pairs) {
        BundleItem *bundle = nullptr;
        if (const auto kept = before.find(ends); kept != before.end()) {
            bundle = kept->second;
            before.erase(kept);
        } else {
            bundle = new BundleItem(ends.first, ends.second);
            bundle->setFlag(QGraphicsItem::ItemHasNoContents, !m_zoomedOut); // isZoomedOut()
            addItem(bundle);
        }
        bundle->setFlows(flows);
        m_bundles.append(bundle);
    }
    for (const auto &[ends, bundle] : before)
        delete bundle; // its namespaces no longer exchange flows (or one is gone)
}

void DesignScene::clearSuggestions()
{
    for (FlowItem *flow : std::as_const(m_suggestions))
        m_routes->remove(flow);
    qDeleteAll(m_suggestions);
    m_suggestions.clear();
}

void DesignScene::syncSuggestions()
{
    const QList<int> selected = selectedSuggestions();
    clearSuggestions();
    const std::vector<SuggestedFlow> suggestions = m_source->suggestedFlows();
    auto nodeOf = [this](const Endpoint &end) -> NodeItem * {
        switch (end.kind) {
        case Endpoint::Kind::Workload:
            return m_workloadByName.value(key(end.ns, end.name));
        case Endpoint::Kind::Namespace:
            return m_namespaceByName.value(QString::fromStdString(end.ns));
        case Endpoint::Kind::External:
            return m_externalByName.value(QString::fromStdString(end.name));
        case Endpoint::Kind::AllNamespaces:
            return nullptr;
        }
        return nullptr;
    };
    for (int i = 0; i < int(suggestions.size()); ++i) {
        const SuggestedFlow &s = suggestions[std::size_t(i)];
        NodeItem *from = nodeOf(s.flow.from);
        NodeItem *to = nodeOf(s.flow.to);
        if (!from || !to)
            continue; // an end was deleted: nothing to draw between
        auto *item = new FlowItem(i);
        item->setFlow(s.flow);
        item->setSuggestion(s.badge, s.tooltip);
        addItem(item);
        item->setEnds(from, to);
        item->updateGeometry();
        item->setSelected(selected.contains(i));
        m_suggestions.append(item);
    }
}

QList<int> DesignScene::selectedSuggestions() const
{
    QList<int> out;
    for (const FlowItem *item : m_suggestions) {
        if (item->isSelected())
            out.append(item->index());
    }
    return out;
}

bool DesignScene::activateSuggestionAt(QPointF scenePos, bool labelOnly)
{
    for (QGraphicsItem *item : items(scenePos)) {
        auto *flow = qgraphicsitem_cast<FlowItem *>(item);
        if (!flow || !flow->isSuggestion() || !m_suggestions.contains(flow))
            continue;
        if (labelOnly && !flow->labelRect().contains(scenePos))
            return false;
        // Queued: adding the flow redraws the suggestions, this item among them.
        const int index = flow->index();
        QMetaObject::invokeMethod(
            this, [this, index] { emit suggestionActivated(index); }, Qt::QueuedConnection);
        return true;
    }
    return false;
}

void DesignScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && activateSuggestionAt(event->scenePos(), false)) {
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace Netpol
