#pragma once

#include <QStringList>

namespace Netpol::Cli {

// netpol analyze FILE... [--probe FROM:TO:PORT[/PROTOCOL]]... [--probes FILE] [--matrix]
//                        [--focus NS/NAME]... [--format text|json|csv|md] [--explain]
int runAnalyze(const QStringList &arguments);

} // namespace Netpol::Cli
