#include "model/manifests/manifestvalidation.h"

#include "model/k8s/policyvalidation.h"

#include <set>
#include <tuple>

namespace Netpol {

Diagnostics validateManifests(const ManifestSet &set, std::vector<int> *errorsPerPolicy)
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
    return out;
}

Diagnostics validateAndMarkRefused(ManifestSet &set)
{
    std::vector<int> apiErrors;
    Diagnostics out = validateManifests(set, &apiErrors);
    set.policyErrors.resize(set.policies.size(), 0);
    for (std::size_t i = 0; i < set.policies.size(); ++i)
        set.policyErrors[i] += apiErrors[i];
    return out;
}

} // namespace Netpol
