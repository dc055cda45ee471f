// Files: save and open round trips, failed opens that keep the current design and say where,
// the title's unsaved mark, recent files, and exports identical to `netpol generate`.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "mainwindow.h"

#include "support/testsupport.h"

#include "model/core/fileio.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <filesystem>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

QString example(const char *name)
{
    return QString::fromStdString(examplePath(name));
}

void writeText(const std::string &path, const std::string &text)
{
    std::string error;
    ASSERT_TRUE(writeFileAtomically(path, text, &error)) << error;
}

} // namespace

TEST(Files, SaveThenOpenGivesTheSameDesign)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    EditController *controller = window.controller();
    const Design &design = window.document()->design();
    controller->connectElements(refTo(design, ElementRef::Kind::Workload, 1),
                                refTo(design, ElementRef::Kind::External, 0));
    Workload renamed = design.workloads[2];
    renamed.name = "basket";
    controller->editElement(refTo(design, ElementRef::Kind::Workload, 2), renamed);
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("online-shop[*]")));

    const std::string path = makeTempDir() + "/shop.netpol.yaml";
    ASSERT_TRUE(window.saveFile(QString::fromStdString(path)));
    EXPECT_FALSE(window.isWindowModified()) << "saved: no asterisk";
    EXPECT_EQ(readFile(path), writeDesign(design));

    Document reopened;
    bool ok = false;
    const Diagnostics diagnostics = reopened.open(QString::fromStdString(path), &ok);
    ASSERT_TRUE(ok);
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_EQ(reopened.design(), design);
    EXPECT_EQ(reopened.fileName(), QString::fromStdString(path));

    window.document()->undoStack()->undo();
    EXPECT_TRUE(window.isWindowModified()) << "undoing past the save point is a change again";
    window.document()->undoStack()->redo();
    EXPECT_FALSE(window.isWindowModified());
}

TEST(Files, AFailedOpenKeepsTheDesignAndSaysWhere)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    window.controller()->setMetadata({"edited", ""});
    const std::string before = designText(*window.document());

    std::string text = readFile(examplePath("production.netpol.yaml"));
    const std::string field = "    managed: true\n";
    text.replace(text.find(field), field.size(), "    managed: true\n    color: blue\n");
    const std::string path = makeTempDir() + "/broken.netpol.yaml";
    writeText(path, text);
    const int line = int(std::count(text.begin(), text.begin() + long(text.find("color:")), '\n'))
        + 1;

    EXPECT_FALSE(window.openFile(QString::fromStdString(path)));
    EXPECT_EQ(designText(*window.document()), before) << "the current design is untouched";
    EXPECT_TRUE(window.document()->isModified());
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("messageBox"));
    ASSERT_NE(box, nullptr);
    const std::string details = box->informativeText().toStdString();
    EXPECT_NE(details.find("broken.netpol.yaml:" + std::to_string(line) + ":5: error:"),
              std::string::npos)
        << details;
    box->close();

    EXPECT_FALSE(window.openFile(QStringLiteral("/nonexistent/design.netpol.yaml")));
    EXPECT_EQ(designText(*window.document()), before);
}

TEST(Files, OpenedFilesAreRemembered)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    QMenu *recent = nullptr;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        if (menu->title().contains(QStringLiteral("Recent")))
            recent = menu;
    }
    ASSERT_NE(recent, nullptr);
    ASSERT_GE(recent->actions().size(), 2);
    EXPECT_EQ(recent->actions()[0]->text(), QStringLiteral("production.netpol.yaml"));
    EXPECT_EQ(recent->actions()[1]->text(), QStringLiteral("online-shop.netpol.yaml"));
    recent->actions()[1]->trigger();
    EXPECT_EQ(window.document()->design().metadata.name, "online-shop");
}

