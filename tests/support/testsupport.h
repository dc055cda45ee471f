#pragma once

#include <string>
#include <vector>

namespace Netpol::Test {

std::string dataPath(const std::string &relative);     // tests/data/...
std::string examplePath(const std::string &relative);  // resources/examples/...
std::string sharedPath(const std::string &relative);   // ../shared/...
std::string readFile(const std::string &path);         // fails the test when unreadable
std::vector<std::string> listFiles(const std::string &dir, const std::string &suffix);

// A fresh empty directory under the system temp dir, removed at process exit.
std::string makeTempDir();

// Compares `actual` with the golden file tests/data/golden/NAME; with NETPOL_UPDATE_GOLDEN=1
// in the environment it rewrites the golden file instead.
void expectGolden(const std::string &name, const std::string &actual);

struct ProcessResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a program with arguments (no shell), feeding `input` on standard input.
ProcessResult runProcess(const std::string &program, const std::vector<std::string> &arguments,
                         const std::string &input = {});

} // namespace Netpol::Test
