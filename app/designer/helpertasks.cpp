#include "helpertasks.h"

#include "document.h"
#include "editcontroller.h"
#include "helperprocess.h"


#include "model/design/designreader.h"
#include "model/design/endpoint.h"
#include "model/design/flowport.h"
#include "model/design/designwriter.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Netpol {

namespace {

QString directionName(RankDirection direction)
{
    return direction == RankDirection::TopBottom ? QStringLiteral("TB") : QStringLiteral("LR");
}

QString firstLine(const Diagnostics &diagnostics, const QStringList &other)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            return QString::fromStdString(d.message);
    }
    return other.isEmpty() ? QString() : other.first();
}

} // namespace

HelperTasks::HelperTasks(Document *document, EditController *controller, QObject *parent)
    : QObject(parent), m_document(document), m_controller(controller),
      m_process(new HelperProcess(this))
{
    connect(m_process, &HelperProcess::runningChanged, this,
            [this](bool running) { emit busyChanged(running, m_process->task()); });
    connect(m_process, &HelperProcess::finished, this, &HelperTasks::onFinished);
}

bool HelperTasks::isBusy() const
{
    return m_process->isRunning();
}

void HelperTasks::cancel()
{
    m_process->cancel();
}

bool HelperTasks::canStart(bool needsValidDesign)
{
    if (isBusy()) {
        emit refused(tr("%1 is still running: wait for it, or cancel it.").arg(m_process->task()));
        return false;
    }
    if (!needsValidDesign)
        return true;
    const int errors = countSeverity(m_document->diagnostics(), Severity::Error);
    if (errors > 0) {
        emit refused(tr("The design has %n error(s) (see Diagnostics): fix them first.", nullptr,
                        errors));
        return false;
    }
    return true;
}

QStringList HelperTasks::timeoutArguments() const
{
    // Graphviz's own limit ends a little before the process's, so its message is the one seen.
    const int seconds = std::max(1, m_process->timeoutMs() / 1000 - 10);
    return {QStringLiteral("--timeout"), QString::number(seconds)};
}

bool HelperTasks::start(Task task, const QString &name, const QStringList &arguments,
                        const QByteArray &input)
{
    m_task = task;
    m_lastArguments = arguments;
    if (!m_process->start(name, arguments, input)) {
        m_task = Task::None;
        return false;
    }
    return true;
}

bool HelperTasks::arrange(RankDirection direction, double aspect)
{
    if (!canStart(true))
        return false;
    m_snapshot = m_document->design();
    m_direction = direction;
    const QStringList arguments = QStringList{QStringLiteral("arrange"), QStringLiteral("-"),
                                              QStringLiteral("--rankdir"), directionName(direction),
                                              QStringLiteral("--aspect"),
                                              QString::number(std::clamp(aspect, 0.2, 5.0), 'f', 3)}
        + timeoutArguments();
    return start(Task::Arrange, tr("Arrange"), arguments,
                 QByteArray::fromStdString(writeDesign(m_snapshot)));
}

QStringList HelperTasks::diagramArguments(const QString &path, const DiagramOptions &options)
{
    QStringList arguments{QStringLiteral("dot"),       QStringLiteral("-"),
                          QStringLiteral("-o"),        path,
                          QStringLiteral("--rankdir"), directionName(options.rankdir)};
    if (!options.dns)
        arguments << QStringLiteral("--no-dns");
    if (!options.labels)
        arguments << QStringLiteral("--no-labels");
    if (!options.legend)
        arguments << QStringLiteral("--no-legend");
    return arguments;
}

bool HelperTasks::exportDiagram(const QString &path, const DiagramOptions &options)
{
    if (!canStart(true))
        return false;
    m_target = path;
    return start(Task::ExportDiagram, tr("Export Diagram"),
                 diagramArguments(path, options) + timeoutArguments(),
                 QByteArray::fromStdString(writeDesign(m_document->design())));
}

