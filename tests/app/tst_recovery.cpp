// Never losing work: the autosave's recovery file, what the next start offers after a crash,
// saves that fail and keep the design, and the window's shortcuts while a text field has focus.

#include "viewtestsupport.h"

#include "autosaver.h"
#include "document.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "recoverydialog.h"
#include "recoveryfile.h"

#include "support/testsupport.h"

#include "views/canvas/designview.h"

#include "model/design/designreader.h"
#include "model/design/designwriter.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <filesystem>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

QString example(const char *name)
{
    return QString::fromStdString(examplePath(name));
}

// A directory of its own per test, so that recovery files of one test never meet another's.
QString freshRecoveryDir()
{
    return QString::fromStdString(makeTempDir()) + QStringLiteral("/recovery");
}

void renameFirstWorkload(MainWindow &window, const std::string &name)
{
    const Design &design = window.document()->design();
    Workload renamed = design.workloads[0];
    renamed.name = name;
    window.controller()->editElement(refTo(design, ElementRef::Kind::Workload, 0), renamed);
}

RecoveryEntry entryFor(const QString &dir, const QString &id, const Design &design,
                       const QString &originalFile)
{
    RecoveryEntry entry;
    entry.path = Recovery::recoveryPath(dir, id);
    entry.designName = QString::fromStdString(design.metadata.name);
    entry.originalFile = originalFile;
    entry.savedAt = QDateTime::currentDateTime();
    entry.designText = QString::fromStdString(writeDesign(design));
    return entry;
}

} // namespace

TEST(Recovery, AnEditIsAutosavedAndSavingRemovesTheFile)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    AutoSaver *saver = window.autoSaver();
    saver->setDelays(50, 400);
    const QString path = saver->recoveryPath();
    EXPECT_TRUE(path.startsWith(Recovery::directory())) << path.toStdString();
    EXPECT_FALSE(QFile::exists(path)) << "nothing to recover before the first change";

    renameFirstWorkload(window, "storefront-web");
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(path); }));
    const RecoveryEntry entry = Recovery::read(path);
    ASSERT_TRUE(entry.isValid()) << entry.error.toStdString();
    EXPECT_EQ(entry.designName, QStringLiteral("online-shop"));
    EXPECT_EQ(entry.originalFile, QFileInfo(example("online-shop.netpol.yaml")).absoluteFilePath());
    EXPECT_EQ(entry.designText.toStdString(), designText(*window.document()))
        << "the recovery file holds the design as it is now";
    EXPECT_TRUE(QFile::exists(Recovery::lockPath(path))) << "held while the window lives";

    const QString saved = QString::fromStdString(makeTempDir()) + QStringLiteral("/shop.netpol.yaml");
    ASSERT_TRUE(window.saveFile(saved));
    EXPECT_FALSE(QFile::exists(path)) << "saved: nothing left to recover";
}

TEST(Recovery, UntitledDesignsAreAutosavedAndUndoToCleanDiscards)
{
    MainWindow window;
    window.autoSaver()->setDelays(30, 300);
    ASSERT_TRUE(dropTemplate(window.view(), QStringLiteral("namespace"), {100, 100}));
    const QString path = window.autoSaver()->recoveryPath();
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(path); }));
    const RecoveryEntry entry = Recovery::read(path);
    EXPECT_TRUE(entry.originalFile.isEmpty());
    const DesignReadResult read = readDesign(entry.designText.toStdString(), "recovered");
    ASSERT_TRUE(read.design);
    EXPECT_EQ(read.design->namespaces.size(), 1u);

    window.document()->undoStack()->undo(); // back to the clean, empty design
    EXPECT_FALSE(window.document()->isModified());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Recovery, AMaximumDelayWritesWhileEditsKeepComing)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    window.autoSaver()->setDelays(10000, 200); // the quiet delay never runs out here
    const QString path = window.autoSaver()->recoveryPath();
    for (int i = 0; i < 8 && !QFile::exists(path); ++i) {
        renameFirstWorkload(window, "web-" + std::to_string(i));
        QTest::qWait(60);
    }
    EXPECT_TRUE(waitUntil([&] { return QFile::exists(path); }, 1000));
}

TEST(Recovery, TheNewestCopyWinsWhenWritesQueueUp)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    AutoSaver *saver = window.autoSaver();
    saver->setDelays(100000, 100000); // only the writes started here
    for (int i = 0; i < 5; ++i) {
        renameFirstWorkload(window, "queued-" + std::to_string(i));
        ASSERT_TRUE(saver->writeSoon()); // while the one before may still be on the worker
    }
    ASSERT_TRUE(waitUntil([&] { return !saver->isWriting(); }));
    QCoreApplication::processEvents();
    const RecoveryEntry entry = Recovery::read(saver->recoveryPath());
    ASSERT_TRUE(entry.isValid()) << entry.error.toStdString();
    EXPECT_EQ(entry.designText.toStdString(), designText(*window.document()))
        << "the last copy taken is the one on disk";
    EXPECT_TRUE(saver->hasRecoveryFile());
}

