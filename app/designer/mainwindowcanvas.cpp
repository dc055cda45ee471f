// MainWindow's canvas actions: the right-click menus on workloads, flows, namespaces and the
// empty canvas, F2 (rename in place), Tools > Align, and the toolbar's icons and the
// tooltips that name each shortcut. Every edit goes to the controller as one undo step.

#include "mainwindow.h"

#include "document.h"
#include "editcontroller.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/inlinerenamer.h"
#include "views/inspector/inspectorwidget.h"

#include "model/design/designoperations.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QGraphicsItem>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace Netpol {

namespace {

struct Aligner
{
    const char *name;
    const char *text;
    const char *icon; // bundled fallback, resources/icons/actions/
    const char *themeIcon;
    int alignment; // Alignment, or -1/-2 for distribute horizontally/vertically
};

constexpr Aligner kAligners[] = {
    {"actionAlignLeft", QT_TRANSLATE_NOOP("MainWindow", "Align &Left"), "align-left",
     "align-horizontal-left", int(Alignment::Left)},
    {"actionAlignCentre", QT_TRANSLATE_NOOP("MainWindow", "Align &Centre"), "align-centre",
     "align-horizontal-center", int(Alignment::Centre)},
    {"actionAlignRight", QT_TRANSLATE_NOOP("MainWindow", "Align &Right"), "align-right",
     "align-horizontal-right", int(Alignment::Right)},
    {"actionAlignTop", QT_TRANSLATE_NOOP("MainWindow", "Align &Top"), "align-top",
     "align-vertical-top", int(Alignment::Top)},
    {"actionAlignMiddle", QT_TRANSLATE_NOOP("MainWindow", "Align &Middle"), "align-middle",
     "align-vertical-center", int(Alignment::Middle)},
    {"actionAlignBottom", QT_TRANSLATE_NOOP("MainWindow", "Align &Bottom"), "align-bottom",
     "align-vertical-bottom", int(Alignment::Bottom)},
    {"actionDistributeHorizontally", QT_TRANSLATE_NOOP("MainWindow", "Distribute &Horizontally"),
     "distribute-horizontal", "distribute-horizontal", -1},
    {"actionDistributeVertically", QT_TRANSLATE_NOOP("MainWindow", "Distribute &Vertically"),
     "distribute-vertical", "distribute-vertical", -2},
};

// The toolbar's icons: the desktop's icon theme first, else the SVGs bundled in
// resources/icons/actions/ (drawn for this program).
struct ToolbarIcon
{
    const char *action;
    const char *themeIcon;
    const char *fallback;
};

constexpr ToolbarIcon kToolbarIcons[] = {
    {"actionNew", "document-new", "document-new"},
    {"actionOpen", "document-open", "document-open"},
    {"actionSave", "document-save", "document-save"},
    {"toolbarUndo", "edit-undo", "edit-undo"},
    {"toolbarRedo", "edit-redo", "edit-redo"},
    {"actionUndo", "edit-undo", "edit-undo"},
    {"actionRedo", "edit-redo", "edit-redo"},
    {"actionSelectTool", "edit-select", "tool-pointer"},
    {"actionConnectTool", "network-connect", "network-connect"},
    {"actionZoomIn", "zoom-in", "zoom-in"},
    {"actionZoomOut", "zoom-out", "zoom-out"},
    {"actionFit", "zoom-fit-best", "zoom-fit-best"},
    {"actionArrange", "view-grid", "view-arrange"},
    {"actionExport", "document-export", "document-export"},
};

QIcon iconFor(const char *themeIcon, const char *fallback)
{
    const QString bundled = QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(fallback));
    return QIcon::fromTheme(QLatin1String(themeIcon), QIcon(bundled));
}

} // namespace

