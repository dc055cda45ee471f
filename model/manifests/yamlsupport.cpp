#include "model/manifests/yamlsupport_p.h"

#include "model/core/quoting.h"
#include "model/manifests/yamlscalar.h"
#include "model/manifests/yamltreebuilder_p.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <istream>
#include <streambuf>
#include <unordered_set>

namespace Netpol::Yaml {

namespace {

// A line that starts with the marker `---` (a document begins) or `...` (a document ends),
// followed by nothing or white space. YAML forbids such a line inside any scalar, block or
// flow, so it always stands between documents.
bool isMarkerLine(std::string_view line, std::string_view marker)
{
    if (line.size() < 3 || line.substr(0, 3) != marker)
        return false;
    return line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r';
}

std::string typeName(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return "a map";
    case YAML::NodeType::Sequence:
        return "a list";
    case YAML::NodeType::Scalar:
        return isQuoted(node) ? "a string" : quotedValue(node.Scalar());
    case YAML::NodeType::Null:
        return "nothing (null)";
    case YAML::NodeType::Undefined:
        return "nothing";
    }
    return "something else";
}

} // namespace

namespace {

// The bytes of a string as an input stream, without a copy.
class ViewBuffer : public std::streambuf
{
public:
    explicit ViewBuffer(std::string_view text)
    {
        char *begin = const_cast<char *>(text.data());
        setg(begin, begin, begin + text.size());
    }
};

// The first byte of `text` that YAML text may not hold: a control character other than tab,
// newline and carriage return (C0, DEL, C1 but NEL), or a byte that is not UTF-8. yaml-cpp
// would drop or replace it silently, so messages would show other bytes than the file's (and
// kubectl's YAML reader refuses it). npos when there is none.
std::size_t forbiddenByte(std::string_view text, std::string *what)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = byte(i);
        if (c >= 0x20 && c < 0x7f) {
            ++i;
            continue;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        if (c < 0x80) {
            *what = "the control character " + quotedValue(text.substr(i, 1))
                    + " may not stand in YAML text; write it as an escape in a double-quoted"
                      " string";
            return i;
        }
        std::size_t length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
                             : c >= 0xf0 && c <= 0xf4                       ? 4
                                                                             : 0;
        bool valid = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (byte(i + k) & 0xc0) == 0x80;
        if (valid && length == 3) {
            const unsigned second = byte(i + 1);
            valid = !(c == 0xe0 && second < 0xa0) && !(c == 0xed && second >= 0xa0);
        } else if (valid && length == 4) {
            const unsigned second = byte(i + 1);
            valid = !(c == 0xf0 && second < 0x90) && !(c == 0xf4 && second >= 0x90);
        }
        if (!valid) {
            *what = "the byte " + quotedValue(text.substr(i, 1))
                    + " is not UTF-8; YAML text is UTF-8";
            return i;
        }
        if (length == 2 && c == 0xc2 && byte(i + 1) < 0xa0 && byte(i + 1) != 0x85) {
            *what = "the control character " + quotedValue(text.substr(i, 2))
                    + " may not stand in YAML text; write it as an escape in a double-quoted"
                      " string";
            return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

// Line and column (1-based, in characters) of a byte offset.
std::pair<int, int> positionOf(std::string_view text, std::size_t offset)
{
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (std::size_t i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80)
            ++column;
    }
    return {line, column};
}

// A byte order mark of UTF-16 or UTF-32: yaml-cpp reads those, and the bytes check is for UTF-8.
bool startsWithWideBom(std::string_view text)
{
    return text.substr(0, 2) == "\xfe\xff" || text.substr(0, 2) == "\xff\xfe"
           || text.substr(0, 4) == std::string_view("\0\0\xfe\xff", 4);
}

} // namespace

void readDocuments(std::string_view text, const std::string &file, Diagnostics &out,
                   const DocumentCallbacks &callbacks)
{
    // Split at "---" and "..." lines ourselves: a syntax error in one document must not hide
    // the others, and yaml-cpp's parser gives up at the first error. After a "..." line a
    // document may begin without "---"; yaml-cpp would stop reading at the "...", so the next
    // chunk starts on the line after it.
    std::size_t begin = 0;
    int firstLine = 0;
    int line = 0;
    const bool checkBytes = !startsWithWideBom(text);
    auto readChunk = [&](std::size_t end) {
        const std::string_view chunk = text.substr(begin, end - begin);
        if (checkBytes) {
            std::string what;
            const std::size_t bad = forbiddenByte(chunk, &what);
            if (bad != std::string_view::npos) {
                const auto [badLine, badColumn] = positionOf(chunk, bad);
                out.push_back(makeError("yaml-syntax", "YAML syntax error: " + what,
                                        Location::inFile(file, firstLine + badLine, badColumn)));
                if (callbacks.failed)
                    callbacks.failed();
                return;
            }
        }
        // Marks count from the start of the chunk; Context adds the document's line offset.
        ViewBuffer buffer(chunk);
        std::istream stream(&buffer);
        std::function<void(const YAML::Node &)> onItem;
        if (callbacks.item)
            onItem = [&](const YAML::Node &item) { callbacks.item(Document{item, firstLine}); };
        try {
            TreeBuilder builder(onItem);
            YAML::Parser parser(stream);
            parser.HandleNextDocument(builder);
            // yaml-cpp ends a document after a flow collection and reads what follows on the
            // line as another one ({...}---, {...} x); YAML, kubectl and the next tool refuse
            // that, so it is an error here too, not a document left out without a word.
            TreeBuilder rest;
            if (parser.HandleNextDocument(rest)) {
                const YAML::Mark mark = rest.root().IsDefined() ? rest.root().Mark() : YAML::Mark();
                throw YamlRefusal{"yaml-syntax",
                                  "YAML syntax error: more content after the end of the document; "
                                  "start another document with a line of ---",
                                  mark.is_null() ? YAML::Mark() : mark};
            }
            const YAML::Node root = builder.root();
            if (root.IsNull() || !root.IsDefined())
                return;
            callbacks.document(Document{root, firstLine, builder.itemsStreamed()});
        } catch (const YamlRefusal &refusal) {
            const Location location = Location::inFile(
                file, firstLine + refusal.mark.line + 1, refusal.mark.column + 1);
            out.push_back(makeError(refusal.code, refusal.message, location));
            if (callbacks.failed)
                callbacks.failed();
        } catch (const YAML::Exception &e) {
            const Location location = Location::inFile(
                file, e.mark.line >= 0 ? firstLine + e.mark.line + 1 : firstLine + 1,
                e.mark.column >= 0 ? e.mark.column + 1 : 1);
            std::string message = e.msg.empty() ? std::string("invalid YAML") : e.msg;
            out.push_back(makeError("yaml-syntax", "YAML syntax error: " + message, location));
            if (callbacks.failed)
                callbacks.failed();
        }
    };
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view current = text.substr(pos, end - pos);
        if (pos != 0 && isMarkerLine(current, "---")) {
            readChunk(pos);
            begin = pos;
            firstLine = line;
        } else if (isMarkerLine(current, "...")) {
            const std::size_t next = std::min(end + 1, text.size());
            readChunk(next);
            begin = next;
            firstLine = line + 1;
        }
        pos = end + 1;
        ++line;
    }
    readChunk(text.size());
}

