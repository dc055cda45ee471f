// Tools > Check Connection: the answer and its reasons are those of `netpol analyze DESIGN
// --probe ... --explain` for the same design; externals stand for an address of their range;
// the dialog opens filled in from a selected pair or flow and keeps the last checks.

#include "viewtestsupport.h"

#include "checkconnectiondialog.h"
#include "document.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "views/canvas/designscene.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

ConnectionCheck ask(CheckConnectionDialog *dialog, const QString &from, const QString &to, const QString &port,
                    Protocol protocol = Protocol::TCP)
{
    dialog->setQuestion(from, to, port, protocol);
    QSignalSpy spy(dialog, &CheckConnectionDialog::answered);
    dialog->check();
    EXPECT_TRUE(spy.wait(20000)) << "no answer";
    return spy.isEmpty() ? ConnectionCheck{} : spy.takeFirst().at(0).value<ConnectionCheck>();
}

} // namespace

TEST(CheckConnection, AnswersAsNetpolAnalyzeExplainDoes)
{
    qRegisterMetaType<ConnectionCheck>("Netpol::ConnectionCheck");
    const std::string file = examplePath("online-shop.netpol.yaml");
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(file)));
    CheckConnectionDialog *dialog = window.checkConnection();
    ASSERT_TRUE(dialog);
    struct Case
    {
        const char *from, *to, *port, *probe;
    };
    const Case cases[] = {
        {"storefront/web", "data/postgres", "5432", "storefront/web:data/postgres:5432"},
        {"payments/payment-api", "data/postgres", "postgres", "payments/payment-api:data/postgres:postgres"},
        {"payments/payment-api", "external/payment-gateway", "443", "payments/payment-api:198.51.100.0:443"},
        {"storefront/web", "external/smtp-relay", "587", "storefront/web:203.0.113.25:587"},
    };
    int allowed = 0;
    for (const Case &c : cases) {
        SCOPED_TRACE(c.probe);
        const ConnectionCheck check = ask(dialog, c.from, c.to, c.port);
        ASSERT_TRUE(check.answered) << check.error.toStdString();
        const ProcessResult cli = runProcess(NETPOL_BIN, {"analyze", file, "--probe", c.probe, "--explain"});
        ASSERT_EQ(cli.exitCode, 0) << cli.err;
        const std::string firstRow = cli.out.substr(cli.out.find('\n') + 1);
        const std::string verdict = firstRow.substr(0, firstRow.find('\n'));
        EXPECT_EQ(check.allowed, verdict.find("allowed") != std::string::npos) << verdict;
        ASSERT_EQ(check.explanation.size(), 2) << "one line per side";
        for (const QString &line : check.explanation) {
            // The CLI names an external by its address; the reasons are otherwise the same words.
            EXPECT_NE(cli.out.find(line.toStdString()), std::string::npos) << line.toStdString() << "\n" << cli.out;
        }
        allowed += check.allowed;
    }
    EXPECT_GT(allowed, 0);
    EXPECT_LT(allowed, 4) << "the cases must include a denied one";
    EXPECT_EQ(dialog->history().size(), 4);
    EXPECT_EQ(dialog->history().front().from, QStringLiteral("storefront/web")) << "newest first";
}

TEST(CheckConnection, SaysWhyItCannotAnswer)
{
    qRegisterMetaType<ConnectionCheck>("Netpol::ConnectionCheck");
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(examplePath("online-shop.netpol.yaml"))));
    CheckConnectionDialog *dialog = window.checkConnection();
    const ConnectionCheck unknown = ask(dialog, "storefront/nothing", "data/postgres", "5432");
    EXPECT_FALSE(unknown.answered);
    EXPECT_NE(unknown.error.toStdString().find("storefront/nothing"), std::string::npos) << unknown.error.toStdString();
    const ConnectionCheck external = ask(dialog, "storefront/web", "external/nowhere", "80");
    EXPECT_FALSE(external.answered);
    EXPECT_TRUE(dialog->history().isEmpty()) << "only answered checks are kept";
}

