#pragma once

// Private helpers around yaml-cpp, shared by the readers and writers in model/. Only .cpp files
// include this header, so no yaml-cpp type leaks into the public model API.

#include "model/core/diagnostic.h"

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Netpol::Yaml {

// A document of a multi-document stream, with its position for messages.
struct Document
{
    YAML::Node root;
    int lineOffset = 0; // lines of the stream before this document; marks count from here
};

// Parses every document of `text`. Null (empty) documents are skipped. On a syntax error
// returns what was parsed before it and appends a located `yaml-syntax` diagnostic.
std::vector<Document> loadAll(const std::string &text, const std::string &file, Diagnostics &out);

// Collects located diagnostics while a node tree is read.
class Context
{
public:
    Context(std::string file, Diagnostics &out) : m_file(std::move(file)), m_out(out) {}

    const std::string &file() const { return m_file; }
    // Marks inside `doc` count from its start; positions are reported from the file's start.
    void setDocument(const Document &doc) { m_lineOffset = doc.lineOffset; }
    Location at(const YAML::Node &node) const;
    Location atMark(const YAML::Mark &mark) const;

    void error(const YAML::Node &node, std::string code, std::string message, std::string hint = {});
    void warning(const YAML::Node &node, std::string code, std::string message, std::string hint = {});
    int errorCount() const { return m_errors; }

    // A map whose keys are all strings from `allowed` and unique; reports what is not.
    // `what` names the thing for messages ("a namespace"). False when it is not a map at all.
    bool checkMap(const YAML::Node &node, std::string_view what,
                  std::initializer_list<std::string_view> allowed);
    bool checkMap(const YAML::Node &node, std::string_view what,
                  const std::vector<std::string_view> &allowed);
    // Only checks that a map has unique string keys (for label maps).
    bool checkUniqueKeys(const YAML::Node &node, std::string_view what);

    std::optional<std::string> string(const YAML::Node &node, std::string_view what);
    std::optional<bool> boolean(const YAML::Node &node, std::string_view what);
    std::optional<long long> integer(const YAML::Node &node, std::string_view what);
    std::optional<double> number(const YAML::Node &node, std::string_view what);
    // A map of string -> string. YAML 1.1 booleans and numbers are refused with an explanation.
    std::optional<std::vector<std::pair<std::string, std::string>>> stringMap(
        const YAML::Node &node, std::string_view what);

private:
    void add(Severity severity, const YAML::Node &node, std::string code, std::string message,
             std::string hint);

    std::string m_file;
    Diagnostics &m_out;
    int m_errors = 0;
    int m_lineOffset = 0;
};

// Scalar helpers.
bool isQuoted(const YAML::Node &node); // written with quotes (a string for sure)
std::string scalarText(const YAML::Node &node);

// The closest candidate (edit distance at most 2), for "did you mean" hints.
std::string closestMatch(std::string_view word, const std::vector<std::string_view> &candidates);

// Emits a string, quoted when YAML 1.1 would read it as something else.
void emitString(YAML::Emitter &out, const std::string &value);
// Emits a string -> string map; `{}` in flow style when empty.
template<typename Map>
void emitStringMap(YAML::Emitter &out, const Map &map, bool flow = false)
{
    if (map.empty() || flow)
        out << YAML::Flow;
    out << YAML::BeginMap;
    for (const auto &[key, value] : map) {
        out << YAML::Key;
        emitString(out, key);
        out << YAML::Value;
        emitString(out, value);
    }
    out << YAML::EndMap;
}

} // namespace Netpol::Yaml
