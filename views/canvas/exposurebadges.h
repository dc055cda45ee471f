#pragma once

#include "model/design/design.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Netpol {

class DesignSource;

// What the canvas marks on a workload open to everyone: it accepts from the entire cluster or
// every address, or may send to them (by the design's generated policies, as `netpol analyze
// --exposure` says), with its whole exposure for the tooltip.
struct ExposureBadge
{
    bool acceptsFromAll = false;
    bool sendsToAll = false;
    QString details; // the exposure lines, one per entry

    bool any() const { return acceptsFromAll || sendsToAll; }
    QString text() const; // "accepts all", "sends to all", "open both ways"
};
using ExposureBadges = QHash<QString, ExposureBadge>; // by "NS/NAME"

// From any thread: it reads only its argument.
ExposureBadges computeExposureBadges(const Design &design);

// Recomputes the badges off the UI thread a moment after the design changes; a newer design
// supersedes a computation still running.
class ExposureWatcher : public QObject
{
    Q_OBJECT

public:
    // Longer than the preview's wait: on 2 cores it would otherwise compete with the preview
    // after every edit (bench_designer saw edit-to-preview rise with it).
    static constexpr int kDelayMs = 1500;

    explicit ExposureWatcher(DesignSource *source, QObject *parent = nullptr);
    const ExposureBadges &badges() const { return m_badges; }

signals:
    void updated();

private:
    void start();

    DesignSource *m_source;
    QTimer m_timer;
    QFutureWatcher<ExposureBadges> m_watcher;
    bool m_again = false;
    ExposureBadges m_badges;
};

} // namespace Netpol
