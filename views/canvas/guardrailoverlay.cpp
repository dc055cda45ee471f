#include "views/canvas/guardrailoverlay.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/canvastheme.h"
#include "views/canvas/designscene.h"
#include "views/canvas/flowrouter.h"
#include "views/canvas/nodeitem.h"

#include "model/design/guardrailmatch.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>

namespace Netpol {

namespace {

constexpr double kZ = 62;         // above flows, cards and compare mode
constexpr double kHaloMargin = 7; // around a card or frame
constexpr double kLaneOffset = -9;
constexpr int kRoleKey = 0;       // item data: "edge", "halo", "subject"
constexpr int kActionKey = 1;     // item data: the ClusterAction

class GuardrailLayer : public QGraphicsObject
{
public:
    GuardrailLayer() { setFlag(ItemHasNoContents); }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

QList<NodeItem *> itemsOf(DesignScene *scene, const Design &design,
                          const GuardrailSelection &selection)
{
    QList<NodeItem *> items;
    auto add = [&items, scene](const ElementRef &ref) {
        if (auto *node = dynamic_cast<NodeItem *>(scene->itemFor(ref)); node && !items.contains(node))
            items.append(node);
    };
    for (int i : selection.namespaces)
        add(ElementRef::namespaceRef(design.namespaces[i].name, i));
    for (int i : selection.workloads)
        add(ElementRef::workload(design.workloads[i].ns, design.workloads[i].name, i));
    for (int i : selection.externals)
        add(ElementRef::external(design.externals[i].name, i));
    return items;
}

QPainterPath arrowPath(const QPolygonF &route)
{
    QPainterPath path;
    path.addPolygon(route);
    if (route.size() < 2)
        return path;
    const QLineF back(route.back(), route[route.size() - 2]);
    for (double turn : {28.0, -28.0}) {
        QLineF wing = back;
        wing.setLength(12);
        wing.setAngle(back.angle() + turn);
        path.moveTo(route.back());
        path.lineTo(wing.p2());
    }
    return path;
}

} // namespace

GuardrailOverlay::GuardrailOverlay(DesignScene *scene) : QObject(scene), m_scene(scene) {}

GuardrailOverlay::~GuardrailOverlay()
{
    delete m_layer.data();
}

QColor GuardrailOverlay::colourOf(ClusterAction action)
{
    const CanvasStyle::ThemeColors &c = CanvasStyle::current();
    switch (action) {
    case ClusterAction::Accept: return c.guardrailAccept;
    case ClusterAction::Deny: return c.guardrailDeny;
    case ClusterAction::Pass: break;
    }
    return c.guardrailPass;
}

Qt::PenStyle GuardrailOverlay::penStyleOf(ClusterAction action)
{
    switch (action) {
    case ClusterAction::Accept: return Qt::SolidLine;
    case ClusterAction::Deny: return Qt::DashLine;
    case ClusterAction::Pass: break;
    }
    return Qt::DotLine;
}

QString GuardrailOverlay::actionName(ClusterAction action)
{
    switch (action) {
    case ClusterAction::Accept: return tr("Accept");
    case ClusterAction::Deny: return tr("Deny");
    case ClusterAction::Pass: break;
    }
    return tr("Pass");
}

QString GuardrailOverlay::signOf(ClusterAction action)
{
    switch (action) {
    case ClusterAction::Accept: return QStringLiteral("✓");
    case ClusterAction::Deny: return QStringLiteral("✗");
    case ClusterAction::Pass: break;
    }
    return QStringLiteral("»");
}

void GuardrailOverlay::clear()
{
    delete m_layer.data();
    m_focus = {};
    std::fill(std::begin(m_edges), std::end(m_edges), 0);
    std::fill(std::begin(m_halos), std::end(m_halos), 0);
    m_subjectHalos = 0;
}

void GuardrailOverlay::show(const GuardrailFocus &focus)
{
    clear();
    const Design &design = m_scene->design();
    if (focus.guardrail < 0 || focus.guardrail >= int(design.guardrails.size()))
        return;
    const Guardrail &guardrail = design.guardrails[focus.guardrail];
    struct Drawn
    {
        const GuardrailRule *rule;
        bool egress;
        int index;
    };
    std::vector<Drawn> rules;
    for (bool egress : {false, true}) {
        const std::vector<GuardrailRule> &list = egress ? guardrail.egress : guardrail.ingress;
        for (int i = 0; i < int(list.size()); ++i) {
            if (!focus.isRule() || (focus.egress == egress && focus.rule == i))
                rules.push_back({&list[i], egress, i});
        }
    }
    if (focus.isRule() && rules.empty())
        return;
    m_focus = focus;
    auto *layer = new GuardrailLayer;
    layer->setZValue(kZ);
    m_scene->addItem(layer);
    m_layer = layer;

    const QString name = QString::fromStdString(guardrail.name);
    auto addLabel = [layer](const QString &text, QPointF at, const QColor &colour,
                            Qt::PenStyle style, const QString &tip) {
        auto *label = new QGraphicsSimpleTextItem(text, layer);
        label->setFont(CanvasStyle::smallFont());
        label->setBrush(colour);
        label->setToolTip(tip);
        const QRectF box = label->boundingRect();
        label->setPos(at - QPointF(box.width() / 2, box.height() / 2));
        auto *back = new QGraphicsRectItem(box.adjusted(-3, -1, 3, 1), layer);
        back->setPos(label->pos());
        back->setBrush(CanvasStyle::current().labelFill);
        back->setPen(QPen(colour, 1.2, style));
        back->setAcceptedMouseButtons(Qt::NoButton);
        label->setAcceptedMouseButtons(Qt::NoButton);
        label->setZValue(2);
        back->setZValue(1.5);
    };
    auto addHalo = [layer](NodeItem *node, const QColor &colour, Qt::PenStyle style, double width,
                           const QString &role, ClusterAction action, const QString &tip) {
        QPainterPath path;
        path.addRoundedRect(node->sceneFrame().adjusted(-kHaloMargin, -kHaloMargin, kHaloMargin,
                                                        kHaloMargin),
                            10, 10);
        auto *halo = new QGraphicsPathItem(path, layer);
        halo->setPen(QPen(colour, width, style, Qt::RoundCap, Qt::RoundJoin));
        halo->setData(kRoleKey, role);
        halo->setData(kActionKey, int(action));
        halo->setToolTip(tip);
        halo->setAcceptedMouseButtons(Qt::NoButton);
        return halo;
    };

    const QList<NodeItem *> subjects = itemsOf(m_scene, design,
                                               selectGuardrailPeer(design, guardrail.subject));
    bool oneAction = true;
    for (const Drawn &d : rules)
        oneAction = oneAction && d.rule->action == rules.front().rule->action;
    const ClusterAction subjectAction = rules.empty() ? ClusterAction::Pass
                                                      : rules.front().rule->action;
    const QColor subjectColour = oneAction && !rules.empty() ? colourOf(subjectAction)
                                                             : CanvasStyle::selectionColor();
    for (NodeItem *subject : subjects) {
        const QString tip = tr("Subject of guardrail %1").arg(name);
        addHalo(subject, subjectColour, Qt::SolidLine, 4.5, QStringLiteral("subject"),
                subjectAction, tip);
        const QRectF frame = subject->sceneFrame();
        // Under the subject: a card's top edge carries its exposure badge.
        addLabel(tr("◎ %1").arg(name),
                 QPointF(frame.center().x(), frame.bottom() + kHaloMargin), subjectColour,
                 Qt::SolidLine, tip);
        ++m_subjectHalos;
    }

    for (const Drawn &d : rules) {
        const ClusterAction action = d.rule->action;
        const QColor colour = colourOf(action);
        const Qt::PenStyle style = penStyleOf(action);
        const QString ruleName = d.rule->name.empty()
                                     ? (d.egress ? tr("egress rule %1") : tr("ingress rule %1"))
                                           .arg(d.index + 1)
                                     : QString::fromStdString(d.rule->name);
        const QString tip = tr("%1 %2: %3 (guardrail %4)")
                                .arg(signOf(action), ruleName, actionName(action),
                                     name);
        QList<NodeItem *> peers;
        for (const GuardrailPeer &peer : d.rule->peers) {
            for (NodeItem *node : itemsOf(m_scene, design, selectGuardrailPeer(design, peer))) {
                if (!peers.contains(node))
                    peers.append(node);
            }
        }
        for (NodeItem *peer : peers) {
            if (!subjects.contains(peer)) {
                addHalo(peer, colour, style, 3, QStringLiteral("halo"), action, tip);
                ++m_halos[int(action)];
            }
        }
        int edges = 0;
        for (NodeItem *peer : peers) {
            for (NodeItem *subject : subjects) {
                if (edges >= kMaxEdgesPerRule)
                    break;
                const QRectF a = peer->sceneFrame();
                const QRectF b = subject->sceneFrame();
                if (peer == subject || a.contains(b) || b.contains(a))
                    continue;
                // Edges that share a line (a row of namespaces) are kept a little apart.
                const double offset = kLaneOffset - 6.0 * (edges % 4);
                const QPolygonF route = d.egress ? FlowRouter::route(b, a, offset, {})
                                                 : FlowRouter::route(a, b, offset, {});
                auto *edge = new QGraphicsPathItem(arrowPath(route), layer);
                edge->setPen(QPen(colour, 3, style, Qt::RoundCap, Qt::RoundJoin));
                edge->setData(kRoleKey, QStringLiteral("edge"));
                edge->setData(kActionKey, int(action));
                edge->setToolTip(tip);
                edge->setAcceptedMouseButtons(Qt::NoButton);
                addLabel(signOf(action) + QLatin1Char(' ') + ruleName,
                         FlowRouter::pointAlong(route, 0.35 + 0.1 * (edges % 4)), colour, style,
                         tip);
                ++edges;
                ++m_edges[int(action)];
            }
        }
    }
}

QList<QGraphicsPathItem *> GuardrailOverlay::edgeItems() const
{
    QList<QGraphicsPathItem *> found;
    if (!m_layer)
        return found;
    for (QGraphicsItem *child : m_layer->childItems()) {
        if (auto *path = dynamic_cast<QGraphicsPathItem *>(child);
            path && path->data(kRoleKey).toString() == QLatin1String("edge"))
            found.append(path);
    }
    return found;
}

QList<QGraphicsPathItem *> GuardrailOverlay::haloItems() const
{
    QList<QGraphicsPathItem *> found;
    if (!m_layer)
        return found;
    for (QGraphicsItem *child : m_layer->childItems()) {
        if (auto *path = dynamic_cast<QGraphicsPathItem *>(child);
            path && path->data(kRoleKey).toString() != QLatin1String("edge"))
            found.append(path);
    }
    return found;
}

} // namespace Netpol
