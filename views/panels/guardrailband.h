#pragma once

#include "views/common/guardrailfocus.h"

#include "model/k8s/clusterpolicy.h"

#include <QTreeWidget>

class QAction;

namespace Netpol {

class DesignSource;

// The cluster band: the design's guardrails above the namespaces, listed as they are evaluated
// (the Admin tier first, then the Baseline tier, each by priority), every rule a row under its
// guardrail with its action (✓ Accept, ✗ Deny, » Pass), its peers and its ports. Selecting a
// row asks for the guardrail or rule to be shown (canvas) and edited (inspector); dragging a
// guardrail between two others asks for a priority between theirs; the context menu adds and
// removes guardrails. It never changes the design: every change leaves as a request.
class GuardrailBand : public QTreeWidget
{
    Q_OBJECT

public:
    explicit GuardrailBand(DesignSource *source, QWidget *parent = nullptr);

    GuardrailFocus currentFocus() const;
    void setFocusTo(const GuardrailFocus &focus); // selects its row (without focusChanged)
    // The guardrail indexes in the order the rows list them.
    const std::vector<int> &rowOrder() const { return m_order; }
    // Drops guardrail `index` before the guardrail row `row` (rowOrder().size(): after the
    // last), as a drag would: emits moveRequested with the position among the others.
    void dropGuardrail(int index, int row);

    QAction *addAdminAction() const { return m_addAdmin; }
    QAction *addBaselineAction() const { return m_addBaseline; }
    QAction *removeAction() const { return m_remove; }

public slots:
    void reload();

signals:
    void focusChanged(const Netpol::GuardrailFocus &focus);
    void addRequested(Netpol::ClusterTier tier);
    void removeRequested(int index);
    void moveRequested(int index, int position);

protected:
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void emitFocus();

    DesignSource *m_source;
    std::vector<int> m_order;
    QAction *m_addAdmin;
    QAction *m_addBaseline;
    QAction *m_remove;
    bool m_loading = false;
};

} // namespace Netpol
