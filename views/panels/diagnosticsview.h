#pragma once

#include "model/core/diagnostic.h"

#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Netpol {

class DesignSource;

// The findings about the design (DesignSource::diagnostics), refreshed shortly after each
// change. Clicking one asks for its element to be selected and shown. Findings an import
// reported (codes import-...) can be dismissed from the context menu or with Delete.
class DiagnosticsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 200;

    explicit DiagnosticsView(DesignSource *source, QWidget *parent = nullptr);

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    QTreeWidget *list() const { return m_list; }
    bool isPending() const;

public slots:
    void refreshNow();

signals:
    void elementActivated(const Netpol::ElementRef &element);
    void countsChanged(int errors, int warnings);
    void dismissRequested(const Netpol::Diagnostic &finding);

private:
    void activate(QTreeWidgetItem *item);
    void dismissCurrent();
    void showMenu(const QPoint &pos);

    DesignSource *m_source;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QTimer *m_timer;
    Diagnostics m_diagnostics;
};

} // namespace Netpol
