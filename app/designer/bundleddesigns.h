#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"

#include <QList>
#include <QString>

#include <optional>

namespace Netpol {

// The designs that come with the program, embedded as Qt resources: the templates
// (resources/templates/, File > New from Template and the palette's Presets) and the examples
// (resources/examples/, Help > Examples and the empty canvas). Each opens as an unsaved copy.
struct BundledDesign
{
    QString id;          // "template/three-tier", "example/online-shop"
    QString title;       // "Three-tier application"
    QString description; // the design's metadata.description
    QString resource;    // ":/templates/three-tier.netpol.yaml"
};

namespace BundledDesigns {

QList<BundledDesign> templates();
QList<BundledDesign> examples();
// Either kind, by id; nullopt for an unknown id.
std::optional<BundledDesign> find(const QString &id);
// Reads a bundled design; its problems (none for the shipped files) go to `diagnostics`.
std::optional<Design> load(const BundledDesign &design, Diagnostics *diagnostics = nullptr);

} // namespace BundledDesigns

} // namespace Netpol
