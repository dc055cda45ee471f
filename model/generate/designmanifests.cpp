#include "model/generate/designmanifests.h"

#include "model/generate/generator.h"

#include <map>

namespace Netpol {

ManifestSet designManifests(const Design &design, const std::string &file)
{
    ManifestSet set;
    const Location at = Location::inFile(file, 1, 1);
    for (const Namespace &ns : design.namespaces)
        set.namespaces.push_back({ns.name, ns.labels, at});
    for (const Workload &w : design.workloads) {
        ManifestWorkload workload;
        workload.kind = w.kind;
        workload.ns = w.ns;
        workload.name = w.name;
        workload.labels = w.labels;
        workload.ports = w.ports;
        workload.location = at;
        set.workloads.push_back(std::move(workload));
    }
    // The pairs the flows draw, workload to workload (NS/* as every workload of NS; */* and
    // externals draw no pair a reviewer would single out).
    std::map<std::string, std::vector<std::string>> keysInNamespace; // and by "NS/NAME"
    for (const Workload &w : design.workloads) {
        const std::string key = w.ns + '/' + std::string(workloadKindName(w.kind)) + '/' + w.name;
        keysInNamespace[w.ns + "/*"].push_back(key);
        keysInNamespace[w.ns + '/' + w.name].push_back(key);
    }
    static const std::vector<std::string> none;
    auto keysOf = [&](const Endpoint &e) -> const std::vector<std::string> & {
        if (!e.isWorkload() && e.kind != Endpoint::Kind::Namespace)
            return none;
        const auto found = keysInNamespace.find(e.isWorkload() ? e.ns + '/' + e.name : e.ns + "/*");
        return found == keysInNamespace.end() ? none : found->second;
    };
    for (const Flow &flow : design.flows) {
        for (const std::string &a : keysOf(flow.from)) {
            for (const std::string &b : keysOf(flow.to)) {
                if (a != b)
                    set.expectedPairs.emplace(a, b);
            }
        }
    }
    GenerateResult generated = generatePolicies(design);
    for (GeneratedPolicy &p : generated.policies) {
        set.policies.push_back(std::move(p.policy));
        set.policySources.emplace_back();
        set.policyErrors.push_back(0);
    }
    for (ClusterPolicy &p : generated.clusterPolicies) {
        set.clusterPolicies.push_back(std::move(p));
        set.clusterPolicySources.emplace_back();
        set.clusterPolicyErrors.push_back(0);
    }
    set.documents = int(set.namespaces.size() + set.workloads.size() + set.policies.size()
                        + set.clusterPolicies.size());
    set.diagnostics = std::move(generated.diagnostics);
    return set;
}

} // namespace Netpol
