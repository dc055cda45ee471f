// Reading back the `netpol` command's standard error: what Diagnostic::format() writes parses
// back into the same finding, and other lines stay lines.

#include "model/core/diagnosticline.h"

#include <gtest/gtest.h>

using namespace Netpol;

namespace {

Diagnostic finding(Severity severity, std::string code, std::string message, Location at = {})
{
    Diagnostic d;
    d.severity = severity;
    d.code = std::move(code);
    d.message = std::move(message);
    d.location = std::move(at);
    return d;
}

} // namespace

TEST(DiagnosticLine, FormattedFindingsParseBack)
{
    const std::vector<Diagnostic> cases{
        finding(Severity::Error, "unknown-field", "unknown field 'lables': did you mean 'labels'?",
                Location::inFile("shop.netpol.yaml", 12, 5)),
        finding(Severity::Warning, "import-half-open",
                "production/frontend may send to production/api-server: it does not accept it",
                Location::inFile("/tmp/dir with: colon/seed.yaml", 40)),
        finding(Severity::Info, "layout-simplified", "700 workloads: fast settings were used"),
        finding(Severity::Warning, "graphviz", "Graphviz: Warning: trouble in init_rank",
                Location::inFile("<stdin>")),
        finding(Severity::Error, "", "no code here: only a message"),
    };
    for (const Diagnostic &d : cases) {
        SCOPED_TRACE(d.format());
        const std::optional<Diagnostic> back = parseDiagnosticLine(d.format());
        ASSERT_TRUE(back);
        EXPECT_EQ(*back, d);
    }
}

TEST(DiagnosticLine, AFindingIsOneLineWhateverItQuotes)
{
    // Found by fuzz_validate: a YAML key holding a newline went into the message as it was, so
    // the finding took two lines and a reader of the output saw half a finding and a stray line.
    const Diagnostic d = finding(Severity::Error, "unknown-field",
                                 "unknown field \"a\nb\r\" in spec", Location::inFile("x\ny.yaml", 2, 3));
    EXPECT_EQ(d.format(), "x\\ny.yaml:2:3: error: unknown-field: unknown field \"a\\nb\\r\" in spec");
    const DiagnosticLines lines = parseDiagnosticLines(d.format() + '\n');
    ASSERT_EQ(lines.diagnostics.size(), 1u);
    EXPECT_TRUE(lines.other.empty());
    EXPECT_EQ(lines.diagnostics[0].code, "unknown-field");
}

TEST(DiagnosticLine, ALineNumberZeroIsPartOfTheFileName)
{
    // Found by fuzz_parsers: "f:0: warning: x" was read as file f at line 0, which format()
    // leaves out (lines count from 1), so the finding read back differently.
    const std::optional<Diagnostic> d = parseDiagnosticLine("80:0: warning:0: warning: x");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->location.file, "80:0: warning:0");
    EXPECT_FALSE(d->location.hasPosition());
    const std::optional<Diagnostic> again = parseDiagnosticLine(d->format());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->format(), d->format());
    const std::optional<Diagnostic> column = parseDiagnosticLine("a.yaml:3:0: error: x");
    ASSERT_TRUE(column);
    EXPECT_EQ(column->location.file, "a.yaml:3:0") << "a column counts from 1 too";
    EXPECT_EQ(parseDiagnosticLine("a.yaml:3:7: error: x")->location.column, 7);
}

TEST(DiagnosticLine, TheElementStaysInTheMessage)
{
    Diagnostic d = finding(Severity::Warning, "selector-too-wide", "selects 2 workloads",
                           Location::inFile("a.yaml", 3, 1));
    d.location.element = ElementRef::workload("shop", "web", 2);
    const std::optional<Diagnostic> back = parseDiagnosticLine(d.format());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->message, "selects 2 workloads [workload shop/web]");
    EXPECT_EQ(back->location.line, 3);
    EXPECT_EQ(back->location.column, 1);
}

TEST(DiagnosticLine, OtherLinesAreNoFindings)
{
    EXPECT_FALSE(parseDiagnosticLine("netpol import: wrote the design: 3 namespaces"));
    EXPECT_FALSE(parseDiagnosticLine(""));
    EXPECT_FALSE(parseDiagnosticLine("the errors: are elsewhere"));
}

TEST(DiagnosticLine, HintsJoinTheirFindingAndTheRestIsKept)
{
    const std::string text = "a.yaml:1:2: error: yaml-syntax: bad indentation\n"
                             "    hint: indent with spaces\n"
                             "\n"
                             "warning: graphviz: Graphviz: Warning: something\r\n"
                             "netpol import: wrote the design: 1 namespaces\n"
                             "    hint: not a hint: it follows no finding\n";
    const DiagnosticLines lines = parseDiagnosticLines(text);
    ASSERT_EQ(lines.diagnostics.size(), 2u);
    EXPECT_EQ(lines.diagnostics[0].hint, "indent with spaces");
    EXPECT_EQ(lines.diagnostics[0].location.file, "a.yaml");
    EXPECT_EQ(lines.diagnostics[1].severity, Severity::Warning);
    EXPECT_EQ(lines.diagnostics[1].message, "Graphviz: Warning: something");
    EXPECT_TRUE(lines.diagnostics[1].hint.empty());
    ASSERT_EQ(lines.other.size(), 2u);
    EXPECT_EQ(lines.other[0], "netpol import: wrote the design: 1 namespaces");
    EXPECT_EQ(lines.other[1], "    hint: not a hint: it follows no finding");
}
