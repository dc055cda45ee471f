#pragma once

#include "helpertasks.h"

#include <QString>

#include <functional>
#include <optional>
#include <string>

namespace Netpol::Test {

// Starts a helper task with `start` (which returns whether it started) and runs the event loop
// until it reports; nullopt when it did not start or did not end within the time.
std::optional<TaskReport> runTask(HelperTasks *tasks, const std::function<bool()> &start,
                                  int timeoutMs = 60000);

// An executable shell script with `body` standing in for netpol (a slow or failing helper).
QString fakeHelper(const std::string &body);

// Everything the report says, one finding or line a line, for failure messages.
std::string describe(const TaskReport &report);

} // namespace Netpol::Test
