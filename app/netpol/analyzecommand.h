#pragma once

#include <QStringList>

namespace Netpol::Cli {

// netpol analyze FILE... [--probe FROM:TO:PORT[/PROTOCOL]]... [--probes FILE]
//                        [--format text|json|csv] [--explain]
int runAnalyze(const QStringList &arguments);

} // namespace Netpol::Cli
