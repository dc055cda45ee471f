#include "tasktestsupport.h"

#include "viewtestsupport.h"

#include "support/testsupport.h"

#include <QFile>

namespace Netpol::Test {

std::optional<TaskReport> runTask(HelperTasks *tasks, const std::function<bool()> &start,
                                  int timeoutMs)
{
    std::optional<TaskReport> report;
    const QMetaObject::Connection connection = QObject::connect(
        tasks, &HelperTasks::finished, tasks, [&report](const TaskReport &r) { report = r; });
    if (start())
        waitUntil([&report] { return report.has_value(); }, timeoutMs);
    QObject::disconnect(connection);
    return report;
}

QString fakeHelper(const std::string &body)
{
    const QString path = QString::fromStdString(makeTempDir() + "/netpol");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n");
    file.write(QByteArray::fromStdString(body));
    file.write("\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

std::string describe(const TaskReport &report)
{
    std::string text = report.summary.toStdString() + '\n';
    for (const Diagnostic &d : report.diagnostics)
        text += d.format() + '\n';
    for (const QString &line : report.otherLines)
        text += line.toStdString() + '\n';
    return text;
}

} // namespace Netpol::Test
