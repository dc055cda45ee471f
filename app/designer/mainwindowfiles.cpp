// MainWindow's file handling: new, open, save, export, recent files, and the questions asked
// before unsaved work is replaced. (The window's set-up is in mainwindow.cpp.)

#include "mainwindow.h"

#include "document.h"
#include "exportdialog.h"
#include "preferences.h"
#include "recoverydialog.h"

#include "views/canvas/designview.h"
#include "views/canvas/welcomepanel.h"

#include "model/core/fileio.h"
#include "model/design/designreader.h"
#include "model/lint/validator.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace Netpol {

namespace {

constexpr int kMaxRecentFiles = 8;
const char *const kRecentKey = "recentFiles";
const char *const kFilter = QT_TRANSLATE_NOOP(
    "MainWindow", "Netpol designs (*.netpol.yaml);;YAML files (*.yaml *.yml);;All files (*)");

} // namespace

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("\"%1\" has changes that are not saved. Save them first?")
            .arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDesign()
{
    if (!maybeSave())
        return;
    m_document->reset(Preferences::load().newDesign(), QString()); // Edit > Preferences
    m_view->resetZoom();
    m_view->centerOn(0, 0);
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->fileName().isEmpty() ? QString()
                                                         : QFileInfo(m_document->fileName()).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), dir, tr(kFilter));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    bool ok = false;
    const Diagnostics diagnostics = m_document->open(path, &ok);
    if (!ok) {
        QStringList lines;
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Error && lines.size() < 12)
                lines << QString::fromStdString(d.format());
        }
        const int errors = countSeverity(diagnostics, Severity::Error);
        if (errors > int(lines.size()))
            lines << tr("… and %n more", nullptr, errors - int(lines.size()));
        showMessage(tr("Cannot open design"),
                    tr("%1 was not opened; the current design is unchanged.")
                        .arg(QFileInfo(path).fileName()),
                    lines.join('\n'));
        statusBar()->showMessage(lines.value(0), 10000);
        return false;
    }
    addRecentFile(path);
    statusBar()->showMessage(tr("Opened %1").arg(path), 4000);
    QTimer::singleShot(0, m_view, &DesignView::fitToView); // once the window has its size
    return true;
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveFile(m_document->fileName());
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->fileName();
    if (suggested.isEmpty())
        suggested = m_document->displayName() + QStringLiteral(".netpol.yaml");
    QString path = QFileDialog::getSaveFileName(this, tr("Save design"), suggested, tr(kFilter));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".yaml")) && !path.endsWith(QLatin1String(".yml")))
        path += QStringLiteral(".netpol.yaml");
    return saveFile(path);
}

bool MainWindow::saveFile(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        // The reason is in the text itself, not behind a button; the design stays as it was.
        showMessage(tr("Cannot save design"),
                    tr("%1 was not written: %2.").arg(QDir::toNativeSeparators(path), error),
                    tr("The design is still open with all its changes. The file on disk, if "
                       "there was one, is unchanged. Save to another folder with Save As."));
        statusBar()->showMessage(tr("Not saved: %1").arg(error), 10000);
        return false;
    }
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

bool MainWindow::restoreRecovered(const RecoveryEntry &entry)
{
    const QString origin = entry.originalFile.isEmpty() ? entry.path : entry.originalFile;
    const DesignReadResult read = readDesign(entry.designText.toStdString(), origin.toStdString());
    if (!read.design) {
        QStringList lines;
        for (const Diagnostic &d : read.diagnostics)
            lines << QString::fromStdString(d.format());
        showMessage(tr("Cannot restore design"),
                    tr("The recovered \"%1\" does not read as a design; its recovery file is kept "
                       "at %2.")
                        .arg(entry.designName, QDir::toNativeSeparators(entry.path)),
                    lines.join('\n'));
        return false;
    }
    m_document->reset(*read.design, entry.originalFile, true);
    statusBar()->showMessage(tr("Restored %1 from its autosave of %2")
                                 .arg(entry.designName,
                                      QLocale().toString(entry.savedAt, QLocale::ShortFormat)),
                             8000);
    QTimer::singleShot(0, m_view, &DesignView::fitToView);
    return true;
}

