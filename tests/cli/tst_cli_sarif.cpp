// netpol validate --format sarif: the rules are docs/diagnostics.md's tables, the results are
// the text output's findings (code, level from severity, file relative to the working
// directory, line and column). tests/cli/sarifschema.sh checks the log against the schema.

#include "clitest.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace Netpol::Test;

namespace {

// netpol run in `dir`, its standard output.
std::string netpolIn(const std::string &dir, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setWorkingDirectory(QString::fromStdString(dir));
    p.start(QStringLiteral(NETPOL_BIN), args);
    p.waitForFinished(120000);
    *exitCode = p.exitCode();
    return p.readAllStandardOutput().toStdString();
}

QJsonObject parse(const std::string &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

QJsonObject theRun(const QJsonObject &log)
{
    return log["runs"].toArray().first().toObject();
}

std::string strip(std::string s)
{
    std::erase(s, '`');
    std::erase(s, '*');
    return s;
}

// The page's rows for one code, read here on their own: {severity, meaning, fix}.
std::vector<std::vector<std::string>> pageRows(const std::string &code)
{
    const std::string page = readFile(std::string(NETPOL_SOURCE_DIR) + "/docs/diagnostics.md");
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(page);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("| `" + code + "` |", 0) != 0)
            continue;
        std::vector<std::string> cells;
        std::size_t at = 1;
        for (std::size_t bar; (bar = line.find(" |", at)) != std::string::npos; at = bar + 2)
            cells.push_back(line.substr(at + 1, bar - at - 1));
        rows.push_back({cells[1], cells[cells.size() - 2], cells.back()});
    }
    return rows;
}

} // namespace

TEST(CliSarif, RulesAreTheDiagnosticsPage)
{
    const auto r = netpol({"validate", "--format", "sarif", dataPath("seed/deny-all.yaml")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const QJsonObject log = parse(r.out);
    EXPECT_EQ(log["version"].toString(), "2.1.0");
    const QJsonObject driver = theRun(log)["tool"].toObject()["driver"].toObject();
    EXPECT_EQ(driver["name"].toString(), "netpol");
    std::map<std::string, QJsonObject> rules;
    for (const QJsonValue &v : driver["rules"].toArray())
        rules[v.toObject()["id"].toString().toStdString()] = v.toObject();

    // As many rules as the page has codes.
    const std::string page = readFile(std::string(NETPOL_SOURCE_DIR) + "/docs/diagnostics.md");
    static const std::regex row(R"(\n\| `([a-z0-9-]+)` \|)");
    std::set<std::string> codes;
    for (std::sregex_iterator it(page.begin(), page.end(), row), end; it != end; ++it)
        codes.insert((*it)[1]);
    EXPECT_EQ(rules.size(), codes.size());

    for (const std::string code : {"yaml-syntax", "half-open-flow", "network-plugin"}) {
        ASSERT_TRUE(rules.count(code)) << code;
        const QJsonObject rule = rules[code];
        const auto rows = pageRows(code);
        ASSERT_EQ(rows.size(), 1u) << code;
        EXPECT_EQ(rule["fullDescription"].toObject()["text"].toString().toStdString(),
                  strip(rows[0][1]));
        EXPECT_EQ(rule["help"].toObject()["text"].toString().toStdString(), strip(rows[0][2]));
        EXPECT_EQ(rule["help"].toObject()["markdown"].toString().toStdString(), rows[0][2]);
        const std::string shortText = rule["shortDescription"].toObject()["text"].toString().toStdString();
        EXPECT_FALSE(shortText.empty());
        EXPECT_EQ(strip(rows[0][1]).rfind(shortText, 0), 0u) << shortText;
        const std::string level = rows[0][0] == "info" ? "note" : rows[0][0];
        EXPECT_EQ(rule["defaultConfiguration"].toObject()["level"].toString().toStdString(), level);
    }
    // A code in two tables (a design's port, a policy's port) is one rule with both meanings.
    const std::string port = rules["invalid-port"]["fullDescription"].toObject()["text"]
                                 .toString().toStdString();
    EXPECT_NE(port.find("Design structure: "), std::string::npos) << port;
    EXPECT_NE(port.find("NetworkPolicy API rules: "), std::string::npos) << port;
}

TEST(CliSarif, ResultsAreTheFindingsWithTheirPositions)
{
    const std::string dir = makeTempDir();
    std::filesystem::create_directories(dir + "/deploy");
    writeTemp(dir + "/deploy", "bad.yaml",
              "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web\n"
              "  namespace: shop\nspec:\n  podSelector: {}\n  ingress:\n    - ports:\n"
              "        - port: \"80\"\n");
    const QStringList inputs = {"deploy/bad.yaml",
                                QString::fromStdString(dataPath("seed/complete-example.yaml"))};
    int textExit = 0;
    int sarifExit = 0;
    const std::string text = netpolIn(dir, QStringList{"validate"} + inputs, &textExit);
    const QJsonObject log = parse(netpolIn(dir, QStringList{"validate", "--format", "sarif"} + inputs,
                                           &sarifExit));
    EXPECT_EQ(textExit, 1);
    EXPECT_EQ(sarifExit, textExit) << "the exit code does not depend on the format";

    // The text findings, "file:line:column: severity: code: message".
    static const std::regex finding(R"(^(.+?):(\d+):(\d+): (error|warning|info): ([a-z0-9-]+): (.+)$)");
    std::istringstream in(text);
    std::vector<std::string> expected;
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (!std::regex_match(line, m, finding))
            continue;
        const std::string level = m[4] == "info" ? "note" : std::string(m[4]);
        std::string file = m[1];
        file = file == "deploy/bad.yaml" ? "deploy/bad.yaml @%SRCROOT%"
                                         : "file://" + file + " @";
        // A finding about the whole file (line 0) is on its first line, without a column.
        const bool wholeFile = m[2] == "0";
        expected.push_back(file + ':' + (wholeFile ? "1" : std::string(m[2])) + ':'
                           + (wholeFile ? "0" : std::string(m[3])) + ' ' + level
                           + ' ' + std::string(m[5]) + ' ' + std::string(m[6]));
    }
    ASSERT_GE(expected.size(), 3u) << text;

    const QJsonObject run = theRun(log);
    EXPECT_EQ(run["originalUriBaseIds"].toObject()["%SRCROOT%"].toObject()["uri"].toString(),
              "file://" + QString::fromStdString(std::filesystem::canonical(dir).string()) + '/');
    std::vector<std::string> actual;
    for (const QJsonValue &v : run["results"].toArray()) {
        const QJsonObject result = v.toObject();
        const QJsonObject physical = result["locations"].toArray().first().toObject()
                                         ["physicalLocation"].toObject();
        const QJsonObject artifact = physical["artifactLocation"].toObject();
        const QJsonObject region = physical["region"].toObject();
        actual.push_back(artifact["uri"].toString().toStdString() + " @"
                         + artifact["uriBaseId"].toString().toStdString() + ':'
                         + std::to_string(region["startLine"].toInt()) + ':'
                         + std::to_string(region["startColumn"].toInt()) + ' '
                         + result["level"].toString().toStdString() + ' '
                         + result["ruleId"].toString().toStdString() + ' '
                         + result["message"].toObject()["text"].toString().toStdString());
    }
    EXPECT_EQ(actual, expected);
}

TEST(CliSarif, UnknownFormatNamesSarif)
{
    const auto r = netpol({"validate", "--format", "xml", dataPath("seed/deny-all.yaml")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("expected text, json or sarif"), std::string::npos) << r.err;
}
