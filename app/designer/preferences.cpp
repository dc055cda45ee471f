#include "preferences.h"

#include "document.h"

#include <QSettings>

#include <algorithm>

namespace Netpol {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.dnsEnabled = s.value(QStringLiteral("newDesign/dns"), p.dnsEnabled).toBool();
    const QString ns = s.value(QStringLiteral("newDesign/dnsNamespace")).toString().trimmed();
    if (!ns.isEmpty())
        p.dnsNamespace = ns;
    if (const auto g = parseGranularity(
            s.value(QStringLiteral("newDesign/granularity")).toString().toStdString()))
        p.granularity = *g;
    p.gridSize = std::clamp(s.value(QStringLiteral("canvas/gridSize"), p.gridSize).toInt(), 5, 200);
    p.theme = Themes::saved();
    const int autosave = s.value(QStringLiteral("autosave/seconds"), p.autosaveSeconds).toInt();
    p.autosaveSeconds = std::clamp(autosave, 1, 600);
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("newDesign/dns"), dnsEnabled);
    s.setValue(QStringLiteral("newDesign/dnsNamespace"), dnsNamespace);
    s.setValue(QStringLiteral("newDesign/granularity"),
               QString::fromLatin1(granularityName(granularity).data()));
    s.setValue(QStringLiteral("canvas/gridSize"), gridSize);
    Themes::save(theme);
    s.setValue(QStringLiteral("autosave/seconds"), autosaveSeconds);
}

Design Preferences::newDesign() const
{
    Design design = emptyDesign();
    design.options.dns.enabled = dnsEnabled;
    design.options.dns.ns = dnsNamespace.toStdString();
    design.options.granularity = granularity;
    return design;
}

} // namespace Netpol
