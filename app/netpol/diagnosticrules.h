#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Netpol::Cli {

// One diagnostic code as docs/diagnostics.md documents it: the page is the only source of the
// rules `netpol validate --format sarif` describes (it is compiled into the binary).
struct DiagnosticRule
{
    std::string code;
    std::string severity; // "error", "warning" or "info": the first the page names
    std::string meaning;  // Markdown; a code documented in several tables has each one's
                          // meaning, after the table's section title
    std::string fix;      // Markdown
};

// The rows of the page's tables ("| `code` | severity | ... | what it means | how to fix it |"),
// one rule per code, in the page's order.
std::vector<DiagnosticRule> parseDiagnosticRules(std::string_view markdown);

// docs/diagnostics.md as built into the binary, parsed once.
const std::vector<DiagnosticRule> &diagnosticRules();

// Markdown inline text as plain text: code spans and emphasis lose their marks.
std::string markdownToPlain(std::string_view markdown);

// The first sentence of a text (up to and with the first ". " or the end).
std::string firstSentence(const std::string &text);

} // namespace Netpol::Cli
