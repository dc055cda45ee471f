#include "model/design/designsearch.h"

#include <algorithm>
#include <cctype>

namespace Netpol {

namespace {

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::vector<std::string> wordsOf(std::string_view query)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : query) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!word.empty())
                words.push_back(lowered(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        words.push_back(lowered(word));
    return words;
}

// The searchable texts of an element, each with the description shown when it matches.
struct Field
{
    std::string text;
    std::string shown;
};

void addLabels(std::vector<Field> &fields, const Labels &labels)
{
    for (const auto &[key, value] : labels)
        fields.push_back({lowered(key + '=' + value), "label " + key + '=' + value});
}

// The description of the first field that holds a word, or empty when some word is in none.
std::string matchAll(const std::vector<Field> &fields, const std::vector<std::string> &words)
{
    std::string first;
    for (const std::string &word : words) {
        const auto hit = std::find_if(fields.begin(), fields.end(), [&](const Field &f) {
            return f.text.find(word) != std::string::npos;
        });
        if (hit == fields.end())
            return {};
        if (first.empty())
            first = hit->shown;
    }
    return first;
}

} // namespace

std::vector<SearchMatch> searchDesign(const Design &design, std::string_view query)
{
    const std::vector<std::string> words = wordsOf(query);
    std::vector<SearchMatch> out;
    if (words.empty())
        return out;
    for (int i = 0; i < int(design.namespaces.size()); ++i) {
        const Namespace &ns = design.namespaces[std::size_t(i)];
        std::vector<Field> fields{{lowered(ns.name), "name"}};
        addLabels(fields, ns.labels);
        if (std::string m = matchAll(fields, words); !m.empty())
            out.push_back({ElementRef::namespaceRef(ns.name, i), std::move(m)});
    }
    for (int i = 0; i < int(design.workloads.size()); ++i) {
        const Workload &w = design.workloads[std::size_t(i)];
        std::vector<Field> fields{{lowered(w.name), "name"},
                                  {lowered(w.ns), "namespace " + w.ns},
                                  {lowered(std::string(workloadKindName(w.kind))),
                                   "kind " + std::string(workloadKindName(w.kind))}};
        addLabels(fields, w.labels);
        if (std::string m = matchAll(fields, words); !m.empty())
            out.push_back({ElementRef::workload(w.ns, w.name, i), std::move(m)});
    }
    for (int i = 0; i < int(design.externals.size()); ++i) {
        const External &e = design.externals[std::size_t(i)];
        const std::vector<Field> fields{{lowered(e.name), "name"}, {lowered(e.cidr), "cidr " + e.cidr}};
        if (std::string m = matchAll(fields, words); !m.empty())
            out.push_back({ElementRef::external(e.name, i), std::move(m)});
    }
    return out;
}

} // namespace Netpol
