#pragma once

#include <QStringList>

namespace Netpol::Cli {

// netpol arrange DESIGN [-o FILE|-] [--rankdir LR|TB] [--timeout SECONDS]
int runArrange(const QStringList &arguments);

} // namespace Netpol::Cli
