// Connection list, exposure, diff and import on synthetic clusters of 1,000, 2,000 and 10,000
// workloads (namespaces of 20, half as many policies as workloads: per namespace a default deny
// and allow-dns, then pairs of ingress and egress allows between workloads, a third across
// namespaces, some by named port, one in five with egress to an outside /24). Prints the time
// of each step (process CPU time, the least of five runs, so that other work on a shared
// machine counts little; wall time beside it), the peak memory so far, and the growth per doubling. Then the bytes a probe
// costs in memory, parsed (--probes FILE) and evaluated, for 200,000 probes of the largest
// cluster. Last, the import of clusters without policies, whose pairs are all allowed.

#include "model/analysis/analysis.h"
#include "model/analysis/connectiondiff.h"
#include "model/analysis/connectionlist.h"
#include "model/analysis/exposure.h"
#include "model/import/importer.h"

#include "figure.h"

#include <chrono>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <malloc.h>
#include <functional>
#include <map>
#include <random>
#include <string>

using namespace Netpol;

namespace {

NetworkPolicyPort port(const std::string &value, const std::string &protocol = "TCP")
{
    if (value[0] >= '0' && value[0] <= '9')
        return {protocol, PortValue::fromNumber(std::stoi(value)), std::nullopt};
    return {protocol, PortValue::fromName(value), std::nullopt};
}

NetworkPolicyPeer podsIn(const std::string &ns, const std::string &app)
{
    NetworkPolicyPeer peer;
    peer.namespaceSelector = LabelSelector::fromLabels({{kNamespaceNameLabel, ns}});
    peer.podSelector = LabelSelector::fromLabels({{"app", app}});
    return peer;
}

ManifestSet synthetic(int workloads)
{
    ManifestSet set;
    const int per = 20;
    const int namespaces = (workloads + per - 1) / per;
    std::mt19937 random(7);
    auto pick = [&](int n) {
        return int(random() % unsigned(n));
    };
    for (int k = 0; k < namespaces; ++k)
        set.namespaces.push_back(
            {"ns-" + std::to_string(k), {{"team", "t" + std::to_string(k % 5)}}, {}});
    for (int i = 0; i < workloads; ++i) {
        ManifestWorkload w;
        w.kind = WorkloadKind::Deployment;
        w.ns = "ns-" + std::to_string(i / per);
        w.name = "svc-" + std::to_string(i);
        w.labels
            = {{"app", "svc-" + std::to_string(i % per)}, {"tier", "t" + std::to_string(i % 3)}};
        w.ports = {{"http", 8080, Protocol::TCP}, {"", 5000 + i % 7, Protocol::TCP}};
        set.workloads.push_back(std::move(w));
    }
    auto add = [&](NetworkPolicy p) {
        set.policies.push_back(std::move(p));
        set.policySources.emplace_back();
        set.policyErrors.push_back(0);
    };
    for (int k = 0; k < namespaces; ++k) {
        const std::string ns = "ns-" + std::to_string(k);
        NetworkPolicy deny;
        deny.metadata = {"deny", ns, {}, {}, {}};
        deny.spec.policyTypes = {"Ingress", "Egress"};
        add(deny);
        NetworkPolicy dns;
        dns.metadata = {"dns", ns, {}, {}, {}};
        dns.spec.policyTypes = {"Egress"};
        NetworkPolicyRule rule;
        rule.ports = {port("53", "UDP"), port("53")};
        dns.spec.egress = {rule};
        add(dns);
    }
    for (int j = 0; int(set.policies.size()) < workloads / 2; ++j) {
        const int k = pick(namespaces);
        const std::string a = "svc-" + std::to_string(pick(per));
        const std::string b = "svc-" + std::to_string(pick(per));
        const int k2 = pick(3) < 2 ? k : pick(namespaces);
        const std::string from = "ns-" + std::to_string(k);
        const std::string to = "ns-" + std::to_string(k2);
        const std::string number = pick(10) < 3 ? "http" : std::to_string(5000 + pick(7));
        NetworkPolicy in;
        in.metadata = {"allow-" + std::to_string(j), to, {}, {}, {}};
        in.spec.podSelector = LabelSelector::fromLabels({{"app", b}});
        in.spec.policyTypes = {"Ingress"};
        NetworkPolicyRule inRule;
        inRule.peers = {podsIn(from, a)};
        inRule.ports = {port(number)};
        in.spec.ingress = {inRule};
        add(in);
        NetworkPolicy out;
        out.metadata = {"allow-" + std::to_string(j) + "-out", from, {}, {}, {}};
        out.spec.podSelector = LabelSelector::fromLabels({{"app", a}});
        out.spec.policyTypes = {"Egress"};
        NetworkPolicyRule outRule;
        outRule.peers = {podsIn(to, b)};
        outRule.ports = {port(number)};
        out.spec.egress = {outRule};
        if (j % 5 == 0) {
            NetworkPolicyRule external;
            NetworkPolicyPeer block;
            block.ipBlock = IPBlock{"203.0." + std::to_string(j % 250) + ".0/24", {}};
            external.peers = {block};
            external.ports = {port("443")};
            out.spec.egress.push_back(external);
        }
        add(out);
    }
    set.documents = int(set.namespaces.size() + set.workloads.size() + set.policies.size());
    return set;
}

double cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double g_wall = 0; // wall time of the last step

// The process CPU time `work` takes, the least of five runs (the machine may be shared); the
// least wall time goes to g_wall. A run repeats `work` until it has used half a second
// and counts the mean, so that the small sizes are not lost in the clock's steps and their
// growth figures are ratios of real times.
double seconds(const std::function<void()> &work)
{
    double best = 0;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const double cpu = cpuNow();
        int repeats = 0;
        do {
            work();
            ++repeats;
        } while (cpuNow() - cpu < 0.5);
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
                            / repeats;
        const double used = (cpuNow() - cpu) / repeats;
        best = run == 0 ? used : std::min(best, used);
        g_wall = run == 0 ? wall : std::min(g_wall, wall);
    }
    return best;
}

