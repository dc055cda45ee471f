#pragma once

#include "model/core/diagnostic.h"
#include "model/graphviz/diagram.h"

#include "themes.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;

namespace Netpol {

class AutoSaver;
class ChangesView;
class CheckConnectionDialog;
class CompareOverlay;
class Comparison;
struct CompareBaseline;
class DesignScene;
class DesignView;
class DiagnosticsView;
class Document;
class EditController;
class FindPanel;
class GuardrailBand;
class GuardrailOverlay;
class InlineRenamer;
class HelperTasks;
class InspectorWidget;
class OverviewWidget;
class PaletteWidget;
class ReachabilityView;
class WelcomePanel;
class YamlPreview;
struct Preferences;
struct RecoveryEntry;
struct TaskReport;

// The designer's window: the canvas in the middle, the palette, inspector, live YAML and
// diagnostics in docks, and the menus that work on files and on the canvas selection. It only
// wires things: the document holds the design, the controller turns requests into commands.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    EditController *controller() const { return m_controller; }
    DesignScene *scene() const { return m_scene; }
    DesignView *view() const { return m_view; }
    PaletteWidget *palette() const { return m_palette; }
    InspectorWidget *inspector() const { return m_inspector; }
    YamlPreview *preview() const { return m_preview; }
    DiagnosticsView *diagnosticsView() const { return m_diagnostics; }
    FindPanel *findPanel() const { return m_find; }
    OverviewWidget *overview() const { return m_overview; }
    GuardrailBand *guardrailBand() const { return m_guardrailBand; }
    GuardrailOverlay *guardrailOverlay() const { return m_guardrailOverlay; }
    HelperTasks *tasks() const { return m_tasks; }
    AutoSaver *autoSaver() const { return m_autoSaver; }
    // Reachability and change review (mainwindowreview.cpp).
    ReachabilityView *reachabilityView() const { return m_reachability; }
    ChangesView *changesView() const { return m_changes; }
    Comparison *comparison() const { return m_comparison; }
    CompareOverlay *compareOverlay() const { return m_compareOverlay; }
    QAction *action(const QString &objectName) const;
    WelcomePanel *welcomePanel() const { return m_welcome; }

    // A bundled template or example (BundledDesigns ids) as a new unsaved design, after
    // asking about unsaved work (mainwindowstart.cpp).
    bool openBundled(const QString &id);
    // Where README.md and docs/ are: installed beside the program, else the source tree's.
    static QString documentationDirectory();
    // View > Theme: applies and remembers the theme, and repaints the canvas and the docks.
    void setTheme(Netpol::Themes::Choice choice);
    // The right-click menu for a scene point (mainwindowcanvas.cpp); the caller owns it.
    QMenu *contextMenuFor(QPointF scenePos);
    InlineRenamer *renamer() const { return m_renamer; }
    // Edit > Preferences (mainwindowpreferences.cpp): applies the grid, the autosave delay
    // and, with `themeToo`, the theme; new designs read the rest when they are made.
    void applyPreferences(const Netpol::Preferences &preferences, bool themeToo);

    // Opens a design; on failure says why (file, line, column) and keeps the current design.
    bool openFile(const QString &path);
    // Dropped files: a design opens, manifests (files or folders) are imported.
    bool openDropped(const QStringList &paths);
    bool saveFile(const QString &path);
    // The tasks the `netpol` helper runs (mainwindowtasks.cpp), without their dialogs.
    bool exportDiagramTo(const QString &path, const Netpol::DiagramOptions &options);
    bool importManifestFiles(const QStringList &paths); // after asking about unsaved work
    // The canvas as SVG or PNG, by the extension; says why when it cannot.
    bool exportCanvasTo(const QString &path);
    RankDirection arrangeDirection() const;

