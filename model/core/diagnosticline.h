#pragma once

#include "model/core/diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

// Reading back what Diagnostic::format() writes: the `netpol` command's standard error, so a
// program that runs the command (the designer does, for Graphviz's sake) can show its findings
// as findings. The element suffix (" [workload ns/name]") stays part of the message.
std::optional<Diagnostic> parseDiagnosticLine(std::string_view line);

struct DiagnosticLines
{
    Diagnostics diagnostics;
    std::vector<std::string> other; // lines that are no finding ("netpol import: wrote ...")
};

// Every line of `text`; an indented "hint: ..." line becomes the previous finding's hint.
DiagnosticLines parseDiagnosticLines(std::string_view text);

} // namespace Netpol
