// MainWindow's tasks that the `netpol` helper runs (Arrange, Export Diagram, Import Manifests)
// and the canvas export: their actions, the busy indicator with its Cancel button, and how
// their reports reach the user. (The window's set-up is in mainwindow.cpp.)

#include "mainwindow.h"

#include "diagramdialog.h"
#include "document.h"
#include "helperprocess.h"
#include "helpertasks.h"
#include "reportdialog.h"

#include "views/canvas/canvasexporter.h"
#include "views/canvas/designview.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace Netpol {

namespace {

const char *const kArrangeKey = "arrange/direction";
const char *const kManifestFilter = QT_TRANSLATE_NOOP(
    "MainWindow", "Kubernetes manifests (*.yaml *.yml *.json);;All files (*)");

QString lastDirectory(const QString &key)
{
    return QSettings().value(key).toString();
}

} // namespace

void MainWindow::createTaskActions()
{
    QAction *arrangeAction = makeAction(QStringLiteral("actionArrange"), tr("&Arrange"),
                                        QKeySequence(tr("Ctrl+Shift+L")));
    arrangeAction->setToolTip(tr("Arrange (Ctrl+Shift+L): lay the design out with Graphviz, "
                                 "namespaces as clusters; one undo step"));
    connect(arrangeAction, &QAction::triggered, this, &MainWindow::arrange);

    auto *directions = new QActionGroup(this);
    QAction *leftRight
        = makeAction(QStringLiteral("actionArrangeLeftRight"), tr("&Left to Right"));
    QAction *topBottom
        = makeAction(QStringLiteral("actionArrangeTopBottom"), tr("&Top to Bottom"));
    for (QAction *a : {leftRight, topBottom}) {
        a->setCheckable(true);
        directions->addAction(a);
    }
    const bool tb = QSettings().value(kArrangeKey).toString() == QLatin1String("TB");
    (tb ? topBottom : leftRight)->setChecked(true);
    connect(directions, &QActionGroup::triggered, this, [this, topBottom](QAction *chosen) {
        QSettings().setValue(kArrangeKey, chosen == topBottom ? "TB" : "LR");
        arrange();
    });

    QAction *cancel = makeAction(QStringLiteral("actionCancelTask"), tr("Ca&ncel Running Task"));
    cancel->setEnabled(false);
    connect(cancel, &QAction::triggered, m_tasks, &HelperTasks::cancel);

    connect(makeAction(QStringLiteral("actionExportDiagram"), tr("Export &Diagram…"),
                       QKeySequence(tr("Ctrl+Shift+E"))),
            &QAction::triggered, this, &MainWindow::exportDiagram);
    connect(makeAction(QStringLiteral("actionExportCanvas"), tr("Export &Canvas…")),
            &QAction::triggered, this, &MainWindow::exportCanvas);
    connect(makeAction(QStringLiteral("actionImportManifests"),
                       tr("&Import Manifests as a New Design…"),
                       QKeySequence(tr("Ctrl+I"))),
            &QAction::triggered, this, &MainWindow::importManifests);
    connect(makeAction(QStringLiteral("actionImportManifestFolder"),
                       tr("Import Manifests from &Folder…")),
            &QAction::triggered, this, &MainWindow::importManifestFolder);

    connect(m_tasks, &HelperTasks::busyChanged, this, &MainWindow::setBusy);
    connect(m_tasks, &HelperTasks::finished, this, &MainWindow::taskFinished);
    connect(m_tasks, &HelperTasks::refused, this, [this](const QString &reason) {
        m_view->showNotice(reason);
        statusBar()->showMessage(reason, 8000);
    });
}

void MainWindow::createBusyIndicator()
{
    m_busy = new QWidget(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    auto *layout = new QHBoxLayout(m_busy);
    layout->setContentsMargins(0, 0, 0, 0);
    m_busyLabel = new QLabel(m_busy);
    auto *bar = new QProgressBar(m_busy);
    bar->setRange(0, 0); // busy, for as long as it takes
    bar->setMaximumSize(120, 14);
    bar->setTextVisible(false);
    auto *cancel = new QToolButton(m_busy);
    cancel->setDefaultAction(action(QStringLiteral("actionCancelTask")));
    cancel->setText(tr("Cancel"));
    cancel->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_busyLabel);
    layout->addWidget(bar);
    layout->addWidget(cancel);
    statusBar()->addPermanentWidget(m_busy);
    m_busy->hide();
}

void MainWindow::setBusy(bool busy, const QString &task)
{
    m_busyLabel->setText(tr("%1: running netpol…").arg(task));
    m_busy->setVisible(busy);
    action(QStringLiteral("actionCancelTask"))->setEnabled(busy);
    action(QStringLiteral("actionCancelTask"))
        ->setText(busy ? tr("Ca&ncel %1").arg(task) : tr("Ca&ncel Running Task"));
    for (const char *name : {"actionArrange", "actionExportDiagram", "actionImportManifests",
                             "actionImportManifestFolder"})
        action(QLatin1String(name))->setEnabled(!busy);
}

