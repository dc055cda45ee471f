#pragma once

#include "model/generate/exporter.h"
#include "model/k8s/networkpolicy.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace Netpol {

// The single-file export text (exactly what buildExport gives for ExportLayout::Single), for a
// live preview that is rendered again after every edit: each policy's YAML is kept and emitted
// again only when the policy changed, since emitting is what costs (about 1.5 s for 10,000).
class ManifestCache
{
public:
    std::string render(const std::vector<NetworkPolicy> &policies, const ExportOptions &options);

    int lastEmitted() const { return m_lastEmitted; } // policies emitted by the last render

private:
    struct Entry
    {
        NetworkPolicy policy;
        std::string text;
    };
    std::unordered_map<std::string, Entry> m_entries; // by "namespace/name"
    int m_lastEmitted = 0;
};

} // namespace Netpol
