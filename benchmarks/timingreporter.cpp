#include "timingreporter.h"

namespace Netpol::Bench {

void TimingReporter::ReportRuns(const std::vector<Run> &runs)
{
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs) {
        if (run.run_type == Run::RT_Iteration)
            m_times[run.benchmark_name()] = m_clock == Clock::Cpu ? run.GetAdjustedCPUTime()
                                                                  : run.GetAdjustedRealTime();
    }
}

double TimingReporter::time(const std::string &name) const
{
    for (const auto &[runName, value] : m_times) {
        if (runName.rfind(name, 0) == 0
            && (runName.size() == name.size() || runName[name.size()] == '/'))
            return value;
    }
    return 0;
}

int runBenchmarks(int argc, char **argv, TimingReporter::Clock clock,
                  const std::function<void(const TimingReporter &)> &summary)
{
    benchmark::Initialize(&argc, argv);
    TimingReporter reporter(clock);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    summary(reporter);
    benchmark::Shutdown();
    return 0;
}

} // namespace Netpol::Bench
