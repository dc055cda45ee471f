#pragma once

#include "views/panels/reachabilitydata.h"

#include "model/core/diagnostic.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace Netpol {

class DesignSource;
class ReachabilityModel;

// The Reachability dock: the matrix of who may open a connection to whom in the design (rows
// send, columns receive), from its generated policies, for any port or one chosen port.
// Computed in a worker thread on a snapshot a moment after each change (a newer change
// supersedes a computation still running), only while the dock is shown. Clicking a cell
// shows its explanation; double-clicking asks for its flow, or its two elements, to be
// selected on the canvas.
class ReachabilityView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 400;

    explicit ReachabilityView(DesignSource *source, QWidget *parent = nullptr);

    ReachabilityModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *explanationView() const { return m_explanation; }
    bool isPending() const { return m_timer.isActive() || m_watcher.isRunning() || m_again; }
    // "Any port" (none) or one port and protocol, as the mode controls set it.
    void setPort(const std::optional<MatrixPort> &port);
    void setRowFilter(const QString &ns);
    void setColumnFilter(const QString &ns);
    // The elements a cell stands for on the canvas: its flow when the design draws exactly
    // that one, else its two ends (an address set: the externals holding it).
    QList<ElementRef> elementsFor(const QModelIndex &index) const;

public slots:
    void refresh(); // now, in the worker, whether shown or not

signals:
    void updated();
    void elementsActivated(const QList<Netpol::ElementRef> &elements);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void schedule();
    void showData(std::shared_ptr<const ReachabilityData> data);
    void fillFilters();
    void applyMode();
    void showExplanation(const QModelIndex &index);

    DesignSource *m_source;
    ReachabilityModel *m_model;
    QTableView *m_table;
    QComboBox *m_mode;
    QSpinBox *m_port;
    QComboBox *m_protocol;
    QComboBox *m_rowFilter;
    QComboBox *m_columnFilter;
    QLabel *m_summary;
    QPlainTextEdit *m_explanation;
    QTimer m_timer;
    QFutureWatcher<std::shared_ptr<const ReachabilityData>> m_watcher;
    bool m_again = false;
    bool m_stale = true;
};

} // namespace Netpol
