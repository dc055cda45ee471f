// Every way a design file can be wrong gives a located error, never a crash and never a
// half-read design.

#include "support/testsupport.h"

#include "model/design/designreader.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

const char kHeader[] = "apiVersion: netpol-designer/v1\nkind: Design\n";

// Reads `text`, expects it to fail, and returns the first error.
Diagnostic firstError(const std::string &text)
{
    const DesignReadResult r = readDesign(text, "bad.netpol.yaml");
    EXPECT_FALSE(r.design.has_value()) << "a design with errors must not be returned";
    for (const Diagnostic &d : r.diagnostics) {
        if (d.severity == Severity::Error)
            return d;
    }
    ADD_FAILURE() << "no error for:\n" << text;
    return {};
}

// Expects the first error to have `code`, a message containing `messagePart`, and to point at
// line `line` (1-based), at the first occurrence of `token` on that line.
void expectError(const std::string &text, const std::string &code, int line, const std::string &token,
                 const std::string &messagePart)
{
    std::size_t start = 0;
    for (int i = 1; i < line; ++i)
        start = text.find('\n', start) + 1;
    const std::string lineText = text.substr(start, text.find('\n', start) - start);
    ASSERT_NE(lineText.find(token), std::string::npos) << "test bug: no " << token << " on line " << line;
    const int column = int(lineText.find(token)) + 1;
    const Diagnostic d = firstError(text);
    EXPECT_EQ(d.code, code) << d.format();
    EXPECT_EQ(d.location.file, "bad.netpol.yaml");
    EXPECT_EQ(d.location.line, line) << d.format();
    EXPECT_EQ(d.location.column, column) << d.format();
    EXPECT_NE(d.message.find(messagePart), std::string::npos) << d.format();
    EXPECT_EQ(d.format().rfind("bad.netpol.yaml:" + std::to_string(line) + ':' + std::to_string(column) + ": error: ", 0), 0u)
        << d.format();
}

const std::string kTwoWorkloads = std::string(kHeader)
                                  + "namespaces:\n"
                                    "  - {name: prod}\n"
                                    "workloads:\n"
                                    "  - {name: web, namespace: prod, labels: {app: web}}\n"
                                    "  - {name: db, namespace: prod, labels: {app: db}}\n";

} // namespace

TEST(DesignErrors, BadYaml)
{
    expectError(std::string(kHeader) + "namespaces: [\n  - {name: a\n", "yaml-syntax", 4, "-", "YAML syntax error");
    expectError("a: b\n c: d\n", "yaml-syntax", 2, ":", "YAML syntax error");
}

TEST(DesignErrors, UnknownEndpoint)
{
    expectError(kTwoWorkloads + "flows:\n  - {from: prod/web, to: prod/cache, ports: [80/TCP]}\n",
                "unknown-endpoint", 9, "prod/cache", "no workload \"cache\" is declared in namespace \"prod\"");
    expectError(kTwoWorkloads + "flows:\n  - {from: stage/*, to: prod/web}\n", "unknown-endpoint", 9, "stage/*",
                "namespace \"stage\" is not declared");
    expectError(kTwoWorkloads + "flows:\n  - {from: prod/web, to: external/partner}\n", "unknown-endpoint", 9,
                "external/", "no external named \"partner\"");
    expectError(kTwoWorkloads + "flows:\n  - {from: web, to: prod/db}\n", "invalid-endpoint", 9, "web",
                "must have exactly one '/'");
}

TEST(DesignErrors, BadPortForm)
{
    expectError(kTwoWorkloads + "flows:\n  - {from: prod/web, to: prod/db, ports: [5432/TCP, 80/tcp]}\n",
                "invalid-port", 9, "80/tcp", "case-sensitive");
    expectError(kTwoWorkloads + "flows:\n  - {from: prod/web, to: prod/db, ports: [70000/TCP]}\n",
                "invalid-port", 9, "70000", "between 1 and 65535");
    expectError(kTwoWorkloads + "flows:\n  - {from: prod/web, to: prod/db, ports: [{port: http, endPort: 90}]}\n",
                "invalid-port", 9, "90", "non-numeric");
    expectError(kTwoWorkloads + "flows:\n  - {from: prod/web, to: prod/db, ports: [9-1/UDP]}\n",
                "invalid-port", 9, "9-1", "ends before it starts");
}

