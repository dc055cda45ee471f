#pragma once

#include "model/core/diagnostic.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Netpol {

class DesignSource;

// The findings about the design (DesignSource::diagnostics), refreshed shortly after each
// change, computed in a worker thread on a snapshot (a newer change supersedes a running
// check; the summary says "checking…" meanwhile). Clicking one asks for its element to be selected and shown. Findings an import
// reported (codes import-...) can be dismissed from the context menu or with Delete.
class DiagnosticsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 200;

    explicit DiagnosticsView(DesignSource *source, QWidget *parent = nullptr);

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    QTreeWidget *list() const { return m_list; }
    bool isPending() const; // a check waits for its timer, runs, or its result is not in yet

public slots:
    void refreshNow();   // at once, in this thread
    void refreshLater(); // in the worker (the timer's way)

signals:
    void elementActivated(const Netpol::ElementRef &element);
    void countsChanged(int errors, int warnings);
    void dismissRequested(const Netpol::Diagnostic &finding);

private:
    void activate(QTreeWidgetItem *item);
    void showFindings(Diagnostics diagnostics);
    void dismissCurrent();
    void showMenu(const QPoint &pos);

    DesignSource *m_source;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QTimer *m_timer;
    Diagnostics m_diagnostics;
    QFutureWatcher<Diagnostics> *m_watcher;
    quint64 m_generation = 0; // of the newest request; older results are dropped
    quint64 m_running = 0;    // generation of the check in the worker, 0 when none
    bool m_again = false;
};

} // namespace Netpol