bool HelperTasks::importManifests(const QStringList &paths)
{
    if (paths.isEmpty() || !canStart(false))
        return false;
    m_target = paths.first();
    m_findingsFile = QDir(QDir::tempPath())
                         .filePath(QStringLiteral("netpol-designer-findings-%1.json")
                                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    return start(Task::Import, tr("Import Manifests"),
                 QStringList{QStringLiteral("import")} + paths
                     + QStringList{QStringLiteral("-o"), QStringLiteral("-"),
                                   QStringLiteral("--findings"), m_findingsFile});
}

void HelperTasks::onFinished(const HelperResult &result)
{
    const Task task = m_task;
    m_task = Task::None;
    TaskReport report;
    report.task = task == Task::Arrange ? tr("Arrange")
        : task == Task::ExportDiagram   ? tr("Export Diagram")
                                        : tr("Import Manifests");
    report.diagnostics = result.diagnostics;
    report.otherLines = result.otherLines;
    if (!result.ok()) {
        report.summary = result.status == HelperResult::Status::Finished
            ? tr("%1 failed: %2")
                  .arg(report.task, firstLine(result.diagnostics, result.otherLines))
            : result.message;
        emit finished(report);
        return;
    }
    report.ok = true;
    switch (task) {
    case Task::Arrange:
        finishArrange(report, result.output);
        break;
    case Task::ExportDiagram:
        report.summary = tr("Exported the diagram to %1").arg(m_target);
        break;
    case Task::Import:
        finishImport(report, result.output);
        break;
    case Task::None:
        break;
    }
    emit finished(report);
}

void HelperTasks::finishArrange(TaskReport &report, const QByteArray &output)
{
    DesignReadResult read = readDesign(output.toStdString(), "netpol arrange");
    if (!read.design) {
        report.ok = false;
        report.summary = tr("Arrange failed: netpol arrange wrote a design that cannot be read.");
        report.diagnostics.insert(report.diagnostics.end(), read.diagnostics.begin(),
                                  read.diagnostics.end());
        return;
    }
    if (m_document->design() != m_snapshot) {
        report.ok = false;
        report.summary = tr("The design changed while Graphviz was arranging it, so nothing was "
                            "moved. Arrange again.");
        return;
    }
    const QString step = m_direction == RankDirection::TopBottom ? tr("Arrange top to bottom")
                                                                 : tr("Arrange left to right");
    const int moved = m_controller->applyLayout(*read.design, step);
    report.moved = std::max(moved, 0);
    if (moved < 0) {
        report.ok = false;
        report.summary = tr("Arrange failed: the arranged design is not this design.");
    } else if (moved == 0) {
        report.summary = tr("The design is arranged already: nothing moved.");
    } else {
        report.summary = tr("Arranged: %n element(s) moved (one undo step).", nullptr, moved);
    }
}

void HelperTasks::finishImport(TaskReport &report, const QByteArray &output)
{
    DesignReadResult read = readDesign(output.toStdString(), "netpol import");
    if (!read.design) {
        report.ok = false;
        report.summary = tr("Import failed: netpol import wrote a design that cannot be read.");
        report.diagnostics.insert(report.diagnostics.end(), read.diagnostics.begin(),
                                  read.diagnostics.end());
        return;
    }
    const QFileInfo first(m_target);
    const QString name = first.isDir() ? QDir(m_target).dirName() : first.completeBaseName();
    if (!name.isEmpty())
        read.design->metadata.name = name.toStdString();
    const Design &d = *read.design;
    report.summary = tr("Imported %1, %2, %3 and %4; not saved yet.")
                         .arg(tr("%n namespace(s)", nullptr, int(d.namespaces.size())),
                              tr("%n workload(s)", nullptr, int(d.workloads.size())),
                              tr("%n external(s)", nullptr, int(d.externals.size())),
                              tr("%n flow(s)", nullptr, int(d.flows.size())));
    report.imported = std::move(read.design);
    readFindings(report);
}

void HelperTasks::readFindings(TaskReport &report)
{
    QFile file(m_findingsFile);
    const bool opened = file.open(QIODevice::ReadOnly);
    const QJsonObject root = QJsonDocument::fromJson(opened ? file.readAll() : QByteArray()).object();
    file.close();
    QFile::remove(m_findingsFile);
    for (const QJsonValue &value : root.value(QStringLiteral("diagnostics")).toArray()) {
        const QJsonObject o = value.toObject();
        Diagnostic d;
        const QString severity = o.value(QStringLiteral("severity")).toString();
        d.severity = severity == QLatin1String("error") ? Severity::Error
            : severity == QLatin1String("warning")      ? Severity::Warning
                                                        : Severity::Info;
        d.code = o.value(QStringLiteral("code")).toString().toStdString();
        d.message = o.value(QStringLiteral("message")).toString().toStdString();
        d.location = Location::inFile(o.value(QStringLiteral("file")).toString().toStdString(),
                                      o.value(QStringLiteral("line")).toInt(),
                                      o.value(QStringLiteral("column")).toInt());
        report.importFindings.push_back(std::move(d));
    }
    for (const QJsonValue &value : root.value(QStringLiteral("halfOpen")).toArray()) {
        const QJsonObject o = value.toObject();
        std::string error;
        const auto from = parseEndpoint(o.value(QStringLiteral("from")).toString().toStdString(), &error);
        const auto to = parseEndpoint(o.value(QStringLiteral("to")).toString().toStdString(), &error);
        if (!from || !to)
            continue;
        HalfOpenConnection open;
        open.flow.from = *from;
        open.flow.to = *to;
        bool portsOk = true;
        for (const QJsonValue &port : o.value(QStringLiteral("ports")).toArray()) {
            const auto parsed = parseFlowPort(port.toString().toStdString(), &error);
            portsOk = portsOk && parsed.has_value();
            if (parsed)
                open.flow.ports.push_back(*parsed);
        }
        open.egressAllowed = o.value(QStringLiteral("allowed")).toString() != QLatin1String("ingress");
        open.finding = std::size_t(o.value(QStringLiteral("finding")).toInt(-1));
        if (portsOk && open.finding < report.importFindings.size())
            report.halfOpen.push_back(std::move(open));
    }
}

} // namespace Netpol
