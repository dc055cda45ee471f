#pragma once

// Builds yaml-cpp node trees from the parser's events (as yaml-cpp's own Load does), with the
// bounds a hostile file must not pass: nesting depth and alias expansion. It can also hand over
// the items of the root map's `items` list one by one, each in its own memory, so that a
// `kind: List` of a whole cluster is never held as one tree. Private to model/.

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace Netpol::Yaml {

// The bounds, the same for manifests and designs (docs/diagnostics.md, "Reading files").
inline constexpr int kMaxDepth = 100; // maps and lists nested in one another
// A document may expand to at most kAliasFloor nodes plus kAliasRatio times the nodes written
// in it (counted as far as the alias): aliases may repeat, not multiply, what is written.
inline constexpr std::uint64_t kAliasFloor = 10000;
inline constexpr std::uint64_t kAliasRatio = 10;

// Thrown by the builder (and caught by the document reader) when a bound is passed.
struct YamlRefusal
{
    std::string code;
    std::string message;
    YAML::Mark mark;
};

class TreeBuilder final : public YAML::EventHandler
{
public:
    // With `onItem`, the items of the root map's first `items` list are handed to it as they
    // are complete, and left out of the tree (the list stays, empty).
    explicit TreeBuilder(std::function<void(const YAML::Node &)> onItem = {});
    ~TreeBuilder() override;

    YAML::Node root() const;
    bool itemsStreamed() const { return m_itemsStreamed; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override;
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override;
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override;

private:
    struct Anchor
    {
        YAML::detail::node *node = nullptr;
        std::string name;
        std::uint64_t expandedAtStart = 0;
        std::uint64_t weight = 0; // nodes it expands to; 0 while it is still open
    };
    struct Frame
    {
        YAML::detail::node *node = nullptr;
        YAML::detail::node *key = nullptr; // of a map: the key waiting for its value
        YAML::anchor_t anchor = 0;
        bool isItemsList = false; // the root map's `items`: its children are streamed
    };

    YAML::detail::node &create(const YAML::Mark &mark, YAML::anchor_t anchor);
    void openCollection(YAML::detail::node &node, const YAML::Mark &mark, YAML::anchor_t anchor);
    void closeCollection();
    void attach(YAML::detail::node &node); // to the open collection, or as the root
    void finishAnchor(YAML::anchor_t anchor);
    bool startsStreamedItem() const;
    void countWritten();

    std::function<void(const YAML::Node &)> m_onItem;
    YAML::detail::shared_memory_holder m_rootMemory;
    YAML::detail::shared_memory_holder m_memory; // where nodes are created now
    // Memories of streamed items that hold anchors, kept while the document is read.
    std::vector<YAML::detail::shared_memory_holder> m_kept;
    bool m_itemHasAnchor = false;
    YAML::detail::node *m_root = nullptr;
    std::vector<Frame> m_stack;
    std::vector<Anchor> m_anchors; // by anchor_t (1-based)
    std::string m_pendingAnchorName;
    bool m_itemsStreamed = false;
    bool m_itemsSeen = false;
    std::uint64_t m_written = 0;
    std::uint64_t m_expanded = 0;
};

} // namespace Netpol::Yaml
