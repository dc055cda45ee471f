#include "views/panels/guardrailband.h"

#include "views/canvas/guardrailoverlay.h"
#include "views/common/designsource.h"

#include "model/design/guardrailorder.h"
#include "model/design/guardrailtext.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

namespace Netpol {

namespace {

constexpr int kGuardrailRole = Qt::UserRole;
constexpr int kEgressRole = Qt::UserRole + 1;
constexpr int kRuleRole = Qt::UserRole + 2;

QString peersText(const std::vector<GuardrailPeer> &peers)
{
    QStringList parts;
    for (const GuardrailPeer &peer : peers)
        parts.append(QString::fromStdString(formatGuardrailPeer(peer)));
    return parts.join(QStringLiteral("; "));
}

} // namespace

GuardrailBand::GuardrailBand(DesignSource *source, QWidget *parent)
    : QTreeWidget(parent), m_source(source)
{
    setObjectName(QStringLiteral("guardrailBand"));
    setColumnCount(4);
    setHeaderLabels({tr("Guardrail / rule"), tr("Action"), tr("Peers"), tr("Ports")});
    header()->setStretchLastSection(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setMinimumHeight(fontMetrics().height() * 8); // a header and a few guardrails
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setToolTip(tr("Cluster guardrails in evaluation order: the Admin tier, then NetworkPolicies, "
                  "then the Baseline tier. Drag a guardrail to change its priority."));

    m_addAdmin = new QAction(tr("Add Admin Guardrail"), this);
    m_addAdmin->setObjectName(QStringLiteral("addAdminGuardrail"));
    m_addBaseline = new QAction(tr("Add Baseline Guardrail"), this);
    m_addBaseline->setObjectName(QStringLiteral("addBaselineGuardrail"));
    m_remove = new QAction(tr("Remove Guardrail"), this);
    m_remove->setObjectName(QStringLiteral("removeGuardrail"));
    connect(m_addAdmin, &QAction::triggered, this,
            [this] { emit addRequested(ClusterTier::Admin); });
    connect(m_addBaseline, &QAction::triggered, this,
            [this] { emit addRequested(ClusterTier::Baseline); });
    connect(m_remove, &QAction::triggered, this, [this] {
        const GuardrailFocus focus = currentFocus();
        if (!focus.isNull())
            emit removeRequested(focus.guardrail);
    });
    connect(this, &QTreeWidget::itemSelectionChanged, this, &GuardrailBand::emitFocus);
    connect(m_source, &DesignSource::guardrailsChanged, this, &GuardrailBand::reload);
    connect(m_source, &DesignSource::designReset, this, &GuardrailBand::reload);
    reload();
}

void GuardrailBand::reload()
{
    const GuardrailFocus keep = currentFocus();
    m_loading = true;
    clear();
    const std::vector<Guardrail> &guardrails = m_source->design().guardrails;
    m_order = guardrailOrder(guardrails);
    for (int index : m_order) {
        const Guardrail &g = guardrails[index];
        auto *top = new QTreeWidgetItem(this);
        const QString tier = g.tier == ClusterTier::Admin ? tr("Admin") : tr("Baseline");
        top->setText(0, tr("%1 %2 · %3").arg(tier).arg(g.priority)
                            .arg(QString::fromStdString(g.name)));
        top->setText(2, tr("subject %1").arg(QString::fromStdString(
                            formatGuardrailPeer(g.subject))));
        top->setData(0, kGuardrailRole, index);
        top->setData(0, kRuleRole, -1);
        top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (bool egress : {false, true}) {
            const std::vector<GuardrailRule> &rules = egress ? g.egress : g.ingress;
            for (int i = 0; i < int(rules.size()); ++i) {
                const GuardrailRule &rule = rules[i];
                auto *row = new QTreeWidgetItem(top);
                const QString direction = egress ? tr("egress %1") : tr("ingress %1");
                QString title = direction.arg(i + 1);
                if (!rule.name.empty())
                    title += QStringLiteral(" · ") + QString::fromStdString(rule.name);
                row->setText(0, title);
                row->setText(1, GuardrailOverlay::signOf(rule.action) + QLatin1Char(' ')
                                    + GuardrailOverlay::actionName(rule.action));
                row->setForeground(1, GuardrailOverlay::colourOf(rule.action));
                row->setText(2, (egress ? tr("to %1") : tr("from %1")).arg(peersText(rule.peers)));
                row->setText(3, rule.ports.empty()
                                    ? tr("all ports")
                                    : QString::fromStdString(formatGuardrailPorts(rule.ports)));
                row->setData(0, kGuardrailRole, index);
                row->setData(0, kEgressRole, egress);
                row->setData(0, kRuleRole, i);
                row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            }
        }
    }
    expandAll();
    for (int column = 0; column < 3; ++column) {
        resizeColumnToContents(column);
        setColumnWidth(column, std::min(columnWidth(column), column == 2 ? 520 : 300));
    }
    m_loading = false;
    if (!keep.isNull() && keep.guardrail < int(guardrails.size()))
        setFocusTo(keep);
}

GuardrailFocus GuardrailBand::currentFocus() const
{
    const QList<QTreeWidgetItem *> selected = selectedItems();
    if (selected.isEmpty())
        return {};
    const QTreeWidgetItem *item = selected.front();
    GuardrailFocus focus;
    focus.guardrail = item->data(0, kGuardrailRole).toInt();
    focus.rule = item->data(0, kRuleRole).toInt();
    focus.egress = focus.rule >= 0 && item->data(0, kEgressRole).toBool();
    return focus;
}

void GuardrailBand::setFocusTo(const GuardrailFocus &focus)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    clearSelection();
    for (int row = 0; row < topLevelItemCount(); ++row) {
        QTreeWidgetItem *top = topLevelItem(row);
        if (top->data(0, kGuardrailRole).toInt() != focus.guardrail)
            continue;
        QTreeWidgetItem *target = top;
        for (int c = 0; focus.isRule() && c < top->childCount(); ++c) {
            QTreeWidgetItem *child = top->child(c);
            if (child->data(0, kRuleRole).toInt() == focus.rule
                && child->data(0, kEgressRole).toBool() == focus.egress)
                target = child;
        }
        target->setSelected(true);
        setCurrentItem(target);
        scrollToItem(target);
    }
    m_loading = wasLoading;
}

void GuardrailBand::emitFocus()
{
    if (m_loading)
        return;
    m_remove->setEnabled(!currentFocus().isNull());
    emit focusChanged(currentFocus());
}

void GuardrailBand::dropGuardrail(int index, int row)
{
    int position = 0;
    for (int r = 0; r < row && r < int(m_order.size()); ++r) {
        if (m_order[r] != index)
            ++position;
    }
    emit moveRequested(index, position);
}

void GuardrailBand::dropEvent(QDropEvent *event)
{
    const GuardrailFocus dragged = currentFocus();
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (dragged.isNull() || dragged.isRule())
        return;
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    int row = topLevelItemCount();
    if (target) {
        while (target->parent())
            target = target->parent();
        row = indexOfTopLevelItem(target);
        const QRect rect = visualItemRect(target);
        if (event->position().y() > rect.center().y())
            ++row;
    }
    dropGuardrail(dragged.guardrail, row);
}

void GuardrailBand::contextMenuEvent(QContextMenuEvent *event)
{
    if (QTreeWidgetItem *item = itemAt(viewport()->mapFromGlobal(event->globalPos()))) {
        if (!item->isSelected()) {
            clearSelection();
            item->setSelected(true);
        }
    }
    m_remove->setEnabled(!currentFocus().isNull());
    QMenu menu(this);
    menu.addAction(m_addAdmin);
    menu.addAction(m_addBaseline);
    menu.addSeparator();
    menu.addAction(m_remove);
    menu.exec(event->globalPos());
}

} // namespace Netpol
