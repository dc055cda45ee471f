// Automatic layout at 100, 1,000 and 5,000 workloads: arrangeDesign (building the DOT, running
// Graphviz in its own process, reading the positions back) beside a plain `dot -Tdot` run on
// the same DOT text, so the overhead of our side shows. Large sizes take long (the tech guide
// measured 40 s for 5,000 nodes with the fast settings): pass --quick to stop at 1,000.

#include "model/core/process.h"
#include "model/graphviz/autolayout.h"

#include "figure.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>

using namespace Netpol;

namespace {

Design syntheticDesign(int workloads)
{
    Design d;
    const int perNamespace = 20;
    const int namespaces = (workloads + perNamespace - 1) / perNamespace;
    for (int n = 0; n < namespaces; ++n)
        d.namespaces.push_back(Namespace{"ns-" + std::to_string(n), {}, true, DirectionSet::both(), {}});
    for (int w = 0; w < workloads; ++w)
        d.workloads.push_back(Workload{"svc-" + std::to_string(w), "ns-" + std::to_string(w / perNamespace),
                                       WorkloadKind::Deployment, {{"app", "svc-" + std::to_string(w)}}, {}, {}});
    std::mt19937 random(7);
    for (int w = 0; w < workloads; ++w) {
        for (int f = 0; f < 2; ++f) {
            const int target = f == 0 ? (w / perNamespace) * perNamespace + int(random() % perNamespace)
                                      : int(random() % unsigned(workloads));
            const Workload &a = d.workloads[std::size_t(w)];
            const Workload &b = d.workloads[std::size_t(std::min(target, workloads - 1))];
            d.flows.push_back(Flow{Endpoint::workload(a.ns, a.name), Endpoint::workload(b.ns, b.name),
                                   {FlowPort::number(8080)}});
        }
    }
    return d;
}

double seconds(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

} // namespace

int main(int argc, char **argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    std::printf("%10s %8s %14s %14s %8s\n", "workloads", "flows", "arrange (s)", "plain dot (s)", "ratio");
    for (int size : {100, 1000, 5000}) {
        if (quick && size > 1000)
            break;
        const Design design = syntheticDesign(size);
        ArrangeOptions options;
        options.timeout = std::chrono::minutes(30);
        const auto start = std::chrono::steady_clock::now();
        const ArrangeResult arranged = arrangeDesign(design, options);
        const double ours = seconds(std::chrono::steady_clock::now() - start);
        const std::string dot = arrangeDot(design, options);
        const auto plainStart = std::chrono::steady_clock::now();
        const ProgramResult plain = runProgram("dot", {"-Tdot"}, dot, options.timeout);
        const double theirs = seconds(std::chrono::steady_clock::now() - plainStart);
        std::printf("%10d %8zu %14.2f %14.2f %7.2fx%s\n", size, design.flows.size(), ours, theirs, ours / theirs,
                    arranged.design && !plain.out.empty() ? "" : "  (failed)");
        const std::string workloads = std::to_string(size) + " workloads";
        Bench::printFigure("arrange (s)", workloads, "-", "%.2f", ours);
        Bench::printFigure("arrange/plain dot", workloads, "-", "%.2fx%s", ours / theirs,
                           arranged.design && !plain.out.empty() ? "" : " (failed)");
        std::fflush(stdout);
    }
    return 0;
}
