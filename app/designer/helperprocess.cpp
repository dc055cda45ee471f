#include "helperprocess.h"

#include "model/core/diagnosticline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace Netpol {

HelperProcess::HelperProcess(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_stopReason = HelperResult::Status::TimedOut;
            m_process->kill();
        }
    });
}

HelperProcess::~HelperProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
}

QString HelperProcess::locateNetpol()
{
    const QFileInfo beside(QDir(QCoreApplication::applicationDirPath()).filePath(
        QStringLiteral("netpol")));
    if (beside.isFile() && beside.isExecutable())
        return beside.absoluteFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("netpol"));
}

QString HelperProcess::program() const
{
    return m_program.isNull() ? locateNetpol() : m_program;
}

void HelperProcess::setProgram(const QString &program)
{
    m_program = program;
}

bool HelperProcess::isRunning() const
{
    return !m_task.isEmpty();
}

bool HelperProcess::start(const QString &task, const QStringList &arguments,
                          const QByteArray &input)
{
    if (isRunning())
        return false;
    m_task = task.isEmpty() ? tr("netpol") : task;
    m_stopReason = HelperResult::Status::Finished;
    emit runningChanged(true);

    const QString program = this->program();
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        HelperResult result;
        result.status = HelperResult::Status::Missing;
        result.message
            = program.isEmpty()
            ? tr("The netpol command was not found next to the designer (%1) or on PATH. %2 "
                 "runs it, so that Graphviz works outside the window; it is built and "
                 "installed together with the designer.")
                  .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()), m_task)
            : tr("The netpol command %1 is missing or not executable.").arg(program);
        QTimer::singleShot(0, this, [this, result] { finish(result); });
        return true;
    }

    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_input = input;
    connect(m_process, &QProcess::started, this, [this] {
        m_process->write(m_input);
        m_process->closeWriteChannel();
        m_input.clear();
    });
    connect(m_process, &QProcess::finished, this, &HelperProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &HelperProcess::onError);
    m_timer->start(m_timeoutMs);
    m_process->start(QIODevice::ReadWrite);
    return true;
}

void HelperProcess::cancel()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_stopReason = HelperResult::Status::Canceled;
    m_process->kill();
}

void HelperProcess::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and write errors end in finished()
    HelperResult result;
    result.status = HelperResult::Status::NotStarted;
    result.message = tr("Could not start %1: %2").arg(m_process->program(),
                                                      m_process->errorString());
    finish(result);
}

void HelperProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    HelperResult result;
    result.exitCode = exitCode;
    result.output = m_process->readAllStandardOutput();
    const QByteArray errors = m_process->readAllStandardError();
    DiagnosticLines lines = parseDiagnosticLines(errors.toStdString());
    result.diagnostics = std::move(lines.diagnostics);
    for (const std::string &line : lines.other)
        result.otherLines << QString::fromStdString(line);
    const double seconds = m_timeoutMs / 1000.0;
    if (m_stopReason == HelperResult::Status::TimedOut) {
        result.status = m_stopReason;
        result.message = tr("%1 took longer than %2 s and was stopped.").arg(m_task).arg(seconds);
    } else if (m_stopReason == HelperResult::Status::Canceled) {
        result.status = m_stopReason;
        result.message = tr("%1 was canceled.").arg(m_task);
    } else if (status == QProcess::CrashExit) {
        result.status = HelperResult::Status::Crashed;
        result.message = tr("%1 stopped unexpectedly: the netpol helper crashed.").arg(m_task);
    }
    finish(result);
}

void HelperProcess::finish(HelperResult result)
{
    m_timer->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_task.clear();
    emit runningChanged(false);
    emit finished(result);
}

} // namespace Netpol
