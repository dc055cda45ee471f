// netpol test: the expect: checks of designs, one line each and a summary, exit codes, and the
// JUnit XML that CI systems read.

#include "clitest.h"
#include "support/testsupport.h"

#include <QString>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

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

// The online shop with one more check, which fails: web never reaches postgres.
std::string failingShop(const std::string &dir, const std::string &name = "online-shop")
{
    std::string text = readFile(examplePath("online-shop.netpol.yaml"));
    text += "  - {from: storefront/web, to: data/postgres, port: 5432/TCP, allowed: true}\n";
    const std::string marker = "  name: online-shop\n";
    text.replace(text.find(marker), marker.size(), "  name: \"" + name + "\"\n");
    return writeTemp(dir, "failing.netpol.yaml", text);
}

} // namespace

TEST(CliTest, TheExamplePassesEveryCheck)
{
    const auto r = netpol({"test", examplePath("online-shop.netpol.yaml")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto out = lines(r.out);
    ASSERT_EQ(out.size(), 5u) << r.out;
    EXPECT_EQ(out[0], "PASS ingress-nginx/* -> data/postgres 5432/TCP: denied");
    EXPECT_EQ(out[2], "PASS payments/payment-api -> data/postgres postgres/TCP: allowed");
    EXPECT_EQ(out[4], "4 passed, 0 failed");
    EXPECT_EQ(r.err, "");
}

TEST(CliTest, AFailingCheckSaysWhyAndExitsOne)
{
    const std::string dir = makeTempDir();
    const auto r = netpol({"test", failingShop(dir)});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    const auto out = lines(r.out);
    ASSERT_EQ(out.size(), 6u) << r.out;
    EXPECT_EQ(out[4].rfind("FAIL storefront/web -> data/postgres 5432/TCP: expected allowed, "
                           "nothing allows it: the egress of storefront/web is isolated by "
                           "storefront/default-deny-all",
                           0),
              0u)
        << out[4];
    EXPECT_EQ(out[5], "4 passed, 1 failed");

    // Several designs: each one's checks under its name, one summary.
    const auto both = netpol({"test", examplePath("online-shop.netpol.yaml"), failingShop(dir)});
    EXPECT_EQ(both.exitCode, 1);
    EXPECT_EQ(lines(both.out).back(), "8 passed, 1 failed");
    EXPECT_EQ(lines(both.out).front(), examplePath("online-shop.netpol.yaml"));
}

TEST(CliTest, UsageAndUnreadableInputExitTwo)
{
    EXPECT_EQ(netpol({"test"}).exitCode, 2);
    EXPECT_EQ(netpol({"test", examplePath("online-shop.netpol.yaml"), "--format", "tap"}).exitCode, 2);
    const auto missing = netpol({"test", "/nonexistent/x.netpol.yaml"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("unreadable"), std::string::npos) << missing.err;
    EXPECT_EQ(missing.out, "");
    const std::string dir = makeTempDir();
    const std::string broken = writeTemp(dir, "broken.netpol.yaml",
                                         readFile(examplePath("online-shop.netpol.yaml"))
                                             + "  - {from: storefront/nope, to: data/postgres, port: 1/TCP, allowed: true}\n");
    // A check naming what the design lacks is read with a warning and fails.
    const auto bad = netpol({"test", broken});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.err.find("broken.netpol.yaml:135:12:"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find(": warning: expectation-unknown-endpoint: "), std::string::npos) << bad.err;
    EXPECT_NE(bad.out.find("FAIL storefront/nope"), std::string::npos) << bad.out;
    const std::string garbled = writeTemp(dir, "garbled.netpol.yaml",
                                          readFile(examplePath("online-shop.netpol.yaml"))
                                              + "  - {from: storefront/web, to: data/postgres, port: 1/HTTP, allowed: true}\n");
    EXPECT_EQ(netpol({"test", garbled}).exitCode, 2) << "a design that does not read";
    const auto help = netpol({"test", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Usage: netpol test DESIGN..."), std::string::npos) << help.out;
}

TEST(CliTest, JunitIsWellFormedAndCountsTheChecks)
{
    const std::string dir = makeTempDir();
    const std::string report = dir + "/report.xml";
    const auto r = netpol({"test", failingShop(dir, "shop <&> \\\"quoted\\\""), "--format", "junit",
                           "-o", report});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_EQ(r.out, "");
    QXmlStreamReader xml(QString::fromStdString(readFile(report)));
    int suites = 0;
    int cases = 0;
    int failures = 0;
    QString failureMessage;
    QString classname;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"testsuites") {
            EXPECT_EQ(a.value("tests").toString(), "5");
            EXPECT_EQ(a.value("failures").toString(), "1");
        } else if (xml.name() == u"testsuite") {
            ++suites;
            EXPECT_EQ(a.value("tests").toString(), "5");
            EXPECT_EQ(a.value("failures").toString(), "1");
        } else if (xml.name() == u"testcase") {
            ++cases;
            EXPECT_FALSE(a.value("name").isEmpty());
            classname = a.value("classname").toString();
        } else if (xml.name() == u"failure") {
            ++failures;
            failureMessage = a.value("message").toString();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(suites, 1);
    EXPECT_EQ(cases, 5);
    EXPECT_EQ(failures, 1);
    EXPECT_TRUE(failureMessage.startsWith("expected allowed, nothing allows it"))
        << failureMessage.toStdString();
    EXPECT_EQ(classname, "shop <&> \"quoted\"");

    const auto toStdout = netpol({"test", examplePath("online-shop.netpol.yaml"), "--format", "junit"});
    EXPECT_EQ(toStdout.exitCode, 0);
    EXPECT_EQ(toStdout.out.rfind("<?xml", 0), 0u) << toStdout.out;
}