TEST(Recovery, SavingDuringABackgroundWriteLeavesNoRecoveryFile)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    AutoSaver *saver = window.autoSaver();
    saver->setDelays(100000, 100000);
    const QString path = saver->recoveryPath();
    const QString saved =
        QString::fromStdString(makeTempDir()) + QStringLiteral("/shop.netpol.yaml");
    for (int i = 0; i < 3; ++i) {
        renameFirstWorkload(window, "saving-" + std::to_string(i));
        ASSERT_TRUE(saver->writeSoon());
        renameFirstWorkload(window, "saving-more-" + std::to_string(i));
        ASSERT_TRUE(saver->writeSoon()); // one running, one waiting
        ASSERT_TRUE(window.saveFile(saved));
        EXPECT_FALSE(saver->isWriting());
        QTest::qWait(30); // outcomes still on their way change nothing
        EXPECT_FALSE(QFile::exists(path)) << "saved: nothing left to recover, round " << i;
        EXPECT_FALSE(saver->hasRecoveryFile());
    }
    EXPECT_FALSE(saver->writeSoon()) << "nothing unsaved, nothing to write";
}

TEST(Recovery, TwoWindowsKeepFilesOfTheirOwn)
{
    MainWindow first;
    MainWindow second;
    ASSERT_TRUE(first.openFile(example("online-shop.netpol.yaml")));
    ASSERT_TRUE(second.openFile(example("production.netpol.yaml")));
    EXPECT_NE(first.autoSaver()->recoveryPath(), second.autoSaver()->recoveryPath());
    renameFirstWorkload(first, "one");
    renameFirstWorkload(second, "two");
    ASSERT_TRUE(first.autoSaver()->writeNow());
    ASSERT_TRUE(second.autoSaver()->writeNow());
    EXPECT_EQ(Recovery::read(first.autoSaver()->recoveryPath()).designName,
              first.document()->displayName());
    EXPECT_EQ(Recovery::read(second.autoSaver()->recoveryPath()).designName,
              second.document()->displayName());
    EXPECT_NE(first.document()->displayName(), second.document()->displayName());
    // Neither is offered while its window lives: their locks are held.
    RecoveryDialog dialog(Recovery::directory());
    EXPECT_TRUE(dialog.isEmpty());
}

TEST(Recovery, ACrashedSessionIsOfferedAndRestoredModifiedWithItsFileName)
{
    const QString dir = freshRecoveryDir();
    const QString original = QString::fromStdString(makeTempDir()) + QStringLiteral("/shop.netpol.yaml");
    ASSERT_TRUE(QFile::copy(example("online-shop.netpol.yaml"), original));
    DesignReadResult read = readDesignFile(original.toStdString());
    ASSERT_TRUE(read.design);
    Design edited = *read.design;
    edited.workloads[0].name = "recovered-web";
    // A crashed session: its recovery file is there, its lock is gone with the process.
    QString error;
    const RecoveryEntry crashed = entryFor(dir, QStringLiteral("crashed"), edited, original);
    ASSERT_TRUE(Recovery::write(crashed, &error)) << error.toStdString();
    // A running session (its lock is held) must not be offered.
    const RecoveryEntry running = entryFor(dir, QStringLiteral("running"), *read.design, {});
    ASSERT_TRUE(Recovery::write(running, &error));
    QLockFile held(Recovery::lockPath(running.path));
    held.setStaleLockTime(0);
    ASSERT_TRUE(held.tryLock(0));

    MainWindow window;
    int listed = -1;
    QString title;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        title = dialog->windowTitle();
        listed = dialog->findChild<QTreeWidget *>(QStringLiteral("recoveryList"))->topLevelItemCount();
        dialog->findChild<QPushButton *>(QStringLiteral("restore"))->click();
    });
    EXPECT_EQ(window.offerRecovery(dir), 1);
    EXPECT_EQ(title, QStringLiteral("Recover Unsaved Work"));
    EXPECT_EQ(listed, 1) << "only the crashed session's file";

    EXPECT_TRUE(window.document()->isModified());
    EXPECT_EQ(window.document()->fileName(), original);
    EXPECT_EQ(window.document()->design().workloads[0].name, "recovered-web");
    EXPECT_FALSE(QFile::exists(crashed.path)) << "restored: the old recovery file is gone";
    EXPECT_TRUE(QFile::exists(running.path)) << "another window's file is never touched";

    ASSERT_TRUE(window.save()) << "Save writes to the original file, without asking";
    const DesignReadResult saved = readDesignFile(original.toStdString());
    ASSERT_TRUE(saved.design);
    EXPECT_EQ(saved.design->workloads[0].name, "recovered-web");
    EXPECT_FALSE(window.document()->isModified());
}

