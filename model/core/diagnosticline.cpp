#include "model/core/diagnosticline.h"

#include <array>
#include <cctype>

namespace Netpol {

namespace {

bool allDigits(std::string_view s)
{
    if (s.empty() || s.size() > 9)
        return false;
    for (const char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

// Splits a trailing ":NUMBER" off `text`; returns the number, or -1 when there is none.
// Lines and columns count from 1 (Diagnostic::format writes no 0), so ":0" is part of the
// file's name.
int takeNumber(std::string_view &text)
{
    const std::size_t colon = text.rfind(':');
    if (colon == std::string_view::npos || !allDigits(text.substr(colon + 1)))
        return -1;
    const int value = std::stoi(std::string(text.substr(colon + 1)));
    if (value == 0)
        return -1;
    text = text.substr(0, colon);
    return value;
}

// "file", "file:line" or "file:line:column".
Location parseLocation(std::string_view text)
{
    Location location;
    const int last = takeNumber(text);
    if (last >= 0) {
        const int first = takeNumber(text);
        location.line = first >= 0 ? first : last;
        location.column = first >= 0 ? last : 0;
    }
    location.file = std::string(text);
    return location;
}

bool isCode(std::string_view s)
{
    if (s.empty() || !std::islower(static_cast<unsigned char>(s.front())))
        return false;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (!std::islower(u) && !std::isdigit(u) && c != '-')
            return false;
    }
    return true;
}

} // namespace

std::optional<Diagnostic> parseDiagnosticLine(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    static constexpr std::array<std::pair<std::string_view, Severity>, 3> kSeverities{{
        {"error: ", Severity::Error},
        {"warning: ", Severity::Warning},
        {"info: ", Severity::Info},
    }};
    // The earliest severity word that starts the line or follows the location's ": ".
    std::size_t best = std::string_view::npos;
    std::size_t wordLength = 0;
    Severity severity = Severity::Error;
    for (const auto &[word, value] : kSeverities) {
        std::size_t at = 0;
        if (line.rfind(word, 0) != 0) {
            at = line.find(": " + std::string(word));
            if (at == std::string_view::npos)
                continue;
            at += 2; // past the ": " that ends the location
        }
        if (at < best) {
            best = at;
            wordLength = word.size();
            severity = value;
        }
    }
    if (best == std::string_view::npos)
        return std::nullopt;
    Diagnostic d;
    d.severity = severity;
    if (best > 0)
        d.location = parseLocation(line.substr(0, best - 2));
    std::string_view rest = line.substr(best + wordLength);
    const std::size_t colon = rest.find(": ");
    if (colon != std::string_view::npos && isCode(rest.substr(0, colon))) {
        d.code = std::string(rest.substr(0, colon));
        rest = rest.substr(colon + 2);
    }
    d.message = std::string(rest);
    return d;
}

DiagnosticLines parseDiagnosticLines(std::string_view text)
{
    DiagnosticLines out;
    bool lastWasFinding = false;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        const std::size_t indent = line.find_first_not_of(' ');
        if (lastWasFinding && indent > 0 && line.substr(indent).rfind("hint: ", 0) == 0) {
            out.diagnostics.back().hint = std::string(line.substr(indent + 6));
            continue;
        }
        if (std::optional<Diagnostic> d = parseDiagnosticLine(line)) {
            out.diagnostics.push_back(std::move(*d));
            lastWasFinding = true;
        } else {
            out.other.emplace_back(line);
            lastWasFinding = false;
        }
    }
    return out;
}

} // namespace Netpol
