#pragma once

#include "views/canvas/flowlanes.h"

#include "model/core/diagnostic.h"
#include "model/design/design.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

class QGraphicsLineItem;
class QTimer;

namespace Netpol {

class BundleItem;
class DesignSource;
class ExposureWatcher;
class ExternalItem;
class FlowItem;
class FlowRouteQueue;
class NamespaceItem;
class NodeItem;
class WorkloadItem;

// The canvas: a projection of a design. It creates, updates and removes items as the source
// reports changes, and turns gestures into requests (create, connect, move, resize) that the
// document carries out; it never changes the design itself. Moves are shown while dragging
// and requested on release; if the request is refused the items go back.
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr const char *kTemplateMimeType = "application/x-netpol-designer-template";

    explicit DesignScene(DesignSource *source, QObject *parent = nullptr);
    ~DesignScene() override;

    DesignSource *source() const { return m_source; }

    // A design of more elements than this (namespaces, workloads, externals and flows) is
    // built in slices of the event loop when the source is reset to it (a file opened; a new
    // scene is built at once), see designscenebuild.cpp:
    // the window stays responsive meanwhile. finishBuilding() builds the rest at once (before
    // an export, and in tests); built() tells that a sliced build is complete.
    static constexpr int kBuildAtOnce = 3000;
    bool isBuilding() const { return m_building; }
    void finishBuilding();
    const Design &design() const;

    bool isConnectMode() const { return m_connectMode; }
    void setConnectMode(bool on);
    bool snapsToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    // The grid dots behind the design (an exported canvas leaves them out).
    bool showsGrid() const { return m_showGrid; }
    void setShowGrid(bool on);
    // Focus on the selection: the flows of the selected elements at full strength, the others
    // faded (for large designs, where everything else is a thicket of lines).
    bool focusesSelection() const { return m_focusSelection; }
    void setFocusSelection(bool on);
    bool isFaded(const FlowItem *flow) const { return m_fading && !m_focusedFlows.contains(flow); }
    // Zoomed out (below BundleItem::kZoom) the namespaces' bundles stand for the flows. The
    // flows then have no contents (but for the selected ones and suggestions) and, zoomed in,
    // the bundles: painting a view skips them instead of asking thousands of items to draw
    // nothing. The view sets it as its zoom crosses the threshold.
    bool isZoomedOut() const { return m_zoomedOut; }
    // Texts too long for their card or pill are elided (the tooltips have them whole); an
    // exported picture shows them whole (drawFittedText).
    bool showsFullText() const { return m_fullText; }
    void setShowFullText(bool on);
    void setZoomedOut(bool on);

    // Flows are routed around the cards in their way soon after they move and are drawn
    // (FlowRouteQueue); finishRouting() routes every flow that waits, shown or not, at once
    // (before an export, and in tests).
    void scheduleRoute(FlowItem *flow);
    void finishRouting();
    // Badges for the workloads open to everyone (ExposureWatcher), once computed.
    void applyExposure();
    ExposureWatcher *exposureWatcher() const { return m_exposure; }

    // Selection in the design's terms (refs carry names and indexes).
    QList<ElementRef> selectedElements() const;
    void selectElements(const QList<ElementRef> &elements);
    void selectAllElements(); // every item, with one selectionChanged
    QGraphicsItem *itemFor(const ElementRef &element) const;
    ElementRef refFor(const QGraphicsItem *item) const;

    const QList<NamespaceItem *> &namespaceItems() const { return m_namespaces; }
    const QList<WorkloadItem *> &workloadItems() const { return m_workloads; }
    const QList<ExternalItem *> &externalItems() const { return m_externals; }
    const QList<FlowItem *> &flowItems() const { return m_flows; }
    // The suggested flows (DesignSource::suggestedFlows), drawn dashed; not design elements.
    const QList<FlowItem *> &suggestionItems() const { return m_suggestions; }
    // Zoomed out, one edge per pair of namespaces that flows connect (BundleItem).
    const QList<BundleItem *> &bundleItems() const { return m_bundles; }
    QList<int> selectedSuggestions() const;

    // The topmost node under a scene point, or null.
    NodeItem *nodeAt(QPointF scenePos, const NodeItem *ignore = nullptr) const;
    NamespaceItem *namespaceAt(QPointF scenePos) const;
    // The rectangle the design occupies.
    QRectF designBounds() const;

    // Called by the items.
    QPointF constrainedPosition(NodeItem *item, QPointF proposed) const;
    void requestResize(NamespaceItem *item, const QRectF &geometry);
    void updateFlowGeometry(FlowItem *flow);

    // Marks the elements the findings are about (the worst finding each).
    void showProblems(const Diagnostics &diagnostics);

