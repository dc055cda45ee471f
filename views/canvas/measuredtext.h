#pragma once

#include <QFont>
#include <QStaticText>
#include <QString>

#include <optional>

class QPainter;

namespace Netpol {

// A short text measured and laid out once for a font, then drawn many times: a frame at 100%
// draws hundreds of flow labels, and measuring and shaping each again cost more than their
// lines (perf on bench_designer).
class MeasuredText
{
public:
    void setText(const QString &text);
    const QString &text() const { return m_text; }
    double advance(const QFont &font) const;
    // As drawFittedText (fittedtext.h) draws it: whole when it fits, else elided, or squeezed
    // to `width` when `whole`; in the painter's font.
    void draw(QPainter *painter, QPointF baseline, double width, Qt::TextElideMode mode,
              bool whole) const;

private:
    void measure(const QFont &font) const;

    QString m_text;
    mutable std::optional<QFont> m_font; // what the advance and layout are for
    mutable double m_advance = 0;
    mutable double m_ascent = 0;
    mutable QStaticText m_static;
};

} // namespace Netpol
