#include "testcommand.h"

#include "cli.h"

#include "model/core/fileio.h"
#include "model/design/designreader.h"
#include "model/lint/expectations.h"

#include <QXmlStreamWriter>

#include <iostream>
#include <sstream>

namespace Netpol::Cli {

namespace {

struct TestedDesign
{
    std::string file;
    std::string name; // metadata.name, or the file
    std::vector<ExpectationResult> results;
    int failures = 0;
};

std::string checkLine(const ExpectationResult &r)
{
    return std::string(r.passed() ? "PASS " : "FAIL ") + r.label + ": " + r.outcome();
}

void writeText(std::ostream &out, const std::vector<TestedDesign> &designs, int passed,
               int failed)
{
    for (const TestedDesign &d : designs) {
        if (designs.size() > 1)
            out << d.file << '\n';
        for (const ExpectationResult &r : d.results)
            out << (designs.size() > 1 ? "  " : "") << checkLine(r) << '\n';
    }
    out << passed << " passed, " << failed << " failed\n";
}

// JUnit XML as CI systems read it: a testsuite per design, a testcase per check.
std::string junitXml(const std::vector<TestedDesign> &designs, int passed, int failed)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "netpol test");
    xml.writeAttribute("tests", QString::number(passed + failed));
    xml.writeAttribute("failures", QString::number(failed));
    xml.writeAttribute("errors", "0");
    for (const TestedDesign &d : designs) {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", QString::fromStdString(d.file));
        xml.writeAttribute("tests", QString::number(d.results.size()));
        xml.writeAttribute("failures", QString::number(d.failures));
        xml.writeAttribute("errors", "0");
        for (const ExpectationResult &r : d.results) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", QString::fromStdString(r.label));
            xml.writeAttribute("classname", QString::fromStdString(d.name));
            if (!r.passed()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", QString::fromStdString(r.outcome()));
                xml.writeAttribute("type", "expectation-failed");
                xml.writeCharacters(QString::fromStdString(checkLine(r)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return toStd(text);
}

} // namespace

int runTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Run the checks of the designs' expect: lists on the policies each design generates,\n"
        "with its workloads as the pods (the evaluator of `netpol analyze`). Prints one line per\n"
        "check, 'PASS storefront/web -> data/postgres 5432/TCP: allowed' or 'FAIL ...: expected\n"
        "denied, allowed by policy data/...', then 'N passed, N failed'. --format junit writes\n"
        "JUnit XML for CI systems instead (a testsuite per design, a testcase per check).\n"
        "Exit codes: 0 every check passed; 1 some check failed; 2 usage error, an unreadable\n"
        "design or a design with errors (reported on standard error, nothing is written).");
    const QCommandLineOption format("format", "Output format (default text).", "text|junit",
                                    "text");
    const QCommandLineOption output({"o", "output"}, "Write to FILE instead of standard output.",
                                    "FILE");
    parser.addOptions({format, output});
    parser.addPositionalArgument("DESIGN", "Design files (*.netpol.yaml).", "DESIGN...");

    int exitCode = ExitOk;
    if (!parseArguments(parser, "test", "DESIGN... [--format text|junit] [-o FILE]", arguments,
                        &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError("test", "missing DESIGN");
    const QString chosen = parser.value(format);
    if (chosen != "text" && chosen != "junit")
        return usageError("test", "unknown format '" + chosen + "' (expected text or junit)");

    std::vector<TestedDesign> designs;
    bool unusable = false;
    int passed = 0;
    int failed = 0;
    for (const QString &file : files) {
        const DesignReadResult read = readDesignFile(toStd(file));
        printDiagnostics(read.diagnostics);
        if (!read.design) {
            unusable = true;
            continue;
        }
        TestedDesign tested{toStd(file), read.design->metadata.name, {}, 0};
        if (tested.name.empty())
            tested.name = tested.file;
        tested.results = evaluateExpectations(*read.design);
        for (const ExpectationResult &r : tested.results)
            (r.passed() ? passed : tested.failures) += 1;
        failed += tested.failures;
        if (tested.results.empty())
            std::cerr << "netpol test: " << tested.file << " has no expect: checks\n";
        designs.push_back(std::move(tested));
    }
    if (unusable)
        return ExitUsage;

    std::string text;
    if (chosen == "junit") {
        text = junitXml(designs, passed, failed);
    } else {
        std::ostringstream out;
        writeText(out, designs, passed, failed);
        text = out.str();
    }
    if (parser.isSet(output) && parser.value(output) != "-") {
        std::string error;
        if (!writeFileAtomically(toStd(parser.value(output)), text, &error)) {
            std::cerr << "netpol test: cannot write " << toStd(parser.value(output)) << ": "
                      << error << '\n';
            return ExitUsage;
        }
    } else {
        std::cout << text;
        std::cout.flush();
        if (!std::cout)
            return ExitUsage;
    }
    return failed > 0 ? ExitInputErrors : ExitOk;
}

} // namespace Netpol::Cli
