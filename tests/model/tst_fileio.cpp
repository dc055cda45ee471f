// Atomic saves: through a symbolic link the file it names is replaced and the link stays; mode,
// owner and group are kept; temporaries of an interrupted save are removed; failures say why.

#include "support/testsupport.h"

#include "model/core/fileio.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace Netpol;
using namespace Netpol::Test;

namespace {

void write(const fs::path &path, const std::string &text)
{
    std::ofstream(path) << text;
}

} // namespace

TEST(FileIo, ASymlinkStaysAndItsTargetIsReplaced)
{
    const fs::path dir = makeTempDir();
    fs::create_directory(dir / "real");
    write(dir / "real" / "design.netpol.yaml", "old\n");
    fs::create_symlink("real/design.netpol.yaml", dir / "link.netpol.yaml"); // relative
    std::string error;
    ASSERT_TRUE(writeFileAtomically((dir / "link.netpol.yaml").string(), "new\n", &error)) << error;
    EXPECT_TRUE(fs::is_symlink(fs::symlink_status(dir / "link.netpol.yaml")));
    EXPECT_EQ(readFile((dir / "real" / "design.netpol.yaml").string()), "new\n");
    // A link to a link, absolute this time.
    fs::create_symlink(dir / "link.netpol.yaml", dir / "second.netpol.yaml");
    ASSERT_TRUE(writeFileAtomically((dir / "second.netpol.yaml").string(), "third\n", &error));
    EXPECT_TRUE(fs::is_symlink(fs::symlink_status(dir / "second.netpol.yaml")));
    EXPECT_EQ(readFile((dir / "real" / "design.netpol.yaml").string()), "third\n");
    // No temporary file is left beside either.
    for (const fs::path &d : {dir, dir / "real"}) {
        for (const auto &entry : fs::directory_iterator(d)) {
            EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos)
                << entry.path();
        }
    }
}

TEST(FileIo, ModeOwnerAndGroupAreKept)
{
    const fs::path file = fs::path(makeTempDir()) / "policies.yaml";
    write(file, "old\n");
    ASSERT_EQ(::chmod(file.c_str(), 0640), 0);
    const bool root = ::geteuid() == 0;
    if (root) {
        ASSERT_EQ(::chown(file.c_str(), 4321, 4322), 0);
    }
    std::string error;
    ASSERT_TRUE(writeFileAtomically(file.string(), "new\n", &error)) << error;
    struct stat after;
    ASSERT_EQ(::stat(file.c_str(), &after), 0);
    EXPECT_EQ(after.st_mode & 07777, 0640u);
    if (root) { // only root may give a file away; elsewhere the owner is this process anyway
        EXPECT_EQ(after.st_uid, 4321u);
        EXPECT_EQ(after.st_gid, 4322u);
    } else {
        EXPECT_EQ(after.st_uid, ::geteuid());
    }
}

TEST(FileIo, StaleTemporariesOfAnInterruptedSaveAreRemoved)
{
    const fs::path dir = makeTempDir();
    const fs::path stale = dir / ".design.netpol.yaml.tmp-12345";
    const fs::path fresh = dir / ".design.netpol.yaml.tmp-67890"; // another save, just now
    const fs::path other = dir / ".other.yaml.tmp-1";
    write(stale, "half");
    write(fresh, "half");
    write(other, "half");
    const auto old = fs::file_time_type::clock::now() - std::chrono::hours(2);
    fs::last_write_time(stale, old);
    fs::last_write_time(other, old);
    std::string error;
    ASSERT_TRUE(writeFileAtomically((dir / "design.netpol.yaml").string(), "x\n", &error)) << error;
    EXPECT_FALSE(fs::exists(stale));
    EXPECT_TRUE(fs::exists(fresh)) << "younger than a minute: maybe a save in progress";
    EXPECT_TRUE(fs::exists(other)) << "another file's";
}

TEST(FileIo, AFailedWriteSaysWhyAndLeavesTheOldFile)
{
    const fs::path dir = makeTempDir();
    std::string error;
    EXPECT_FALSE(writeFileAtomically((dir / "gone" / "a.yaml").string(), "x", &error));
    EXPECT_EQ(error, "No such file or directory");
    fs::create_directory(dir / "taken.yaml");
    EXPECT_FALSE(writeFileAtomically((dir / "taken.yaml").string(), "x", &error));
    EXPECT_FALSE(error.empty());
    EXPECT_TRUE(fs::is_directory(dir / "taken.yaml"));
}
