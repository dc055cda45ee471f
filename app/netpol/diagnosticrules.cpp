#include "diagnosticrules.h"

#include <QFile>

#include <algorithm>
#include <sstream>

namespace Netpol::Cli {

namespace {

std::string trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r");
    return std::string(s.substr(first, last - first + 1));
}

// The cells of a table row; a '|' inside a code span or escaped as "\|" stays in its cell.
std::vector<std::string> cells(std::string_view row)
{
    std::vector<std::string> out;
    std::string cell;
    bool inCode = false;
    for (std::size_t i = 0; i < row.size(); ++i) {
        const char c = row[i];
        if (c == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
            cell += '|';
            ++i;
        } else if (c == '`') {
            inCode = !inCode;
            cell += c;
        } else if (c == '|' && !inCode) {
            out.push_back(trimmed(cell));
            cell.clear();
        } else {
            cell += c;
        }
    }
    out.push_back(trimmed(cell));
    // "| a | b |" splits into "", "a", "b", "": the outer pipes frame the row.
    if (!out.empty() && out.front().empty())
        out.erase(out.begin());
    if (!out.empty() && out.back().empty())
        out.pop_back();
    return out;
}

std::string unquotedCode(const std::string &cell)
{
    if (cell.size() > 2 && cell.front() == '`' && cell.back() == '`')
        return cell.substr(1, cell.size() - 2);
    return {};
}

std::string firstSeverity(const std::string &cell)
{
    for (const char *s : {"error", "warning", "info"}) {
        if (cell.rfind(s, 0) == 0)
            return s;
    }
    return "warning";
}

} // namespace

std::vector<DiagnosticRule> parseDiagnosticRules(std::string_view markdown)
{
    std::vector<DiagnosticRule> rules;
    std::vector<std::string> header; // the current table's column titles, empty outside one
    std::string section;
    std::vector<std::string> sections; // each rule's first section
    std::istringstream in{std::string(markdown)};
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("## ", 0) == 0) {
            section = markdownToPlain(trimmed(std::string_view(line).substr(3)));
            header.clear();
            continue;
        }
        if (line.rfind("|", 0) != 0) {
            header.clear();
            continue;
        }
        const std::vector<std::string> row = cells(line);
        if (header.empty()) {
            header = row;
            continue;
        }
        const std::string code = row.empty() ? std::string() : unquotedCode(row[0]);
        if (code.empty() || row.size() != header.size())
            continue; // the separator line, or a row that is not a code's
        auto column = [&](const char *title) -> std::string {
            const auto at = std::find(header.begin(), header.end(), title);
            return at == header.end() ? std::string() : row[std::size_t(at - header.begin())];
        };
        auto known = std::find_if(rules.begin(), rules.end(),
                                  [&](const DiagnosticRule &r) { return r.code == code; });
        if (known != rules.end()) {
            // The same code in another table (a design's port and a policy's port): both,
            // each after its table's section.
            const std::string &first = sections[std::size_t(known - rules.begin())];
            if (known->meaning.rfind(first + ": ", 0) != 0) {
                known->meaning = first + ": " + known->meaning;
                known->fix = first + ": " + known->fix;
            }
            known->meaning += "\n\n" + section + ": " + column("what it means");
            known->fix += "\n\n" + section + ": " + column("how to fix it");
            continue;
        }
        rules.push_back({code, firstSeverity(column("severity")), column("what it means"),
                         column("how to fix it")});
        sections.push_back(section);
    }
    return rules;
}

const std::vector<DiagnosticRule> &diagnosticRules()
{
    static const std::vector<DiagnosticRule> rules = [] {
        QFile page(QStringLiteral(":/docs/diagnostics.md"));
        if (!page.open(QIODevice::ReadOnly))
            return std::vector<DiagnosticRule>();
        return parseDiagnosticRules(page.readAll().toStdString());
    }();
    return rules;
}

std::string markdownToPlain(std::string_view markdown)
{
    std::string out;
    out.reserve(markdown.size());
    bool inCode = false;
    for (std::size_t i = 0; i < markdown.size(); ++i) {
        const char c = markdown[i];
        if (c == '`') {
            inCode = !inCode;
            continue;
        }
        if (!inCode && c == '*')
            continue;
        out += c;
    }
    return out;
}

std::string firstSentence(const std::string &text)
{
    const std::size_t end = text.find(". ");
    return end == std::string::npos ? text : text.substr(0, end + 1);
}

} // namespace Netpol::Cli
