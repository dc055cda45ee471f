#pragma once

#include <QStringList>

namespace Netpol::Cli {

// netpol diff OLD NEW: the allowed connections that differ between two inputs.
int runDiff(const QStringList &arguments);

} // namespace Netpol::Cli
