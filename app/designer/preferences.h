#pragma once

#include "themes.h"

#include "model/design/design.h"

#include <QString>

namespace Netpol {

// Edit > Preferences, kept in QSettings: the options a new design starts with, the canvas
// grid, the theme and how soon unsaved work is autosaved.
struct Preferences
{
    bool dnsEnabled = true;
    QString dnsNamespace = QStringLiteral("kube-system");
    Granularity granularity = Granularity::PerFlow;
    int gridSize = 20;                 // canvas units
    Themes::Choice theme = Themes::Choice::System;
    int autosaveSeconds = 5;           // after the last change

    static Preferences load();
    void save() const;
    // An empty design with these defaults (File > New).
    Design newDesign() const;
    // The longest an autosave waits while changes keep coming.
    int autosaveMaxSeconds() const { return std::max(30, autosaveSeconds * 6); }

    bool operator==(const Preferences &) const = default;
};

} // namespace Netpol
