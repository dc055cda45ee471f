#include "model/core/sourcemap.h"

namespace Netpol {

std::string joinPath(const std::string &base, const std::string &field)
{
    if (base.empty())
        return field;
    if (field.empty())
        return base;
    if (field.front() == '[')
        return base + field;
    return base + '.' + field;
}

Location SourceMap::locate(const std::string &path) const
{
    std::string current = path;
    while (true) {
        const auto it = m_positions.find(current);
        if (it != m_positions.end())
            return Location::inFile(m_file, it->second.line, it->second.column);
        if (current.empty())
            break;
        // Drop the last segment: ".name" or "[3]". Label keys may hold dots, so a key recorded
        // whole is found before this point; falling back to a shorter prefix is still correct.
        const auto cut = current.find_last_of(".[");
        current = cut == std::string::npos ? std::string() : current.substr(0, cut);
    }
    return Location::inFile(m_file, 0, 0);
}

void SourceMap::locate(Diagnostic &diagnostic) const
{
    Location &location = diagnostic.location;
    if (location.hasPosition())
        return;
    const Location found = locate(joinPath(location.element.path(), location.field));
    if (location.file.empty())
        location.file = found.file;
    location.line = found.line;
    location.column = found.column;
}

void SourceMap::locate(Diagnostics &diagnostics) const
{
    for (Diagnostic &d : diagnostics)
        locate(d);
}

} // namespace Netpol
