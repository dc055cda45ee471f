#include "views/panels/changesview.h"

#include "views/canvas/connectionelements.h"
#include "views/common/designsource.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Netpol {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// The column texts in the window's language; lines() and the tooltips keep `netpol diff`'s.
QString kindText(ConnectionChange::Kind kind)
{
    switch (kind) {
    case ConnectionChange::Kind::Added:
        return ChangesView::tr("added");
    case ConnectionChange::Kind::Removed:
        return ChangesView::tr("removed");
    case ConnectionChange::Kind::Changed:
        break;
    }
    return ChangesView::tr("changed");
}

QString sideText(const std::optional<PortSet> &ports)
{
    return ports ? qs(changeSideText(ports)) : ChangesView::tr("No Connections");
}

} // namespace

ChangesView::ChangesView(DesignSource *source, QWidget *parent)
    : QWidget(parent), m_source(source), m_summary(new QLabel(this)),
      m_leave(new QPushButton(tr("Leave Compare Mode"), this)), m_list(new QTreeWidget(this))
{
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Not comparing. View > Compare With… shows what the design changes in "
                          "the allowed connections."));
    m_leave->setObjectName(QStringLiteral("leaveCompare"));
    m_leave->setEnabled(false);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setColumnCount(5);
    m_list->setHeaderLabels({tr("Change"), tr("From"), tr("To"), tr("Before"), tr("After")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ChangesView::activate);
    connect(m_leave, &QPushButton::clicked, this, &ChangesView::leaveRequested);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 3, 8, 3);
    top->addWidget(m_summary, 1);
    top->addWidget(m_leave);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
}

void ChangesView::setBaseline(const QString &description)
{
    m_baseline = description;
    m_leave->setEnabled(!description.isEmpty());
    if (description.isEmpty()) {
        m_changes.clear();
        m_list->clear();
        m_summary->setText(tr("Not comparing."));
    }
}

void ChangesView::setStatus(const QString &text)
{
    m_summary->setText(text);
}

void ChangesView::setChanges(const std::vector<ConnectionChange> &changes)
{
    m_changes = changes;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int counts[3] = {0, 0, 0};
    QList<QTreeWidgetItem *> items;
    for (std::size_t i = 0; i < m_changes.size(); ++i) {
        const ConnectionChange &c = m_changes[i];
        ++counts[int(c.kind)];
        auto *item = new QTreeWidgetItem;
        item->setText(0, kindText(c.kind));
        item->setText(1, qs(changeEndpointText(c, true)));
        item->setText(2, qs(changeEndpointText(c, false)));
        item->setText(3, sideText(c.before));
        item->setText(4, sideText(c.after));
        QStringList tip{qs(connectionChangeLine(c))};
        for (const std::string &reason : c.reasons)
            tip << QStringLiteral("    ") + qs(reason);
        for (int column = 0; column < 5; ++column)
            item->setToolTip(column, tip.join(QLatin1Char('\n')));
        item->setData(0, kIndexRole, int(i));
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_summary->setText(
        m_changes.empty()
            ? tr("Compared with %1: no differences in the allowed connections.").arg(m_baseline)
            : tr("Compared with %1: %2, %3, %4", "baseline, added, removed, changed")
                  .arg(m_baseline,
                       tr("%n added", "connections", counts[0]),
                       tr("%n removed", "connections", counts[1]),
                       tr("%n changed", "connections", counts[2])));
}

QStringList ChangesView::lines() const
{
    QStringList out;
    for (const ConnectionChange &c : m_changes)
        out << qs(connectionChangeLine(c));
    return out;
}

void ChangesView::activate()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const int index = selected.front()->data(0, kIndexRole).toInt();
    if (index < 0 || index >= int(m_changes.size()))
        return;
    const ConnectionChange &c = m_changes[std::size_t(index)];
    const QList<ElementRef> elements = connectionSelection(m_source->design(), c.from, c.to);
    if (!elements.isEmpty())
        emit elementsActivated(elements);
}

} // namespace Netpol
