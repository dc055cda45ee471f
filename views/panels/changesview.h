#pragma once

#include "model/analysis/connectiondiff.h"
#include "model/core/diagnostic.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Netpol {

class DesignSource;

// The list of a comparison's changes, one row a change with the content of `netpol diff`'s
// text line (change, from, to, before, after; the line itself and the reasons in the
// tooltip). Selecting a row asks for its pair to be selected and shown on the canvas.
class ChangesView : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesView(DesignSource *source, QWidget *parent = nullptr);

    // What the current design is compared with ("the saved file", "git HEAD"), or empty.
    void setBaseline(const QString &description);
    void setChanges(const std::vector<ConnectionChange> &changes);
    // Says why there is nothing to compare (the other side did not read), or that it runs.
    void setStatus(const QString &text);
    const std::vector<ConnectionChange> &changes() const { return m_changes; }
    QTreeWidget *list() const { return m_list; }
    // Each row's change as `netpol diff` writes its line.
    QStringList lines() const;

signals:
    void elementsActivated(const QList<Netpol::ElementRef> &elements);
    void leaveRequested();

private:
    void activate();

    DesignSource *m_source;
    QLabel *m_summary;
    QPushButton *m_leave;
    QTreeWidget *m_list;
    QString m_baseline;
    std::vector<ConnectionChange> m_changes;
};

} // namespace Netpol
