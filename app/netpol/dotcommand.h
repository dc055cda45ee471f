#pragma once

#include <QStringList>

namespace Netpol::Cli {

// netpol dot INPUT -o OUT.{dot,svg,png,pdf} [--rankdir LR|TB] [--no-dns] [--no-labels]
int runDot(const QStringList &arguments);

} // namespace Netpol::Cli
