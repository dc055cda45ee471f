#include "model/generate/manifestcache.h"

#include "model/manifests/manifestwriter.h"

namespace Netpol {

std::string ManifestCache::render(const std::vector<NetworkPolicy> &policies,
                                  const ExportOptions &options)
{
    std::unordered_map<std::string, Entry> next;
    next.reserve(policies.size());
    std::vector<std::string> documents;
    documents.reserve(policies.size());
    m_lastEmitted = 0;
    for (const NetworkPolicy &p : policies) {
        const std::string key = p.metadata.ns + '/' + p.metadata.name;
        auto old = m_entries.find(key);
        Entry entry;
        if (old != m_entries.end() && old->second.policy == p) {
            entry = std::move(old->second);
        } else {
            entry = {p, writePolicy(p)};
            ++m_lastEmitted;
        }
        documents.push_back(entry.text);
        next.insert_or_assign(key, std::move(entry));
    }
    m_entries = std::move(next);
    return joinDocuments(commentBlock(exportHeader(options)), documents);
}

} // namespace Netpol
