#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace Netpol {

struct ProgramResult
{
    bool started = false;  // false: the program could not be run at all (see error)
    bool timedOut = false; // killed after the timeout
    int exitCode = -1;     // exit status, or 128 + signal
    std::string out;
    std::string err;
    std::string error; // why it did not start or finish, for messages
};

// Runs `program` (looked up in PATH) with `arguments`, feeding `input` on standard input and
// collecting standard output and error. Kills it after `timeout`. Plain POSIX: usable from the
// CLI and from a GUI worker thread alike.
ProgramResult runProgram(const std::string &program, const std::vector<std::string> &arguments,
                         const std::string &input, std::chrono::milliseconds timeout);

} // namespace Netpol
