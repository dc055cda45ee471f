#include "bundleddesigns.h"

#include "model/design/designreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Netpol::BundledDesigns {

namespace {

const char kSuffix[] = ".netpol.yaml";

// The order and the titles shown in menus; a file without an entry here comes last, titled
// by its name.
struct Known
{
    const char *name;
    const char *title;
};

constexpr Known kTemplates[] = {
    {"zero-trust-namespace", QT_TRANSLATE_NOOP("BundledDesigns", "Zero-trust namespace")},
    {"three-tier", QT_TRANSLATE_NOOP("BundledDesigns", "Three-tier application")},
    {"egress-lockdown", QT_TRANSLATE_NOOP("BundledDesigns", "Egress lockdown to an external API")},
    {"monitoring", QT_TRANSLATE_NOOP("BundledDesigns", "Monitoring every namespace")},
    {"protect-kube-system", QT_TRANSLATE_NOOP("BundledDesigns", "Protect kube-system")},
    {"monitoring-scrape-everything",
     QT_TRANSLATE_NOOP("BundledDesigns", "Monitoring may scrape everything")},
    {"baseline-deny-tenants",
     QT_TRANSLATE_NOOP("BundledDesigns", "Baseline deny for tenant namespaces")},
};

constexpr Known kExamples[] = {
    {"production", QT_TRANSLATE_NOOP("BundledDesigns", "Production zero-trust")},
    {"online-shop", QT_TRANSLATE_NOOP("BundledDesigns", "Online shop")},
};

template <std::size_t N>
QList<BundledDesign> list(const QString &folder, const QString &kind, const Known (&known)[N])
{
    QStringList names = QDir(folder).entryList({QStringLiteral("*.netpol.yaml")}, QDir::Files);
    for (QString &name : names)
        name.chop(int(sizeof(kSuffix)) - 1);
    QList<BundledDesign> out;
    auto add = [&](const QString &name, const QString &title) {
        BundledDesign d;
        d.id = kind + QLatin1Char('/') + name;
        d.title = title;
        d.resource = folder + QLatin1Char('/') + name + QLatin1String(kSuffix);
        if (const auto design = load(d))
            d.description = QString::fromStdString(design->metadata.description);
        out.append(d);
    };
    for (const Known &k : known) {
        const QString name = QString::fromLatin1(k.name);
        if (names.removeAll(name) > 0)
            add(name, QCoreApplication::translate("BundledDesigns", k.title));
    }
    for (const QString &name : std::as_const(names))
        add(name, name);
    return out;
}

} // namespace

QList<BundledDesign> templates()
{
    return list(QStringLiteral(":/templates"), QStringLiteral("template"), kTemplates);
}

QList<BundledDesign> examples()
{
    return list(QStringLiteral(":/examples"), QStringLiteral("example"), kExamples);
}

std::optional<BundledDesign> find(const QString &id)
{
    for (const QList<BundledDesign> &all : {templates(), examples()}) {
        for (const BundledDesign &d : all) {
            if (d.id == id)
                return d;
        }
    }
    return std::nullopt;
}

std::optional<Design> load(const BundledDesign &design, Diagnostics *diagnostics)
{
    QFile file(design.resource);
    if (!file.open(QIODevice::ReadOnly)) {
        if (diagnostics)
            diagnostics->push_back({Severity::Error, "unreadable",
                                    "cannot read " + design.resource.toStdString(),
                                    Location::inFile(design.resource.toStdString()), {}});
        return std::nullopt;
    }
    DesignReadResult read = readDesign(file.readAll().toStdString(), design.resource.toStdString());
    if (diagnostics)
        *diagnostics = read.diagnostics;
    return read.design;
}

} // namespace Netpol::BundledDesigns
