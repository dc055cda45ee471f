#pragma once

// The design file reader (private to model/): one class, its definitions split between
// designreader.cpp (document, header, options, shared helpers) and designreaderitems.cpp
// (namespaces, workloads, externals, flows), designreaderexpect.cpp (expect) and
// designreaderguardrails.cpp (guardrails).

#include "model/design/designreader.h"
#include "model/manifests/yamlsupport_p.h"

#include <optional>
#include <string>

namespace Netpol {

inline std::string indexedPath(const std::string &base, std::size_t index)
{
    return base + '[' + std::to_string(index) + ']';
}

class DesignReader
{
public:
    DesignReader(const std::string &file, DesignReadResult &result);
    void read(const std::string &text);

private:
    void record(const std::string &path, const YAML::Node &node);
    // Records the position of each key and value of a map under `path`.
    void recordMap(const std::string &path, const YAML::Node &node);
    // False when the file is not a design at all (not a map, another apiVersion or kind).
    bool readRoot(const YAML::Node &root);
    void readHeader(const YAML::Node &root);
    template<typename Fn>
    void readList(const YAML::Node &root, const char *key, Fn readItem)
    {
        const YAML::Node list = root[key];
        if (!list || list.IsNull())
            return;
        record(key, list);
        if (!list.IsSequence()) {
            m_ctx.error(list, "wrong-type", std::string(key) + " must be a list");
            return;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            record(indexedPath(key, i), list[i]);
            readItem(list[i], i);
        }
    }

    // designreader.cpp
    void readMetadata(const YAML::Node &meta);
    std::optional<Labels> readLabels(const YAML::Node &node, const std::string &path,
                                     const std::string &what);
    void readOptions(const YAML::Node &options);
    // A pod selector in a design is a plain label map; the long form {matchLabels: {...}} is
    // accepted too.
    static YAML::Node matchLabelsOf(const YAML::Node &selector);
    Rect readRect(const YAML::Node &node, const std::string &path);
    Point readPoint(const YAML::Node &node, const std::string &path);
    std::string requiredString(const YAML::Node &item, const char *key, const std::string &path);

    // designreaderitems.cpp
    void readNamespace(const YAML::Node &item, std::size_t index);
    DirectionSet readDirections(const YAML::Node &node, const std::string &path);
    void readWorkload(const YAML::Node &item, std::size_t index);
    // `path` names the entry in messages; its position is recorded under `recordedPath`, the
    // index it gets in w.ports (entries that cannot be read are left out).
    void readContainerPort(const YAML::Node &node, const std::string &path, Workload &w,
                           const std::string &recordedPath);
    void readExternal(const YAML::Node &item, std::size_t index);
    std::optional<Endpoint> readEndpoint(const YAML::Node &node, const std::string &path);
    std::optional<FlowPort> readFlowPort(const YAML::Node &node, const std::string &path);
    void readFlow(const YAML::Node &item, std::size_t index);

    // designreaderguardrails.cpp
    void readGuardrail(const YAML::Node &item, std::size_t index);
    // A subject (`subject`) or a peer of a rule: a map with exactly one of `kinds`.
    GuardrailPeer readGuardrailPeer(const YAML::Node &node, const std::string &path,
                                    std::initializer_list<std::string_view> kinds);
    std::vector<GuardrailRule> readGuardrailRules(const YAML::Node &node, const std::string &path,
                                                  bool egress);
    LabelSelector readSelector(const YAML::Node &node, const std::string &path);
    void recordValues(const std::string &path, const YAML::Node &node);

    // designreaderexpect.cpp
    void readExpectation(const YAML::Node &item, std::size_t index);
    std::optional<ExpectationEnd> readExpectationEnd(const YAML::Node &node,
                                                     const std::string &path);

    DesignReadResult &m_result;
    Yaml::Context m_ctx;
    Design m_design;
};

} // namespace Netpol
