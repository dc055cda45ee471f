#pragma once

#include <benchmark/benchmark.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace Netpol::Bench {

// Google Benchmark's console table, keeping each benchmark's time as well, so that a program
// can print ratios and growth after the table.
class TimingReporter : public benchmark::ConsoleReporter
{
public:
    enum class Clock { Real, Cpu }; // CPU time is steadier on a machine shared with other work

    explicit TimingReporter(Clock clock = Clock::Real) : m_clock(clock) {}

    void ReportRuns(const std::vector<Run> &runs) override;

    // The time of the benchmark named `name` in the table's unit; Google Benchmark appends
    // options ("/min_time:0.500"), which are ignored. 0 when it did not run.
    double time(const std::string &name) const;

private:
    Clock m_clock;
    std::map<std::string, double> m_times;
};

// Runs the benchmarks chosen on the command line, then `summary` with their times.
int runBenchmarks(int argc, char **argv, TimingReporter::Clock clock,
                  const std::function<void(const TimingReporter &)> &summary);

} // namespace Netpol::Bench
