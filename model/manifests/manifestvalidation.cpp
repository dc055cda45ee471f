#include "model/manifests/manifestvalidation.h"

#include "model/k8s/clusterpolicyvalidation.h"
#include "model/k8s/policyvalidation.h"

#include <set>
#include <tuple>

namespace Netpol {

Diagnostics validateManifests(const ManifestSet &set, std::vector<int> *errorsPerPolicy,
                              std::vector<int> *clusterErrors)
{
    std::set<std::tuple<std::string, int, int>> readerErrors;
    for (const Diagnostic &d : set.diagnostics) {
        if (d.severity == Severity::Error && d.location.hasPosition())
            readerErrors.emplace(d.location.file, d.location.line, d.location.column);
    }
    if (errorsPerPolicy)
        errorsPerPolicy->assign(set.policies.size(), 0);
    Diagnostics out;
    for (std::size_t i = 0; i < set.policies.size(); ++i) {
        const SourceMap &sources = set.policySources[i];
        for (Diagnostic &d : validateNetworkPolicy(set.policies[i])) {
            if (errorsPerPolicy && d.severity == Severity::Error)
                ++(*errorsPerPolicy)[i];
            sources.locate(d);
            const auto key = std::make_tuple(d.location.file, d.location.line, d.location.column);
            if (d.severity == Severity::Error && readerErrors.count(key))
                continue;
            out.push_back(std::move(d));
        }
    }
    if (clusterErrors)
        clusterErrors->assign(set.clusterPolicies.size(), 0);
    for (std::size_t i = 0; i < set.clusterPolicies.size(); ++i) {
        for (Diagnostic &d : validateClusterPolicy(set.clusterPolicies[i])) {
            if (clusterErrors && d.severity == Severity::Error)
                ++(*clusterErrors)[i];
            set.clusterPolicySources[i].locate(d);
            const auto key = std::make_tuple(d.location.file, d.location.line, d.location.column);
            if (d.severity == Severity::Error && readerErrors.count(key))
                continue;
            out.push_back(std::move(d));
        }
    }
    return out;
}

Diagnostics validateAndMarkRefused(ManifestSet &set)
{
    std::vector<int> apiErrors;
    std::vector<int> clusterErrors;
    Diagnostics out = validateManifests(set, &apiErrors, &clusterErrors);
    set.policyErrors.resize(set.policies.size(), 0);
    for (std::size_t i = 0; i < set.policies.size(); ++i)
        set.policyErrors[i] += apiErrors[i];
    set.clusterPolicyErrors.resize(set.clusterPolicies.size(), 0);
    for (std::size_t i = 0; i < set.clusterPolicies.size(); ++i)
        set.clusterPolicyErrors[i] += clusterErrors[i];
    return out;
}

} // namespace Netpol
