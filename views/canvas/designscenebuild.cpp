#include "views/canvas/designscene.h"

#include "views/canvas/externalitem.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/flowroutequeue.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"
#include "views/common/designsource.h"

#include <QElapsedTimer>
#include <QTimer>

// Building the scene for a whole design (a new or opened one): at once for a small design, in
// slices of the event loop for a large one, so that the window stays responsive while 5,000
// cards and 25,000 flows are made. The slices go namespaces, workloads, externals, flows (their
// ends and lanes), then the flows' geometry, and end as a scene built at once would.

namespace Netpol {

namespace {

constexpr int kSliceMs = 8;

} // namespace

void DesignScene::rebuild(bool sliced)
{
    m_buildTimer->stop();
    m_building = false;
    m_buildStale = false;
    delete m_draftLine;
    m_draftLine = nullptr;
    m_draftSource = nullptr;
    m_dropTarget = nullptr;
    m_moveStart.clear();
    m_raised.clear();
    m_lanes.clear();
    m_routes->clear();
    clearSuggestions();
    qDeleteAll(m_flows);
    m_flows.clear();
    clear();
    m_bundles.clear(); // clear() deleted them
    m_namespaces.clear();
    m_workloads.clear();
    m_externals.clear();
    m_dirtyNodes.clear();
    m_dirtyFlows.clear();
    m_namespaceByName.clear();
    m_workloadByName.clear();
    m_externalByName.clear();

    const Design &d = design();
    const std::size_t elements
        = d.namespaces.size() + d.workloads.size() + d.externals.size() + d.flows.size();
    setSceneRect(QRectF());
    if (sliced && elements > std::size_t(kBuildAtOnce)) {
        m_building = true;
        m_buildStep = BuildStep::Namespaces;
        m_buildIndex = 0;
        updateSceneRect(false); // the whole design's, so that Fit shows it from the start
        m_buildTimer->start();
        return;
    }
    for (int i = 0; i < int(d.namespaces.size()); ++i)
        onInserted(ElementRef::Kind::Namespace, i);
    for (int i = 0; i < int(d.workloads.size()); ++i)
        onInserted(ElementRef::Kind::Workload, i);
    for (int i = 0; i < int(d.externals.size()); ++i)
        onInserted(ElementRef::Kind::External, i);
    for (int i = 0; i < int(d.flows.size()); ++i)
        onInserted(ElementRef::Kind::Flow, i);
    finishEdit();
    updateSceneRect(false);
}

void DesignScene::finishBuilding()
{
    if (!m_building)
        return;
    if (m_buildStale) { // the design changed meanwhile: what is built is not about it
        rebuild(false);
        return;
    }
    while (buildNext()) {
    }
    endBuild();
}

void DesignScene::buildSlice()
{
    QElapsedTimer clock;
    clock.start();
    for (int step = 0;; ++step) {
        if (!buildNext()) {
            endBuild();
            return;
        }
        if (step % 32 == 31 && clock.elapsed() >= kSliceMs)
            return; // the event loop runs; the timer brings the next slice
    }
}

bool DesignScene::buildNext()
{
    const Design &d = design();
    const int i = m_buildIndex++;
    switch (m_buildStep) {
    case BuildStep::Namespaces:
        if (i < int(d.namespaces.size())) {
            auto *item = new NamespaceItem(i);
            addItem(item);
            m_namespaces.append(item);
            syncNamespace(item);
            return true;
        }
        rebuildNameMaps(); // the workloads find their frames by name
        m_buildStep = BuildStep::Workloads;
        break;
    case BuildStep::Workloads:
        if (i < int(d.workloads.size())) {
            auto *item = new WorkloadItem(i);
            addItem(item);
            m_workloads.append(item);
            syncWorkload(item);
            return true;
        }
        m_buildStep = BuildStep::Externals;
        break;
    case BuildStep::Externals:
        if (i < int(d.externals.size())) {
            auto *item = new ExternalItem(i);
            addItem(item);
            m_externals.append(item);
            syncExternal(item);
            return true;
        }
        rebuildNameMaps(); // the flows find their ends by name
        m_buildStep = BuildStep::Flows;
        break;
    case BuildStep::Flows:
        if (i < int(d.flows.size())) {
            auto *item = new FlowItem(i);
            addItem(item);
            m_flows.append(item);
            syncFlow(item);
            return true;
        }
        m_lanes.layout();
        m_buildStep = BuildStep::Geometry;
        break;
    case BuildStep::Geometry:
        if (i < int(m_flows.size())) {
            m_flows[i]->updateGeometry();
            return true;
        }
        return false;
    }
    m_buildIndex = 0;
    return true;
}

void DesignScene::endBuild()
{
    m_buildTimer->stop();
    m_building = false;
    rebuildBundles();
    syncSuggestions();
    updateFocus();
    applyExposure(); // badges computed while the cards were made
    updateSceneRect(false);
    emit built();
}

} // namespace Netpol
