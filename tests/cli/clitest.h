#pragma once

// What the CLI tests share: running the netpol binary, and writing inputs for it.

#include "support/testsupport.h"

#include <string>
#include <vector>

namespace Netpol::Test {

// The netpol binary built with the tests, with arguments and standard input.
inline ProcessResult netpol(const std::vector<std::string> &args, const std::string &input = {})
{
    return runProcess(NETPOL_BIN, args, input);
}

// Writes `text` to dir/name (failing the test when it cannot) and returns the path.
std::string writeTemp(const std::string &dir, const std::string &name, const std::string &text);

struct Scenario;

// Runs a scenario through `netpol analyze --probes FILE --format json` in `dir` and checks
// every verdict against the scenario's (both from the conformance scenarios and ours).
void expectScenarioVerdicts(const Scenario &scenario, const std::string &dir);

} // namespace Netpol::Test