    // Puts a recovered design in this window, modified and with its original file name, so
    // that Save writes where the user expects. Says why and returns false when its text does
    // not read as a design (the recovery file is then kept).
    bool restoreRecovered(const Netpol::RecoveryEntry &entry);
    // At start: shows "Recover Unsaved Work" when crashed sessions left recovery files in
    // `directory`. The first design restored goes into this window when it holds nothing
    // yet, the others into new windows. Returns the number of designs restored.
    int offerRecovery(const QString &directory);

public slots:
    void newDesign();
    void openDialog();
    bool save();
    bool saveAs();
    void exportYaml();
    void arrange();
    // Tools > Check Connection: opens (or raises) the dialog, filled in from the selection.
    CheckConnectionDialog *checkConnection();
    void exportDiagram();
    void exportCanvas();
    void importManifests();
    void importManifestFolder();
    void showElement(const Netpol::ElementRef &element);
    void showShortcuts();
    // View > Compare With: compare mode against a baseline; leaving it restores the view.
    void compareWith(const Netpol::CompareBaseline &baseline);
    void leaveCompareMode();
    // Selects elements (a flow, or a pair) and centres the first on the canvas.
    void showElements(const QList<Netpol::ElementRef> &elements);
    // Edit > Find (Ctrl+F): the Find dock, its query focused.
    void showFind();
    void showPreferences();
    // Adds a palette entry without a drag: into the selected namespace, else mid-canvas.
    void addFromPalette(const QString &templateId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createStartActions(); // templates, examples, documentation, the welcome panel
    void createThemeActions();
    void connectYamlSelection();
    void createPreferencesAction();
    void openDocument(const QString &path);
    void createCanvasActions(); // F2, Tools > Align, the context menus
    void decorateActions();     // icons, and tooltips that name the shortcuts
    Netpol::ElementRef elementAt(QPointF scenePos) const;
    void createCheckActions();
    void createReview(); // the Reachability and Changes docks, View > Compare With
    void createTaskActions();
    void createBusyIndicator();
    void setBusy(bool busy, const QString &task);
    void taskFinished(const Netpol::TaskReport &report);
    bool startImport(const QStringList &paths); // unsaved work was asked about
    void createMenus();
    void createDocks();
    // The cluster band (a dock above the canvas), its overlay on the canvas and their wiring
    // to the inspector and the controller (mainwindowguardrails.cpp).
    void createGuardrails();
    void connectViews();
    bool maybeSave();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void showMessage(const QString &title, const QString &text, const QString &details = {});
    void setConnectMode(bool on);
    QAction *makeAction(const QString &name, const QString &text,
                        const QKeySequence &shortcut = {});

    Document *m_document;
    EditController *m_controller;
    DesignScene *m_scene;
    DesignView *m_view;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    YamlPreview *m_preview = nullptr;
    DiagnosticsView *m_diagnostics = nullptr;
    FindPanel *m_find = nullptr;
    OverviewWidget *m_overview = nullptr;
    GuardrailBand *m_guardrailBand = nullptr;
    GuardrailOverlay *m_guardrailOverlay = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_templateMenu = nullptr;
    QMenu *m_exampleMenu = nullptr;
    QMenu *m_documentationMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    WelcomePanel *m_welcome = nullptr;
    QMenu *m_alignMenu = nullptr;
    InlineRenamer *m_renamer = nullptr;
    QLabel *m_zoomLabel;
    QLabel *m_problemsLabel;
    HelperTasks *m_tasks;
    CheckConnectionDialog *m_checkDialog = nullptr;
    ReachabilityView *m_reachability = nullptr;
    ChangesView *m_changes = nullptr;
    Comparison *m_comparison = nullptr;
    CompareOverlay *m_compareOverlay = nullptr;
    AutoSaver *m_autoSaver;
    QWidget *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    Design m_importBase; // the design when an import started: changed since, ask again
    bool m_focusChosen = false; // the user set View > Focus on Selection
    static constexpr std::size_t kLargeDesign = 200; // workloads: focus on selection by default
};

} // namespace Netpol