void MainWindow::createCanvasActions()
{
    m_renamer = new InlineRenamer(m_view);
    connect(m_renamer, &InlineRenamer::renameRequested, m_controller,
            &EditController::renameElement);
    QAction *rename = makeAction(QStringLiteral("actionRename"), tr("Re&name"),
                                 QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(rename);
    connect(rename, &QAction::triggered, this, [this] {
        const QList<ElementRef> selected = m_scene->selectedElements();
        if (selected.size() != 1 || !m_renamer->start(selected.front()))
            m_view->showNotice(tr("Select one namespace, workload or external to rename it"));
    });

    m_alignMenu = new QMenu(tr("Ali&gn"), this);
    m_alignMenu->setObjectName(QStringLiteral("alignMenu"));
    for (const Aligner &a : kAligners) {
        if (a.alignment == -1)
            m_alignMenu->addSeparator();
        QAction *action = makeAction(QLatin1String(a.name), tr(a.text));
        action->setIcon(iconFor(a.themeIcon, a.icon));
        m_alignMenu->addAction(action);
        const int how = a.alignment;
        connect(action, &QAction::triggered, this, [this, how] {
            const QList<ElementRef> selected = m_scene->selectedElements();
            if (how >= 0)
                m_controller->align(selected, Alignment(how));
            else
                m_controller->distribute(selected, how == -1 ? Distribution::Horizontal
                                                             : Distribution::Vertical);
        });
    }
    // Two-way YAML: manifests come into the open design (EditController::pasteManifests).
    connect(makeAction(QStringLiteral("actionPasteManifests"), tr("Paste &Manifests"),
                       QKeySequence(tr("Ctrl+Shift+V"))),
            &QAction::triggered, m_controller, &EditController::pasteManifestsFromClipboard);
    connect(makeAction(QStringLiteral("actionImportManifestsInto"),
                       tr("Import Manifests into the C&urrent Design…")),
            &QAction::triggered, this, [this] {
                const QStringList files = QFileDialog::getOpenFileNames(
                    this, tr("Import manifests into the current design"),
                    QSettings().value(QStringLiteral("import/directory")).toString(),
                    tr("Kubernetes manifests (*.yaml *.yml *.json);;All files (*)"));
                if (files.isEmpty())
                    return;
                QSettings().setValue(QStringLiteral("import/directory"),
                                     QFileInfo(files.first()).path());
                m_controller->importManifestFilesInto(files);
            });
    connect(m_view, &DesignView::contextMenuRequested, this,
            [this](QPointF scenePos, QPoint globalPos) {
                QMenu *menu = contextMenuFor(scenePos);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });
}

void MainWindow::decorateActions()
{
    for (const ToolbarIcon &i : kToolbarIcons) {
        if (QAction *a = action(QLatin1String(i.action)))
            a->setIcon(iconFor(i.themeIcon, i.fallback));
    }
    // Every tooltip names the shortcut ("Save (Ctrl+S)"), unless it already does.
    const auto all = findChildren<QAction *>();
    for (QAction *a : all) {
        const QKeySequence key = a->shortcut();
        if (key.isEmpty() || a->isSeparator())
            continue;
        const QString shortcut = key.toString(QKeySequence::NativeText);
        QString tip = a->toolTip();
        if (!tip.contains(shortcut))
            a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut));
    }
}

ElementRef MainWindow::elementAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        while (item && !(item->flags() & QGraphicsItem::ItemIsSelectable))
            item = item->parentItem();
        if (!item)
            continue;
        const ElementRef ref = m_scene->refFor(item);
        if (ref.kind != ElementRef::Kind::Design && ref.kind != ElementRef::Kind::Options)
            return ref;
    }
    return {};
}

