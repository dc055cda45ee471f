#include "model/generate/manifestcache.h"

#include "model/manifests/clusterpolicywriter.h"
#include "model/manifests/manifestwriter.h"

#include <unordered_set>

namespace Netpol {

std::string ManifestCache::render(const Design &design, const ExportOptions &options)
{
    const GenerateResult &generated = m_generator.update(design);
    const std::unordered_set<std::string> regenerated(m_generator.regenerated().begin(),
                                                      m_generator.regenerated().end());
    std::unordered_map<std::string, Entry> next;
    next.reserve(generated.policies.size());
    std::vector<std::string> documents;
    documents.reserve(generated.policies.size());
    m_lastEmitted = 0;
    m_lastCompared = 0;
    for (const GeneratedPolicy &g : generated.policies) {
        const NetworkPolicy &p = g.policy;
        const std::string key = p.metadata.ns + '/' + p.metadata.name;
        auto old = m_entries.find(key);
        Entry entry;
        // A namespace not generated again has the very policies of the last render.
        const bool reused = old != m_entries.end() && !regenerated.count(p.metadata.ns);
        if (!reused && old != m_entries.end())
            ++m_lastCompared;
        if (reused || (old != m_entries.end() && old->second.policy == p)) {
            entry = std::move(old->second);
        } else {
            entry = {p, writePolicy(p)};
            ++m_lastEmitted;
        }
        documents.push_back(entry.text);
        next.insert_or_assign(key, std::move(entry));
    }
    m_entries = std::move(next);
    // The guardrails: cluster-scoped, few, emitted on every render (they follow the options
    // and the guardrails list, which the namespaces' inputs do not hold).
    for (const ClusterPolicy &p : generated.clusterPolicies)
        documents.push_back(writeClusterPolicy(p));
    return joinDocuments(commentBlock(exportHeader(options)), documents);
}

} // namespace Netpol
