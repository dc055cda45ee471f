// The full reachability matrix of a synthetic cluster: about 1,000 pods and 500 policies, then
// twice that, each computed by the class-based ReachabilityMatrix and by a straightforward
// pair-by-pair loop over PolicyEvaluator::allowed on the same input. Prints Google
// Benchmark's table, then the speed-up at each size, the growth from one size to the next,
// and whether both ways agree on every cell (a positional checksum of the allowed cells).
// The class matrix time includes reading every cell back, as a report would.

#include "model/analysis/evaluator.h"
#include "model/analysis/reachability.h"

#include "figure.h"
#include "timingreporter.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <random>

using namespace Netpol;

namespace {

struct Synthetic
{
    std::vector<NetworkPeer> pods;
    std::vector<NetworkPolicy> policies;
    std::vector<TrafficPort> ports;
};

NetworkPolicyPort tcp(int port)
{
    return NetworkPolicyPort{"TCP", PortValue::fromNumber(port), std::nullopt};
}

// `pods` pods in namespaces of 50, each namespace with 12 workloads (replicas share the
// workload's labels and pod-template-hash; StatefulSet-style pods also carry their own name
// label), and `pods / 2` policies: per namespace a default deny, allow-dns, and allow
// policies between workloads (a third across namespaces, some by named port, some egress to
// an outside CIDR).
Synthetic synthetic(int podCount)
{
    Synthetic s;
    s.ports = {{8080, Protocol::TCP}, {5432, Protocol::TCP}, {53, Protocol::UDP}, {9102, Protocol::TCP}};
    const int perNamespace = 50;
    const int workloadsPerNamespace = 12;
    const int namespaces = podCount / perNamespace;
    std::mt19937 random(7);
    auto pick = [&](int n) { return int(random() % unsigned(n)); };
    for (int p = 0; p < podCount; ++p) {
        const int n = p / perNamespace;
        const int w = p % workloadsPerNamespace;
        const std::string ns = "ns-" + std::to_string(n);
        Labels labels{{"app", "svc-" + std::to_string(w)},
                      {"pod-template-hash", "h" + std::to_string(n * 100 + w)}};
        if (w % 4 == 0)
            labels["statefulset.kubernetes.io/pod-name"] = "svc-" + std::to_string(w) + '-' + std::to_string(p);
        const std::string ip = "10." + std::to_string(p / 65536) + '.' + std::to_string(p / 256 % 256) + '.'
                               + std::to_string(p % 256);
        s.pods.push_back(NetworkPeer::pod(ns, labels, {{"team", "t" + std::to_string(n % 5)}},
                                          {{"http", 8080, Protocol::TCP}, {"metrics", 9102, Protocol::TCP}},
                                          parseIpAddress(ip)));
    }
    const int policiesPerNamespace = podCount / 2 / namespaces;
    for (int n = 0; n < namespaces; ++n) {
        const std::string ns = "ns-" + std::to_string(n);
        NetworkPolicy deny;
        deny.metadata = {"default-deny-all", ns, {}, {}, {}};
        deny.spec.policyTypes = {kPolicyTypeIngress, kPolicyTypeEgress};
        s.policies.push_back(deny);
        NetworkPolicy dns;
        dns.metadata = {"allow-dns", ns, {}, {}, {}};
        dns.spec.policyTypes = {kPolicyTypeEgress};
        NetworkPolicyRule dnsRule;
        dnsRule.peers.push_back({LabelSelector::fromLabels({{"k8s-app", "kube-dns"}}),
                                 LabelSelector::fromLabels({{kNamespaceNameLabel, "kube-system"}}), std::nullopt});
        dnsRule.ports = {NetworkPolicyPort{"UDP", PortValue::fromNumber(53), std::nullopt}, tcp(53)};
        dns.spec.egress.push_back(dnsRule);
        s.policies.push_back(dns);
        for (int i = 2; i < policiesPerNamespace; ++i) {
            const std::string target = "svc-" + std::to_string(pick(workloadsPerNamespace));
            const std::string peerApp = "svc-" + std::to_string(pick(workloadsPerNamespace));
            const bool egress = i % 2 == 1;
            NetworkPolicy p;
            p.metadata = {"allow-" + std::to_string(i), ns, {}, {}, {}};
            p.spec.podSelector = LabelSelector::fromLabels({{"app", target}});
            p.spec.policyTypes = {egress ? kPolicyTypeEgress : kPolicyTypeIngress};
            NetworkPolicyRule rule;
            NetworkPolicyPeer peer;
            peer.podSelector = LabelSelector::fromLabels({{"app", peerApp}});
            if (i % 3 == 0)
                peer.namespaceSelector = LabelSelector::fromLabels({{kNamespaceNameLabel, "ns-" + std::to_string(pick(namespaces))}});
            if (i % 11 == 0) {
                peer = {};
                peer.ipBlock = IPBlock{"203.0.113.0/24", {"203.0.113.128/25"}};
            }
            rule.peers.push_back(peer);
            if (i % 5 == 0)
                rule.ports.push_back(NetworkPolicyPort{"TCP", PortValue::fromName("http"), std::nullopt});
            else
                rule.ports.push_back(tcp(i % 2 ? 8080 : 5432));
            (egress ? p.spec.egress : p.spec.ingress).push_back(rule);
            s.policies.push_back(std::move(p));
        }
    }
    return s;
}

const Synthetic &cached(int pods)
{
    static std::map<int, Synthetic> cache;
    auto it = cache.find(pods);
    if (it == cache.end())
        it = cache.emplace(pods, synthetic(pods)).first;
    return it->second;
}

// Positional checksums of the allowed cells, to compare both ways cell by cell.
std::map<int, std::uint64_t> g_fastSum;
std::map<int, std::uint64_t> g_slowSum;

std::uint64_t cellHash(std::size_t a, std::size_t b, std::size_t p)
{
    std::uint64_t x = (std::uint64_t(a) << 40) ^ (std::uint64_t(b) << 16) ^ p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

void BM_ClassMatrix(benchmark::State &state)
{
    const Synthetic &s = cached(int(state.range(0)));
    const PolicyEvaluator evaluator(s.policies);
    std::size_t classes = 0;
    std::uint64_t sum = 0;
    for (auto _ : state) {
        const ReachabilityMatrix matrix(evaluator, s.pods, s.ports);
        classes = matrix.classCount();
        sum = 0;
        for (std::size_t a = 0; a < s.pods.size(); ++a) {
            for (std::size_t b = 0; b < s.pods.size(); ++b) {
                for (std::size_t p = 0; p < s.ports.size(); ++p) {
                    if (matrix.allowed(a, b, p))
                        sum += cellHash(a, b, p);
                }
            }
        }
        benchmark::DoNotOptimize(sum);
    }
    g_fastSum[int(state.range(0))] = sum;
    state.counters["pods"] = double(s.pods.size());
    state.counters["policies"] = double(s.policies.size());
    state.counters["classes"] = double(classes);
    state.counters["cells"] = double(s.pods.size() * s.pods.size() * s.ports.size());
}

void BM_PairByPair(benchmark::State &state)
{
    const Synthetic &s = cached(int(state.range(0)));
    const PolicyEvaluator evaluator(s.policies);
    std::uint64_t sum = 0;
    for (auto _ : state) {
        sum = 0;
        for (std::size_t a = 0; a < s.pods.size(); ++a) {
            for (std::size_t b = 0; b < s.pods.size(); ++b) {
                for (std::size_t p = 0; p < s.ports.size(); ++p) {
                    if (evaluator.allowed(s.pods[a], s.pods[b], s.ports[p].port, s.ports[p].protocol))
                        sum += cellHash(a, b, p);
                }
            }
        }
        benchmark::DoNotOptimize(sum);
    }
    g_slowSum[int(state.range(0))] = sum;
    state.counters["pods"] = double(s.pods.size());
    state.counters["policies"] = double(s.policies.size());
}

BENCHMARK(BM_ClassMatrix)->Arg(1000)->Arg(2000)->Unit(benchmark::kMillisecond)->MinTime(0.5);
BENCHMARK(BM_PairByPair)->Arg(1000)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(1);

void printComparison(const Bench::TimingReporter &times)
{
    std::printf("\n");
    for (int size : {1000, 2000}) {
        const double fast = times.time("BM_ClassMatrix/" + std::to_string(size));
        const double slow = times.time("BM_PairByPair/" + std::to_string(size));
        if (fast > 0 && slow > 0)
            std::printf("%d pods: class matrix %.1f ms, pair by pair %.0f ms: %.0fx faster; verdicts %s\n",
                        size, fast, slow, slow / fast,
                        g_fastSum.at(size) == g_slowSum.at(size) ? "agree" : "DIFFER");
        if (fast > 0 && slow > 0) {
            const std::string pods = std::to_string(size) + " pods";
            Bench::printFigure("class matrix (ms)", pods, "-", "%.1f", fast);
            Bench::printFigure("pair by pair / class matrix", pods, "-", "%.0fx", slow / fast);
            Bench::printFigure("verdicts of both", pods, "agree", "%s",
                               g_fastSum.at(size) == g_slowSum.at(size) ? "agree" : "DIFFER");
        }
    }
    const double f1 = times.time("BM_ClassMatrix/1000"), f2 = times.time("BM_ClassMatrix/2000");
    const double s1 = times.time("BM_PairByPair/1000"), s2 = times.time("BM_PairByPair/2000");
    if (f1 > 0 && f2 > 0 && s1 > 0 && s2 > 0)
        std::printf("Growth from 1,000 to 2,000 pods (4x the cells): class matrix %.1fx, pair by pair %.1fx\n",
                    f2 / f1, s2 / s1);
}

} // namespace

int main(int argc, char **argv)
{
    return Bench::runBenchmarks(argc, argv, Bench::TimingReporter::Clock::Real, printComparison);
}
