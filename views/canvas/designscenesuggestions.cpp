#include "views/canvas/designscene.h"

#include "views/canvas/externalitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"
#include "views/common/designsource.h"

#include <QGraphicsSceneMouseEvent>

// The scene's suggested flows: half-open connections of an import, drawn dashed between the
// design's items until the user adds them as flows or dismisses them. There are few, so they
// are drawn anew after every edit.

namespace Netpol {

namespace {

QString key(const std::string &ns, const std::string &name)
{
    return QString::fromStdString(ns) + QLatin1Char('/') + QString::fromStdString(name);
}

} // namespace

void DesignScene::clearSuggestions()
{
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