QMenu *MainWindow::contextMenuFor(QPointF scenePos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    auto add = [menu](const QString &name, const QString &text, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, menu, slot);
        return a;
    };
    const ElementRef clicked = elementAt(scenePos);
    const QList<ElementRef> selected = m_scene->selectedElements();
    if (selected.size() > 1) {
        menu->addMenu(m_alignMenu);
        menu->addSeparator();
        menu->addActions({action("actionCut"), action("actionCopy"), action("actionDuplicate"),
                          action("actionDelete")});
        return menu;
    }
    const Design &d = m_document->design();
    switch (clicked.kind) {
    case ElementRef::Kind::Workload:
    case ElementRef::Kind::External:
        add(QStringLiteral("contextFlowFrom"), tr("Add Flow &From Here"),
            [this, clicked] { m_scene->beginFlowPick(clicked, false); });
        add(QStringLiteral("contextFlowTo"), tr("Add Flow &To Here"),
            [this, clicked] { m_scene->beginFlowPick(clicked, true); });
        add(QStringLiteral("contextSelectFlows"), tr("&Select Its Flows"), [this, clicked] {
            QList<ElementRef> flows;
            const Design &design = m_document->design();
            for (int i = 0; i < int(design.flows.size()); ++i) {
                const Flow &f = design.flows[std::size_t(i)];
                if (endpointTouches(f.from, clicked) || endpointTouches(f.to, clicked))
                    flows.append(ElementRef::flow(i));
            }
            m_scene->selectElements(flows);
        });
        if (clicked.kind == ElementRef::Kind::Workload)
            add(QStringLiteral("contextCheckConnection"), tr("&Check Connection…"),
                [this, clicked] {
                    m_scene->selectElements({clicked});
                    checkConnection();
                });
        menu->addSeparator();
        add(QStringLiteral("contextRename"), tr("Re&name"),
            [this, clicked] { m_renamer->start(clicked); });
        add(QStringLiteral("contextDelete"), tr("&Delete"),
            [this, clicked] { m_controller->removeElements({clicked}); });
        break;
    case ElementRef::Kind::Flow:
        add(QStringLiteral("contextReverse"), tr("&Reverse"),
            [this, clicked] { m_controller->reverseFlow(clicked.index); });
        add(QStringLiteral("contextEditPorts"), tr("Edit &Ports"), [this, clicked] {
            m_scene->selectElements({clicked});
            m_inspector->setSelection({clicked});
            m_inspector->focusFlowPorts();
        });
        menu->addSeparator();
        add(QStringLiteral("contextDelete"), tr("&Delete"),
            [this, clicked] { m_controller->removeElements({clicked}); });
        break;
    case ElementRef::Kind::Namespace: {
        const Namespace &ns = d.namespaces[std::size_t(clicked.index)];
        QMenu *kinds = menu->addMenu(tr("Add &Workload"));
        kinds->menuAction()->setObjectName(QStringLiteral("contextAddWorkload"));
        const QRectF frame(ns.geometry.x, ns.geometry.y, ns.geometry.width, ns.geometry.height);
        const QPointF hit = frame.adjusted(0, CanvasStyle::kHeaderHeight, 0, 0).contains(scenePos)
            ? scenePos
            : frame.center();
        for (WorkloadKind kind : kAllWorkloadKinds) {
            if (kind == WorkloadKind::ReplicaSet)
                continue;
            const QString id = QStringLiteral("workload/")
                + QString::fromLatin1(workloadKindName(kind).data());
            QAction *a = kinds->addAction(QString::fromLatin1(workloadKindName(kind).data()));
            a->setObjectName(QStringLiteral("contextAdd:") + id);
            connect(a, &QAction::triggered, menu, [this, id, hit] {
                const QSizeF size = CanvasStyle::kWorkloadSize;
                m_controller->createFromTemplate(
                    id, hit,
                    CanvasStyle::snap(hit - QPointF(size.width() / 2, size.height() / 2)));
            });
        }
        add(QStringLiteral("contextSelectContents"), tr("Select &Contents"), [this, clicked] {
            QList<ElementRef> contents;
            const Design &design = m_document->design();
            for (int i = 0; i < int(design.workloads.size()); ++i) {
                if (design.workloads[std::size_t(i)].ns == clicked.ns)
                    contents.append(refTo(design, ElementRef::Kind::Workload, i));
            }
            m_scene->selectElements(contents);
        });
        QAction *managed = add(QStringLiteral("contextManaged"), tr("&Managed"),
                               [this, clicked, on = !ns.managed] {
                                   m_controller->setNamespaceManaged(clicked.index, on);
                               });
        managed->setCheckable(true);
        managed->setChecked(ns.managed);
        QMenu *deny = menu->addMenu(tr("Defa&ult Deny"));
        deny->menuAction()->setObjectName(QStringLiteral("contextDefaultDeny"));
        deny->setEnabled(ns.managed);
        auto *group = new QActionGroup(deny);
        const std::tuple<const char *, QString, bool, bool> choices[] = {
            {"contextDenyBoth", tr("Ingress and Egress"), true, true},
            {"contextDenyIngress", tr("Ingress Only"), true, false},
            {"contextDenyEgress", tr("Egress Only"), false, true},
            {"contextDenyNone", tr("None"), false, false}};
        for (const auto &[name, text, in, out] : choices) {
            QAction *a = deny->addAction(text);
            a->setObjectName(QLatin1String(name));
            a->setCheckable(true);
            a->setChecked(ns.defaultDeny.ingress == in && ns.defaultDeny.egress == out);
            group->addAction(a);
            connect(a, &QAction::triggered, menu, [this, clicked, in = in, out = out] {
                m_controller->setNamespaceDefaultDeny(clicked.index, in, out);
            });
        }
        menu->addSeparator();
        add(QStringLiteral("contextRename"), tr("Re&name"),
            [this, clicked] { m_renamer->start(clicked); });
        add(QStringLiteral("contextDelete"), tr("&Delete"),
            [this, clicked] { m_controller->removeElements({clicked}); });
        break;
    }
    default:
        add(QStringLiteral("contextPaste"), tr("&Paste"), [this] { m_controller->paste(); });
        add(QStringLiteral("contextAddNamespace"), tr("Add &Namespace Here"), [this, scenePos] {
            m_controller->createFromTemplate(QStringLiteral("namespace"), scenePos,
                                             CanvasStyle::snap(scenePos));
        });
        menu->addSeparator();
        menu->addActions({action("actionSelectAll"), action("actionFit")});
        break;
    }
    return menu;
}

} // namespace Netpol
