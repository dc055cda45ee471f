// File > Export Diagram runs `netpol dot` on the design; File > Export Canvas writes the
// canvas itself.

#include "tasktestsupport.h"
#include "viewtestsupport.h"

#include "diagramdialog.h"
#include "document.h"
#include "editcontroller.h"
#include "helperprocess.h"
#include "helpertasks.h"
#include "mainwindow.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QXmlStreamReader>

#include <filesystem>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

QString example(const char *name)
{
    return QString::fromStdString(examplePath(name));
}

std::optional<TaskReport> exportDiagram(MainWindow &window, const std::string &path,
                                        const DiagramOptions &options = {})
{
    return runTask(window.tasks(), [&] {
        return window.exportDiagramTo(QString::fromStdString(path), options);
    });
}

QString xmlRoot(const std::string &text)
{
    QXmlStreamReader xml(QByteArray::fromStdString(text));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name().toString();
    }
    return {};
}

} // namespace

TEST(ExportDiagram, WritesEachFormatAsNetpolDotDoes)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    const std::string dir = makeTempDir();

    std::optional<TaskReport> report = exportDiagram(window, dir + "/shop.svg");
    ASSERT_TRUE(report && report->ok) << (report ? describe(*report) : "no report");
    EXPECT_TRUE(report->summary.contains(QStringLiteral("shop.svg")));
    EXPECT_EQ(xmlRoot(readFile(dir + "/shop.svg")), QStringLiteral("svg"));

    report = exportDiagram(window, dir + "/shop.png");
    ASSERT_TRUE(report && report->ok) << (report ? describe(*report) : "no report");
    EXPECT_EQ(readFile(dir + "/shop.png").substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));

    report = exportDiagram(window, dir + "/shop.pdf");
    ASSERT_TRUE(report && report->ok);
    EXPECT_EQ(readFile(dir + "/shop.pdf").substr(0, 5), "%PDF-");

    // DOT is exactly the command's, options included.
    DiagramOptions options;
    options.rankdir = RankDirection::TopBottom;
    options.labels = false;
    options.legend = false;
    report = exportDiagram(window, dir + "/shop.dot", options);
    ASSERT_TRUE(report && report->ok);
    const ProcessResult cli
        = runProcess(NETPOL_BIN, {"dot", examplePath("online-shop.netpol.yaml"), "--rankdir",
                                  "TB", "--no-labels", "--no-legend"});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    EXPECT_EQ(readFile(dir + "/shop.dot"), cli.out);
    EXPECT_EQ(cli.out.find("legend"), std::string::npos);
}

TEST(ExportDiagram, TheDialogsChoicesBecomeNetpolDotsOptions)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    const std::string dir = makeTempDir();
    window.tasks()->process()->setProgram(
        fakeHelper("echo \"$@\" > '" + dir + "/args'\ncat > '" + dir + "/input'"));
    DiagramOptions options;
    options.rankdir = RankDirection::TopBottom;
    options.dns = false;
    options.legend = false;
    const std::optional<TaskReport> report = exportDiagram(window, "/tmp/out.png", options);
    ASSERT_TRUE(report && report->ok);
    EXPECT_EQ(readFile(dir + "/input"), designText(*window.document()));
    const std::string args = readFile(dir + "/args");
    EXPECT_EQ(args.substr(0, args.find(" --timeout")),
              "dot - -o /tmp/out.png --rankdir TB --no-dns --no-legend");
}

TEST(ExportDiagram, IsRefusedWhileTheDesignHasErrors)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    Namespace ns = window.document()->design().namespaces[0];
    ns.labels["env"] = "not valid!";
    window.controller()->editElement(
        refTo(window.document()->design(), ElementRef::Kind::Namespace, 0), ns);
    QString reason;
    QObject::connect(window.tasks(), &HelperTasks::refused,
                     [&reason](const QString &r) { reason = r; });
    const std::string path = makeTempDir() + "/d.svg";
    EXPECT_FALSE(window.exportDiagramTo(QString::fromStdString(path), {}));
    EXPECT_TRUE(reason.contains(QStringLiteral("error"))) << reason.toStdString();
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(ExportDiagram, TheDialogTakesTheFormatFromTheExtension)
{
    EXPECT_EQ(DiagramDialog::formatOf(QStringLiteral("/a/b.SVG")), DiagramFormat::Svg);
    EXPECT_EQ(DiagramDialog::formatOf(QStringLiteral("b.pdf")), DiagramFormat::Pdf);
    EXPECT_FALSE(DiagramDialog::formatOf(QStringLiteral("b.jpeg")));
    EXPECT_FALSE(DiagramDialog::formatOf(QStringLiteral("noextension")));

    DiagramDialog dialog(example("production.netpol.yaml"));
    auto *target = dialog.findChild<QLineEdit *>();
    ASSERT_TRUE(target);
    EXPECT_TRUE(dialog.target().endsWith(QStringLiteral("production-diagram.svg")))
        << dialog.target().toStdString();
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        exportButton = b->text() == QStringLiteral("Export") ? b : exportButton;
    ASSERT_TRUE(exportButton);
    EXPECT_TRUE(exportButton->isEnabled());
    target->setText(QStringLiteral("/tmp/diagram.jpeg"));
    EXPECT_FALSE(exportButton->isEnabled()) << "no format for .jpeg";
    target->setText(QStringLiteral("/tmp/diagram.png"));
    EXPECT_TRUE(exportButton->isEnabled());
    const DiagramOptions options = dialog.options();
    EXPECT_TRUE(options.dns && options.labels && options.legend);
}

TEST(ExportCanvas, TheWindowWritesTheCanvasOrSaysWhyNot)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    const std::string dir = makeTempDir();
    ASSERT_TRUE(window.exportCanvasTo(QString::fromStdString(dir + "/canvas.svg")));
    EXPECT_EQ(xmlRoot(readFile(dir + "/canvas.svg")), QStringLiteral("svg"));
    ASSERT_TRUE(window.exportCanvasTo(QString::fromStdString(dir + "/canvas.png")));
    EXPECT_EQ(readFile(dir + "/canvas.png").substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));

    EXPECT_FALSE(window.exportCanvasTo(QString::fromStdString(dir + "/canvas.gif")));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("messageBox"));
    ASSERT_TRUE(box) << "the reason is shown";
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral(".svg or .png")));
    EXPECT_FALSE(std::filesystem::exists(dir + "/canvas.gif"));
}
