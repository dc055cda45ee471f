#pragma once

#include <QPointF>
#include <QString>

#include <Qt>

class QGraphicsItem;
class QPainter;

namespace Netpol {

// Draws `text` from `baseline` in the painter's font within `width`. Text that does not fit is
// elided on screen (the item's tooltip has it whole); with `whole` (an exported picture,
// DesignScene::showsFullText) it is drawn whole, condensed sideways to fit, so the SVG or PNG
// still says all of it.
void drawFittedText(QPainter *painter, QPointF baseline, const QString &text, double width,
                    Qt::TextElideMode mode, bool whole);
// Whether `item`'s scene is an exported picture that shows every text whole.
bool showsFullText(const QGraphicsItem *item);

} // namespace Netpol
