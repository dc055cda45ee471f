#pragma once

#include "model/design/design.h"

#include <QColor>
#include <QList>
#include <QString>

namespace Netpol::CanvasStyle {

// The canvas's colours: one palette per theme. The canvas, its cards and flows, the live
// YAML's highlighting and the selection all take their colours from the current one, so a
// theme changes everything at once. Every text colour is chosen for a contrast ratio of at
// least 4.5:1 (WCAG AA) against the background it is drawn on; textPairs() lists those pairs
// and a test checks them.
enum class Theme { Light, Dark };

struct ThemeColors
{
    QColor canvasBackground, gridDot;
    QColor text, mutedText, link;
    QColor selection, flow, suggestion, warningLine, error;
    QColor managedBorder, managedFill, managedHeader, managedBadgeFill, managedBadgeText;
    QColor unmanagedBorder, unmanagedFill, unmanagedHeader, unmanagedBadgeFill, hatch;
    QColor externalBorder, externalFill;
    QColor cardFill, cardBorder, cardShadow, nameplate;
    QColor labelFill, labelBorder, stubFill;
    QColor exposureFill, exposureBorder, exposureText;
    // A selected guardrail rule on the canvas, by action (the line styles and signs tell them
    // apart without colour too).
    QColor guardrailAccept, guardrailDeny, guardrailPass;
    QList<QColor> kindText; // by WorkloadKind, for the kind's name on a card
    // The live YAML: the editor's colours, the highlighting formats and the background of the
    // policies generated for the selected element.
    QColor yamlBase, yamlText, yamlComment, yamlSeparator, yamlKey, yamlString, yamlNumber,
        yamlKeyword, yamlHighlight;
};

const ThemeColors &colors(Theme theme);
Theme theme();
void setTheme(Theme theme);
inline const ThemeColors &current()
{
    return colors(theme());
}

// One text colour and the background it is drawn on, named for messages.
struct TextPair
{
    QString name;
    QColor text;
    QColor background;
};
// Every text the canvas draws, with its background, in a theme.
QList<TextPair> textPairs(Theme theme);

// WCAG 2 relative luminance and contrast ratio (1 to 21). A translucent colour is first
// composed over `under`.
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);
QColor over(const QColor &top, const QColor &under);

} // namespace Netpol::CanvasStyle
