#include "mainwindow.h"

#include "document.h"
#include "editcontroller.h"
#include "helpertasks.h"

#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/inspector/inspectorwidget.h"
#include "views/panels/guardrailband.h"
#include "views/panels/diagnosticsview.h"
#include "views/panels/palettewidget.h"
#include "views/panels/yamlpreview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

// The window's actions, with their shortcuts, and the menus and toolbar that show them.

namespace Netpol {

void MainWindow::createActions()
{
    // Files.
    connect(makeAction(QStringLiteral("actionNew"), tr("&New"), QKeySequence::New),
            &QAction::triggered, this, &MainWindow::newDesign);
    connect(makeAction(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::openDialog);
    connect(makeAction(QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save),
            &QAction::triggered, this, &MainWindow::save);
    QAction *saveAsAction = makeAction(QStringLiteral("actionSaveAs"), tr("Save &As…"));
    // QKeySequence::SaveAs is empty on some platforms and desktops; Ctrl+Shift+S always works.
    QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (!saveAsKeys.contains(QKeySequence(tr("Ctrl+Shift+S"))))
        saveAsKeys.prepend(QKeySequence(tr("Ctrl+Shift+S")));
    saveAsAction->setShortcuts(saveAsKeys);
    connect(saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    connect(
        makeAction(QStringLiteral("actionExport"), tr("&Export YAML…"), QKeySequence(tr("Ctrl+E"))),
        &QAction::triggered, this, &MainWindow::exportYaml);
    connect(makeAction(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit),
            &QAction::triggered, this, &QWidget::close);
    createTaskActions();
    createCheckActions();

    // Edit: undo and redo are the stack's; the rest work on the canvas selection, with their
    // shortcuts live while the canvas has focus (so Delete in a text field stays a text edit).
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo);
    // The toolbar keeps short labels; the command being undone is in the tooltip and the menu.
    QUndoStack *stack = m_document->undoStack();
    QAction *undoButton = makeAction(QStringLiteral("toolbarUndo"), tr("Undo"));
    QAction *redoButton = makeAction(QStringLiteral("toolbarRedo"), tr("Redo"));
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(undoButton, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redoButton, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undoButton, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redoButton, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undoButton,
            [undoButton, undo](const QString &text) {
                undoButton->setToolTip(tr("Undo %1 (%2)")
                                           .arg(text, undo->shortcut().toString(
                                                          QKeySequence::NativeText)));
            });
    connect(stack, &QUndoStack::redoTextChanged, redoButton,
            [redoButton, redo](const QString &text) {
                redoButton->setToolTip(tr("Redo %1 (%2)")
                                           .arg(text, redo->shortcut().toString(
                                                          QKeySequence::NativeText)));
            });

    auto canvasAction = [this](const QString &name, const QString &text, const QKeySequence &key,
                               auto slot) {
        QAction *a = makeAction(name, text, key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    canvasAction(QStringLiteral("actionCut"), tr("Cu&t"), QKeySequence::Cut,
                 [this] { m_controller->cut(m_scene->selectedElements()); });
    canvasAction(QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy,
                 [this] { m_controller->copy(m_scene->selectedElements()); });
    canvasAction(QStringLiteral("actionPaste"), tr("&Paste"), QKeySequence::Paste,
                 [this] { m_controller->paste(); });
    canvasAction(QStringLiteral("actionDuplicate"), tr("Dup&licate"), QKeySequence(tr("Ctrl+D")),
                 [this] { m_controller->duplicate(m_scene->selectedElements()); });
    QAction *remove = canvasAction(
        QStringLiteral("actionDelete"), tr("&Delete"), QKeySequence::Delete,
        [this] {
            // Selected suggested flows are dismissed (highest first: indexes stay valid).
            QList<int> suggestions = m_scene->selectedSuggestions();
            std::sort(suggestions.rbegin(), suggestions.rend());
            for (int index : std::as_const(suggestions))
                m_controller->dismissSuggestedFlow(index);
            m_controller->removeElements(m_scene->selectedElements());
        });
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    canvasAction(QStringLiteral("actionSelectAll"), tr("Select &All"), QKeySequence::SelectAll,
                 [this] { m_scene->selectAllElements(); });

    connect(makeAction(QStringLiteral("actionFind"), tr("&Find…"), QKeySequence(tr("Ctrl+F"))),
            &QAction::triggered, this, &MainWindow::showFind);

    // View.
    connect(makeAction(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn),
            &QAction::triggered, m_view, &DesignView::zoomIn);
    connect(makeAction(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut),
            &QAction::triggered, m_view, &DesignView::zoomOut);
    connect(makeAction(QStringLiteral("actionZoomReset"), tr("&Actual Size"),
                       QKeySequence(tr("Ctrl+0"))),
            &QAction::triggered, m_view, &DesignView::resetZoom);
    connect(makeAction(QStringLiteral("actionFit"), tr("&Fit to View"),
                       QKeySequence(tr("Ctrl+Shift+F"))),
            &QAction::triggered, m_view, &DesignView::fitToView);
    QAction *snap = makeAction(QStringLiteral("actionSnap"), tr("&Snap to Grid"),
                               QKeySequence(tr("Ctrl+Shift+G")));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapsToGrid());
    connect(snap, &QAction::toggled, m_scene, &DesignScene::setSnapToGrid);
    QAction *focus = makeAction(QStringLiteral("actionFocusSelection"), tr("Focus on Se&lection"));
    focus->setCheckable(true);
    focus->setToolTip(tr("Show the selected elements' flows at full strength and fade the rest"));
    connect(focus, &QAction::toggled, m_scene, &DesignScene::setFocusSelection);
    // On by default for large designs, until the user chooses.
    connect(focus, &QAction::triggered, this, [this] { m_focusChosen = true; });
    connect(m_document, &DesignSource::designReset, this, [this, focus] {
        if (!m_focusChosen)
            focus->setChecked(m_document->design().workloads.size() >= kLargeDesign);
    });

    // Tools (after a separator in the canvas's context menu).
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    auto *tools = new QActionGroup(this);
    QAction *select = makeAction(QStringLiteral("actionSelectTool"), tr("&Select and Move"),
                                 QKeySequence(tr("V")));
    QAction *connectTool = makeAction(QStringLiteral("actionConnectTool"), tr("&Connect"),
                                      QKeySequence(tr("C")));
    for (QAction *a : {select, connectTool}) {
        a->setCheckable(true);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
        tools->addAction(a);
    }
    select->setChecked(true);
    select->setToolTip(tr("Select and move (V): drag items, rubber-band select; drag from a "
                          "connector dot to draw a flow"));
    connectTool->setToolTip(
        tr("Connect (C): drag from any workload, namespace or external to another to draw a flow"));
    connect(connectTool, &QAction::toggled, this, &MainWindow::setConnectMode);
    connect(m_scene, &DesignScene::connectModeChanged, this,
            [select, connectTool](bool on) { (on ? connectTool : select)->setChecked(true); });

    connect(makeAction(QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts"),
                       QKeySequence::HelpContents),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(
        makeAction(QStringLiteral("actionAbout"), tr("&About Netpol Designer")),
        &QAction::triggered, this, [this] {
            QMessageBox::about(
                this, tr("About Netpol Designer"),
                tr("<b>Netpol Designer %1</b><p>Draw the traffic you allow; get a complete, exact "
                   "set of zero-trust Kubernetes NetworkPolicies.</p>")
                    .arg(QApplication::applicationVersion()));
        });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action("actionNew"));
    file->addMenu(m_templateMenu);
    file->addAction(action("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addActions({action("actionSave"), action("actionSaveAs")});
    file->addSeparator();
    file->addActions({action("actionImportManifests"), action("actionImportManifestFolder"),
                      action("actionImportManifestsInto")});
    file->addSeparator();
    file->addActions(
        {action("actionExport"), action("actionExportDiagram"), action("actionExportCanvas")});
    file->addSeparator();
    file->addAction(action("actionQuit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({action("actionUndo"), action("actionRedo")});
    edit->addSeparator();
    edit->addActions({action("actionCut"), action("actionCopy"), action("actionPaste"),
                      action("actionPasteManifests"), action("actionDuplicate"),
                      action("actionDelete")});
    edit->addAction(action("actionRename"));
    edit->addSeparator();
    edit->addAction(action("actionSelectAll"));
    edit->addAction(action("actionFind"));
    edit->addSeparator();
    edit->addActions({m_guardrailBand->addAdminAction(), m_guardrailBand->addBaselineAction(),
                      m_guardrailBand->removeAction()});
    edit->addSeparator();
    edit->addAction(action("actionPreferences"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({action("actionZoomIn"), action("actionZoomOut"),
                            action("actionZoomReset"), action("actionFit")});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action("actionSnap"));
    m_viewMenu->addAction(action("actionFocusSelection"));
    m_viewMenu->addMenu(m_themeMenu);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addActions({action("actionSelectTool"), action("actionConnectTool")});
    tools->addSeparator();
    tools->addAction(action("actionCheckConnection"));
    tools->addSeparator();
    tools->addAction(action("actionArrange"));
    tools->addMenu(m_alignMenu);
    QMenu *direction = tools->addMenu(tr("Arrange &Direction"));
    direction->addActions({action("actionArrangeLeftRight"), action("actionArrangeTopBottom")});
    tools->addAction(action("actionCancelTask"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addMenu(m_documentationMenu);
    help->addMenu(m_exampleMenu);
    help->addSeparator();
    help->addActions({action("actionShortcuts"), action("actionAbout")});

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setIconSize(QSize(22, 22));
    bar->addActions({action("actionNew"), action("actionOpen"), action("actionSave")});
    bar->addSeparator();
    bar->addActions({action("toolbarUndo"), action("toolbarRedo")});
    bar->addSeparator();
    bar->addActions({action("actionSelectTool"), action("actionConnectTool")});
    bar->addSeparator();
    bar->addActions({action("actionZoomOut"), action("actionZoomIn"), action("actionFit")});
    bar->addSeparator();
    bar->addAction(action("actionArrange"));
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action("actionArrange")))) {
        button->setMenu(direction);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    bar->addSeparator();
    bar->addAction(action("actionExport"));
}

} // namespace Netpol
