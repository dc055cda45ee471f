// MainWindow's reachability and change review: the Reachability dock (the matrix) and compare
// mode (View > Compare With: the changes drawn on the canvas and listed in the Changes dock).

#include "mainwindow.h"

#include "comparison.h"
#include "document.h"

#include "views/canvas/compareoverlay.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/panels/changesview.h"
#include "views/panels/reachabilityview.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>

namespace Netpol {

void MainWindow::createReview()
{
    m_reachability = new ReachabilityView(m_document);
    m_changes = new ChangesView(m_document);
    m_comparison = new Comparison(m_document, this);
    m_compareOverlay = new CompareOverlay(m_scene);
    auto dock = [this](const QString &name, const QString &title, QWidget *widget) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(Qt::BottomDockWidgetArea, d);
        if (auto *beside = findChild<QDockWidget *>(QStringLiteral("findDock")))
            tabifyDockWidget(beside, d);
        return d;
    };
    QDockWidget *matrixDock
        = dock(QStringLiteral("reachabilityDock"), tr("Reachability"), m_reachability);
    QDockWidget *changesDock = dock(QStringLiteral("changesDock"), tr("Changes"), m_changes);
    if (auto *diagnostics = findChild<QDockWidget *>(QStringLiteral("diagnosticsDock")))
        diagnostics->raise();

    QAction *matrix = matrixDock->toggleViewAction();
    matrix->setObjectName(QStringLiteral("actionReachability"));
    matrix->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(matrix, &QAction::triggered, matrixDock, [matrixDock](bool on) {
        if (on)
            matrixDock->raise();
    });

    QAction *saved = makeAction(QStringLiteral("actionCompareSaved"), tr("&Saved File"));
    saved->setToolTip(tr("Show what the unsaved edits change in the allowed connections"));
    connect(saved, &QAction::triggered, this, [this] {
        compareWith({CompareBaseline::Kind::SavedFile, m_document->fileName(), {}});
    });
    QAction *file = makeAction(QStringLiteral("actionCompareFile"),
                               tr("Another &Design or Manifests…"));
    connect(file, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Compare With"), QFileInfo(m_document->fileName()).absolutePath(),
            tr("Designs and manifests (*.yaml *.yml *.json);;All files (*)"));
        if (!path.isEmpty())
            compareWith({CompareBaseline::Kind::Path, path, {}});
    });
    QAction *folder = makeAction(QStringLiteral("actionCompareFolder"), tr("Manifest &Folder…"));
    connect(folder, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(
            this, tr("Compare With Manifests"), QFileInfo(m_document->fileName()).absolutePath());
        if (!path.isEmpty())
            compareWith({CompareBaseline::Kind::Path, path, {}});
    });
    QAction *git = makeAction(QStringLiteral("actionCompareGit"), tr("&Git Revision…"));
    git->setToolTip(tr("The design's file at a git revision (git show REV:PATH)"));
    connect(git, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString revision = QInputDialog::getText(
            this, tr("Compare With Git Revision"),
            tr("Revision of %1 (a commit, branch or tag):")
                .arg(QFileInfo(m_document->fileName()).fileName()),
            QLineEdit::Normal, QStringLiteral("HEAD"), &ok);
        if (ok && !revision.trimmed().isEmpty())
            compareWith({CompareBaseline::Kind::GitRevision, m_document->fileName(),
                         revision.trimmed()});
    });
    QAction *leave = makeAction(QStringLiteral("actionLeaveCompare"), tr("&Leave Compare Mode"));
    leave->setEnabled(false);
    connect(leave, &QAction::triggered, this, &MainWindow::leaveCompareMode);
    connect(m_changes, &ChangesView::leaveRequested, this, &MainWindow::leaveCompareMode);

    auto *compare = new QMenu(tr("Compare &With"), this);
    compare->setObjectName(QStringLiteral("compareMenu"));
    compare->addActions({saved, file, folder, git});
    compare->addSeparator();
    compare->addAction(leave);
    connect(compare, &QMenu::aboutToShow, this, [this, saved, git] {
        const bool named = !m_document->fileName().isEmpty();
        saved->setEnabled(named);
        git->setEnabled(named);
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(compare);
    m_viewMenu->addAction(matrix);
    m_viewMenu->addAction(changesDock->toggleViewAction());

    connect(m_comparison, &Comparison::changed, this, [this, changesDock] {
        m_changes->setChanges(m_comparison->changes());
        m_compareOverlay->show(m_comparison->changes());
        changesDock->show();
    });
    connect(m_comparison, &Comparison::failed, this, [this](const QString &message) {
        leaveCompareMode();
        showMessage(tr("Compare With"), tr("Cannot compare the design."), message);
    });
    // Another design: what it was compared with is not about it.
    connect(m_document, &DesignSource::designReset, this, [this] {
        if (m_comparison->isActive())
            leaveCompareMode();
    });
    connect(m_reachability, &ReachabilityView::elementsActivated, this, &MainWindow::showElements);
    connect(m_changes, &ChangesView::elementsActivated, this, &MainWindow::showElements);
}

void MainWindow::compareWith(const CompareBaseline &baseline)
{
    if (baseline.kind != CompareBaseline::Kind::Path && baseline.path.isEmpty()) {
        showMessage(tr("Compare With"), tr("The design has no file yet: save it first."));
        return;
    }
    m_comparison->start(baseline);
    m_changes->setBaseline(baseline.description());
    m_changes->setStatus(tr("Comparing with %1…").arg(baseline.description()));
    action(QStringLiteral("actionLeaveCompare"))->setEnabled(true);
    auto *dock = findChild<QDockWidget *>(QStringLiteral("changesDock"));
    dock->show();
    dock->raise();
    statusBar()->showMessage(tr("Compare mode: the changes since %1 are drawn on the canvas")
                                 .arg(baseline.description()),
                             6000);
}

void MainWindow::leaveCompareMode()
{
    m_comparison->stop();
    m_compareOverlay->clear();
    m_changes->setBaseline(QString());
    action(QStringLiteral("actionLeaveCompare"))->setEnabled(false);
}

void MainWindow::showElements(const QList<ElementRef> &elements)
{
    m_scene->selectElements(elements);
    if (elements.isEmpty())
        return;
    if (QGraphicsItem *item = m_scene->itemFor(elements.front()))
        m_view->centerOnItem(item);
}

} // namespace Netpol
