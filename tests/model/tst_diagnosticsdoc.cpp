// docs/diagnostics.md documents every code the model can emit, and nothing else: the codes are
// collected from the sources (the first kebab-case string literal passed to a function that
// makes a diagnostic) and compared with the codes in the page's tables.

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

using namespace Netpol::Test;

namespace {

// Codes are kebab case; one-word codes ("unreadable") are only taken from makeError, whose
// first argument is always the code (elsewhere a one-word literal is a field name).
bool isCode(const std::string &s, bool oneWordAllowed)
{
    static const std::regex pattern("[a-z0-9]+(-[a-z0-9]+)+");
    static const std::regex word("[a-z]+");
    return std::regex_match(s, pattern) || (oneWordAllowed && std::regex_match(s, word));
}

// The codes in one source file: for every call of a diagnostic-making function, the first
// string literal among its arguments (at the call's own nesting level) that looks like a code.
std::set<std::string> codesIn(const std::string &text)
{
    static const std::vector<std::string> makers = {
        "makeError(", "error(", "warning(", "report(", "finding(", "add(", "invalid(", "required(",
        "forbidden(", "unsupported(", "note(", "Diagnostic{", "Diagnostic d{"};
    std::set<std::string> codes;
    // Codes set on a Diagnostic field, or given to a reporter object: `d.code = "x-y";`,
    // `Limited reports(ctx, "x-y");`.
    static const std::regex assigned(R"re(\.code = "([a-z0-9-]+)")re");
    static const std::regex reporter(R"re(Limited \w+\(\w+, "([a-z0-9-]+)"\))re");
    for (const std::regex *re : {&assigned, &reporter}) {
        for (std::sregex_iterator it(text.begin(), text.end(), *re), end; it != end; ++it)
            codes.insert((*it)[1]);
    }
    for (const std::string &maker : makers) {
        for (std::size_t at = text.find(maker); at != std::string::npos; at = text.find(maker, at + 1)) {
            if (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '_'))
                continue; // part of a longer name (hasErrors(, ...)
            int depth = 1;
            for (std::size_t i = at + maker.size(); i < text.size() && depth > 0; ++i) {
                const char c = text[i];
                if (c == '(' || c == '{')
                    ++depth;
                else if (c == ')' || c == '}')
                    --depth;
                else if (c == '"') {
                    const std::size_t end = text.find('"', i + 1);
                    const std::string literal = text.substr(i + 1, end - i - 1);
                    if (depth == 1 && isCode(literal, maker == "makeError(")) {
                        codes.insert(literal);
                        break;
                    }
                    i = end;
                }
            }
        }
    }
    return codes;
}

std::set<std::string> sourceCodes()
{
    std::set<std::string> codes;
    for (const auto &entry :
         std::filesystem::recursive_directory_iterator(std::string(NETPOL_SOURCE_DIR) + "/model")) {
        if (entry.path().extension() != ".cpp")
            continue;
        for (const std::string &code : codesIn(readFile(entry.path().string())))
            codes.insert(code);
    }
    return codes;
}

// Codes in the first column of the page's tables: "| `code` | ...".
std::set<std::string> documentedCodes()
{
    const std::string page = readFile(std::string(NETPOL_SOURCE_DIR) + "/docs/diagnostics.md");
    static const std::regex row(R"(\n\| `([a-z0-9-]+)` \|)");
    std::set<std::string> codes;
    for (std::sregex_iterator it(page.begin(), page.end(), row), end; it != end; ++it)
        codes.insert((*it)[1]);
    return codes;
}

} // namespace

TEST(DiagnosticsDoc, CollectorFindsCodes)
{
    const auto codes = codesIn("x = makeError(\"some-code\", \"a-b\");\n"
                               "x = makeError(\"word\", \"message\");\n"
                               "error(ref, \"name\", \"named-code\", \"message\");\n"
                               "ctx.error(node, \"other-code\", path + \"-x\");\n"
                               "if (hasErrors(\"not-this\")) {}\n"
                               "report(out, Severity::Info, \"third-one\", ElementRef::flow(f(\"no-no\")), {}, \"m\", \"h\");\n"
                               "note.code = \"assigned-code\";\n"
                               "Limited reports(ctx, \"limited-code\");\n");
    EXPECT_EQ(codes, (std::set<std::string>{"some-code", "word", "named-code", "other-code", "third-one",
                                            "assigned-code", "limited-code"}));
}

TEST(DiagnosticsDoc, EveryCodeIsDocumented)
{
    const std::set<std::string> inSource = sourceCodes();
    const std::set<std::string> inDoc = documentedCodes();
    ASSERT_GE(inSource.size(), 40u) << "the collector lost its way";
    for (const std::string &code : inSource)
        EXPECT_TRUE(inDoc.count(code)) << code << " is emitted but not in docs/diagnostics.md";
    for (const std::string &code : inDoc)
        EXPECT_TRUE(inSource.count(code)) << code << " is documented but never emitted";
}