TEST(DesignErrors, DuplicateNames)
{
    expectError(std::string(kHeader) + "namespaces:\n  - name: app\n  - name: app\n", "duplicate-name", 5, "app",
                "namespace \"app\" is declared twice");
    expectError(kTwoWorkloads + "  - {name: web, namespace: prod}\n", "duplicate-name", 8, "web",
                "workload \"prod/web\" is declared twice");
    expectError(std::string(kHeader) + "externals:\n  - {name: e, cidr: 10.0.0.0/8}\n  - {name: e, cidr: 11.0.0.0/8}\n",
                "duplicate-name", 5, "e,", "external \"e\" is declared twice");
}

TEST(DesignErrors, WrongApiVersionOrKind)
{
    expectError("apiVersion: netpol-designer/v2\nkind: Design\n", "wrong-api-version", 1, "netpol",
                "apiVersion \"netpol-designer/v2\" is not supported");
    expectError("apiVersion: netpol-designer/v1\nkind: Diagram\n", "wrong-kind", 2, "Diagram", "kind \"Diagram\"");
    expectError("kind: Design\n", "wrong-api-version", 1, "kind", "apiVersion is missing");
    const Diagnostic d = firstError("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n");
    EXPECT_NE(d.hint.find("netpol import"), std::string::npos) << d.hint;
}

TEST(DesignErrors, UnknownFieldSuggestsTheRightOne)
{
    const std::string text = std::string(kHeader) + "namespaces:\n  - name: a\n    lables: {x: y}\n";
    expectError(text, "unknown-field", 5, "lables", "unknown field \"lables\"");
    EXPECT_NE(firstError(text).message.find("did you mean \"labels\""), std::string::npos);
}

TEST(DesignErrors, DuplicateKey)
{
    expectError(std::string(kHeader) + "namespaces:\n  - name: a\n    name: b\n", "duplicate-key", 5, "name",
                "duplicate key \"name\"");
}

TEST(DesignErrors, WrongTypes)
{
    expectError(std::string(kHeader) + "namespaces:\n  - {name: a, managed: maybe}\n", "wrong-type", 4, "maybe",
                "must be true or false");
    expectError(std::string(kHeader) + "namespaces: {name: a}\n", "wrong-type", 3, "{", "namespaces must be a list");
    expectError(std::string(kHeader) + "namespaces:\n  - {name: a, geometry: {x: left}}\n", "wrong-type", 4, "left",
                "must be a number");
}

TEST(DesignErrors, MissingAndInvalidValues)
{
    expectError(std::string(kHeader) + "namespaces:\n  - {labels: {a: b}}\n", "missing-field", 4, "{",
                "name is required");
    expectError(std::string(kHeader) + "namespaces:\n  - {name: Prod}\n", "invalid-name", 4, "Prod",
                "lowercase RFC 1123 label");
    expectError(std::string(kHeader) + "namespaces:\n  - {name: a, labels: {\"bad key\": x}}\n", "invalid-label", 4,
                "\"bad key\"", "label key \"bad key\"");
    expectError(std::string(kHeader) + "namespaces:\n  - {name: a, labels: {k: \"-x\"}}\n", "invalid-label", 4,
                "k:", "label value \"-x\"");
    expectError(std::string(kHeader) + "workloads:\n  - {name: w, namespace: ghost}\n", "unknown-namespace", 4,
                "ghost", "not declared");
    expectError(std::string(kHeader) + "externals:\n  - {name: e, cidr: 10.0.0.0}\n", "invalid-cidr", 4,
                "10.0.0.0", "valid CIDR");
    expectError(std::string(kHeader) + "externals:\n  - {name: e, cidr: 10.0.0.0/8, except: [11.0.0.0/16]}\n",
                "invalid-cidr", 4, "11.0", "strict subset");
    expectError(std::string(kHeader) + "namespaces:\n  - {name: external}\n", "reserved-name", 4, "external",
                "cannot be called \"external\"");
    expectError(std::string(kHeader) + "options: {policyGranularity: per-pod}\n", "invalid-option", 3, "per-pod",
                "per-flow or per-workload");
    expectError(std::string(kHeader) + "workloads: [{name: w, namespace: n, kind: Service}]\nnamespaces: [{name: n}]\n",
                "invalid-kind", 3, "Service", "not a workload kind");
}

TEST(DesignErrors, EmptyOrSeveralDocuments)
{
    expectError("\n", "empty-file", 1, "", "holds no design");
    expectError("# only a comment\n", "empty-file", 1, "#", "holds no design");
    expectError(std::string(kHeader) + "---\n" + kHeader, "multiple-documents", 4, "apiVersion",
                "one YAML document");
}

