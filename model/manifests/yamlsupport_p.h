#pragma once

// Private helpers around yaml-cpp, shared by the readers and writers in model/. Only .cpp files
// include this header, so no yaml-cpp type leaks into the public model API.

#include "model/core/diagnostic.h"

#include <yaml-cpp/yaml.h>

#include <functional>
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
    bool itemsStreamed = false; // its `items` were handed over one by one, the list is empty
};

// What readDocuments does with each document of a stream.
struct DocumentCallbacks
{
    // A document read to its end; null (empty) documents are skipped.
    std::function<void(const Document &)> document;
    // When set, the items of a document's root map `items` list are handed here one by one,
    // each freed before the next is read, and the document comes later without them (a List
    // of a whole cluster is never one tree). An item is a Document of its own.
    std::function<void(const Document &)> item;
    // A document that could not be read (its located error is reported already); items of it
    // handed over before are to be forgotten.
    std::function<void()> failed;
};

// Reads the documents of `text` one at a time, each tree freed once its callback returned.
// A syntax error, nesting deeper than kMaxDepth (`yaml-too-deep`) or aliases expanding beyond
// their budget (`yaml-excessive-aliasing`, yamltreebuilder_p.h) make a located error of that
// document; the documents after it are read all the same.
void readDocuments(std::string_view text, const std::string &file, Diagnostics &out,
                   const DocumentCallbacks &callbacks);

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
