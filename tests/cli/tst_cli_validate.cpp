// netpol validate on real files: the output line format, exit codes, --strict, JSON, designs
// and manifests told apart by content, directories and standard input.

#include "clitest.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

using namespace Netpol::Test;

namespace {

std::vector<std::string> lines(const std::string &text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

// "file:line:column: severity: code: message", split; empty when the line is not a finding.
struct Finding
{
    std::string file;
    int line = 0;
    int column = 0;
    std::string severity;
    std::string code;
    std::string message;
};

std::optional<Finding> parseFinding(const std::string &line)
{
    static const std::regex pattern(R"(^(.+?):(\d+):(\d+): (error|warning|info): ([a-z0-9]+(?:-[a-z0-9]+)*): (.+)$)");
    std::smatch m;
    if (!std::regex_match(line, m, pattern))
        return std::nullopt;
    return Finding{m[1], std::stoi(m[2]), std::stoi(m[3]), m[4], m[5], m[6]};
}

// Every line but the last is a finding; the last is the summary.
std::vector<Finding> findings(const ProcessResult &r)
{
    std::vector<Finding> out;
    const auto all = lines(r.out);
    EXPECT_FALSE(all.empty());
    for (std::size_t i = 0; i + 1 < all.size(); ++i) {
        const auto f = parseFinding(all[i]);
        EXPECT_TRUE(f) << "not a finding line: " << all[i];
        if (f)
            out.push_back(*f);
    }
    if (!all.empty()) {
        EXPECT_NE(all.back().find(" checked ("), std::string::npos) << "summary: " << all.back();
    }
    return out;
}

std::string writeTemp(const std::string &name, const std::string &text)
{
    const std::string path = makeTempDir() + '/' + name;
    std::ofstream(path) << text;
    return path;
}

} // namespace

TEST(CliValidate, EveryInvalidConformanceFileFailsWithTheServersReason)
{
    for (const std::string &file : listFiles(sharedPath("conformance/invalid"), ".yaml")) {
        SCOPED_TRACE(file);
        const ProcessResult r = netpol({"validate", file});
        EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
        const std::string expected = conformanceHeader(readFile(file), "error");
        bool found = false;
        for (const Finding &f : findings(r))
            found = found || (f.severity == "error" && f.file == file && f.line > 2 && sameReason(f.message, expected));
        EXPECT_TRUE(found) << "expected: " << expected << "\ngot:\n" << r.out;
    }
}

TEST(CliValidate, EveryValidEdgeFilePasses)
{
    for (const std::string &file : listFiles(sharedPath("conformance/valid-edge"), ".yaml")) {
        SCOPED_TRACE(file);
        const ProcessResult r = netpol({"validate", file});
        EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
        for (const Finding &f : findings(r))
            EXPECT_NE(f.severity, "error") << f.message;
    }
}

TEST(CliValidate, WarningsFailOnlyWithStrict)
{
    const std::string seed = dataPath("seed/complete-example.yaml");
    const ProcessResult plain = netpol({"validate", seed});
    EXPECT_EQ(plain.exitCode, 0) << plain.out;
    bool halfOpen = false;
    for (const Finding &f : findings(plain))
        halfOpen = halfOpen || (f.code == "half-open-flow" && f.severity == "warning" && f.line == 61);
    EXPECT_TRUE(halfOpen) << plain.out;
    const ProcessResult strict = netpol({"validate", "--strict", seed});
    EXPECT_EQ(strict.exitCode, 1);
    EXPECT_NE(lines(strict.out).back().find("--strict"), std::string::npos) << strict.out;
    EXPECT_EQ(netpol({"validate", "--strict", examplePath("production.netpol.yaml")}).exitCode, 0)
        << "infos never fail";
}

TEST(CliValidate, SeedCompleteExampleWithItsWorkloads)
{
    // Validated together, the policies are judged on the Deployments: the half-open flow is
    // named by its workloads, once, in the policy's file.
    const std::string policies = dataPath("seed/complete-example.yaml");
    const ProcessResult r = netpol({"validate", policies, dataPath("seed/complete-example-workloads.yaml")});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    int halfOpen = 0;
    for (const Finding &f : findings(r)) {
        if (f.code != "half-open-flow")
            continue;
        ++halfOpen;
        EXPECT_EQ(f.file, policies);
        EXPECT_EQ(f.line, 61);
        EXPECT_EQ(f.column, 11);
        EXPECT_NE(f.message.find("frontend -> api-server on 8080/TCP"), std::string::npos) << f.message;
    }
    EXPECT_EQ(halfOpen, 1) << r.out;
    EXPECT_EQ(r.out.find("no-policies"), std::string::npos) << "the workloads file is used";
}

TEST(CliValidate, DesignsAndManifestsToldApartByContent)
{
    // A design in a .yaml file without the .netpol suffix, and a manifest named like a design.
    const std::string design = writeTemp("plain.yaml", readFile(examplePath("production.netpol.yaml")));
    const std::string manifest = writeTemp("odd.netpol.yaml", readFile(dataPath("seed/deny-egress.yaml")));
    const ProcessResult r = netpol({"validate", "--format", "json", design, manifest});
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).object();
    const QJsonArray files = root["files"].toArray();
    ASSERT_EQ(files.size(), 2);
    EXPECT_EQ(files[0].toObject()["kind"].toString(), "design");
    EXPECT_EQ(files[1].toObject()["kind"].toString(), "manifests");
    EXPECT_EQ(files[1].toObject()["policies"].toInt(), 1);
    const QJsonObject summary = root["summary"].toObject();
    EXPECT_EQ(summary["errors"].toInt(), 0);
    EXPECT_GE(summary["warnings"].toInt(), 1);
    EXPECT_TRUE(summary["ok"].toBool());
    int plugin = 0;
    bool dns = false;
    for (const auto &value : root["diagnostics"].toArray()) {
        const QJsonObject d = value.toObject();
        EXPECT_FALSE(d["message"].toString().isEmpty());
        EXPECT_GT(d["line"].toInt(), 0);
        plugin += d["code"].toString() == "network-plugin";
        dns = dns || (d["code"].toString() == "egress-without-dns" && d["file"].toString().toStdString() == manifest);
    }
    EXPECT_EQ(plugin, 1) << "the network plugin note comes once per run";
    EXPECT_TRUE(dns) << r.out;
}