TEST(DesignErrors, UnreadableFile)
{
    const DesignReadResult r = readDesignFile("/nonexistent/dir/x.netpol.yaml");
    EXPECT_TRUE(r.unreadable);
    EXPECT_FALSE(r.design);
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].format(),
              "/nonexistent/dir/x.netpol.yaml: error: unreadable: cannot read the file: No such file or directory");
}

TEST(DesignErrors, EveryTruncationOfAnExampleIsHandled)
{
    const std::string text = readFile(examplePath("production.netpol.yaml"));
    int designs = 0;
    for (std::size_t n = 0; n <= text.size(); ++n) {
        const DesignReadResult r = readDesign(text.substr(0, n), "cut.netpol.yaml");
        // Either a whole design, or errors and no design: never both, never neither.
        EXPECT_NE(r.design.has_value(), hasErrors(r.diagnostics)) << "cut at " << n;
        designs += r.design.has_value();
        for (const Diagnostic &d : r.diagnostics)
            EXPECT_TRUE(d.location.hasPosition()) << "cut at " << n << ": " << d.format();
    }
    EXPECT_GT(designs, 0);
}

TEST(DesignErrors, EveryErrorOfTheFileIsListedInItsOrder)
{
    // Reading errors (a bad port form, an unreadable endpoint, an out-of-range container port)
    // and structural ones (a bad name, a bad label, a duplicate, unknown endpoints) together.
    const std::string text = std::string(kHeader)
                             + "namespaces:\n"
                               "  - {name: prod}\n"
                               "  - {name: Stage}\n"
                               "workloads:\n"
                               "  - {name: web, namespace: prod, labels: {app: web}}\n"
                               "  - {name: db, namespace: prod, labels: {\"bad key\": db},"
                               " ports: [{port: 70000}, {port: 5432}, {port: 5432}]}\n"
                               "  - {name: web, namespace: prod}\n"
                               "flows:\n"
                               "  - {from: prod/web, to: prod/db, ports: [5432/TCP, 80/tcp]}\n"
                               "  - {from: prod/web, to: prod/cache}\n"
                               "  - {from: web, to: prod/ghost, ports: [99999/TCP]}\n";
    const DesignReadResult r = readDesign(text, "bad.netpol.yaml");
    EXPECT_FALSE(r.design.has_value()) << "a design with errors must not be returned";
    std::vector<std::string> found;
    for (const Diagnostic &d : r.diagnostics)
        found.push_back(d.location.file + ':' + std::to_string(d.location.line) + ':'
                        + std::to_string(d.location.column) + ": "
                        + std::string(severityName(d.severity)) + ": " + d.code);
    const std::vector<std::string> expected = {
        "bad.netpol.yaml:5:12: error: invalid-name",      // Stage
        "bad.netpol.yaml:8:42: error: invalid-label",     // "bad key"
        "bad.netpol.yaml:8:73: error: invalid-port",      // 70000
        "bad.netpol.yaml:8:95: error: duplicate-port",    // the second 5432, not the first
        "bad.netpol.yaml:9:12: error: duplicate-name",    // web again
        "bad.netpol.yaml:11:53: error: invalid-port",     // 80/tcp
        "bad.netpol.yaml:12:26: error: unknown-endpoint", // prod/cache
        "bad.netpol.yaml:13:12: error: invalid-endpoint", // web
        "bad.netpol.yaml:13:21: error: unknown-endpoint", // prod/ghost
        "bad.netpol.yaml:13:41: error: invalid-port",     // 99999
    };
    EXPECT_EQ(found, expected) << ::testing::PrintToString(found);
}

TEST(DesignErrors, AnUnreadableItemKeepsTheOthersInPlace)
{
    // The second workload is not a map: the third keeps its index, so its duplicate container
    // port is placed on its own line; the empty stand-ins of unreadable items add no messages.
    const std::string text = std::string(kHeader)
                             + "namespaces: [{name: prod}]\n"
                               "workloads:\n"
                               "  - {name: web, namespace: prod}\n"
                               "  - just-a-name\n"
                               "  - {name: db, namespace: prod, ports: [80, 80]}\n"
                               "  - {namespace: prod}\n";
    const DesignReadResult r = readDesign(text, "bad.netpol.yaml");
    EXPECT_FALSE(r.design.has_value());
    std::vector<std::string> found;
    for (const Diagnostic &d : r.diagnostics)
        found.push_back(std::to_string(d.location.line) + ':' + std::to_string(d.location.column)
                        + ' ' + d.code);
    EXPECT_EQ(found, (std::vector<std::string>{"6:5 wrong-type", "7:45 duplicate-port",
                                               "8:5 missing-field"}))
        << "one message for the missing name, not a second one for the empty name: "
        << ::testing::PrintToString(found);
}