TEST(Recovery, DiscardRemovesTheFileAndNothingLeftMeansNoDialog)
{
    const QString dir = freshRecoveryDir();
    QString error;
    const RecoveryEntry crashed = entryFor(dir, QStringLiteral("old"), emptyDesign(), {});
    ASSERT_TRUE(Recovery::write(crashed, &error));
    RecoveryDialog dialog(dir);
    ASSERT_FALSE(dialog.isEmpty());
    EXPECT_EQ(dialog.entries().front().originalFile, QString());
    dialog.forget(crashed.path);
    EXPECT_FALSE(QFile::exists(crashed.path));
    EXPECT_TRUE(RecoveryDialog(dir).isEmpty());

    MainWindow window;
    EXPECT_EQ(window.offerRecovery(dir), 0) << "returns at once, without a dialog";
}

TEST(Recovery, AnUnreadableRecoveryFileIsListedButKept)
{
    const QString dir = freshRecoveryDir();
    QDir().mkpath(dir);
    const QString path = Recovery::recoveryPath(dir, QStringLiteral("torn"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"netpol-designer-recovery\", ");
    file.close();
    RecoveryDialog dialog(dir);
    ASSERT_EQ(dialog.entries().size(), 1);
    EXPECT_FALSE(dialog.entries().front().isValid());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("restore"))->isEnabled());
}

TEST(Files, AFailedSaveSaysWhyAndKeepsTheDesignModified)
{
    MainWindow window;
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    renameFirstWorkload(window, "kept");
    const std::string before = designText(*window.document());
    const QString fileName = window.document()->fileName();
    const std::string base = makeTempDir();

    // A folder that vanished, and a target that is a folder: the reason is in the message.
    const QString vanished = QString::fromStdString(base + "/gone/shop.netpol.yaml");
    std::filesystem::create_directory(base + "/taken.netpol.yaml");
    const QString folder = QString::fromStdString(base + "/taken.netpol.yaml");
    for (const QString &target : {vanished, folder}) {
        SCOPED_TRACE(target.toStdString());
        EXPECT_FALSE(window.saveFile(target));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("messageBox"));
        ASSERT_NE(box, nullptr);
        EXPECT_TRUE(box->text().contains(target)) << box->text().toStdString();
        EXPECT_TRUE(box->text().contains(QStringLiteral(": "))) << "with the reason";
        delete box;
        EXPECT_TRUE(window.document()->isModified());
        EXPECT_EQ(window.document()->fileName(), fileName);
        EXPECT_EQ(designText(*window.document()), before);
    }
    EXPECT_TRUE(std::filesystem::is_directory(base + "/taken.netpol.yaml"));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(base + "/taken.netpol.yaml"),
                            std::filesystem::directory_iterator()),
              0)
        << "no temporary file left behind";
}

TEST(Shortcuts, SaveAsHasCtrlShiftS)
{
    MainWindow window;
    EXPECT_TRUE(window.action(QStringLiteral("actionSaveAs"))
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
}

TEST(Shortcuts, WindowShortcutsWorkWhileATextFieldHasFocus)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openFile(example("online-shop.netpol.yaml")));
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("designName"));
    ASSERT_NE(field, nullptr);
    field->setFocus();
    ASSERT_TRUE(waitUntil([&] { return field->hasFocus(); }));

    // The field keeps the keys it edits with; the window's keys are refused to it.
    auto overrideAccepted = [field](QKeyCombination key) {
        QKeyEvent event(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
        QApplication::sendEvent(field, &event);
        return event.isAccepted();
    };
    EXPECT_TRUE(overrideAccepted(Qt::CTRL | Qt::Key_A)) << "select all stays the field's";
    EXPECT_TRUE(overrideAccepted(Qt::CTRL | Qt::Key_C));
    EXPECT_FALSE(overrideAccepted(Qt::CTRL | Qt::Key_E)) << "Export YAML is the window's";

    // Ctrl+E for real: the export dialog opens (and is closed again here).
    QSignalSpy exported(window.action(QStringLiteral("actionExport")), &QAction::triggered);
    QTimer::singleShot(50, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
    EXPECT_EQ(exported.count(), 1);

    // Ctrl+Z with nothing typed in the field undoes the design's last edit.
    const std::string original = window.document()->design().workloads[0].name;
    renameFirstWorkload(window, "typed-elsewhere");
    window.activateWindow(); // back from the export dialog
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    ASSERT_TRUE(waitUntil([&] { return field->hasFocus(); }));
    ASSERT_FALSE(field->isUndoAvailable());
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(window.document()->design().workloads[0].name, original);
    // With text typed in the field, Ctrl+Z undoes the typing, not the design.
    QUndoStack *stack = window.document()->undoStack();
    stack->redo();
    const int index = stack->index();
    const QString name = field->text();
    QTest::keyClicks(field, QStringLiteral("xy"));
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(field->text(), name + QStringLiteral("xy"));
    EXPECT_EQ(stack->index(), index);
    EXPECT_EQ(window.document()->design().workloads[0].name, "typed-elsewhere");
}
