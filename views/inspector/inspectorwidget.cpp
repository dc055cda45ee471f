#include "views/inspector/inspectorwidget.h"

#include "views/canvas/exposurebadges.h"

#include "views/common/designsource.h"
#include "views/inspector/designpage.h"
#include "views/inspector/externalpage.h"
#include "views/inspector/flowpage.h"
#include "views/inspector/guardrailpage.h"
#include "views/inspector/namespacepage.h"
#include "views/inspector/workloadpage.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Netpol {

InspectorWidget::InspectorWidget(DesignSource *source, QWidget *parent)
    : QWidget(parent), m_source(source), m_stack(new QStackedWidget), m_designPage(new DesignPage),
      m_namespacePage(new NamespacePage), m_workloadPage(new WorkloadPage),
      m_externalPage(new ExternalPage), m_flowPage(new FlowPage),
      m_guardrailPage(new GuardrailPage), m_multiPage(new QLabel)
{
    m_multiPage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_multiPage->setMargin(14);
    m_multiPage->setWordWrap(true);
    for (QWidget *page :
         {static_cast<QWidget *>(m_designPage), static_cast<QWidget *>(m_namespacePage),
          static_cast<QWidget *>(m_workloadPage), static_cast<QWidget *>(m_externalPage),
          static_cast<QWidget *>(m_flowPage), static_cast<QWidget *>(m_guardrailPage),
          static_cast<QWidget *>(m_multiPage)})
        m_stack->addWidget(page);
    for (InspectorPage *page :
         {static_cast<InspectorPage *>(m_namespacePage),
          static_cast<InspectorPage *>(m_workloadPage),
          static_cast<InspectorPage *>(m_externalPage), static_cast<InspectorPage *>(m_flowPage)})
        connect(page, &InspectorPage::elementEdited, this, &InspectorWidget::elementEdited);
    connect(m_designPage, &DesignPage::optionsEdited, this, &InspectorWidget::optionsEdited);
    connect(m_designPage, &DesignPage::metadataEdited, this, &InspectorWidget::metadataEdited);
    connect(m_guardrailPage, &GuardrailPage::guardrailEdited, this,
            &InspectorWidget::guardrailEdited);
    connect(m_guardrailPage, &GuardrailPage::focusRequested, this,
            &InspectorWidget::guardrailFocusRequested);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    // The form never gets narrower than its labels and fields need (German and French labels
    // run longer than English ones): the dock keeps room for them instead of clipping the form
    // at its right edge, which the scroll area would do as it scrolls only vertically.
    setMinimumWidth(m_stack->minimumSizeHint().width()
                    + scroll->verticalScrollBar()->sizeHint().width());

    connect(source, &DesignSource::designChanged, this, &InspectorWidget::reload);
    reload();
}

void InspectorWidget::setSelection(const QList<ElementRef> &elements)
{
    m_selection = elements;
    if (!elements.isEmpty())
        m_guardrail = {};
    reload();
}

void InspectorWidget::showGuardrail(const GuardrailFocus &focus)
{
    m_guardrail = focus;
    if (!focus.isNull())
        m_selection.clear();
    reload();
}

QWidget *InspectorWidget::currentPage() const
{
    return m_stack->currentWidget();
}

void InspectorWidget::reload()
{
    const Design &design = m_source->design();
    QList<ElementRef> valid;
    for (const ElementRef &e : std::as_const(m_selection)) {
        if (isValidIndex(design, e.kind, e.index))
            valid.append(e);
    }
    if (valid.isEmpty() && m_guardrail.guardrail >= 0
        && m_guardrail.guardrail < int(design.guardrails.size())) {
        m_guardrailPage->loadGuardrail(design, m_guardrail);
        m_stack->setCurrentWidget(m_guardrailPage);
        return;
    }
    if (valid.isEmpty()) {
        m_designPage->load(design, ElementRef::design());
        m_stack->setCurrentWidget(m_designPage);
        return;
    }
    if (valid.size() > 1) {
        m_multiPage->setText(tr("<b>%n element(s) selected</b><br><br>Drag them together, nudge "
                                "them with the arrow keys, copy, duplicate or delete them. Select "
                                "one element to edit it.",
                                nullptr, int(valid.size())));
        m_stack->setCurrentWidget(m_multiPage);
        return;
    }
    const ElementRef &e = valid.first();
    InspectorPage *page = nullptr;
    switch (e.kind) {
    case ElementRef::Kind::Namespace:
        page = m_namespacePage;
        break;
    case ElementRef::Kind::Workload:
        page = m_workloadPage;
        break;
    case ElementRef::Kind::External:
        page = m_externalPage;
        break;
    default:
        page = m_flowPage;
        break;
    }
    page->load(design, refTo(design, e.kind, e.index));
    m_stack->setCurrentWidget(page);
    if (page == m_workloadPage)
        showExposure();
}

void InspectorWidget::setExposureSource(ExposureWatcher *watcher)
{
    m_exposure = watcher;
    if (watcher)
        connect(watcher, &ExposureWatcher::updated, this, &InspectorWidget::showExposure);
}

void InspectorWidget::showExposure()
{
    if (m_stack->currentWidget() != m_workloadPage)
        return;
    const Design &design = m_source->design();
    const int index = m_workloadPage->element().index;
    if (index < 0 || index >= int(design.workloads.size()))
        return;
    const Workload &w = design.workloads[std::size_t(index)];
    m_workloadPage->setExposure(m_exposure ? m_exposure->badges().value(QString::fromStdString(w.ns + '/' + w.name))
                                           : ExposureBadge{});
}

void InspectorWidget::focusFlowPorts()
{
    if (m_stack->currentWidget() == m_flowPage)
        m_flowPage->focusPorts();
}

} // namespace Netpol