TEST(CliValidate, DesignErrorsAndLint)
{
    const std::string broken = writeTemp("broken.netpol.yaml",
                                         "apiVersion: netpol-designer/v1\nkind: Design\n"
                                         "namespaces: [{name: prod}]\n"
                                         "workloads: [{name: web, namespace: prod, labels: {app: web}, podSelecter: {}}]\n");
    const ProcessResult bad = netpol({"validate", broken});
    EXPECT_EQ(bad.exitCode, 1);
    const auto badFindings = findings(bad);
    ASSERT_FALSE(badFindings.empty()) << bad.out;
    EXPECT_EQ(badFindings[0].code, "unknown-field");
    EXPECT_EQ(badFindings[0].line, 4);

    const std::string lint = writeTemp("lint.netpol.yaml",
                                       "apiVersion: netpol-designer/v1\nkind: Design\noptions: {dns: false}\n"
                                       "namespaces: [{name: prod}]\n"
                                       "workloads: [{name: web, namespace: prod, labels: {app: web}}]\n");
    const ProcessResult warned = netpol({"validate", lint});
    EXPECT_EQ(warned.exitCode, 0) << warned.out;
    bool dns = false;
    for (const Finding &f : findings(warned))
        dns = dns || (f.code == "egress-without-dns" && f.line == 4);
    EXPECT_TRUE(dns) << warned.out;
}

TEST(CliValidate, DirectoriesAndStandardInput)
{
    const std::string dir = makeTempDir();
    std::filesystem::create_directories(dir + "/nested/deeper");
    std::filesystem::copy_file(dataPath("seed/deny-all.yaml"), dir + "/nested/deny-all.yaml");
    std::filesystem::copy_file(sharedPath("conformance/invalid/01-port-zero.yaml"), dir + "/nested/deeper/bad.yml");
    std::ofstream(dir + "/notes.txt") << "not: yaml: at all";
    const ProcessResult r = netpol({"validate", dir});
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("2 files checked"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("bad.yml:12:13: error: invalid-port"), std::string::npos) << r.out;

    const ProcessResult in = netpol({"validate", "-"}, readFile(sharedPath("conformance/invalid/09-protocol-lowercase.yaml")));
    EXPECT_EQ(in.exitCode, 1);
    EXPECT_NE(in.out.find("<stdin>:12:17: error: invalid-protocol: spec.ingress[0].ports[0].protocol: Unsupported value"),
              std::string::npos) << in.out;
}

