#pragma once

// The figures a benchmark prints for scripts/bench.sh, which sets NETPOL_BENCH_FIGURES=1: one
// line each, "figure<TAB>what<TAB>size<TAB>value<TAB>goal", after the benchmark's own output
// (which stays as it is for people). Without the variable nothing is printed.

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace Netpol::Bench {

inline bool figuresWanted()
{
    static const bool wanted = std::getenv("NETPOL_BENCH_FIGURES") != nullptr;
    return wanted;
}

// `value` is printf-formatted from the arguments that follow ("%.2fx", ratio).
__attribute__((format(printf, 4, 5))) inline void printFigure(const std::string &what, const std::string &size, const std::string &goal,
                        const char *format, ...)
{
    if (!figuresWanted())
        return;
    char value[64];
    va_list args;
    va_start(args, format);
    std::vsnprintf(value, sizeof value, format, args);
    va_end(args);
    std::printf("figure\t%s\t%s\t%s\t%s\n", what.c_str(), size.c_str(), value, goal.c_str());
    std::fflush(stdout);
}

} // namespace Netpol::Bench
