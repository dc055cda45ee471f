// netpol as a whole: help, version, unknown commands.

#include "clitest.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace Netpol::Test;

TEST(CliGeneral, HelpListsTheCommands)
{
    const ProcessResult r = netpol({"--help"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("Usage: netpol COMMAND"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("generate"), std::string::npos);
    EXPECT_NE(r.out.find("Exit codes"), std::string::npos);
    EXPECT_EQ(netpol({"help"}).out, r.out);
}

TEST(CliGeneral, Version)
{
    const ProcessResult r = netpol({"--version"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.rfind("netpol ", 0), 0u) << r.out;
    EXPECT_EQ(netpol({"-v"}).out, r.out);
}

TEST(CliGeneral, EverySubcommandHasHelp)
{
    for (const char *command :
         {"generate", "validate", "analyze", "diff", "import", "dot", "arrange", "test"}) {
        const ProcessResult r = netpol({command, "--help"});
        EXPECT_EQ(r.exitCode, 0) << command;
        EXPECT_NE(r.out.find(std::string("Usage: netpol ") + command), std::string::npos) << r.out;
        EXPECT_EQ(netpol({"help", command}).out, r.out) << command;
    }
}

TEST(CliGeneral, UsageErrorsExitWith2)
{
    const ProcessResult none = netpol({});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_NE(none.err.find("Usage"), std::string::npos);
    const ProcessResult unknown = netpol({"frobnicate"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos) << unknown.err;
    EXPECT_TRUE(unknown.out.empty());
}
