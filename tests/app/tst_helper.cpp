// The netpol helper process: found next to the designer, said clearly when missing, one run at
// a time with a busy state, canceled or stopped by its timeout, and what it says on standard
// error shown to the user.

#include "tasktestsupport.h"
#include "viewtestsupport.h"

#include "document.h"
#include "helperprocess.h"
#include "helpertasks.h"
#include "mainwindow.h"
#include "reportdialog.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QFileInfo>
#include <QTimer>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

QString example(const char *name)
{
    return QString::fromStdString(examplePath(name));
}

struct Window
{
    Window()
    {
        ok = window.openFile(example("production.netpol.yaml"));
        before = designText(*window.document());
    }
    MainWindow window;
    bool ok = false;
    std::string before;
};

} // namespace

TEST(Helper, IsFoundNextToTheDesigner)
{
    // The tests live in the same directory as netpol and netpol-designer.
    EXPECT_EQ(QFileInfo(HelperProcess::locateNetpol()).canonicalFilePath(),
              QFileInfo(QStringLiteral(NETPOL_BIN)).canonicalFilePath());
}

TEST(Helper, AMissingHelperIsSaidClearly)
{
    Window w;
    ASSERT_TRUE(w.ok);
    w.window.tasks()->process()->setProgram(QStringLiteral("/nonexistent/netpol"));
    const std::optional<TaskReport> report = runTask(
        w.window.tasks(), [&w] { return w.window.tasks()->arrange(RankDirection::LeftRight); });
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok);
    EXPECT_TRUE(report->summary.contains(QStringLiteral("/nonexistent/netpol")))
        << describe(*report);
    EXPECT_TRUE(report->summary.contains(QStringLiteral("missing"))) << describe(*report);
    EXPECT_EQ(designText(*w.window.document()), w.before);
    EXPECT_FALSE(w.window.tasks()->isBusy());
    auto *dialog = w.window.findChild<ReportDialog *>();
    ASSERT_TRUE(dialog) << "a failure is shown, not only logged";
    EXPECT_EQ(dialog->summary(), report->summary);
}

TEST(Helper, GraphvizErrorsReachTheUser)
{
    Window w;
    ASSERT_TRUE(w.ok);
    w.window.tasks()->process()->setProgram(
        fakeHelper("cat > /dev/null\n"
                   "echo '<stdin>: error: graphviz-failed: Graphviz could not lay out the "
                   "design: Error: syntax error in line 3' >&2\n"
                   "echo '    hint: is the graphviz package installed?' >&2\n"
                   "exit 1"));
    const std::optional<TaskReport> report = runTask(
        w.window.tasks(), [&w] { return w.window.tasks()->arrange(RankDirection::LeftRight); });
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok);
    ASSERT_EQ(report->diagnostics.size(), 1u) << describe(*report);
    EXPECT_EQ(report->diagnostics[0].code, "graphviz-failed");
    EXPECT_EQ(report->diagnostics[0].hint, "is the graphviz package installed?");
    EXPECT_TRUE(report->summary.contains(QStringLiteral("syntax error in line 3")));
    EXPECT_EQ(designText(*w.window.document()), w.before);

    auto *dialog = w.window.findChild<ReportDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->findingCount(), 1);
    const QString shown = dialog->browser()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("error: Graphviz could not lay out the design: "
                                              "Error: syntax error in line 3")))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("graphviz-failed")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Hint: is the graphviz package installed?")));
    EXPECT_TRUE(dialog->text().contains(QStringLiteral("<stdin>: error: graphviz-failed: ")));
}

TEST(Helper, OneTaskAtATimeWithABusyStateAndCancel)
{
    Window w;
    ASSERT_TRUE(w.ok);
    HelperTasks *tasks = w.window.tasks();
    tasks->process()->setProgram(fakeHelper("exec sleep 30"));
    QList<bool> busy;
    QObject::connect(tasks, &HelperTasks::busyChanged,
                     [&busy](bool on, const QString &) { busy << on; });
    QString refusal;
    QObject::connect(tasks, &HelperTasks::refused, [&refusal](const QString &r) { refusal = r; });

    const std::optional<TaskReport> report = runTask(tasks, [&] {
        if (!tasks->arrange(RankDirection::LeftRight))
            return false;
        EXPECT_TRUE(tasks->isBusy());
        EXPECT_FALSE(w.window.action(QStringLiteral("actionArrange"))->isEnabled());
        EXPECT_TRUE(w.window.action(QStringLiteral("actionCancelTask"))->isEnabled());
        EXPECT_FALSE(tasks->arrange(RankDirection::TopBottom));
        EXPECT_TRUE(refusal.contains(QStringLiteral("still running"))) << refusal.toStdString();
        QTimer::singleShot(300, &w.window, [&w] {
            w.window.action(QStringLiteral("actionCancelTask"))->trigger();
        });
        return true;
    }, 10000);
    ASSERT_TRUE(report) << "the cancel ends it long before the helper's 30 s";
    EXPECT_FALSE(report->ok);
    EXPECT_TRUE(report->summary.contains(QStringLiteral("canceled"))) << describe(*report);
    EXPECT_EQ(busy, (QList<bool>{true, false}));
    EXPECT_FALSE(tasks->isBusy());
    EXPECT_TRUE(w.window.action(QStringLiteral("actionArrange"))->isEnabled());
    EXPECT_EQ(designText(*w.window.document()), w.before);
}

TEST(Helper, ARunThatTakesTooLongIsStopped)
{
    Window w;
    ASSERT_TRUE(w.ok);
    HelperProcess *process = w.window.tasks()->process();
    process->setProgram(fakeHelper("exec sleep 30"));
    process->setTimeoutMs(500);
    const std::optional<TaskReport> report = runTask(
        w.window.tasks(), [&w] { return w.window.tasks()->arrange(RankDirection::LeftRight); },
        10000);
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok);
    EXPECT_TRUE(report->summary.contains(QStringLiteral("took longer"))) << describe(*report);
    EXPECT_EQ(designText(*w.window.document()), w.before);
}

TEST(Helper, TheDesignGoesToStandardInput)
{
    Window w;
    ASSERT_TRUE(w.ok);
    const std::string dir = makeTempDir();
    w.window.tasks()->process()->setProgram(
        fakeHelper("echo \"$@\" > '" + dir + "/args'\ncat > '" + dir + "/input'\nexit 3"));
    const std::optional<TaskReport> report = runTask(
        w.window.tasks(), [&w] { return w.window.tasks()->arrange(RankDirection::TopBottom); });
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok) << "exit code 3";
    EXPECT_EQ(readFile(dir + "/input"), w.before);
    const std::string args = readFile(dir + "/args");
    EXPECT_EQ(args.substr(0, args.find(" --timeout")), "arrange - --rankdir TB --aspect 1.600");
    EXPECT_EQ(designText(*w.window.document()), w.before);
}
