#pragma once

#include "model/generate/exporter.h"
#include "model/generate/generator.h"
#include "model/k8s/networkpolicy.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace Netpol {

// The single-file export text of a design (exactly what buildExport gives for
// ExportLayout::Single of its generated policies), for a live preview that is rendered again
// after every edit. Only the namespaces an edit reaches are generated again
// (IncrementalGenerator), and a policy's YAML is emitted again only when the policy changed,
// since emitting is what costs (about 1.5 s for 10,000): the policies of namespaces that were
// not generated again keep their text without being compared.
class ManifestCache
{
public:
    std::string render(const Design &design, const ExportOptions &options);

    const GenerateResult &generated() const { return m_generator.result(); }
    int lastEmitted() const { return m_lastEmitted; }     // policies emitted by the last render
    int lastCompared() const { return m_lastCompared; }   // policies compared with their text's
    int lastRegenerated() const { return int(m_generator.regenerated().size()); } // namespaces

private:
    struct Entry
    {
        NetworkPolicy policy;
        std::string text;
    };
    IncrementalGenerator m_generator;
    std::unordered_map<std::string, Entry> m_entries; // by "namespace/name"
    int m_lastEmitted = 0;
    int m_lastCompared = 0;
};

} // namespace Netpol
