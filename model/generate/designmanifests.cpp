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
    auto keysOf = [&](const Endpoint &e) {
        std::vector<std::string> keys;
        for (const Workload &w : design.workloads) {
            if ((e.isWorkload() && w.ns == e.ns && w.name == e.name)
                || (e.kind == Endpoint::Kind::Namespace && w.ns == e.ns))
                keys.push_back(w.ns + '/' + std::string(workloadKindName(w.kind)) + '/' + w.name);
        }
        return keys;
    };
    std::map<std::string, std::vector<std::string>> keysByEndpoint;
    for (const Flow &flow : design.flows) {
        for (const Endpoint *e : {&flow.from, &flow.to}) {
            if (e->isWorkload() || e->kind == Endpoint::Kind::Namespace)
                keysByEndpoint.try_emplace(e->toString(), keysOf(*e));
        }
    }
    for (const Flow &flow : design.flows) {
        const auto from = keysByEndpoint.find(flow.from.toString());
        const auto to = keysByEndpoint.find(flow.to.toString());
        if (from == keysByEndpoint.end() || to == keysByEndpoint.end())
            continue;
        for (const std::string &a : from->second) {
            for (const std::string &b : to->second) {
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
    set.documents = int(set.namespaces.size() + set.workloads.size() + set.policies.size());
    set.diagnostics = std::move(generated.diagnostics);
    return set;
}

} // namespace Netpol
