#include "views/panels/diagnosticsview.h"

#include "views/common/designsource.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Netpol {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QIcon severityIcon(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

DiagnosticsView::DiagnosticsView(DesignSource *source, QWidget *parent)
    : QWidget(parent), m_source(source), m_list(new QTreeWidget(this)), m_summary(new QLabel(this)),
      m_timer(new QTimer(this)), m_watcher(new QFutureWatcher<Diagnostics>(this))
{
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Finding"), tr("Element"), tr("Code")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemClicked, this, &DiagnosticsView::activate);
    connect(m_list, &QTreeWidget::itemActivated, this, &DiagnosticsView::activate);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &DiagnosticsView::showMenu);
    auto *dismiss = new QAction(tr("Dismiss"), m_list);
    dismiss->setObjectName(QStringLiteral("dismissFinding"));
    dismiss->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    dismiss->setShortcutContext(Qt::WidgetShortcut);
    connect(dismiss, &QAction::triggered, this, &DiagnosticsView::dismissCurrent);
    m_list->addAction(dismiss);

    m_summary->setContentsMargins(8, 3, 8, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &DiagnosticsView::refreshLater);
    connect(m_watcher, &QFutureWatcher<Diagnostics>::finished, this, [this] {
        const quint64 generation = std::exchange(m_running, 0);
        if (generation == m_generation)
            showFindings(m_watcher->result());
        if (m_again)
            refreshLater();
    });
    connect(source, &DesignSource::designChanged, m_timer, qOverload<>(&QTimer::start));
    connect(source, &DesignSource::diagnosticsChanged, m_timer, qOverload<>(&QTimer::start));
    refreshNow();
}

bool DiagnosticsView::isPending() const
{
    return m_timer->isActive() || m_running != 0 || m_again;
}

void DiagnosticsView::refreshNow()
{
    m_timer->stop();
    ++m_generation; // a check still in the worker is older than this
    showFindings(m_source->diagnostics());
}

void DiagnosticsView::refreshLater()
{
    m_timer->stop();
    if (m_running) {
        m_again = true; // once the worker is free, with the design as it is then
        return;
    }
    m_again = false;
    m_running = ++m_generation;
    m_summary->setText(tr("checking…"));
    m_watcher->setFuture(QtConcurrent::run(m_source->diagnosticsJob()));
}

void DiagnosticsView::showFindings(Diagnostics diagnostics)
{
    // Most edits of a large design change none of its findings: the list (thousands of rows)
    // is then not made again, which stalled the window after every edit.
    const bool same = !m_diagnostics.empty() && diagnostics == m_diagnostics;
    m_diagnostics = std::move(diagnostics);
    if (same) {
        emit countsChanged(countSeverity(m_diagnostics, Severity::Error),
                           countSeverity(m_diagnostics, Severity::Warning));
        return;
    }
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < int(m_diagnostics.size()); ++i) {
        const Diagnostic &d = m_diagnostics[std::size_t(i)];
        QString message = QString::fromStdString(d.message);
        auto *item = new QTreeWidgetItem;
        item->setIcon(0, severityIcon(d.severity));
        item->setText(0, message);
        item->setText(1, QString::fromStdString(d.location.element.toString()));
        item->setText(2, QString::fromStdString(d.code));
        QString tip = message.toHtmlEscaped();
        if (!d.hint.empty())
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg(QString::fromStdString(d.hint).toHtmlEscaped());
        if (!d.location.file.empty()) {
            QString place = QString::fromStdString(d.location.file);
            if (d.location.hasPosition())
                place += QStringLiteral(":%1:%2").arg(d.location.line).arg(d.location.column);
            tip += QStringLiteral("<br>%1").arg(place.toHtmlEscaped());
        }
        item->setToolTip(0, tip);
        item->setData(0, kIndexRole, i);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    const int errors = countSeverity(m_diagnostics, Severity::Error);
    const int warnings = countSeverity(m_diagnostics, Severity::Warning);
    const int infos = countSeverity(m_diagnostics, Severity::Info);
    if (m_diagnostics.empty())
        m_summary->setText(tr("No problems found"));
    else
        m_summary->setText(tr("%1, %2, %3")
                               .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings),
                                    tr("%n note(s)", nullptr, infos)));
    emit countsChanged(errors, warnings);
}

void DiagnosticsView::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(0, kIndexRole).toInt();
    if (index >= 0 && index < int(m_diagnostics.size()))
        emit elementActivated(m_diagnostics[std::size_t(index)].location.element);
}

namespace {

bool isDismissible(const Diagnostic &d)
{
    return d.code.rfind("import-", 0) == 0;
}

} // namespace

void DiagnosticsView::dismissCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int index = item->data(0, kIndexRole).toInt();
    if (index >= 0 && index < int(m_diagnostics.size()) && isDismissible(m_diagnostics[std::size_t(index)]))
        emit dismissRequested(m_diagnostics[std::size_t(index)]);
}

void DiagnosticsView::showMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    const int index = item->data(0, kIndexRole).toInt();
    if (index < 0 || index >= int(m_diagnostics.size()) || !isDismissible(m_diagnostics[std::size_t(index)]))
        return;
    QMenu menu(this);
    menu.addAction(tr("Dismiss"), this, &DiagnosticsView::dismissCurrent);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace Netpol
