#include "model/core/diagnostic.h"

#include <algorithm>

namespace Netpol {

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "error";
}

std::string ElementRef::toString() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Design:
        return "design";
    case Kind::Options:
        return "options";
    case Kind::Namespace:
        return "namespace " + ns;
    case Kind::Workload:
        return "workload " + ns + '/' + name;
    case Kind::External:
        return "external " + name;
    case Kind::Flow:
        return "flow #" + std::to_string(index + 1);
    }
    return {};
}

std::string ElementRef::path() const
{
    const std::string at = '[' + std::to_string(index) + ']';
    switch (kind) {
    case Kind::None:
    case Kind::Design:
        return {};
    case Kind::Options:
        return "options";
    case Kind::Namespace:
        return "namespaces" + at;
    case Kind::Workload:
        return "workloads" + at;
    case Kind::External:
        return "externals" + at;
    case Kind::Flow:
        return "flows" + at;
    }
    return {};
}

std::string Diagnostic::format() const
{
    std::string out;
    if (!location.file.empty()) {
        out += location.file;
        if (location.hasPosition()) {
            out += ':' + std::to_string(location.line);
            if (location.column > 0)
                out += ':' + std::to_string(location.column);
        }
        out += ": ";
    }
    out += severityName(severity);
    out += ": ";
    if (!code.empty()) {
        out += code;
        out += ": ";
    }
    out += message;
    if (!location.element.isNull())
        out += " [" + location.element.toString() + ']';
    // One line whatever a file name or a quoted value holds: readers of the output (the
    // designer's parseDiagnosticLines, editors, CI logs) go line by line.
    std::string line;
    line.reserve(out.size());
    for (const char c : out) {
        if (c == '\n')
            line += "\\n";
        else if (c == '\r')
            line += "\\r";
        else
            line += c;
    }
    return line;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

int countSeverity(const Diagnostics &diagnostics, Severity severity)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

Diagnostic makeError(std::string code, std::string message, Location location)
{
    return Diagnostic{Severity::Error, std::move(code), std::move(message), std::move(location), {}};
}

} // namespace Netpol
