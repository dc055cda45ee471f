#pragma once

#include "views/common/guardrailfocus.h"

#include "model/k8s/clusterpolicy.h"

#include <QGraphicsObject>
#include <QObject>
#include <QPointer>

class QGraphicsPathItem;

namespace Netpol {

class DesignScene;

// A selected guardrail or guardrail rule on the canvas: edges from the elements its peers
// select to those its subject selects (ingress) or the other way (egress), and a halo around
// each of them, namespace-wide selections as a halo on the namespace frame. Deny is red and
// dashed with ✗, Accept green and solid with ✓, Pass grey and dotted with », in the theme's
// colours. Peers without elements (nodes, domain names, addresses no external holds) are only
// named in the band.
class GuardrailOverlay : public QObject
{
    Q_OBJECT

public:
    // More edges than this per rule are left out (the halos still show every end).
    static constexpr int kMaxEdgesPerRule = 60;

    explicit GuardrailOverlay(DesignScene *scene);
    ~GuardrailOverlay() override;

    void show(const GuardrailFocus &focus);
    void clear();
    const GuardrailFocus &focus() const { return m_focus; }
    // Draws the focus again (after an edit, or a theme change).
    void refresh() { show(m_focus); }

    int edgeCount(ClusterAction action) const { return m_edges[int(action)]; }
    int haloCount(ClusterAction action) const { return m_halos[int(action)]; }
    // The subject's halos (drawn in the colour of the rule, or the selection's for a whole
    // guardrail with several actions).
    int subjectHaloCount() const { return m_subjectHalos; }
    QList<QGraphicsPathItem *> edgeItems() const;
    QList<QGraphicsPathItem *> haloItems() const;

    // The colour, pen style and sign of an action in the current theme.
    static QColor colourOf(ClusterAction action);
    static Qt::PenStyle penStyleOf(ClusterAction action);
    static QString signOf(ClusterAction action);
    static QString actionName(ClusterAction action); // translated

private:
    QPointer<QGraphicsObject> m_layer;
    DesignScene *m_scene;
    GuardrailFocus m_focus;
    int m_edges[3] = {0, 0, 0};
    int m_halos[3] = {0, 0, 0};
    int m_subjectHalos = 0;
};

} // namespace Netpol
