#include "mainwindow.h"

#include "autosaver.h"
#include "document.h"
#include "editcontroller.h"
#include "exportdialog.h"
#include "helpertasks.h"
#include "recoveryfile.h"
#include "shortcutguard.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/overviewwidget.h"
#include "views/inspector/inspectorwidget.h"
#include "views/panels/diagnosticsview.h"
#include "views/panels/findpanel.h"
#include "views/panels/palettewidget.h"
#include "views/panels/yamlpreview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>

namespace Netpol {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)),
      m_controller(new EditController(m_document, this)),
      m_scene(new DesignScene(m_document, this)), m_view(new DesignView(m_scene, this)),
      m_zoomLabel(new QLabel(this)), m_problemsLabel(new QLabel(this)),
      m_tasks(new HelperTasks(m_document, m_controller, this)),
      m_autoSaver(new AutoSaver(m_document, Recovery::directory(), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_view);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createDocks();
    createActions();
    createStartActions();
    createThemeActions();
    createCanvasActions();
    connectYamlSelection();
    createPreferencesAction();
    createMenus();
    createReview();
    decorateActions();
    connectViews();
    new ShortcutGuard(this);
    connect(m_autoSaver, &AutoSaver::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    createBusyIndicator();
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    m_zoomLabel->setText(QStringLiteral("100%"));

    QSettings settings;
    resize(1440, 900);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (auto *guardrails = findChild<QDockWidget *>(QStringLiteral("guardrailDock")))
        guardrails->setVisible(!m_document->design().guardrails.empty()); // as on each open
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_scene->disconnect(this); // the docks go before the scene does
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QAction *MainWindow::makeAction(const QString &name, const QString &text,
                                const QKeySequence &shortcut)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &name, const QString &title, QWidget *widget,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new PaletteWidget;
    m_inspector = new InspectorWidget(m_document);
    m_inspector->setExposureSource(m_scene->exposureWatcher());
    m_preview = new YamlPreview(m_document);
    m_diagnostics = new DiagnosticsView(m_document);
    m_find = new FindPanel(m_document);
    m_overview = new OverviewWidget(m_scene, m_view);
    auto *history = new QUndoView(m_document->undoStack());
    history->setEmptyLabel(tr("<opened design>"));

    QDockWidget *paletteDock = dock(QStringLiteral("paletteDock"), tr("Palette"), m_palette,
                                    Qt::LeftDockWidgetArea);
    QDockWidget *inspectorDock = dock(QStringLiteral("inspectorDock"), tr("Inspector"), m_inspector,
                                      Qt::RightDockWidgetArea);
    QDockWidget *yamlDock = dock(QStringLiteral("yamlDock"), tr("Live YAML"), m_preview,
                                 Qt::RightDockWidgetArea);
    QDockWidget *diagnosticsDock = dock(QStringLiteral("diagnosticsDock"), tr("Diagnostics"),
                                        m_diagnostics, Qt::BottomDockWidgetArea);
    QDockWidget *historyDock = dock(QStringLiteral("historyDock"), tr("History"), history,
                                    Qt::BottomDockWidgetArea);
    QDockWidget *overviewDock = dock(QStringLiteral("overviewDock"), tr("Overview"), m_overview,
                                     Qt::LeftDockWidgetArea);
    QDockWidget *findDock = dock(QStringLiteral("findDock"), tr("Find"), m_find,
                                 Qt::BottomDockWidgetArea);
    splitDockWidget(inspectorDock, yamlDock, Qt::Vertical);
    splitDockWidget(paletteDock, overviewDock, Qt::Vertical);
    tabifyDockWidget(diagnosticsDock, historyDock);
    tabifyDockWidget(historyDock, findDock);
    diagnosticsDock->raise();
    resizeDocks({paletteDock}, {170}, Qt::Horizontal);
    resizeDocks({inspectorDock}, {400}, Qt::Horizontal);
    resizeDocks({inspectorDock, yamlDock}, {430, 370}, Qt::Vertical);
    resizeDocks({diagnosticsDock}, {150}, Qt::Vertical);
    createGuardrails();
}

void MainWindow::connectViews()
{
    connect(m_scene, &DesignScene::createRequested, m_controller,
            &EditController::createFromTemplate);
    connect(m_scene, &DesignScene::connectRequested, m_controller,
            &EditController::connectElements);
    connect(m_scene, &DesignScene::moveRequested, m_controller, &EditController::moveElements);
    connect(m_scene, &DesignScene::resizeRequested, m_controller, &EditController::resizeNamespace);
    connect(m_inspector, &InspectorWidget::elementEdited, m_controller,
            &EditController::editElement);
    connect(m_inspector, &InspectorWidget::optionsEdited, m_controller,
            &EditController::setOptions);
    connect(m_inspector, &InspectorWidget::metadataEdited, m_controller,
            &EditController::setMetadata);

    // The preview highlights what the selected element generates; after an edit the scene has
    // renumbered its items, so the preview hears about the selection again.
    auto showSelection = [this] {
        const QList<ElementRef> selected = m_scene->selectedElements();
        m_inspector->setSelection(selected);
        m_preview->showElement(selected.size() == 1 ? selected.front() : ElementRef());
    };
    connect(m_scene, &QGraphicsScene::selectionChanged, this, showSelection);
    connect(m_document, &DesignSource::designChanged, this, showSelection);
    connect(m_controller, &EditController::created, this, [this](const QList<ElementRef> &created) {
        m_scene->selectElements(created);
        m_view->setFocus(); // so Delete, the arrows and Ctrl+D work on what was just added
    });
    connect(m_palette, &PaletteWidget::templateActivated, this, &MainWindow::addFromPalette);
    connect(m_controller, &EditController::flowCreated, this, [this] {
        m_inspector->setSelection(m_scene->selectedElements());
        m_inspector->focusFlowPorts();
    });
    connect(m_controller, &EditController::refused, this, [this](const QString &reason) {
        m_view->showNotice(reason);
        statusBar()->showMessage(reason, 6000);
    });
    connect(m_scene, &DesignScene::hint, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_diagnostics, &DiagnosticsView::elementActivated, this, &MainWindow::showElement);
    connect(m_find, &FindPanel::elementActivated, this, &MainWindow::showElement);
    connect(m_diagnostics, &DiagnosticsView::dismissRequested, m_document,
            &Document::dismissImportFinding);
    connect(m_scene, &DesignScene::suggestionActivated, m_controller,
            &EditController::addSuggestedFlow);
    // The preview (in its worker) and the diagnostics finish at their own times: either one
    // brings the status line up to date.
    auto updateCounts = [this] {
        const Diagnostics &all = m_diagnostics->diagnostics();
        m_problemsLabel->setText(
            QStringList{tr("%n policy(s)", nullptr, m_preview->policyCount()),
                        tr("%n error(s)", nullptr, countSeverity(all, Severity::Error)),
                        tr("%n warning(s)", nullptr, countSeverity(all, Severity::Warning))}
                .join(QStringLiteral(" · ")));
    };
    connect(m_diagnostics, &DiagnosticsView::countsChanged, this, [this, updateCounts] {
        updateCounts();
        m_scene->showProblems(m_diagnostics->diagnostics());
    });
    connect(m_preview, &YamlPreview::refreshed, this, updateCounts);
    // A large design's cards are made in slices: those made after the findings get theirs.
    connect(m_scene, &DesignScene::built, this,
            [this] { m_scene->showProblems(m_diagnostics->diagnostics()); });
    connect(m_view, &DesignView::zoomChanged, this, [this](double zoom) {
        m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(zoom * 100)));
    });
    connect(m_view, &DesignView::filesDropped, this, &MainWindow::openDropped);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::displayNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
}

