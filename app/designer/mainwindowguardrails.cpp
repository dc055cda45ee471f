#include "mainwindow.h"

#include "document.h"
#include "editcontroller.h"

#include "views/canvas/designscene.h"
#include "views/canvas/guardrailoverlay.h"
#include "views/inspector/inspectorwidget.h"
#include "views/panels/guardrailband.h"

#include <QDockWidget>

namespace Netpol {

void MainWindow::createGuardrails()
{
    m_guardrailBand = new GuardrailBand(m_document);
    m_guardrailOverlay = new GuardrailOverlay(m_scene);
    auto *dock = new QDockWidget(tr("Cluster Guardrails"), this);
    dock->setObjectName(QStringLiteral("guardrailDock"));
    dock->setWidget(m_guardrailBand);
    addDockWidget(Qt::TopDockWidgetArea, dock);
    resizeDocks({dock}, {170}, Qt::Vertical);

    // One place shows a focus everywhere: the band's row, the canvas, the inspector.
    auto show = [this](const GuardrailFocus &focus) {
        if (!focus.isNull() && !m_scene->selectedItems().isEmpty())
            m_scene->clearSelection();
        m_inspector->showGuardrail(focus);
        m_guardrailOverlay->show(focus);
    };
    connect(m_guardrailBand, &GuardrailBand::focusChanged, this, show);
    connect(m_inspector, &InspectorWidget::guardrailFocusRequested, this,
            [this, show](const GuardrailFocus &focus) {
                m_guardrailBand->setFocusTo(focus);
                show(focus);
            });
    connect(m_controller, &EditController::guardrailCreated, this, [this, show](int index) {
        m_guardrailBand->setFocusTo({index, false, -1});
        show({index, false, -1});
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_scene->selectedItems().isEmpty() && !m_guardrailBand->currentFocus().isNull())
            m_guardrailBand->clearSelection(); // the band's focusChanged clears the rest
    });
    connect(m_inspector, &InspectorWidget::guardrailEdited, m_controller,
            &EditController::editGuardrail);
    connect(m_guardrailBand, &GuardrailBand::addRequested, m_controller,
            &EditController::addGuardrail);
    connect(m_guardrailBand, &GuardrailBand::moveRequested, m_controller,
            &EditController::moveGuardrail);
    connect(m_guardrailBand, &GuardrailBand::removeRequested, this, [this](int index) {
        m_guardrailBand->clearSelection();
        m_controller->removeGuardrail(index);
    });
    connect(m_document, &DesignSource::designReset, m_guardrailBand,
            &GuardrailBand::clearSelection);
    // Most designs have no guardrails: the band then leaves its room to the canvas. It shows
    // itself for a design that has some and when one is added; View > Cluster Guardrails opens
    // it at any time.
    connect(m_document, &DesignSource::designReset, dock, [this, dock] {
        dock->setVisible(!m_document->design().guardrails.empty());
    });
    connect(m_controller, &EditController::guardrailCreated, dock, &QDockWidget::show);
    // Edits move cards and change guardrails: the drawing follows (a removed guardrail's
    // focus is no longer valid and draws nothing).
    connect(m_document, &DesignSource::designChanged, m_guardrailOverlay, [this] {
        const GuardrailFocus focus = m_guardrailBand->currentFocus();
        if (focus != m_guardrailOverlay->focus())
            m_inspector->showGuardrail(focus);
        m_guardrailOverlay->show(focus);
    });
}

} // namespace Netpol
