// netpol as a whole: help, version, unknown commands, and netpol run as the kubectl plugin.

#include "clitest.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <filesystem>

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

// kubectl runs a plugin as kubectl-NAME with the words after `kubectl NAME`: the package links
// kubectl-netpol to netpol, which then behaves the same and names itself `kubectl netpol`.
TEST(CliGeneral, KubectlPluginBehavesAsNetpol)
{
    const std::string plugin = makeTempDir() + "/kubectl-netpol";
    std::filesystem::create_symlink(NETPOL_BIN, plugin);
    auto both = [&](const std::vector<std::string> &args, const std::string &input = {}) {
        const ProcessResult direct = netpol(args, input);
        const ProcessResult viaKubectl = runProcess(plugin, args, input);
        EXPECT_EQ(viaKubectl.exitCode, direct.exitCode);
        EXPECT_EQ(viaKubectl.out, direct.out);
        return viaKubectl;
    };
    // What `kubectl get netpol -A -o yaml | kubectl netpol analyze -` does: a List on stdin.
    const std::string list = "apiVersion: v1\nkind: List\nitems:\n" + [] {
        std::string items;
        for (const char *file : {"seed/deny-all.yaml", "seed/allow-dns.yaml"}) {
            std::string doc = "- " + readFile(dataPath(file));
            std::string indented;
            for (char c : doc) {
                indented += c;
                if (c == '\n')
                    indented += "  ";
            }
            items += indented.substr(0, indented.size() - 2);
        }
        return items;
    }();
    EXPECT_EQ(both({"analyze", "-"}, list).exitCode, 0);
    EXPECT_EQ(both({"validate", "-"}, list).exitCode, 0);
    both({"generate", examplePath("production.netpol.yaml")});

    const ProcessResult help = runProcess(plugin, {"--help"});
    EXPECT_EQ(help.out.rfind("Usage: kubectl netpol COMMAND", 0), 0u) << help.out;
    const ProcessResult commandHelp = runProcess(plugin, {"analyze", "--help"});
    EXPECT_EQ(commandHelp.out.rfind("Usage: kubectl netpol analyze FILE...", 0), 0u)
        << commandHelp.out;
    const ProcessResult usage = runProcess(plugin, {"analyze", "--format", "xml", "-"}, list);
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_NE(usage.err.find("Try 'kubectl netpol analyze --help'"), std::string::npos)
        << usage.err;
}
