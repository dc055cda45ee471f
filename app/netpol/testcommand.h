#pragma once

#include <QStringList>

namespace Netpol::Cli {

// netpol test DESIGN... [--format text|junit] [-o FILE]
int runTest(const QStringList &arguments);

} // namespace Netpol::Cli