TEST(CheckConnection, OpensFilledInFromASelectedFlowOrPair)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(examplePath("online-shop.netpol.yaml"))));
    const Design &d = window.document()->design();
    int flow = -1;
    for (int i = 0; i < int(d.flows.size()); ++i)
        if (d.flows[std::size_t(i)].to.toString() == "data/postgres")
            flow = i;
    ASSERT_GE(flow, 0);
    window.scene()->selectElements({refTo(d, ElementRef::Kind::Flow, flow)});
    window.action(QStringLiteral("actionCheckConnection"))->trigger();
    auto *dialog = window.findChild<CheckConnectionDialog *>();
    ASSERT_TRUE(dialog && dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("from"))->currentText().toStdString(),
              d.flows[std::size_t(flow)].from.toString());
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("to"))->currentText(), QStringLiteral("data/postgres"));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("port"))->text(), QStringLiteral("postgres"));

    window.scene()->selectElements({refTo(d, ElementRef::Kind::Workload, 1), refTo(d, ElementRef::Kind::External, 0)});
    window.checkConnection();
    const Workload &w = d.workloads[1];
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("from"))->currentText().toStdString(), w.ns + "/" + w.name);
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("to"))->currentText().toStdString(),
              "external/" + d.externals[0].name);
    EXPECT_EQ(window.action(QStringLiteral("actionCheckConnection"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+K")));
}

TEST(CheckConnection, WildcardEndsAnswerForEveryWorkloadThere)
{
    qRegisterMetaType<ConnectionCheck>("Netpol::ConnectionCheck");
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(examplePath("online-shop.netpol.yaml"))));
    CheckConnectionDialog *dialog = window.checkConnection();
    // A selected namespace and workload fill it in as NS/* and NS/NAME.
    const Design &d = window.document()->design();
    int storefront = -1;
    for (int i = 0; i < int(d.namespaces.size()); ++i)
        storefront = d.namespaces[std::size_t(i)].name == "storefront" ? i : storefront;
    const Workload *postgres = d.findWorkload("data", "postgres");
    ASSERT_TRUE(storefront >= 0 && postgres);
    window.scene()->selectElements({refTo(d, ElementRef::Kind::Namespace, storefront),
                                    refTo(d, ElementRef::Kind::Workload, int(postgres - d.workloads.data()))});
    window.checkConnection();
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("from"))->currentText(), QStringLiteral("storefront/*"));
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("to"))->currentText(), QStringLiteral("data/postgres"));
    // As the example's own expect: entries say.
    const ConnectionCheck none = ask(dialog, "storefront/*", "data/postgres", "5432");
    ASSERT_TRUE(none.answered) << none.error.toStdString();
    EXPECT_FALSE(none.allowed);
    EXPECT_FALSE(none.mixed);
    ASSERT_FALSE(none.explanation.isEmpty());
    // Prometheus scrapes every pod on 9100: all allowed from it to */* ...
    const ConnectionCheck scrape = ask(dialog, "monitoring/prometheus", "*/*", "9100");
    ASSERT_TRUE(scrape.answered) << scrape.error.toStdString();
    EXPECT_TRUE(scrape.allowed) << scrape.explanation.join('\n').toStdString();
    // ... while only some of the namespace reach the database's port.
    const ConnectionCheck some = ask(dialog, "*/*", "data/postgres", "5432");
    ASSERT_TRUE(some.answered) << some.error.toStdString();
    EXPECT_TRUE(some.mixed);
    QString error;
    EXPECT_FALSE(toExpectation(some, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(dialog->saveAsAssertion(0, &error)) << "no single verdict to assert";
}

TEST(CheckConnection, SavesACheckAsAnAssertionThatRoundTripsAndFollowsTheDesign)
{
    qRegisterMetaType<ConnectionCheck>("Netpol::ConnectionCheck");
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(examplePath("online-shop.netpol.yaml"))));
    Document *document = window.document();
    const std::size_t before = document->design().expectations.size();
    CheckConnectionDialog *dialog = window.checkConnection();
    const ConnectionCheck check = ask(dialog, "payments/payment-api", "payments/fraud-check", "http");
    ASSERT_TRUE(check.answered && check.allowed) << check.error.toStdString();
    const int undoSteps = document->undoStack()->count();
    QString error;
    ASSERT_TRUE(dialog->saveAsAssertion(0, &error)) << error.toStdString();
    EXPECT_EQ(document->undoStack()->count(), undoSteps + 1) << "one undoable command";
    ASSERT_EQ(document->design().expectations.size(), before + 1);
    const Expectation saved = document->design().expectations.back();
    EXPECT_EQ(saved.label(), "payments/payment-api -> payments/fraud-check http/TCP");
    EXPECT_TRUE(saved.allowed);
    EXPECT_FALSE(dialog->saveAsAssertion(0, &error)) << "already asserted";

    // Save and open: the same assertion.
    const std::string path = makeTempDir() + "/asserted.netpol.yaml";
    ASSERT_TRUE(window.saveFile(QString::fromStdString(path)));
    EXPECT_NE(readFile(path).find("{from: payments/payment-api, to: payments/fraud-check, port: http/TCP, allowed: true}"),
              std::string::npos) << readFile(path);
    MainWindow reopened;
    ASSERT_TRUE(reopened.openFile(QString::fromStdString(path)));
    ASSERT_EQ(reopened.document()->design().expectations.size(), before + 1);
    EXPECT_EQ(reopened.document()->design().expectations.back(), saved);

    // Deleting the flow breaks it (an expectation-failed error); undo mends it.
    const auto failures = [&reopened] {
        int n = 0;
        for (const Diagnostic &d : reopened.document()->diagnostics())
            n += d.code == "expectation-failed" && d.message.find("fraud-check") != std::string::npos;
        return n;
    };
    EXPECT_EQ(failures(), 0);
    const Design &d = reopened.document()->design();
    const int flow = flowTo(d, "payments/fraud-check");
    ASSERT_GE(flow, 0);
    reopened.controller()->removeElements({refTo(d, ElementRef::Kind::Flow, flow)});
    EXPECT_EQ(failures(), 1);
    reopened.document()->undoStack()->undo();
    EXPECT_EQ(failures(), 0);
    // Undo of the save-as-assertion command takes it out again.
    document->undoStack()->undo();
    EXPECT_EQ(document->design().expectations.size(), before);
}