std::size_t heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

// Bytes per probe of `count` probes between random workloads of `set`: parsed from a probes
// file, and evaluated (the results runAnalysis keeps to write them, without --explain).
void measureProbes(const ManifestSet &set, std::size_t count)
{
    std::mt19937 random(11);
    std::string text;
    const char *ports[] = {"8080", "http", "5003", "53/UDP", "443"};
    for (std::size_t i = 0; i < count; ++i) {
        const ManifestWorkload &a = set.workloads[random() % set.workloads.size()];
        const ManifestWorkload &b = set.workloads[random() % set.workloads.size()];
        text += a.ns + '/' + a.name + ' ' + b.ns + '/' + b.name + ' ' + ports[random() % 5] + '\n';
    }
    const Cluster cluster = buildCluster(set);
    const Analyzer analyzer(cluster);
    Diagnostics diagnostics;
    const std::size_t before = heapBytes();
    std::vector<ProbeSpec> specs = parseProbeFile(text, "/some/dir/probes-of-the-cluster.txt", diagnostics);
    const std::size_t parsed = heapBytes();
    std::vector<ProbeResult> results;
    results.reserve(specs.size());
    const double start = cpuNow();
    {
        for (const ProbeSpec &spec : specs) {
            if (auto result = analyzer.probe(spec, diagnostics)) {
                result->verdict = {}; // as runAnalysis keeps them without --explain
                results.push_back(std::move(*result));
            }
        }
    }
    const double time = cpuNow() - start;
    const std::size_t evaluated = heapBytes();
    std::printf("\n%zu probes: %.0f bytes each parsed, %.0f bytes each evaluated (%zu results, %.2f s)\n",
                specs.size(), double(parsed - before) / double(specs.size()),
                double(evaluated - parsed) / double(results.size()), results.size(), time);
}

