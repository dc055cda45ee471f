// netpol dot: diagrams in every format, options and errors.

#include "clitest.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace Netpol::Test;

TEST(CliDot, EveryFormatByExtension)
{
    const std::string dir = makeTempDir();
    const std::string design = examplePath("online-shop.netpol.yaml");
    struct Case
    {
        const char *file;
        std::string magic;
    } cases[] = {{"d.svg", "<?xml"}, {"d.png", std::string("\x89PNG", 4)}, {"d.pdf", "%PDF-"}, {"d.dot", "digraph"}};
    for (const Case &c : cases) {
        const std::string out = dir + '/' + c.file;
        const ProcessResult r = netpol({"dot", design, "-o", out});
        ASSERT_EQ(r.exitCode, 0) << c.file << ": " << r.err;
        EXPECT_EQ(readFile(out).substr(0, c.magic.size()), c.magic) << c.file;
    }
    EXPECT_NE(readFile(dir + "/d.svg").find("<svg"), std::string::npos);
}

TEST(CliDot, DotToStandardOutputWithOptions)
{
    const std::string design = examplePath("production.netpol.yaml");
    const ProcessResult full = netpol({"dot", design});
    ASSERT_EQ(full.exitCode, 0) << full.err;
    EXPECT_EQ(full.out.rfind("digraph netpol {", 0), 0u);
    EXPECT_NE(full.out.find("label=\"8080/TCP\""), std::string::npos);
    EXPECT_NE(full.out.find("rankdir=LR"), std::string::npos);
    const ProcessResult bare = netpol({"dot", design, "--rankdir", "TB", "--no-dns", "--no-labels"});
    ASSERT_EQ(bare.exitCode, 0) << bare.err;
    EXPECT_EQ(bare.out.find("label=\"8080/TCP\""), std::string::npos);
    EXPECT_EQ(bare.out.find("ltail="), std::string::npos) << "no DNS edges";
    EXPECT_NE(bare.out.find("rankdir=TB"), std::string::npos);
}

TEST(CliDot, UsageErrors)
{
    const std::string design = examplePath("production.netpol.yaml");
    EXPECT_EQ(netpol({"dot"}).exitCode, 2);
    EXPECT_EQ(netpol({"dot", design, "-o", "/tmp/x.jpeg"}).exitCode, 2);
    EXPECT_EQ(netpol({"dot", design, "--rankdir", "RL"}).exitCode, 2);
    EXPECT_EQ(netpol({"dot", "/nonexistent.netpol.yaml"}).exitCode, 2);
    const ProcessResult help = netpol({"dot", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Usage: netpol dot INPUT -o OUT.{dot,svg,png,pdf}"), std::string::npos) << help.out;
}

TEST(CliDot, ManifestsAreImportedFirst)
{
    const ProcessResult r = netpol({"dot", dataPath("seed/complete-example.yaml"),
                                    dataPath("seed/complete-example-workloads.yaml")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("subgraph cluster_production {"), std::string::npos) << r.out.substr(0, 400);
    EXPECT_NE(r.out.find("\"production/frontend\""), std::string::npos);
    EXPECT_NE(r.out.find("\"ingress-nginx/*\" -> \"production/frontend\""), std::string::npos);
    EXPECT_EQ(r.out.find("\"production/frontend\" -> \"production/api-server\""), std::string::npos)
        << "the half-open rule gives no flow, so no edge";
    EXPECT_NE(r.err.find("warning: import-half-open: "), std::string::npos) << r.err;
}

TEST(CliDot, ManifestsFromStandardInput)
{
    const std::string text = readFile(dataPath("seed/complete-example.yaml"));
    const ProcessResult r = netpol({"dot", "-"}, text);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("cluster_production"), std::string::npos);
    const ProcessResult design = netpol({"dot", "-"}, readFile(examplePath("production.netpol.yaml")));
    ASSERT_EQ(design.exitCode, 0) << design.err;
    EXPECT_NE(design.out.find("label=\"production-zero-trust\""), std::string::npos) << "a design is drawn as is";
}

TEST(CliArrange, ChangesOnlyTheLayout)
{
    const std::string design = examplePath("online-shop.netpol.yaml");
    const ProcessResult r = netpol({"arrange", design, "--rankdir", "TB"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const ProcessResult again = netpol({"generate", "-"}, r.out);
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(again.out, netpol({"generate", "-"}, readFile(design)).out) << "the same policies";
    EXPECT_NE(r.out, readFile(design)) << "but new positions";
    const std::string dir = makeTempDir();
    const std::string copy = dir + "/shop.netpol.yaml";
    ASSERT_EQ(netpol({"arrange", design, "-o", copy}).exitCode, 0);
    ASSERT_EQ(netpol({"arrange", copy, "-o", copy}).exitCode, 0) << "in place";
    EXPECT_EQ(netpol({"arrange", design, "--rankdir", "XY"}).exitCode, 2);
    EXPECT_EQ(netpol({"arrange", "/nonexistent.netpol.yaml"}).exitCode, 2);
}

TEST(CliDot, TheSameDesignGivesTheSameOutputFromAFileOrStandardInput)
{
    // Clusters follow the design's order, not where their names landed on the heap.
    for (const char *name : {"online-shop.netpol.yaml", "production.netpol.yaml"}) {
        SCOPED_TRACE(name);
        const std::string design = examplePath(name);
        const ProcessResult fromFile = netpol({"dot", design});
        ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err;
        EXPECT_EQ(netpol({"dot", "-"}, readFile(design)).out, fromFile.out);
        const ProcessResult arranged = netpol({"arrange", design});
        ASSERT_EQ(arranged.exitCode, 0) << arranged.err;
        EXPECT_EQ(netpol({"arrange", "-"}, readFile(design)).out, arranged.out);
    }
    const std::string dot = netpol({"dot", examplePath("online-shop.netpol.yaml")}).out;
    EXPECT_LT(dot.find("cluster_ingress-nginx"), dot.find("cluster_storefront"));
    EXPECT_LT(dot.find("cluster_storefront"), dot.find("cluster_payments"));
}