void MainWindow::setConnectMode(bool on)
{
    m_scene->setConnectMode(on);
    statusBar()->showMessage(
        on ? tr("Connect: drag from a workload, namespace or external to another one. "
                "Esc returns to Select.")
           : QString(),
        on ? 0 : 1);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Netpol Designer").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->fileName());
}

void MainWindow::showFind()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("findDock"));
    dock->show();
    dock->raise();
    m_find->startSearch();
}

void MainWindow::showElement(const ElementRef &element)
{
    QGraphicsItem *item = m_scene->itemFor(element);
    if (!item) { // the design's options, or an element no longer there
        m_scene->clearSelection();
        return;
    }
    m_scene->selectElements({element});
    m_view->centerOnItem(item);
}

void MainWindow::addFromPalette(const QString &templateId)
{
    QPointF hit = m_view->mapToScene(m_view->viewport()->rect().center());
    const QList<ElementRef> selected = m_scene->selectedElements();
    if (selected.size() == 1 && selected.front().kind == ElementRef::Kind::Namespace) {
        const Rect &g
            = m_document->design().namespaces[std::size_t(selected.front().index)].geometry;
        hit = QPointF(g.x + g.width / 2, g.y + g.height / 2);
    }
    const QSizeF size = templateId.startsWith(QLatin1String("workload/"))
        ? CanvasStyle::kWorkloadSize
        : templateId == QLatin1String("external") ? CanvasStyle::kExternalSize
                                                  : QSizeF(80, 30);
    m_controller->createFromTemplate(
        templateId, hit, CanvasStyle::snap(hit - QPointF(size.width() / 2, size.height() / 2)));
}

void MainWindow::showMessage(const QString &title, const QString &text, const QString &details)
{
    // Window-modal but not blocking, so the window (and a test driving it) goes on running.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setInformativeText(details);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

} // namespace Netpol
