#include "model/generate/designmanifests.h"

#include "model/generate/generator.h"

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