Location Context::at(const YAML::Node &node) const
{
    if (!node.IsDefined())
        return Location::inFile(m_file, 0, 0);
    return atMark(node.Mark());
}

Location Context::atMark(const YAML::Mark &mark) const
{
    if (mark.is_null() || mark.line < 0)
        return Location::inFile(m_file, 0, 0);
    return Location::inFile(m_file, m_lineOffset + mark.line + 1, mark.column + 1);
}

void Context::add(Severity severity, const YAML::Node &node, std::string code,
                  std::string message, std::string hint)
{
    if (severity == Severity::Error)
        ++m_errors;
    m_out.push_back(Diagnostic{severity, std::move(code), std::move(message), at(node), std::move(hint)});
}

void Context::error(const YAML::Node &node, std::string code, std::string message, std::string hint)
{
    add(Severity::Error, node, std::move(code), std::move(message), std::move(hint));
}

void Context::warning(const YAML::Node &node, std::string code, std::string message, std::string hint)
{
    add(Severity::Warning, node, std::move(code), std::move(message), std::move(hint));
}

bool Context::checkUniqueKeys(const YAML::Node &node, std::string_view what)
{
    if (!node.IsMap()) {
        error(node, "wrong-type", std::string(what) + " must be a map, not " + typeName(node));
        return false;
    }
    std::unordered_set<std::string> seen; // a hash set: a map of 100,000 keys is checked at once
    bool ok = true;
    for (const auto &entry : node) {
        if (!entry.first.IsScalar()) {
            error(entry.first, "wrong-type", "a key of " + std::string(what) + " must be a string");
            ok = false;
            continue;
        }
        const std::string &key = entry.first.Scalar();
        if (!seen.insert(key).second) {
            error(entry.first, "duplicate-key",
                  "duplicate key " + quotedValue(key) + " in " + std::string(what),
                  "YAML maps take each key once; remove or merge the repeated entry");
            ok = false;
        }
    }
    return ok;
}

