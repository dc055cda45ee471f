#include "views/canvas/measuredtext.h"

#include "views/canvas/fittedtext.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Netpol {

void MeasuredText::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_font.reset();
}

void MeasuredText::measure(const QFont &font) const
{
    if (m_font && *m_font == font)
        return;
    const QFontMetricsF metrics(font);
    m_font = font;
    m_advance = metrics.horizontalAdvance(m_text);
    m_ascent = metrics.ascent();
    m_static.setText(m_text);
    m_static.setTextFormat(Qt::PlainText);
    m_static.prepare(QTransform(), font);
}

double MeasuredText::advance(const QFont &font) const
{
    measure(font);
    return m_advance;
}

void MeasuredText::draw(QPainter *painter, QPointF baseline, double width, Qt::TextElideMode mode,
                        bool whole) const
{
    measure(painter->font());
    if (m_advance <= width || width <= 0)
        painter->drawStaticText(baseline - QPointF(0, m_ascent), m_static);
    else
        drawFittedText(painter, baseline, m_text, width, mode, whole);
}

} // namespace Netpol
