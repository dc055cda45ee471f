#include "views/canvas/fittedtext.h"

#include "views/canvas/designscene.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainter>

namespace Netpol {

void drawFittedText(QPainter *painter, QPointF baseline, const QString &text, double width,
                    Qt::TextElideMode mode, bool whole)
{
    const QFontMetricsF metrics(painter->font());
    const double advance = metrics.horizontalAdvance(text);
    if (advance <= width || width <= 0) {
        painter->drawText(baseline, text);
        return;
    }
    if (!whole) {
        painter->drawText(baseline, metrics.elidedText(text, mode, width));
        return;
    }
    painter->save();
    painter->translate(baseline);
    painter->scale(width / advance, 1);
    painter->drawText(QPointF(0, 0), text);
    painter->restore();
}

bool showsFullText(const QGraphicsItem *item)
{
    const auto *scene = qobject_cast<const DesignScene *>(item->scene());
    return scene && scene->showsFullText();
}

} // namespace Netpol