// Import of clusters without a single policy (namespaces of 20 pods): every pair is allowed
// and nothing needs a flow, so the time should grow with the pods, not their pairs.
void measureOpenImport()
{
    std::printf("\nImport of an open cluster (no policies), CPU seconds:");
    double previous = 0;
    for (int size : {2000, 4000, 8000}) {
        ManifestSet set;
        for (int i = 0; i < size; ++i) {
            ManifestWorkload w;
            w.kind = WorkloadKind::Deployment;
            w.ns = "ns-" + std::to_string(i / 20);
            w.name = "svc-" + std::to_string(i);
            w.labels = {{"app", "svc-" + std::to_string(i % 20)}};
            set.workloads.push_back(std::move(w));
        }
        set.documents = int(set.workloads.size());
        std::size_t flows = 1;
        const double time = seconds([&] {
            const ImportResult imported = importDesign(set);
            flows = imported.design ? imported.design->flows.size() : 1;
        });
        std::printf("  %d pods %.3f (%zu flows)", size, time, flows);
        if (previous > 0)
            std::printf(" %.2fx", time / previous);
        previous = time;
        Bench::printFigure("open import (s)", std::to_string(size) + " pods", "-", "%.3f", time);
    }
    std::printf("\n");
}

long peakKilobytes()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return 0;
}

} // namespace

int main()
{
    const int sizes[] = {1000, 2000, 10000};
    std::map<std::string, std::map<int, double>> times;
    std::printf("CPU seconds (wall in brackets)\n");
    for (int size : sizes) {
        const ManifestSet set = synthetic(size);
        const Cluster cluster = buildCluster(set);
        const PolicyEvaluator evaluator(cluster.policies);
        const auto addresses = partitionAddresses({&cluster.policies});
        std::size_t pairs = 0;
        times["connection list"][size] = seconds(
            [&] { pairs = ConnectionList(cluster, evaluator, addresses).connections().size(); });
        const double listWall = g_wall;
        std::size_t entries = 0;
        times["exposure"][size] = seconds([&] {
            entries = 0;
            for (const WorkloadExposure &w : computeExposure(cluster, evaluator))
                entries += w.entries.size();
        });
        const double exposureWall = g_wall;
        ManifestSet changed = set;
        changed.policies.erase(changed.policies.end() - 2); // one allow less
        changed.policySources.pop_back();
        changed.policyErrors.pop_back();
        std::size_t changes = 0;
        times["diff"][size] = seconds([&] {
            const Cluster newCluster = buildCluster(changed);
            const PolicyEvaluator newEvaluator(newCluster.policies);
            const auto both = partitionAddresses({&cluster.policies, &newCluster.policies});
            changes = diffClusters(cluster, evaluator, newCluster, newEvaluator, both).size();
        });
        const double diffWall = g_wall;
        std::size_t flows = 0;
        times["import"][size] = seconds([&] {
            const ImportResult imported = importDesign(set);
            flows = imported.design ? imported.design->flows.size() : 0;
        });
        std::printf(
            "%6d workloads, %5zu policies: connection list %.3f s [%.3f] (%zu pairs), exposure %.3f s "
            "[%.3f] (%zu entries), diff %.3f s [%.3f] (%zu changes), import %.3f s [%.3f] (%zu flows); "
            "peak memory so far %.0f MB\n",
            size, set.policies.size(), times["connection list"][size], listWall, pairs,
            times["exposure"][size], exposureWall, entries, times["diff"][size], diffWall, changes,
            times["import"][size], g_wall, flows, double(peakKilobytes()) / 1024);
        const std::string workloads = std::to_string(size) + " workloads";
        for (const auto &[step, bySize] : times) {
            if (bySize.count(size))
                Bench::printFigure(step + " (s)", workloads, "-", "%.2f", bySize.at(size));
        }
        Bench::printFigure("peak memory so far (MB)", workloads, "-", "%.0f",
                           double(peakKilobytes()) / 1024);
        std::fflush(stdout);
    }
    std::printf("\nGrowth per doubling (goal: at most 2.5x for connection list, diff and import):\n");
    for (const auto &[step, bySize] : times) {
        std::printf("  %-16s", step.c_str());
        int previous = 0;
        for (const auto &[size, time] : bySize) {
            if (previous > 0 && time > 0 && bySize.at(previous) > 0) {
                const double doublings = std::log2(double(size) / previous);
                const double growth = std::pow(time / bySize.at(previous), 1.0 / doublings);
                std::printf("  %d->%d: %.2fx", previous, size, growth);
                Bench::printFigure(step + " growth per doubling",
                                   std::to_string(previous) + "->" + std::to_string(size),
                                   "<= 2.5x", "%.2fx", growth);
            }
            previous = size;
        }
        std::printf("\n");
    }
    measureOpenImport();
    measureProbes(synthetic(sizes[2]), 200000);
    return 0;
}