TEST(CliValidate, UsageAndUnreadableInput)
{
    EXPECT_EQ(netpol({"validate"}).exitCode, 2);
    const ProcessResult format = netpol({"validate", "--format", "xml", dataPath("seed/deny-all.yaml")});
    EXPECT_EQ(format.exitCode, 2);
    EXPECT_NE(format.err.find("unknown format 'xml'"), std::string::npos) << format.err;
    const ProcessResult missing = netpol({"validate", "/nonexistent/file.yaml"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.out.find("unreadable"), std::string::npos) << missing.out;
    EXPECT_EQ(netpol({"validate", makeTempDir()}).exitCode, 2) << "a directory without YAML";
}

TEST(CliValidate, HintsOnRequest)
{
    const std::string file = sharedPath("conformance/invalid/45-named-port-quoted-number.yaml");
    const ProcessResult plain = netpol({"validate", file});
    EXPECT_EQ(plain.out.find("hint:"), std::string::npos);
    EXPECT_NE(plain.out.find("is quoted, so it is a port name"), std::string::npos) << plain.out;
    const ProcessResult hinted = netpol({"validate", "--hints", file});
    EXPECT_NE(hinted.out.find("    hint: write the number without quotes: port: 80"), std::string::npos) << hinted.out;
}

TEST(CliValidate, PortNotDeclaredByTheDestination)
{
    const std::string header
        = "apiVersion: netpol-designer/v1\nkind: Design\n"
          "namespaces: [{name: prod}, {name: kube-system, managed: false}]\n"
          "workloads:\n"
          "  - {name: web, namespace: prod, labels: {app: web}}\n"
          "  - {name: db, namespace: prod, labels: {app: db}, ports: [{name: pg, port: 5432}]}\n"
          "  - {name: coredns, namespace: kube-system, labels: {k8s-app: kube-dns},"
          " ports: [53/UDP, 53/TCP]}\n";
    const std::string typo
        = writeTemp("typo.netpol.yaml",
                    header + "flows:\n  - {from: prod/web, to: prod/db, ports: [5433/TCP]}\n");
    const ProcessResult warned = netpol({"validate", typo});
    EXPECT_EQ(warned.exitCode, 0) << "a warning" << warned.out;
    bool found = false;
    for (const Finding &f : findings(warned)) {
        if (f.code == "port-not-declared") {
            found = true;
            EXPECT_EQ(f.severity, "warning");
            EXPECT_EQ(f.line, 9);
            EXPECT_EQ(f.column, 43) << "on the port";
            EXPECT_NE(f.message.find(
                          "prod/db declares no container port 5433/TCP (it declares 5432/TCP)"),
                      std::string::npos)
                << f.message;
        }
    }
    EXPECT_TRUE(found) << warned.out;
    EXPECT_EQ(netpol({"validate", "--strict", typo}).exitCode, 1);

    const std::string right
        = writeTemp("right.netpol.yaml",
                    header
                        + "flows:\n  - {from: prod/web, to: prod/db, ports: [5432/TCP]}\n"
                          "  - {from: prod/web, to: prod/db, ports: [pg/TCP]}\n");
    const ProcessResult ok = netpol({"validate", right});
    EXPECT_EQ(ok.out.find("port-not-declared"), std::string::npos) << ok.out;
}

TEST(CliValidate, EveryErrorOfADesignIsListed)
{
    const std::vector<std::string> text
        = {"apiVersion: netpol-designer/v1",
           "kind: Design",
           "namespaces: [{name: prod}, {name: Stage}]",
           "workloads:",
           "  - {name: web, namespace: prod, labels: {app: \"-web\"}}",
           "flows:",
           "  - {from: prod/web, to: prod/web, ports: [80/tcp]}",
           "  - {from: prod/web, to: prod/db}"};
    std::string joined;
    for (const std::string &line : text)
        joined += line + '\n';
    const std::string bad = writeTemp("bad.netpol.yaml", joined);
    // "FILE:LINE:COLUMN: error: CODE" where `token` starts on that line.
    auto at = [&](int line, const std::string &token, const std::string &code) {
        const std::size_t column = text[std::size_t(line - 1)].find(token);
        EXPECT_NE(column, std::string::npos) << "test bug: no " << token << " on line " << line;
        return bad + ':' + std::to_string(line) + ':' + std::to_string(column + 1)
               + ": error: " + code + ": ";
    };
    const std::vector<std::string> expected = {at(3, "Stage", "invalid-name"),
                                               at(5, "app", "invalid-label"),
                                               at(7, "80/tcp", "invalid-port"),
                                               at(8, "prod/db", "unknown-endpoint")};
    const ProcessResult validate = netpol({"validate", bad});
    EXPECT_EQ(validate.exitCode, 1);
    const ProcessResult generate = netpol({"generate", bad});
    EXPECT_EQ(generate.exitCode, 1);
    EXPECT_TRUE(generate.out.empty()) << generate.out;
    for (const std::string &start : expected) {
        EXPECT_NE(validate.out.find(start), std::string::npos) << start << '\n' << validate.out;
        EXPECT_NE(generate.err.find(start), std::string::npos) << start << '\n' << generate.err;
    }
    EXPECT_NE(validate.out.find(": 4 errors, "), std::string::npos) << validate.out;
}
