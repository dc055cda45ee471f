// How generation grows with the design: designs of 100, 1,000 and 10,000 workloads with five
// flows each, generated and written as YAML. Prints Google Benchmark's table, then the growth
// ratio from each size to the next (10x the design should cost at most about 12x the time).

#include "model/design/design.h"
#include "model/generate/generator.h"
#include "model/manifests/manifestwriter.h"

#include "figure.h"
#include "timingreporter.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <random>

using namespace Netpol;

namespace {

// `workloads` workloads spread over namespaces of 20, each with five flows to others (a third
// of them across namespaces), ports in every form.
Design syntheticDesign(int workloads)
{
    Design d;
    d.metadata.name = "synthetic-" + std::to_string(workloads);
    const int perNamespace = 20;
    const int namespaces = (workloads + perNamespace - 1) / perNamespace;
    for (int n = 0; n < namespaces; ++n)
        d.namespaces.push_back(Namespace{"ns-" + std::to_string(n), {{"team", "t" + std::to_string(n % 7)}}, true,
                                         DirectionSet::both(), {}});
    for (int w = 0; w < workloads; ++w) {
        Workload wl;
        wl.name = "svc-" + std::to_string(w);
        wl.ns = "ns-" + std::to_string(w / perNamespace);
        wl.labels = {{"app", wl.name}, {"tier", w % 3 == 0 ? "web" : "backend"}};
        wl.ports = {{"http", 8080, Protocol::TCP}, {"metrics", 9102, Protocol::TCP}};
        d.workloads.push_back(std::move(wl));
    }
    std::mt19937 random(42);
    const FlowPort ports[] = {FlowPort::number(8080), FlowPort::named("http"), FlowPort::range(30000, 30100),
                              FlowPort::allPorts(Protocol::UDP), FlowPort::number(5432)};
    for (int w = 0; w < workloads; ++w) {
        for (int f = 0; f < 5; ++f) {
            int target = 0;
            if (f < 2 || namespaces == 1)
                target = (w / perNamespace) * perNamespace
                         + int(random() % unsigned(std::min(perNamespace, workloads)));
            else
                target = int(random() % unsigned(workloads));
            target = std::min(target, workloads - 1);
            const Workload &from = d.workloads[std::size_t(w)];
            const Workload &to = d.workloads[std::size_t(target)];
            d.flows.push_back(Flow{Endpoint::workload(from.ns, from.name), Endpoint::workload(to.ns, to.name),
                                   {ports[(w + f) % 5]}});
        }
    }
    return d;
}

void BM_GenerateAndWrite(benchmark::State &state)
{
    const Design design = syntheticDesign(int(state.range(0)));
    std::size_t bytes = 0;
    std::size_t policies = 0;
    for (auto _ : state) {
        const GenerateResult result = generatePolicies(design);
        std::vector<NetworkPolicy> list;
        list.reserve(result.policies.size());
        for (const GeneratedPolicy &g : result.policies)
            list.push_back(g.policy);
        const std::string yaml = writeManifests(list, "benchmark");
        bytes = yaml.size();
        policies = list.size();
        benchmark::DoNotOptimize(yaml.data());
    }
    state.counters["policies"] = double(policies);
    state.counters["MB"] = double(bytes) / 1e6;
}

BENCHMARK(BM_GenerateAndWrite)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(0.5);

void printGrowth(const Bench::TimingReporter &times)
{
    const double t100 = times.time("BM_GenerateAndWrite/100");
    const double t1k = times.time("BM_GenerateAndWrite/1000");
    const double t10k = times.time("BM_GenerateAndWrite/10000");
    if (t100 <= 0 || t1k <= 0 || t10k <= 0)
        return;
    std::printf("\nGrowth (10x the workloads each step; goal: at most about 12x the time)\n");
    std::printf("  100 -> 1,000 workloads:     %.1fx\n", t1k / t100);
    std::printf("  1,000 -> 10,000 workloads:  %.1fx\n", t10k / t1k);
    Bench::printFigure("generate and write (ms)", "10000 workloads", "-", "%.1f", t10k);
    Bench::printFigure("generate and write growth", "100->1000", "<= ~12x", "%.1fx", t1k / t100);
    Bench::printFigure("generate and write growth", "1000->10000", "<= ~12x", "%.1fx", t10k / t1k);
}

} // namespace

int main(int argc, char **argv)
{
    return Bench::runBenchmarks(argc, argv, Bench::TimingReporter::Clock::Real, printGrowth);
}
