#include "support/testsupport.h"

#include "support/sanitizers.h"

#include "model/core/fileio.h"
#include "model/core/process.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Netpol::Test {

namespace fs = std::filesystem;

std::string dataPath(const std::string &relative)
{
    return std::string(NETPOL_TEST_DATA_DIR) + '/' + relative;
}

std::string examplePath(const std::string &relative)
{
    return std::string(NETPOL_EXAMPLES_DIR) + '/' + relative;
}

std::string sharedPath(const std::string &relative)
{
    return std::string(NETPOL_SHARED_DIR) + '/' + relative;
}

std::string readFile(const std::string &path)
{
    std::string error;
    const auto text = readTextFile(path, &error);
    if (!text)
        ADD_FAILURE() << "cannot read " << path << ": " << error;
    return text.value_or(std::string());
}

std::vector<std::string> listFiles(const std::string &dir, const std::string &suffix)
{
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        const std::string path = entry.path().string();
        if (entry.is_regular_file() && path.size() >= suffix.size()
            && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
            files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string conformanceHeader(const std::string &text, const std::string &key)
{
    const std::string marker = "# " + key + ": ";
    const auto at = text.find(marker);
    if (at == std::string::npos)
        return {};
    const auto end = text.find('\n', at);
    return text.substr(at + marker.size(), end - at - marker.size());
}

bool sameReason(const std::string &message, const std::string &expected)
{
    auto matches = [&](const std::string &pattern) {
        std::vector<std::string> pieces;
        std::size_t start = 0;
        for (std::size_t dots; (dots = pattern.find("...", start)) != std::string::npos; start = dots + 3)
            pieces.push_back(pattern.substr(start, dots - start));
        pieces.push_back(pattern.substr(start));
        if (message.rfind(pieces.front(), 0) != 0)
            return false;
        std::size_t at = pieces.front().size();
        for (std::size_t i = 1; i < pieces.size(); ++i) {
            at = message.find(pieces[i], at);
            if (at == std::string::npos)
                return false;
            at += pieces[i].size();
        }
        return true;
    };
    if (expected.empty())
        return false;
    if (matches(expected))
        return true;
    const auto note = expected.rfind(" (");
    return note != std::string::npos && expected.back() == ')' && matches(expected.substr(0, note));
}

namespace {

struct TempDirs
{
    std::vector<fs::path> dirs;
    ~TempDirs()
    {
        std::error_code ec;
        for (const fs::path &d : dirs)
            fs::remove_all(d, ec);
    }
};

TempDirs &tempDirs()
{
    static TempDirs dirs;
    return dirs;
}

} // namespace

std::string makeTempDir()
{
    std::string pattern = (fs::temp_directory_path() / "netpol-test-XXXXXX").string();
    char *made = ::mkdtemp(pattern.data());
    if (!made) {
        ADD_FAILURE() << "mkdtemp failed";
        return {};
    }
    tempDirs().dirs.emplace_back(made);
    return made;
}

void expectGolden(const std::string &name, const std::string &actual)
{
    const std::string path = dataPath("golden/" + name);
    if (const char *update = std::getenv("NETPOL_UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::string error;
        fs::create_directories(fs::path(path).parent_path());
        ASSERT_TRUE(writeFileAtomically(path, actual, &error)) << error;
        return;
    }
    const std::string expected = readFile(path);
    EXPECT_EQ(expected, actual) << "golden file " << path
                                << " differs; rerun with NETPOL_UPDATE_GOLDEN=1 after checking the change";
}

ProcessResult runProcess(const std::string &program, const std::vector<std::string> &arguments,
                         const std::string &input)
{
    const ProgramResult run = runProgram(program, arguments, input, std::chrono::minutes(10));
    if (!run.started || run.timedOut)
        ADD_FAILURE() << run.error;
    return ProcessResult{run.exitCode, run.out, run.err};
}

ProcessResult runLimited(const std::string &program, const std::vector<std::string> &arguments,
                         int cpuSeconds, long long addressSpaceBytes)
{
    int out[2];
    int err[2];
    if (::pipe(out) != 0 || ::pipe(err) != 0) {
        ADD_FAILURE() << "pipe failed";
        return {};
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        ADD_FAILURE() << "fork failed";
        return {};
    }
    if (pid == 0) { // the child: limits first, then the program
        const rlimit cpu{rlim_t(cpuSeconds), rlim_t(cpuSeconds) + 1};
        const rlimit space{rlim_t(addressSpaceBytes), rlim_t(addressSpaceBytes)};
        ::setrlimit(RLIMIT_CPU, &cpu);
        if (!builtWithAddressSanitizer()) // its shadow memory alone passes any such limit
            ::setrlimit(RLIMIT_AS, &space);
        const int devnull = ::open("/dev/null", O_RDONLY);
        ::dup2(devnull, 0);
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        ::close(out[0]);
        ::close(err[0]);
        std::vector<char *> argv{const_cast<char *>(program.c_str())};
        for (const std::string &a : arguments)
            argv.push_back(const_cast<char *>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    ::close(out[1]);
    ::close(err[1]);
    ProcessResult result;
    pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    std::string *sinks[2] = {&result.out, &result.err};
    int open = 2;
    char buffer[65536];
    while (open > 0) {
        if (::poll(fds, 2, -1) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, std::size_t(n));
            } else {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

} // namespace Netpol::Test
