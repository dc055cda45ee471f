#pragma once

// The figures a benchmark prints for scripts/bench.sh, which sets NETPOL_BENCH_FIGURES=1: one
// line each, "figure<TAB>what<TAB>size<TAB>value<TAB>goal", after the benchmark's own output
// (which stays as it is for people). They are kept until the program ends and written then,
// together, so that none lands in the middle of a line of that output (bench.sh only finds
// lines that start with "figure"). Without the variable nothing is printed.

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace Netpol::Bench {

// The figure lines so far; written to stdout, after everything else, when the program exits.
class PendingFigures
{
public:
    ~PendingFigures()
    {
        std::fflush(stdout);
        for (const std::string &line : m_lines)
            std::fputs(line.c_str(), stdout);
        std::fflush(stdout);
    }
    void add(std::string line) { m_lines.push_back(std::move(line)); }

private:
    std::vector<std::string> m_lines;
};

inline PendingFigures &pendingFigures()
{
    static PendingFigures figures;
    return figures;
}

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
    pendingFigures().add("figure\t" + what + '\t' + size + '\t' + value + '\t' + goal + '\n');
}

} // namespace Netpol::Bench