RankDirection MainWindow::arrangeDirection() const
{
    return action(QStringLiteral("actionArrangeTopBottom"))->isChecked()
        ? RankDirection::TopBottom
        : RankDirection::LeftRight;
}

void MainWindow::arrange()
{
    // Close to the canvas's shape, so Fit after Arrange uses the window well.
    const QSize viewport = m_view->viewport()->size();
    const double aspect = viewport.height() > 0 ? double(viewport.width()) / viewport.height() : 1.6;
    m_tasks->arrange(arrangeDirection(), aspect);
}

void MainWindow::exportDiagram()
{
    DiagramDialog dialog(m_document->fileName(), this);
    if (dialog.exec() == QDialog::Accepted)
        exportDiagramTo(dialog.target(), dialog.options());
}

bool MainWindow::exportDiagramTo(const QString &path, const DiagramOptions &options)
{
    return m_tasks->exportDiagram(path, options);
}

void MainWindow::exportCanvas()
{
    QString suggested = m_document->fileName();
    suggested = suggested.isEmpty()
        ? m_document->displayName() + QStringLiteral(".svg")
        : QFileInfo(suggested).absolutePath() + QLatin1Char('/')
            + QFileInfo(suggested).fileName().remove(QStringLiteral(".netpol.yaml"))
            + QStringLiteral("-canvas.svg");
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export canvas"), suggested,
                                                tr("SVG image (*.svg);;PNG image (*.png)"),
                                                &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("png")) ? QStringLiteral(".png")
                                                      : QStringLiteral(".svg");
    exportCanvasTo(path);
}

bool MainWindow::exportCanvasTo(const QString &path)
{
    const CanvasExporter exporter(m_document);
    QString error;
    if (!exporter.write(path, &error)) {
        showMessage(tr("Export failed"), tr("The canvas was not exported."), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported the canvas to %1").arg(path), 6000);
    return true;
}

void MainWindow::importManifests()
{
    if (!maybeSave())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import manifests"), lastDirectory(QStringLiteral("import/directory")),
        tr(kManifestFilter));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/directory"), QFileInfo(files.first()).path());
    startImport(files);
}

void MainWindow::importManifestFolder()
{
    if (!maybeSave())
        return;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Import manifests from folder"),
        lastDirectory(QStringLiteral("import/directory")));
    if (dir.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/directory"), dir);
    startImport({dir});
}

bool MainWindow::importManifestFiles(const QStringList &paths)
{
    return maybeSave() && startImport(paths);
}

bool MainWindow::startImport(const QStringList &paths)
{
    m_importBase = m_document->design();
    return m_tasks->importManifests(paths);
}

void MainWindow::taskFinished(const TaskReport &report)
{
    statusBar()->showMessage(report.summary, 10000);
    if (report.imported) {
        // Asked before the import started; edits made while it ran are asked about again.
        if (m_document->design() != m_importBase && !maybeSave()) {
            statusBar()->showMessage(tr("The imported design was not opened."), 6000);
            return;
        }
        m_document->reset(*report.imported, QString(), true);
        // The findings stay in the Diagnostics dock after this report closes.
        m_document->setImportFindings(report.importFindings, report.halfOpen);
        QTimer::singleShot(0, m_view, &DesignView::fitToView);
    }
    if (report.moved > 0)
        m_view->fitToView(); // everything moved: show all of it
    if (report.ok && report.diagnostics.empty())
        return;
    // Notes (such as "Graphviz's fast settings were used") go to the status bar: no window.
    const bool onlyNotes = std::all_of(report.diagnostics.begin(), report.diagnostics.end(),
                                       [](const Diagnostic &d) { return d.severity == Severity::Info; });
    if (report.ok && onlyNotes && !report.imported) {
        QStringList notes;
        for (const Diagnostic &d : report.diagnostics)
            notes << QString::fromStdString(d.message);
        statusBar()->showMessage(report.summary + QStringLiteral(" (") + notes.join(QStringLiteral("; "))
                                     + QStringLiteral(")"),
                                 15000);
        return;
    }
    const QString title = report.ok ? tr("%1: report").arg(report.task)
                                    : tr("%1 failed").arg(report.task);
    QString summary = report.summary;
    if (report.imported && !report.diagnostics.empty())
        summary += QStringLiteral("\n")
            + tr("What the design cannot express exactly is listed below (see the README's "
                 "netpol import section).");
    auto *dialog = new ReportDialog(title, summary, report.diagnostics,
                                    report.ok ? QStringList() : report.otherLines, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace Netpol