    // Requests a move of the selection (keyboard nudges merge into one undo step).
    void nudgeSelection(QPointF delta);

    // Add Flow From Here / To Here (designscenepick.cpp): a dashed line from the element
    // follows the pointer and the next click on another element asks for the flow from the
    // element (or, `towards`, to it); a click elsewhere or Esc cancels.
    void beginFlowPick(const Netpol::ElementRef &element, bool towards);
    void cancelFlowPick();
    bool isPickingFlow() const { return m_picking; }
    // Ends a pick at a scene point, as a click there would (the view's clicks, and tests).
    void finishFlowPick(QPointF scenePos);

signals:
    void createRequested(const QString &templateId, QPointF hit, QPointF position);
    void connectRequested(const Netpol::ElementRef &from, const Netpol::ElementRef &to);
    void moveRequested(const QList<Netpol::ElementRef> &elements, QPointF delta, bool nudge);
    void resizeRequested(int namespaceIndex, const QRectF &geometry);
    // A gesture the scene would not turn into a request, with the reason, near `scenePos`.
    void refused(const QString &reason, QPointF scenePos);
    // A passing remark for the status bar (what a drop here would do).
    void hint(const QString &text);
    void connectModeChanged(bool on);
    void built();
    // A suggested flow was double-clicked: the user wants it as a real flow.
    void suggestionActivated(int index);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class BuildStep { Namespaces, Workloads, Externals, Flows, Geometry };
    void rebuild(bool sliced);
    void buildSlice();
    bool buildNext(); // one element (or a step's end); false when all are built
    void endBuild();
    void onInserted(ElementRef::Kind kind, int index);
    void onRemoved(ElementRef::Kind kind, int index);
    void onChanged(ElementRef::Kind kind, int index);
    void finishEdit();

    void syncNamespace(NamespaceItem *item);
    void syncWorkload(WorkloadItem *item);
    void syncExternal(ExternalItem *item);
    void syncFlow(FlowItem *flow);
    void resyncNodes(const QList<NodeItem *> &nodes);
    void rebuildNameMaps();
    void updateSceneRect(bool grow);
    void setDropTarget(NodeItem *node);
    void syncSuggestions();
    void updateFocus();
    void rebuildBundles();
    // Asks for the suggested flow under `scenePos` (on its label only, with `labelOnly`).
    bool activateSuggestionAt(QPointF scenePos, bool labelOnly);
    // A click on a flow's line or label where no card or namespace header is: selects the
    // flow (Ctrl toggles it). Cards and headers come first, flows before a namespace's body.
    bool pickFlow(QPointF scenePos, Qt::KeyboardModifiers modifiers);
    void clearSuggestions();

    void startDraft(NodeItem *source, QPointF scenePos);
    void finishDraft(QPointF scenePos);
    void endMove();

    DesignSource *m_source;
    FlowRouteQueue *m_routes = nullptr;
    QTimer *m_buildTimer = nullptr;
    BuildStep m_buildStep = BuildStep::Namespaces;
    int m_buildIndex = 0;
    bool m_building = false;
    bool m_buildStale = false; // the design changed while it was built
    ExposureWatcher *m_exposure = nullptr;
    QList<NamespaceItem *> m_namespaces;
    QList<WorkloadItem *> m_workloads;
    QList<ExternalItem *> m_externals;
    QList<FlowItem *> m_flows;
    QList<FlowItem *> m_suggestions;
    QList<BundleItem *> m_bundles;
    QHash<QString, NamespaceItem *> m_namespaceByName;
    QHash<QString, WorkloadItem *> m_workloadByName; // "ns/name"
    QHash<QString, ExternalItem *> m_externalByName;
    FlowLanes m_lanes;

    // What the edit being reported has touched.
    QSet<NodeItem *> m_dirtyNodes;
    QSet<FlowItem *> m_dirtyFlows;
    bool m_nodesRestructured = false;

    bool m_connectMode = false;
    bool m_snap = true;
    bool m_showGrid = true;
    bool m_focusSelection = false;
    bool m_fading = false;
    bool m_zoomedOut = false;
    bool m_fullText = false;
    QSet<const FlowItem *> m_focusedFlows;

    // A move in progress: each moved item's position when the button went down.
    QHash<NodeItem *, QPointF> m_moveStart;
    QPointF m_pressScenePos;
    QHash<NamespaceItem *, double> m_raised;

    NodeItem *m_draftSource = nullptr;
    QGraphicsLineItem *m_draftLine = nullptr;
    NodeItem *m_dropTarget = nullptr;
    QString m_lastHint;
    bool m_picking = false;        // a flow pick waits for its click
    bool m_draftReversed = false;  // the drawn flow goes towards the draft's source
};

} // namespace Netpol
