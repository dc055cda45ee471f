#include "autosaver.h"

#include "document.h"
#include "recoveryfile.h"

#include "model/design/designwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace Netpol {

AutoSaver::AutoSaver(Document *document, const QString &directory, QObject *parent)
    : QObject(parent), m_document(document),
      m_path(Recovery::recoveryPath(directory, QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
    m_quiet.setSingleShot(true);
    m_deadline.setSingleShot(true);
    setDelays(kQuietDelayMs, kMaxDelayMs);
    connect(&m_quiet, &QTimer::timeout, this, &AutoSaver::writeSoon);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AutoSaver::collect);
    connect(&m_deadline, &QTimer::timeout, this, &AutoSaver::writeSoon);
    connect(document, &Document::designChanged, this, &AutoSaver::onChanged);
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (modified)
            onChanged();
        else
            discard(); // saved, or replaced by a clean design: nothing left to recover
    });
}

AutoSaver::~AutoSaver()
{
    // Closing normally means the user saved or chose to discard: the file has done its job.
    discard();
    if (m_lock)
        m_lock->unlock();
}

void AutoSaver::setDelays(int quietMs, int maxMs)
{
    m_quiet.setInterval(quietMs);
    m_deadline.setInterval(maxMs);
}

void AutoSaver::onChanged()
{
    if (!m_document->isModified())
        return;
    m_quiet.start(); // restarted by every change
    if (!m_deadline.isActive())
        m_deadline.start(); // not restarted: a long run of edits is still saved
}

bool AutoSaver::lock()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).path())) {
        emit failed(tr("Cannot create the recovery folder %1").arg(QFileInfo(m_path).path()));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(Recovery::lockPath(m_path));
    lock->setStaleLockTime(0); // held as long as the document lives
    if (!lock->tryLock(0)) {
        emit failed(tr("Cannot lock the recovery file %1").arg(lock->fileName()));
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

bool AutoSaver::writeNow()
{
    if (!writeSoon())
        return false;
    waitForWrites();
    return m_lastOk;
}

bool AutoSaver::writeSoon()
{
    m_quiet.stop();
    m_deadline.stop();
    if (!m_document->isModified())
        return false;
    if (!lock())
        return false;
    Snapshot snapshot;
    snapshot.entry.path = m_path;
    snapshot.entry.designName = m_document->displayName();
    snapshot.entry.originalFile = m_document->fileName().isEmpty()
                                      ? QString()
                                      : QFileInfo(m_document->fileName()).absoluteFilePath();
    snapshot.entry.savedAt = QDateTime::currentDateTime();
    snapshot.design = m_document->design(); // a copy: the worker never sees the live design
    snapshot.serial = ++m_serial;
    if (m_future.isRunning())
        m_queued = std::move(snapshot); // supersedes a copy that was waiting
    else
        start(std::move(snapshot));
    return true;
}

void AutoSaver::start(Snapshot snapshot)
{
    m_future = QtConcurrent::run([snapshot = std::move(snapshot)]() mutable {
        Outcome outcome;
        outcome.serial = snapshot.serial;
        snapshot.entry.designText = QString::fromStdString(writeDesign(snapshot.design));
        // Atomically: a temporary file, then a rename.
        if (!Recovery::write(snapshot.entry, &outcome.error) && outcome.error.isEmpty())
            outcome.error = QStringLiteral("not written");
        return outcome;
    });
    m_watcher.setFuture(m_future);
}

void AutoSaver::collect()
{
    if (!m_future.isFinished() || m_future.isCanceled())
        return;
    const Outcome outcome = m_future.result();
    if (outcome.serial > m_collected) { // the watcher may report one that waitForWrites took
        m_collected = outcome.serial;
        if (outcome.serial >= m_validFrom) {
            m_lastOk = outcome.error.isEmpty();
            if (m_lastOk) {
                m_written = true;
                emit written(m_path);
            } else {
                emit failed(
                    tr("Cannot write the recovery file %1: %2").arg(m_path, outcome.error));
            }
        }
    }
    if (m_queued)
        start(*std::exchange(m_queued, std::nullopt));
}

void AutoSaver::waitForWrites()
{
    while (m_future.isRunning() || m_queued) {
        m_future.waitForFinished();
        collect();
    }
}

void AutoSaver::discard()
{
    m_quiet.stop();
    m_deadline.stop();
    // A write in progress finishes first (it would leave the file behind); the copy waiting
    // for it is dropped, and outcomes still on their way are ignored.
    m_queued.reset();
    m_future.waitForFinished();
    collect();
    m_validFrom = m_serial + 1;
    if (m_written)
        QFile::remove(m_path);
    m_written = false;
}

} // namespace Netpol
