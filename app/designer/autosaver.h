#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace Netpol {

class Document;

// Keeps a recovery file of a document with unsaved changes: written (atomically) a few seconds
// after the last change, and at least every `maxDelay` while editing goes on; removed when the
// document is saved, discarded or closed. Each document has its own file, held by a lock file
// while the document lives, so that neither another window nor another running instance
// overwrites it or offers it for recovery; after a crash the lock is stale and the next start
// offers the file (RecoveryDialog).
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

    // Writes the recovery file now (when the document has unsaved changes).
    bool writeNow();

signals:
    void written(const QString &path);
    void failed(const QString &message);

private:
    void onChanged();
    void discard();
    bool lock();

    Document *m_document;
    QString m_path;
    QTimer m_quiet;
    QTimer m_deadline;
    std::unique_ptr<QLockFile> m_lock;
    bool m_written = false;
};

} // namespace Netpol
