#pragma once

#include "model/core/diagnostic.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

class QTimer;

namespace Netpol {

// What a run of the helper gave.
struct HelperResult
{
    enum class Status {
        Finished,  // the command ran to its end (see exitCode)
        Missing,   // no `netpol` program was found
        NotStarted, // it was found but could not be started
        TimedOut,  // killed after the timeout
        Canceled,  // killed because the user canceled
        Crashed,   // it died of a signal
    };

    Status status = Status::Finished;
    int exitCode = -1;
    QByteArray output;       // standard output: the design, the diagram, ...
    Diagnostics diagnostics; // its standard error's findings (file:line:column: severity: ...)
    QStringList otherLines;  // the rest of its standard error
    QString message;         // why it did not finish, in words; empty when it finished

    bool ok() const { return status == Status::Finished && exitCode == 0; }
};

// Runs the `netpol` command line as a short-lived helper process, asynchronously: Graphviz is
// not thread safe and leaks in clustered layouts, so the designer never runs it itself. One run
// at a time; input goes to the helper's standard input; a timer kills a run that takes too
// long, and cancel() kills it at once. finished() always comes, from the event loop.
class HelperProcess : public QObject
{
    Q_OBJECT

public:
    explicit HelperProcess(QObject *parent = nullptr);
    ~HelperProcess() override;

    // `netpol` next to the running program, else on PATH; empty when neither has it.
    static QString locateNetpol();

    // The program to run: locateNetpol() unless set (tests point it elsewhere).
    QString program() const;
    void setProgram(const QString &program);
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    bool isRunning() const;
    QString task() const { return m_task; } // what the running job is, for people

    // Starts `netpol ARGUMENTS` with `input` on its standard input. Returns false (and does
    // nothing) while another run is going on.
    bool start(const QString &task, const QStringList &arguments, const QByteArray &input = {});

public slots:
    void cancel();

signals:
    void runningChanged(bool running);
    void finished(const Netpol::HelperResult &result);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void finish(HelperResult result);

    QProcess *m_process = nullptr;
    QTimer *m_timer;
    QString m_program;
    QString m_task;
    QByteArray m_input;
    HelperResult::Status m_stopReason = HelperResult::Status::Finished;
    int m_timeoutMs = 5 * 60 * 1000;
};

} // namespace Netpol
