#include "autosaver.h"

#include "document.h"
#include "recoveryfile.h"

#include "model/design/designwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

namespace Netpol {

AutoSaver::AutoSaver(Document *document, const QString &directory, QObject *parent)
    : QObject(parent), m_document(document),
      m_path(Recovery::recoveryPath(directory, QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
    m_quiet.setSingleShot(true);
    m_deadline.setSingleShot(true);
    setDelays(kQuietDelayMs, kMaxDelayMs);
    connect(&m_quiet, &QTimer::timeout, this, &AutoSaver::writeNow);
    connect(&m_deadline, &QTimer::timeout, this, &AutoSaver::writeNow);
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
    m_quiet.stop();
    m_deadline.stop();
    if (!m_document->isModified())
        return false;
    if (!lock())
        return false;
    RecoveryEntry entry;
    entry.path = m_path;
    entry.designName = m_document->displayName();
    entry.originalFile = m_document->fileName().isEmpty()
                             ? QString()
                             : QFileInfo(m_document->fileName()).absoluteFilePath();
    entry.savedAt = QDateTime::currentDateTime();
    entry.designText = QString::fromStdString(writeDesign(m_document->design()));
    QString error;
    if (!Recovery::write(entry, &error)) {
        emit failed(tr("Cannot write the recovery file %1: %2").arg(m_path, error));
        return false;
    }
    m_written = true;
    emit written(m_path);
    return true;
}

void AutoSaver::discard()
{
    m_quiet.stop();
    m_deadline.stop();
    if (m_written)
        QFile::remove(m_path);
    m_written = false;
}

} // namespace Netpol
