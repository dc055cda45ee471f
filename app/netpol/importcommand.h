#pragma once

#include <QStringList>

namespace Netpol::Cli {

// netpol import FILE... [-o DESIGN.netpol.yaml|-]
int runImport(const QStringList &arguments);

} // namespace Netpol::Cli
