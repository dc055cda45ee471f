// File > Export Diagram runs `netpol dot` on the design, File > Export Canvas writes the canvas
// itself, and File > Import Manifests runs `netpol import` and opens what it writes as a new,
// unsaved design with import's report.

#include "tasktestsupport.h"
#include "viewtestsupport.h"

#include "diagramdialog.h"
#include "document.h"
#include "editcontroller.h"
#include "helperprocess.h"
#include "helpertasks.h"
#include "mainwindow.h"
#include "reportdialog.h"

#include "support/testsupport.h"

#include "model/design/designreader.h"
#include "model/design/designwriter.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <filesystem>
#include <fstream>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

QString example(const char *name)
{
    return QString::fromStdString(examplePath(name));
}

QString seed(const char *name)
{
    return QString::fromStdString(dataPath(std::string("seed/") + name));
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

TEST(ImportManifests, OpensTheSeedAsANewUnsavedDesignWithItsReport)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    const QStringList files{seed("complete-example.yaml"), seed("complete-example-workloads.yaml")};
    const std::optional<TaskReport> report = runTask(
        window.tasks(), [&] { return window.importManifestFiles(files); });
    ASSERT_TRUE(report && report->ok) << (report ? describe(*report) : "no report");

    // What `netpol import` writes, named after the first file, never saved.
    const ProcessResult cli = runProcess(
        NETPOL_BIN, {"import", files[0].toStdString(), files[1].toStdString(), "-o", "-"});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    DesignReadResult expected = readDesign(cli.out, "cli");
    ASSERT_TRUE(expected.design);
    expected.design->metadata.name = "complete-example";
    EXPECT_EQ(designText(*window.document()), writeDesign(*expected.design));
    EXPECT_TRUE(window.document()->fileName().isEmpty());
    EXPECT_TRUE(window.isWindowModified()) << "closing it asks first";
    EXPECT_EQ(window.document()->undoStack()->count(), 0);
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("complete-example[*]")));

    // The seed's half-open flow is reported, in the window.
    bool halfOpen = false;
    for (const Diagnostic &d : report->diagnostics)
        halfOpen = halfOpen || d.code == "import-half-open";
    EXPECT_TRUE(halfOpen) << describe(*report);
    auto *dialog = window.findChild<ReportDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->text().contains(QStringLiteral("warning: import-half-open: ")));
    EXPECT_EQ(dialog->findingCount(), int(report->diagnostics.size()));
    // Shown whole, with the file and position of the policy that allows it.
    EXPECT_TRUE(dialog->browser()->toPlainText().contains(
        QStringLiteral("but production/api-server does not accept it: the design has no flow "
                       "for it")));
    EXPECT_TRUE(dialog->browser()->toPlainText().contains(
        QStringLiteral("complete-example.yaml:60:7 · import-half-open")));
}

TEST(ImportManifests, InputWithErrorsKeepsTheDesignAndSaysWhere)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    const std::string before = designText(*window.document());
    const std::string bad = makeTempDir() + "/bad.yaml";
    std::ofstream(bad) << "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                          "metadata: {name: x, namespace: a}\n"
                          "spec:\n  podSelector: {}\n  ingres: []\n";
    const std::optional<TaskReport> report = runTask(window.tasks(), [&] {
        return window.importManifestFiles({QString::fromStdString(bad)});
    });
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok);
    EXPECT_FALSE(report->imported);
    ASSERT_FALSE(report->diagnostics.empty()) << describe(*report);
    EXPECT_EQ(report->diagnostics[0].location.file, bad);
    EXPECT_EQ(report->diagnostics[0].location.line, 6);
    EXPECT_EQ(report->diagnostics[0].location.column, 3);
    EXPECT_EQ(report->diagnostics[0].code, "unknown-field");
    EXPECT_FALSE(report->diagnostics[0].hint.empty());
    EXPECT_EQ(designText(*window.document()), before);
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_TRUE(window.findChild<ReportDialog *>());
}

TEST(ImportManifests, ADirectoryIsNamedAfterItself)
{
    MainWindow window;
    const std::optional<TaskReport> report = runTask(window.tasks(), [&] {
        return window.importManifestFiles({QString::fromStdString(dataPath("seed"))});
    });
    ASSERT_TRUE(report && report->ok) << (report ? describe(*report) : "no report");
    EXPECT_EQ(window.document()->design().metadata.name, "seed");
    EXPECT_FALSE(window.document()->design().workloads.empty());
}

TEST(ImportManifests, DroppedManifestsAreImportedAndDroppedDesignsOpened)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    const std::optional<TaskReport> report = runTask(window.tasks(), [&] {
        return window.openDropped({seed("complete-example.yaml"), seed("complete-example-workloads.yaml")});
    });
    ASSERT_TRUE(report && report->ok) << (report ? describe(*report) : "no report");
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("complete-example[*]")));
    EXPECT_TRUE(window.document()->fileName().isEmpty());

    window.document()->undoStack()->setClean(); // nothing to ask about before the next drop
    ASSERT_TRUE(window.openDropped({example("online-shop.netpol.yaml")}));
    EXPECT_EQ(window.document()->fileName(), example("online-shop.netpol.yaml"));
    EXPECT_EQ(window.document()->design().metadata.name, "online-shop");
}
