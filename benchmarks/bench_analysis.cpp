// Connection list, exposure, diff and import on synthetic clusters of 1,000, 2,000 and 10,000
// workloads (namespaces of 20, half as many policies as workloads: per namespace a default deny
// and allow-dns, then pairs of ingress and egress allows between workloads, a third across
// namespaces, some by named port, one in five with egress to an outside /24). Prints the time
// of each step, the peak memory so far, and the growth per doubling. Import is quadratic
// today, so it runs only at the two smaller sizes.

#include "model/analysis/connectiondiff.h"
#include "model/analysis/connectionlist.h"
#include "model/analysis/exposure.h"
#include "model/import/importer.h"

#include "figure.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
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

double seconds(const std::function<void()> &work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
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
    for (int size : sizes) {
        const ManifestSet set = synthetic(size);
        const Cluster cluster = buildCluster(set);
        const PolicyEvaluator evaluator(cluster.policies);
        const auto addresses = partitionAddresses({&cluster.policies});
        std::size_t pairs = 0;
        times["connection list"][size] = seconds(
            [&] { pairs = ConnectionList(cluster, evaluator, addresses).connections().size(); });
        std::size_t entries = 0;
        times["exposure"][size] = seconds([&] {
            for (const WorkloadExposure &w : computeExposure(cluster, evaluator))
                entries += w.entries.size();
        });
        ManifestSet changed = set;
        changed.policies.erase(changed.policies.end() - 2); // one allow less
        changed.policySources.pop_back();
        changed.policyErrors.pop_back();
        std::size_t changes = 0;
        times["diff"][size] = seconds([&] {
            const Cluster newCluster = buildCluster(changed);
            const PolicyEvaluator newEvaluator(newCluster.policies);
            const auto both = partitionAddresses({&cluster.policies, &newCluster.policies});
            changes = diffConnections(ConnectionList(cluster, evaluator, both),
                                      ConnectionList(newCluster, newEvaluator, both))
                          .size();
        });
        std::printf(
            "%6d workloads, %5zu policies: connection list %.2f s (%zu pairs), exposure %.2f s "
            "(%zu entries), diff %.2f s (%zu changes)",
            size, set.policies.size(), times["connection list"][size], pairs,
            times["exposure"][size], entries, times["diff"][size], changes);
        if (size <= 2000) {
            times["import"][size] = seconds([&] { importDesign(set); });
            std::printf(", import %.2f s", times["import"][size]);
        }
        std::printf("; peak memory so far %.0f MB\n", double(peakKilobytes()) / 1024);
        const std::string workloads = std::to_string(size) + " workloads";
        for (const auto &[step, bySize] : times) {
            if (bySize.count(size))
                Bench::printFigure(step + " (s)", workloads, "-", "%.2f", bySize.at(size));
        }
        Bench::printFigure("peak memory so far (MB)", workloads, "-", "%.0f",
                           double(peakKilobytes()) / 1024);
        std::fflush(stdout);
    }
    std::printf("\nGrowth per doubling (goal: at most 2.5x):\n");
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
    return 0;
}
