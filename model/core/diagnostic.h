#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

enum class Severity { Info, Warning, Error };

std::string_view severityName(Severity severity); // "info", "warning", "error"

// A design element a finding concerns: its kind, its names for people, and its index in the
// design's list of that kind (flows have no name, so the index is how they are shown: 1-based).
struct ElementRef
{
    enum class Kind { None, Design, Options, Namespace, Workload, External, Flow };

    Kind kind = Kind::None;
    std::string ns;   // namespace of a workload, or the namespace itself
    std::string name; // workload or external name
    int index = -1;   // position in the design's list; -1 when unknown

    static ElementRef design() { return {Kind::Design, {}, {}, -1}; }
    static ElementRef options() { return {Kind::Options, {}, {}, -1}; }
    static ElementRef namespaceRef(std::string ns, int index = -1)
    {
        return {Kind::Namespace, std::move(ns), {}, index};
    }
    static ElementRef workload(std::string ns, std::string name, int index = -1)
    {
        return {Kind::Workload, std::move(ns), std::move(name), index};
    }
    static ElementRef external(std::string name, int index = -1)
    {
        return {Kind::External, {}, std::move(name), index};
    }
    static ElementRef flow(int index) { return {Kind::Flow, {}, {}, index}; }

    bool isNull() const { return kind == Kind::None; }
    std::string toString() const; // "workload production/frontend", "flow #3", ...
    // Where the element sits in a design file: "workloads[2]", "options", "" for the design.
    std::string path() const;

    bool operator==(const ElementRef &) const = default;
};

// Where a finding is: a position in a file (1-based line and column, 0 when unknown) and/or a
// design element, and within it a field ("labels.app", "ports[1]", "to").
struct Location
{
    std::string file;
    int line = 0;
    int column = 0;
    ElementRef element;
    std::string field;

    static Location inFile(std::string file, int line = 0, int column = 0)
    {
        Location l;
        l.file = std::move(file);
        l.line = line;
        l.column = column;
        return l;
    }
    bool hasPosition() const { return line > 0; }
    bool operator==(const Location &) const = default;
};

struct Diagnostic
{
    Severity severity = Severity::Error;
    std::string code;    // stable, kebab-case: "unknown-endpoint", "yaml-syntax", ...
    std::string message; // one line
    Location location;
    std::string hint;    // how to fix it; may be empty

    // "file:line:column: error: code: message", the compiler-style form tools understand.
    std::string format() const;

    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
int countSeverity(const Diagnostics &diagnostics, Severity severity);

Diagnostic makeError(std::string code, std::string message, Location location = {});

} // namespace Netpol
