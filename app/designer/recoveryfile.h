#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Netpol {

// One recovery file: the state of a design with unsaved changes, written by the autosave so
// that a crash loses at most a few seconds of work. The file is JSON: what the dialog lists
// (design name, original file, time) and the design file's text itself.
struct RecoveryEntry
{
    QString path;         // the recovery file
    QString designName;
    QString originalFile; // where the design was saved; empty for an untitled design
    QDateTime savedAt;
    QString designText;   // a whole design file (netpol-designer/v1)
    QString error;        // why the file could not be read; the other fields are then empty

    bool isValid() const { return error.isEmpty(); }
};

namespace Recovery {

// QStandardPaths::AppDataLocation + "/recovery".
QString directory();

// The recovery file and the lock file of one document of this process (`id` is unique per
// document: two windows or two instances never share one).
QString recoveryPath(const QString &directory, const QString &id);
QString lockPath(const QString &recoveryPath);

// Written atomically: a reader sees the old file or the new one, never a mix.
bool write(const RecoveryEntry &entry, QString *error);
RecoveryEntry read(const QString &path);

// The recovery files of `directory` in it, newest first, without looking at their locks.
QStringList files(const QString &directory);

// Removes a recovery file and its lock file.
void remove(const QString &path);

} // namespace Recovery

} // namespace Netpol