TEST(Files, ExportWritesWhatNetpolGenerateWrites)
{
    for (const char *name : {"production.netpol.yaml", "online-shop.netpol.yaml"}) {
        SCOPED_TRACE(name);
        Document document;
        bool ok = false;
        document.open(example(name), &ok);
        ASSERT_TRUE(ok);
        const std::string dir = makeTempDir();

        QString error;
        ASSERT_TRUE(document.exportYaml(ExportLayout::Single,
                                        QString::fromStdString(dir + "/gui.yaml"), &error))
            << error.toStdString();
        const ProcessResult cli = runProcess(NETPOL_BIN, {"generate", examplePath(name)});
        ASSERT_EQ(cli.exitCode, 0) << cli.err;
        EXPECT_EQ(readFile(dir + "/gui.yaml"), cli.out);

        ASSERT_TRUE(document.exportYaml(ExportLayout::Kustomize,
                                        QString::fromStdString(dir + "/gui"), &error));
        const ProcessResult kustomize = runProcess(
            NETPOL_BIN,
            {"generate", examplePath(name), "--layout", "kustomize", "-o", dir + "/cli"});
        ASSERT_EQ(kustomize.exitCode, 0) << kustomize.err;
        const auto files = listFiles(dir + "/cli", ".yaml");
        ASSERT_FALSE(files.empty());
        EXPECT_EQ(listFiles(dir + "/gui", ".yaml").size(), files.size());
        for (const std::string &file : files) {
            const std::string base = std::filesystem::path(file).filename().string();
            EXPECT_EQ(readFile(dir + "/gui/" + base), readFile(file)) << base;
        }
    }
}

TEST(Files, ADesignWithErrorsIsNotExported)
{
    Document document;
    bool ok = false;
    document.open(example("production.netpol.yaml"), &ok);
    EditController controller(&document);
    Namespace ns = document.design().namespaces[0];
    ns.labels["env"] = "not valid!";
    controller.editElement(refTo(document.design(), ElementRef::Kind::Namespace, 0), ns);
    const std::string path = makeTempDir() + "/out.yaml";
    QString error;
    EXPECT_FALSE(document.exportYaml(ExportLayout::Single, QString::fromStdString(path), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("1 error"))) << error.toStdString();
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(Files, NewStartsCleanAndEmpty)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("production.netpol.yaml")));
    window.newDesign();
    EXPECT_TRUE(window.document()->design().namespaces.empty());
    EXPECT_TRUE(window.document()->fileName().isEmpty());
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_EQ(window.document()->undoStack()->count(), 0);
}

// A design file above Document::kReadInBackgroundAbove is read on a worker thread while the
// event loop runs: it opens as the same design, and a broken one fails as a small one does.
TEST(Files, ABigDesignIsReadInTheBackgroundAndOpensTheSame)
{
    Design big;
    big.metadata.name = "big";
    for (int n = 0; n < 40; ++n)
        big.namespaces.push_back(Namespace{"team-" + std::to_string(n), {}, true, DirectionSet::both(),
                                           {n * 1000.0, 0, 900, 2000}});
    for (int w = 0; w < 1600; ++w) {
        Workload workload;
        workload.name = "service-number-" + std::to_string(w);
        workload.ns = "team-" + std::to_string(w / 40);
        workload.labels = {{"app", workload.name}, {"tier", "backend"}};
        workload.ports = {{"http", 8080, Protocol::TCP}};
        workload.position = {(w / 40) * 1000.0 + 20, (w % 40) * 48.0 + 50};
        big.workloads.push_back(workload);
    }
    const std::string text = writeDesign(big);
    ASSERT_GT(qint64(text.size()), Document::kReadInBackgroundAbove) << "the test's file must be big";
    const std::string dir = makeTempDir();
    writeText(dir + "/big.netpol.yaml", text);

    MainWindow window;
    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
    heartbeat.start(0);
    ASSERT_TRUE(window.openFile(QString::fromStdString(dir + "/big.netpol.yaml")));
    heartbeat.stop();
    EXPECT_EQ(writeDesign(window.document()->design()), text);
    EXPECT_GT(ticks, 0) << "the event loop ran while the file was read";

    std::string broken = text;
    broken.replace(broken.find("  - name: service-number-7\n"), 2, "  - nome");
    writeText(dir + "/broken.netpol.yaml", broken);
    EXPECT_FALSE(window.openFile(QString::fromStdString(dir + "/broken.netpol.yaml")));
    EXPECT_EQ(writeDesign(window.document()->design()), text) << "the open design is untouched";
    if (auto *box = window.findChild<QMessageBox *>(QStringLiteral("messageBox")))
        box->close();
}
