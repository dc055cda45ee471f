#pragma once

#include <QStringList>

namespace Netpol::Cli {

// netpol validate FILE|DIR|-... [--strict] [--format text|json|sarif] [--hints]
int runValidate(const QStringList &arguments);

} // namespace Netpol::Cli
