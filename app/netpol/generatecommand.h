#pragma once

#include <QStringList>

namespace Netpol::Cli {

// netpol generate DESIGN [-o FILE|DIR|-] [--layout single|per-namespace|kustomize]
int runGenerate(const QStringList &arguments);

} // namespace Netpol::Cli
