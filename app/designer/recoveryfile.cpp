#include "recoveryfile.h"

#include "model/core/fileio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Netpol::Recovery {

namespace {

const char *const kFormat = "netpol-designer-recovery";
const int kVersion = 1;
const char *const kSuffix = ".recovery.json";

RecoveryEntry failed(const QString &path, const QString &error)
{
    RecoveryEntry entry;
    entry.path = path;
    entry.error = error;
    return entry;
}

} // namespace

QString directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery");
}

QString recoveryPath(const QString &dir, const QString &id)
{
    return dir + QLatin1Char('/') + id + QLatin1String(kSuffix);
}

QString lockPath(const QString &path)
{
    QString base = path;
    if (base.endsWith(QLatin1String(kSuffix)))
        base.chop(int(qstrlen(kSuffix)));
    return base + QStringLiteral(".lock");
}

bool write(const RecoveryEntry &entry, QString *error)
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), QLatin1String(kFormat));
    object.insert(QStringLiteral("version"), kVersion);
    object.insert(QStringLiteral("designName"), entry.designName);
    object.insert(QStringLiteral("originalFile"), entry.originalFile);
    object.insert(QStringLiteral("savedAt"), entry.savedAt.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("design"), entry.designText);
    if (!QDir().mkpath(QFileInfo(entry.path).path())) {
        if (error)
            *error = QObject::tr("cannot create the folder %1").arg(QFileInfo(entry.path).path());
        return false;
    }
    std::string reason;
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!writeFileAtomically(entry.path.toStdString(), json.toStdString(), &reason)) {
        if (error)
            *error = QString::fromStdString(reason);
        return false;
    }
    return true;
}

RecoveryEntry read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(path, parseError.errorString());
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)
        || object.value(QStringLiteral("version")).toInt() != kVersion
        || !object.value(QStringLiteral("design")).isString()) {
        return failed(path, QObject::tr("not a recovery file of this version"));
    }
    RecoveryEntry entry;
    entry.path = path;
    entry.designName = object.value(QStringLiteral("designName")).toString();
    entry.originalFile = object.value(QStringLiteral("originalFile")).toString();
    entry.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(),
                                          Qt::ISODateWithMs);
    entry.designText = object.value(QStringLiteral("design")).toString();
    return entry;
}

QStringList files(const QString &dir)
{
    const QFileInfoList infos = QDir(dir).entryInfoList({QStringLiteral("*") + QLatin1String(kSuffix)},
                                                        QDir::Files, QDir::Time);
    QStringList out;
    for (const QFileInfo &info : infos)
        out.append(info.absoluteFilePath());
    return out;
}

void remove(const QString &path)
{
    QFile::remove(path);
    QFile::remove(lockPath(path));
}

} // namespace Netpol::Recovery
