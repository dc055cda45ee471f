#pragma once

#include "diagnosticrules.h"

#include "model/core/diagnostic.h"

#include <QDir>
#include <QJsonObject>

#include <vector>

namespace Netpol::Cli {

// Diagnostics as a SARIF 2.1.0 log, as GitHub code scanning and other SARIF readers take it:
// one run whose tool lists `rules` (every documented code, with its meaning and fix) and whose
// results carry the code, a level from the severity (error, warning, note), the message and
// the file position, the file relative to `base` (the working directory).
QJsonObject sarifLog(const Diagnostics &diagnostics, const std::vector<DiagnosticRule> &rules,
                     const QDir &base);

// A file name as a SARIF artifactLocation: a URI relative to `base` (with uriBaseId
// %SRCROOT%) when the file is below it, else an absolute file: URI.
QJsonObject artifactLocation(const std::string &file, const QDir &base);

} // namespace Netpol::Cli
