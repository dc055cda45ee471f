#pragma once

#include "recoveryfile.h"

#include "model/design/design.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QLockFile;

namespace Netpol {

class Document;

// Keeps a recovery file of a document with unsaved changes: written (atomically) a few seconds
// after the last change, and at least every `maxDelay` while editing goes on; removed when the
// document is saved, discarded or closed. Each document has its own file, held by a lock file
// while the document lives, so that neither another window nor another running instance
// overwrites it or offers it for recovery; after a crash the lock is stale and the next start
// offers the file (RecoveryDialog).
// The design is copied on the UI thread (a value) and turned into text and written on a worker,
// so a design of thousands of workloads does not stall the window; a newer copy waiting for the
// worker supersedes an older one. Saving, discarding or closing waits for a write in progress
// and drops the waiting copy, so no recovery file is left behind.
class AutoSaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kQuietDelayMs = 5000;  // after the last change
    static constexpr int kMaxDelayMs = 30000;   // at the longest while changes keep coming

    explicit AutoSaver(Document *document, const QString &directory, QObject *parent = nullptr);
    ~AutoSaver() override;

    void setDelays(int quietMs, int maxMs);
    QString recoveryPath() const { return m_path; }
    bool hasRecoveryFile() const { return m_written; }

    // Writes the recovery file now and waits for it (when the document has unsaved changes).
    bool writeNow();
    // Starts writing a copy of the design on a worker (the timers do this); false when there
    // is nothing to write.
    bool writeSoon();
    bool isWriting() const { return m_future.isRunning() || m_queued.has_value(); }

signals:
    void written(const QString &path);
    void failed(const QString &message);

private:
    struct Snapshot
    {
        RecoveryEntry entry; // all but the text, which the worker writes
        Design design;
        quint64 serial = 0;
    };
    struct Outcome
    {
        quint64 serial = 0;
        QString error; // empty when written
    };

    void onChanged();
    void discard();
    bool lock();
    void start(Snapshot snapshot);
    // Takes in the outcome of the write that just finished and starts the waiting one.
    void collect();
    void waitForWrites();

    Document *m_document;
    QString m_path;
    QTimer m_quiet;
    QTimer m_deadline;
    std::unique_ptr<QLockFile> m_lock;
    bool m_written = false;
    QFuture<Outcome> m_future;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<Snapshot> m_queued;
    quint64 m_serial = 0;    // of the last snapshot taken
    quint64 m_collected = 0; // of the last outcome taken in
    quint64 m_validFrom = 1; // outcomes of older snapshots (before a discard) are ignored
    bool m_lastOk = false;
};

} // namespace Netpol
