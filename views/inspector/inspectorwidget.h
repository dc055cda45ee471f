#pragma once

#include "views/common/guardrailfocus.h"

#include "model/design/designedit.h"

#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Netpol {

class DesignPage;
class ExposureWatcher;
class DesignSource;
class ExternalPage;
class FlowPage;
class GuardrailPage;
class NamespacePage;
class WorkloadPage;

// The inspector: edits whatever is selected (or the design's options when nothing is). It
// follows the source, so undo and redo show at once; edits leave as requests.
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(DesignSource *source, QWidget *parent = nullptr);

    // Elements selected on the canvas; an empty list keeps a guardrail shown.
    void setSelection(const QList<ElementRef> &elements);
    // A guardrail or rule of the cluster band (a null focus: back to the selection).
    void showGuardrail(const Netpol::GuardrailFocus &focus);
    // Where the workload page finds a workload's exposure (the scene's).
    void setExposureSource(ExposureWatcher *watcher);
    QWidget *currentPage() const;

    DesignPage *designPage() const { return m_designPage; }
    NamespacePage *namespacePage() const { return m_namespacePage; }
    WorkloadPage *workloadPage() const { return m_workloadPage; }
    ExternalPage *externalPage() const { return m_externalPage; }
    FlowPage *flowPage() const { return m_flowPage; }
    GuardrailPage *guardrailPage() const { return m_guardrailPage; }

public slots:
    void reload();
    void focusFlowPorts();

signals:
    void elementEdited(const Netpol::ElementRef &element, const Netpol::ElementValue &value);
    void optionsEdited(const Netpol::Options &options);
    void metadataEdited(const Netpol::DesignMetadata &metadata);
    void guardrailEdited(int index, const Netpol::Guardrail &guardrail, const QString &text);
    void guardrailFocusRequested(const Netpol::GuardrailFocus &focus);

private:
    void showExposure();

    DesignSource *m_source;
    ExposureWatcher *m_exposure = nullptr;
    QList<ElementRef> m_selection;
    QStackedWidget *m_stack;
    DesignPage *m_designPage;
    NamespacePage *m_namespacePage;
    WorkloadPage *m_workloadPage;
    ExternalPage *m_externalPage;
    FlowPage *m_flowPage;
    GuardrailPage *m_guardrailPage;
    GuardrailFocus m_guardrail;
    QLabel *m_multiPage;
};

} // namespace Netpol
