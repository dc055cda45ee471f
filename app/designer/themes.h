#pragma once

#include <QPalette>
#include <QString>

namespace Netpol::Themes {

// View > Theme: the platform's own look (System), or Qt's Fusion style with a light or a dark
// palette. The canvas, the live YAML and the selection follow with the matching canvas theme
// (views/canvas/canvastheme.h); System picks it by the platform palette's lightness.
enum class Choice { System, Light, Dark };

Choice saved(); // from QSettings, System when unset
void save(Choice choice);
QString key(Choice choice); // "system", "light", "dark"
// Sets the application's style and palette and the canvas theme. Call before windows are
// created, or refresh them after (MainWindow::applyTheme does).
void apply(Choice choice);
// The choice applied last (System before any).
Choice current();
// The dark QPalette the Dark theme gives Qt's own widgets.
QPalette darkPalette();

} // namespace Netpol::Themes
