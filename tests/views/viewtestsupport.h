#pragma once

#include "model/design/design.h"

#include <QPoint>
#include <QPointF>
#include <QString>

#include <functional>
#include <string>

class QWidget;

namespace Netpol {
class DesignView;
class Document;
} // namespace Netpol

namespace Netpol::Test {

// The canonical text of the document's design: "the same design" means the same file.
std::string designText(const Document &document);

// Sends a palette entry's drag enter, move and drop to the canvas at a scene point, as a drag
// from the palette would; returns whether the drop was accepted.
bool dropTemplate(DesignView *view, const QString &templateId, QPointF scenePos);

// A left-button drag with QTest events on the view's viewport, from one scene point to another
// (a few intermediate moves, like a hand).
void dragOnCanvas(DesignView *view, QPointF fromScene, QPointF toScene,
                  Qt::KeyboardModifiers modifiers = Qt::NoModifier);

QPoint viewportPoint(DesignView *view, QPointF scenePos);

// The index of the last flow of `design` toward `to` (an endpoint's text), or -1.
int flowTo(const Design &design, const std::string &to);

// `count` namespaces "ns-N" of 1160 x 540, `columns` to a row, `pitch` apart; in each,
// `perNamespace` workloads "svc-N" (label app=svc-N, port http 8080/TCP), `perRow` to a row,
// `cell` apart, the first at `first` from the frame's corner.
Design namespaceGrid(int count, int columns, QPointF pitch, int perNamespace, int perRow,
                     QPointF cell, QPointF first);

// Deletes the flow at `index` through the document's undo stack, as one step.
void deleteFlow(Document &document, int index);

// A design with cluster guardrails of both tiers and every action, over five namespaces:
// kube-system (CoreDNS), team-a/web -> team-b/api (a flow), monitoring/prometheus (unmanaged),
// legacy/app (unmanaged, tenant=yes) and the external corp 10.1.0.0/16. Guardrails, in the
// design's order: tenant-baseline (Baseline 10: tenant=yes namespaces deny ingress from every
// namespace), protect-kube-system (Admin 10: accept DNS from every namespace, deny the rest),
// pass-to-api (Admin 30: pods app=api in team-b pass ingress from team-a), scrape (Admin 20:
// every namespace accepts prometheus; egress from team-a to corp denied).
Design guardrailDesign();

// Runs the event loop until `done` is true or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 3000);

} // namespace Netpol::Test