bool Context::checkMap(const YAML::Node &node, std::string_view what,
                       std::initializer_list<std::string_view> allowed)
{
    return checkMap(node, what, std::vector<std::string_view>(allowed));
}

bool Context::checkMap(const YAML::Node &node, std::string_view what,
                       const std::vector<std::string_view> &allowed)
{
    if (!checkUniqueKeys(node, what))
        return node.IsMap();
    for (const auto &entry : node) {
        const std::string &key = entry.first.Scalar();
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
            continue;
        const std::string guess = closestMatch(key, allowed);
        std::string known;
        for (std::string_view a : allowed)
            known += (known.empty() ? "" : ", ") + std::string(a);
        error(entry.first, "unknown-field",
              "unknown field " + quotedValue(key) + " in " + std::string(what)
                  + (guess.empty() ? "" : " (did you mean " + quotedValue(guess) + "?)"),
              "the fields of " + std::string(what) + " are: " + known);
    }
    return true;
}

std::optional<std::string> Context::string(const YAML::Node &node, std::string_view what)
{
    if (!node.IsScalar()) {
        error(node, "wrong-type", std::string(what) + " must be a string, not " + typeName(node));
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<bool> Context::boolean(const YAML::Node &node, std::string_view what)
{
    bool value = false;
    if (!node.IsScalar() || isQuoted(node) || !YAML::convert<bool>::decode(node, value)) {
        error(node, "wrong-type", std::string(what) + " must be true or false, not " + typeName(node));
        return std::nullopt;
    }
    return value;
}

std::optional<long long> Context::integer(const YAML::Node &node, std::string_view what)
{
    if (node.IsScalar() && !isQuoted(node)) {
        std::string_view text = node.Scalar();
        if (!text.empty() && text.front() == '+')
            text.remove_prefix(1);
        long long value = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc() && ptr == text.data() + text.size() && !text.empty())
            return value;
    }
    error(node, "wrong-type", std::string(what) + " must be an integer, not " + typeName(node));
    return std::nullopt;
}

std::optional<double> Context::number(const YAML::Node &node, std::string_view what)
{
    if (node.IsScalar() && !isQuoted(node)) {
        double value = 0;
        const std::string &text = node.Scalar();
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc() && ptr == text.data() + text.size() && !text.empty())
            return value;
    }
    error(node, "wrong-type", std::string(what) + " must be a number, not " + typeName(node));
    return std::nullopt;
}

std::optional<std::vector<std::pair<std::string, std::string>>> Context::stringMap(
    const YAML::Node &node, std::string_view what)
{
    if (node.IsNull())
        return std::vector<std::pair<std::string, std::string>>{};
    if (!checkUniqueKeys(node, what))
        return std::nullopt;
    std::vector<std::pair<std::string, std::string>> result;
    bool ok = true;
    for (const auto &entry : node) {
        const std::string &key = entry.first.Scalar();
        if (entry.second.IsNull()) {
            result.emplace_back(key, std::string());
            continue;
        }
        if (!entry.second.IsScalar()) {
            error(entry.second, "wrong-type",
                  "the value of " + quotedValue(key) + " in " + std::string(what)
                      + " must be a string, not "
                      + typeName(entry.second));
            ok = false;
            continue;
        }
        result.emplace_back(key, entry.second.Scalar());
    }
    if (!ok)
        return std::nullopt;
    return result;
}

// A missing key of a const map is an invalid node whose IsScalar() throws: check first.
bool isQuoted(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() && node.Tag() == "!";
}

std::string scalarText(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? node.Scalar() : std::string();
}

std::string closestMatch(std::string_view word, const std::vector<std::string_view> &candidates)
{
    auto distance = [](std::string_view a, std::string_view b) {
        std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
        for (std::size_t j = 0; j <= b.size(); ++j)
            prev[j] = j;
        for (std::size_t i = 1; i <= a.size(); ++i) {
            cur[0] = i;
            for (std::size_t j = 1; j <= b.size(); ++j) {
                const std::size_t cost = std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1;
                cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            }
            std::swap(prev, cur);
        }
        return prev[b.size()];
    };
    std::string best;
    std::size_t bestDistance = 3;
    for (std::string_view c : candidates) {
        const std::size_t d = distance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = std::string(c);
        }
    }
    return best;
}

void emitString(YAML::Emitter &out, const std::string &value)
{
    // yaml-cpp writes a carriage return plainly, where a reader takes it for a line break:
    // only a double-quoted "\r" keeps it.
    if (isYaml11NonString(value) || value.find('\r') != std::string::npos)
        out << YAML::DoubleQuoted << value;
    else
        out << value;
}

} // namespace Netpol::Yaml
