#pragma once

#include "model/core/diagnostic.h"

#include <string>
#include <unordered_map>

namespace Netpol {

// Where the parts of a document were in its file, by field path: "workloads[2].labels.app",
// "spec.ingress[0].ports[1].port". Readers fill it; diagnostics about the parsed values are
// located through it.
class SourceMap
{
public:
    struct Position
    {
        int line = 0;
        int column = 0;
    };

    explicit SourceMap(std::string file = {}) : m_file(std::move(file)) {}

    const std::string &file() const { return m_file; }
    void setFile(std::string file) { m_file = std::move(file); }

    void add(const std::string &path, int line, int column) { m_positions[path] = {line, column}; }
    bool empty() const { return m_positions.empty(); }

    // The position of `path`, or of its closest recorded parent ("a.b[1].c" -> "a.b[1]" -> "a.b"
    // -> "a"); file only when nothing is known.
    Location locate(const std::string &path) const;

    // Fills file, line and column of a diagnostic that names a design element (and field).
    void locate(Diagnostic &diagnostic) const;
    void locate(Diagnostics &diagnostics) const;

private:
    std::string m_file;
    std::unordered_map<std::string, Position> m_positions;
};

// "a.b" + "c" -> "a.b.c"; "" + "c" -> "c".
std::string joinPath(const std::string &base, const std::string &field);

} // namespace Netpol
