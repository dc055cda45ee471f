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

// A conformance file's header value: "# KEY: value" (error, expect, valid, meaning).
std::string conformanceHeader(const std::string &text, const std::string &key);

// Does `message` give the reason of a conformance file's `# error:` line? The message must
// begin with the expected text (so the field path matches); "..." in the expected text stands
// for elided text, and a closing remark in parentheses the server does not print (an author's
// note) is ignored.
bool sameReason(const std::string &message, const std::string &expected);

struct ProcessResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a program with arguments (no shell), feeding `input` on standard input.
ProcessResult runProcess(const std::string &program, const std::vector<std::string> &arguments,
                         const std::string &input = {});

// The same with limits the child sets on itself (setrlimit) before it runs the program: CPU
// seconds (SIGXCPU, exit 128 + 24, past them) and address space in bytes (allocations fail
// past it). For hostile inputs: a test states what "bounded" means for it. No input is fed.
ProcessResult runLimited(const std::string &program, const std::vector<std::string> &arguments,
                         int cpuSeconds, long long addressSpaceBytes);

} // namespace Netpol::Test