int MainWindow::offerRecovery(const QString &directory)
{
    RecoveryDialog dialog(directory, this);
    if (dialog.isEmpty())
        return 0;
    int restored = 0;
    connect(&dialog, &RecoveryDialog::restoreRequested, this,
            [this, &dialog, &restored](const RecoveryEntry &entry) {
                const bool pristine = restored == 0 && !m_document->isModified()
                                      && m_document->fileName().isEmpty()
                                      && m_document->undoStack()->count() == 0;
                MainWindow *target = this;
                if (!pristine) {
                    target = new MainWindow;
                    target->setAttribute(Qt::WA_DeleteOnClose);
                    target->show();
                }
                if (target->restoreRecovered(entry)) {
                    ++restored;
                    dialog.forget(entry.path);
                } else if (target != this) {
                    target->close();
                }
            });
    dialog.exec();
    return restored;
}

void MainWindow::exportYaml()
{
    ExportDialog dialog(m_document->fileName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_document->exportYaml(dialog.layout(), dialog.target(), &error)) {
        showMessage(tr("Export failed"), tr("Nothing was exported."), error);
        return;
    }
    statusBar()->showMessage(tr("Exported the policies to %1").arg(dialog.target()), 6000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    openDropped(paths);
}

bool MainWindow::openDropped(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    // One design file opens; anything else (manifests, folders, several files) is imported.
    if (paths.size() == 1 && !QFileInfo(paths.first()).isDir()) {
        const auto text = readTextFile(paths.first().toStdString(), nullptr);
        if (!text || isDesignText(*text))
            return maybeSave() && openFile(paths.first()); // an unreadable file says why there
    }
    return importManifestFiles(paths);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(kRecentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(kRecentKey).toStringList();
    for (const QString &file : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(file).fileName());
        a->setToolTip(file);
        connect(a, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (m_welcome)
        m_welcome->setRecentFiles(files);
}

void MainWindow::showShortcuts()
{
    const QString rows = tr(
        "<tr><td>V / C</td><td>Select and move / Connect tool</td></tr>"
        "<tr><td>Drag a connector dot</td><td>Draw a flow (any tool)</td></tr>"
        "<tr><td>Esc</td><td>Leave Connect, or clear the selection</td></tr>"
        "<tr><td>Arrow keys</td><td>Nudge the selection by a grid step (Shift: 1 px)</td></tr>"
        "<tr><td>Delete</td><td>Delete the selection (and the flows touching it)</td></tr>"
        "<tr><td>Ctrl+C / X / V / D</td><td>Copy / cut / paste / duplicate</td></tr>"
        "<tr><td>Ctrl+Shift+V</td><td>Paste Kubernetes manifests into the design</td></tr>"
        "<tr><td>F2</td><td>Rename the selected element in place</td></tr>"
        "<tr><td>Ctrl+Z / Ctrl+Shift+Z</td><td>Undo / redo</td></tr>"
        "<tr><td>Wheel</td><td>Zoom around the cursor (Shift+wheel scrolls)</td></tr>"
        "<tr><td>Ctrl++ / Ctrl+- / Ctrl+0</td><td>Zoom in / out / actual size</td></tr>"
        "<tr><td>Ctrl+Shift+F</td><td>Fit the design to the window</td></tr>"
        "<tr><td>Middle drag, Space+drag</td><td>Pan</td></tr>"
        "<tr><td>Ctrl+E</td><td>Export YAML</td></tr>"
        "<tr><td>Ctrl+Shift+L</td><td>Arrange with Graphviz (one undo step)</td></tr>"
        "<tr><td>Ctrl+K</td><td>Check a connection</td></tr>"
        "<tr><td>Ctrl+Shift+E</td><td>Export Diagram (netpol dot)</td></tr>"
        "<tr><td>Ctrl+I</td><td>Import Manifests (netpol import)</td></tr>");
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             QStringLiteral("<table cellspacing=6>%1</table>").arg(rows));
}

} // namespace Netpol
