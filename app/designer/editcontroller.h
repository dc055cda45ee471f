#pragma once

#include "model/design/designalign.h"
#include "model/design/designedit.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>

#include <optional>

namespace Netpol {

class Document;
struct ManifestSet;
struct EditResult;

// Carries out the views' requests: asks the model for the edit (designoperations.h), pushes it
// on the document's undo stack with a readable name, or reports why it was refused. Also the
// clipboard: copies are design fragments, put on the system clipboard as YAML too.
class EditController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kNudgeMergeId = 1;

    explicit EditController(Document *document, QObject *parent = nullptr);

public slots:
    void createFromTemplate(const QString &templateId, QPointF hit, QPointF position);
    void connectElements(const Netpol::ElementRef &from, const Netpol::ElementRef &to);
    void moveElements(const QList<Netpol::ElementRef> &elements, QPointF delta, bool nudge);
    void resizeNamespace(int index, const QRectF &geometry);
    // Gives the design the positions and frames of `arranged` (the same design laid out anew)
    // as one undo step named `text`; returns how many elements moved, or -1 when refused.
    int applyLayout(const Netpol::Design &arranged, const QString &text);
    void editElement(const Netpol::ElementRef &element, const Netpol::ElementValue &value);
    void setOptions(const Netpol::Options &options);
    void setMetadata(const Netpol::DesignMetadata &metadata);
    void removeElements(const QList<Netpol::ElementRef> &elements);
    // A suggested flow (Document::suggestedFlows): added as a real flow, or dismissed; one
    // undo step each.
    void addSuggestedFlow(int index);
    void dismissSuggestedFlow(int index);

    // The canvas's context actions (editcontrolleractions.cpp), one undo step each.
    void renameElement(const Netpol::ElementRef &element, const QString &name);
    void reverseFlow(int index);
    void setNamespaceManaged(int index, bool managed);
    void setNamespaceDefaultDeny(int index, bool ingress, bool egress);
    void align(const QList<Netpol::ElementRef> &elements, Netpol::Alignment alignment);
    void distribute(const QList<Netpol::ElementRef> &elements, Netpol::Distribution distribution);

    // Cluster guardrails (editcontrollerguardrails.cpp), one undo step each. addGuardrail
    // returns the new guardrail's index (last in its tier, named uniquely).
    int addGuardrail(Netpol::ClusterTier tier);
    void removeGuardrail(int index);
    // Gives guardrail `index` the place `position` of the listed order (guardrailOrder()).
    void moveGuardrail(int index, int position);
    // Replaces guardrail `index` by `guardrail`; `text` names the step in the history.
    void editGuardrail(int index, const Netpol::Guardrail &guardrail, const QString &text);

    // Kubernetes manifests (NetworkPolicies, Namespaces, workloads) imported into the open
    // design as one undo step (editcontrollerimport.cpp), their findings in Diagnostics;
    // `source` names the text in messages. Says why and returns false when nothing is taken.
    bool pasteManifests(const QString &text, const QString &source);
    bool pasteManifestsFromClipboard();
    // The same for files or folders (File > Import Manifests into the Current Design).
    bool importManifestFilesInto(const QStringList &paths);

    void copy(const QList<Netpol::ElementRef> &elements);
    void cut(const QList<Netpol::ElementRef> &elements);
    void paste();
    void duplicate(const QList<Netpol::ElementRef> &elements);

signals:
    void refused(const QString &reason);
    // New elements to select; a new flow should have its ports edited at once.
    void created(const QList<Netpol::ElementRef> &elements);
    void flowCreated(const Netpol::ElementRef &flow);
    void guardrailCreated(int index);

private:
    bool importManifestSet(const Netpol::ManifestSet &manifests, const QString &source);
    bool push(const EditResult &result, const QString &text, int mergeId = -1);
    void pushGuardrails(const std::vector<Guardrail> &guardrails, const QString &text);
    void pasteFragment(const Design &fragment, double offset);
    QString describe(const ElementRef &element) const;

    Document *m_document;
    std::optional<Design> m_clipboard;
    QString m_clipboardText;
    int m_pasteCount = 0;
};

} // namespace Netpol
