// Directories as inputs: link loops, dangling links, folders and files that cannot be read and
// special files become warnings naming the entry, and the walk reads everything else.

#include "clitest.h"

#include <gtest/gtest.h>

#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

using namespace Netpol::Test;

namespace fs = std::filesystem;

namespace {

// In a namespace of its own name, so that `netpol analyze` names each file it read (the
// namespace is not declared: implicit-namespace).
std::string policy(const std::string &name)
{
    return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
           "metadata: {name: " + name + ", namespace: " + name + "}\n"
           "spec:\n  podSelector: {}\n  policyTypes: [Ingress]\n";
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

// A tree with every kind of trouble, and manifests beside and below it.
class HostileTree : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = makeTempDir() + "/tree";
        fs::create_directories(dir + "/sub");
        writeTemp(dir, "good.yaml", policy("good"));
        writeTemp(dir + "/sub", "deeper.yaml", policy("deeper"));
        fs::create_symlink("circle.yaml", dir + "/circle.yaml"); // a link to itself
        fs::create_symlink("missing.yaml", dir + "/gone.yaml");  // a link to nothing
        fs::create_symlink("..", dir + "/sub/up");               // back to the top
        fs::create_directory_symlink("sub", dir + "/twin");      // sub a second time
        ASSERT_EQ(::mkfifo((dir + "/pipe.yaml").c_str(), 0644), 0); // opening it would block
        fs::create_directories(dir + "/locked");
        writeTemp(dir + "/locked", "inner.yaml", policy("inner"));
        writeTemp(dir, "secret.yaml", policy("secret"));
        ASSERT_EQ(::chmod((dir + "/locked").c_str(), 0), 0);
        ASSERT_EQ(::chmod((dir + "/secret.yaml").c_str(), 0), 0);
        // As root, mode 000 does not keep this process out: then those entries must be read.
        lockedReadable = ::access((dir + "/locked").c_str(), R_OK | X_OK) == 0;
        secretReadable = ::access((dir + "/secret.yaml").c_str(), R_OK) == 0;
    }

    void TearDown() override
    {
        ::chmod((dir + "/locked").c_str(), 0755); // so that the temporary tree can be removed
        ::chmod((dir + "/secret.yaml").c_str(), 0644);
    }

    // The lines every command must print about the tree, whoever runs it.
    void expectTroubleNamed(const std::string &text) const
    {
        EXPECT_TRUE(contains(text, dir + "/circle.yaml: warning: link-loop: ")) << text;
        EXPECT_TRUE(contains(text, dir + "/gone.yaml: warning: dangling-link: the symbolic link "
                                         "points to nothing (missing.yaml)")) << text;
        EXPECT_TRUE(contains(text, dir + "/sub/up: warning: link-loop: leads back to " + dir))
            << text;
        EXPECT_TRUE(contains(text, dir + "/twin: warning: repeated-directory: the same directory as "
                                         + dir + "/sub")) << text;
        EXPECT_TRUE(contains(text, dir + "/pipe.yaml: warning: unreadable-entry: a named pipe"))
            << text;
        EXPECT_EQ(contains(text, dir + "/locked: warning: unreadable-entry: cannot read the "
                                       "directory: Permission denied"), !lockedReadable) << text;
        EXPECT_EQ(contains(text, dir + "/secret.yaml: warning: unreadable-entry: cannot read the "
                                       "file: Permission denied"), !secretReadable) << text;
    }

    std::string dir;
    bool lockedReadable = false;
    bool secretReadable = false;
};

} // namespace

TEST_F(HostileTree, ValidateWarnsAboutEachEntryAndChecksTheRest)
{
    const ProcessResult r = netpol({"validate", dir});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    expectTroubleNamed(r.out);
    const int files = 2 + int(lockedReadable) + int(secretReadable); // good, sub/deeper, ...
    EXPECT_TRUE(contains(r.out, std::to_string(files) + " files checked (0 designs, "
                                    + std::to_string(files) + " NetworkPolicies)")) << r.out;
    EXPECT_EQ(netpol({"validate", "--strict", dir}).exitCode, 1) << "warnings fail with --strict";
}

TEST_F(HostileTree, AnalyzeReadsWhatCanBeReadAndSaysWhatCannot)
{
    const ProcessResult r = netpol({"analyze", dir});
    EXPECT_NE(r.exitCode, 2) << r.err;
    expectTroubleNamed(r.out + r.err);
    const std::string all = r.out + r.err;
    const std::string read = ":1:1: info: implicit-namespace: ";
    EXPECT_TRUE(contains(all, dir + "/good.yaml" + read)) << all;
    EXPECT_TRUE(contains(all, dir + "/sub/deeper.yaml" + read)) << all;
    EXPECT_FALSE(contains(all, dir + "/twin/deeper.yaml")) << "sub is read once: " << all;
    EXPECT_EQ(contains(all, dir + "/locked/inner.yaml" + read), lockedReadable) << all;
    EXPECT_EQ(contains(all, dir + "/secret.yaml" + read), secretReadable) << all;
}

TEST_F(HostileTree, DiffOfTheTreeWithItselfFindsNoDifference)
{
    const ProcessResult r = netpol({"diff", dir, dir});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    expectTroubleNamed(r.out + r.err);
}

TEST(CliDirectories, ALoopOfLinksAloneIsAWarningNotAHang)
{
    const std::string dir = makeTempDir() + "/loops";
    fs::create_directories(dir + "/a/b");
    fs::create_symlink("../../a", dir + "/a/b/again");
    fs::create_symlink("ping.yaml", dir + "/pong.yaml");
    fs::create_symlink("pong.yaml", dir + "/ping.yaml");
    const ProcessResult r = runLimited(NETPOL_BIN, {"validate", dir}, 10, 2LL << 30);
    EXPECT_NE(r.exitCode, 128 + 24) << "ran out of CPU time (SIGXCPU)";
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, dir + "/a/b/again: warning: link-loop: leads back to " + dir + "/a,"))
        << r.out;
    EXPECT_TRUE(contains(r.out, dir + "/ping.yaml: warning: link-loop: ")) << r.out;
    EXPECT_TRUE(contains(r.out, dir + "/pong.yaml: warning: link-loop: ")) << r.out;
    EXPECT_TRUE(contains(r.out, "0 files checked")) << r.out;
}
