#include "model/manifests/yamltreebuilder_p.h"

#include "model/core/quoting.h"

namespace Netpol::Yaml {
struct NodeWrapTag
{};
} // namespace Netpol::Yaml

namespace YAML {
// YAML::Node befriends every as_if; this one only wraps a node built here, as yaml-cpp's own
// NodeBuilder does (which is not part of its installed headers).
template<>
struct as_if<Netpol::Yaml::NodeWrapTag, void>
{
    static Node wrap(detail::node &node, const detail::shared_memory_holder &memory)
    {
        return Node(node, memory);
    }
};
} // namespace YAML

namespace Netpol::Yaml {

namespace {

YAML::Node wrap(YAML::detail::node &node, const YAML::detail::shared_memory_holder &memory)
{
    return YAML::as_if<NodeWrapTag, void>::wrap(node, memory);
}

} // namespace

TreeBuilder::TreeBuilder(std::function<void(const YAML::Node &)> onItem)
    : m_onItem(std::move(onItem))
    , m_rootMemory(std::make_shared<YAML::detail::memory_holder>())
    , m_memory(m_rootMemory)
{
    m_anchors.emplace_back(); // anchors count from 1
}

TreeBuilder::~TreeBuilder() = default;

YAML::Node TreeBuilder::root() const
{
    if (!m_root)
        return YAML::Node();
    return wrap(*m_root, m_rootMemory);
}

bool TreeBuilder::startsStreamedItem() const
{
    return !m_stack.empty() && m_stack.back().isItemsList;
}

void TreeBuilder::countWritten()
{
    ++m_written;
    ++m_expanded;
}

YAML::detail::node &TreeBuilder::create(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (startsStreamedItem()) {
        m_memory = std::make_shared<YAML::detail::memory_holder>();
        m_itemHasAnchor = false;
    }
    YAML::detail::node &node = m_memory->create_node();
    node.set_mark(mark);
    if (anchor != 0) {
        if (anchor >= m_anchors.size())
            m_anchors.resize(anchor + 1);
        Anchor &a = m_anchors[anchor];
        a = Anchor{&node, std::move(m_pendingAnchorName), m_expanded, 0};
        m_pendingAnchorName.clear();
        if (m_memory != m_rootMemory)
            m_itemHasAnchor = true;
    }
    countWritten();
    return node;
}

void TreeBuilder::finishAnchor(YAML::anchor_t anchor)
{
    if (anchor == 0 || anchor >= m_anchors.size())
        return;
    Anchor &a = m_anchors[anchor];
    a.weight = m_expanded - a.expandedAtStart;
}

void TreeBuilder::attach(YAML::detail::node &node)
{
    if (m_stack.empty()) {
        m_root = &node;
        return;
    }
    Frame &top = m_stack.back();
    if (top.isItemsList) {
        m_onItem(wrap(node, m_memory));
        if (m_itemHasAnchor)
            m_kept.push_back(m_memory);
        m_memory = m_rootMemory;
        return;
    }
    if (top.node->type() == YAML::NodeType::Sequence) {
        top.node->push_back(node, m_memory);
    } else if (!top.key) {
        top.key = &node;
    } else {
        top.node->insert(*top.key, node, m_memory);
        top.key = nullptr;
    }
}

void TreeBuilder::OnAnchor(const YAML::Mark &, const std::string &name)
{
    m_pendingAnchorName = name;
}

void TreeBuilder::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    YAML::detail::node &node = create(mark, anchor);
    node.set_null();
    finishAnchor(anchor);
    attach(node);
}

void TreeBuilder::OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                           const std::string &value)
{
    YAML::detail::node &node = create(mark, anchor);
    node.set_scalar(value);
    node.set_tag(tag);
    finishAnchor(anchor);
    attach(node);
}

void TreeBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (anchor == 0 || anchor >= m_anchors.size() || !m_anchors[anchor].node)
        throw YamlRefusal{"yaml-syntax", "YAML syntax error: the alias names no anchor", mark};
    const Anchor &a = m_anchors[anchor];
    const std::string name = "*" + (a.name.empty() ? std::to_string(anchor) : a.name);
    YamlRefusal aliasing;
    aliasing.code = "yaml-excessive-aliasing";
    aliasing.mark = mark;
    if (a.weight == 0) {
        aliasing.message = "excessive aliasing: alias " + name
                           + " stands inside the node it names, which would never end";
        throw aliasing;
    }
    ++m_written;
    m_expanded += a.weight;
    const std::uint64_t budget = kAliasFloor + kAliasRatio * m_written;
    if (m_expanded > budget) {
        aliasing.message = "excessive aliasing: alias " + name + " expands the document beyond "
                           + groupedNumber(budget) + " nodes (" + groupedNumber(kAliasFloor)
                           + " plus " + std::to_string(kAliasRatio) + " for each of the "
                           + groupedNumber(m_written) + " written so far)";
        throw aliasing;
    }

    // A shallow copy at the alias's position: findings on the aliased value itself point
    // here; its contents are shared with the anchor and point there.
    if (startsStreamedItem()) {
        m_memory = std::make_shared<YAML::detail::memory_holder>();
        m_itemHasAnchor = false;
    }
    YAML::detail::node &source = *a.node;
    YAML::detail::node &node = m_memory->create_node();
    node.set_mark(mark);
    switch (source.type()) {
    case YAML::NodeType::Scalar:
        node.set_scalar(source.scalar());
        break;
    case YAML::NodeType::Sequence:
        node.set_type(YAML::NodeType::Sequence);
        node.set_style(source.style());
        for (auto it = source.begin(); it != source.end(); ++it)
            node.push_back(**it, m_memory);
        break;
    case YAML::NodeType::Map:
        node.set_type(YAML::NodeType::Map);
        node.set_style(source.style());
        for (auto it = source.begin(); it != source.end(); ++it)
            node.insert(*(*it).first, *(*it).second, m_memory);
        break;
    default:
        node.set_null();
        break;
    }
    node.set_tag(source.tag());
    attach(node);
}

void TreeBuilder::openCollection(YAML::detail::node &node, const YAML::Mark &mark,
                                 YAML::anchor_t anchor)
{
    if (int(m_stack.size()) >= kMaxDepth) {
        YamlRefusal tooDeep;
        tooDeep.code = "yaml-too-deep";
        tooDeep.message = "maps and lists are nested more than " + std::to_string(kMaxDepth)
                          + " levels deep here; that is the limit";
        tooDeep.mark = mark;
        throw tooDeep;
    }
    Frame frame{&node, nullptr, anchor, false};
    // The root map's first `items`: a List's items, converted and freed one by one.
    if (m_onItem && m_stack.size() == 1 && !m_itemsSeen) {
        const Frame &root = m_stack.front();
        if (root.node->type() == YAML::NodeType::Map && root.key
            && root.key->type() == YAML::NodeType::Scalar && root.key->scalar() == "items") {
            m_itemsSeen = true;
            if (node.type() == YAML::NodeType::Sequence) {
                frame.isItemsList = true;
                m_itemsStreamed = true;
            }
        }
    }
    m_stack.push_back(frame);
}

void TreeBuilder::closeCollection()
{
    if (m_stack.empty())
        return;
    const Frame frame = m_stack.back();
    m_stack.pop_back();
    finishAnchor(frame.anchor);
    attach(*frame.node);
}

void TreeBuilder::OnSequenceStart(const YAML::Mark &mark, const std::string &tag,
                                  YAML::anchor_t anchor, YAML::EmitterStyle::value style)
{
    YAML::detail::node &node = create(mark, anchor);
    node.set_type(YAML::NodeType::Sequence);
    node.set_tag(tag);
    node.set_style(style);
    openCollection(node, mark, anchor);
}

void TreeBuilder::OnSequenceEnd()
{
    closeCollection();
}

void TreeBuilder::OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                             YAML::EmitterStyle::value style)
{
    YAML::detail::node &node = create(mark, anchor);
    node.set_type(YAML::NodeType::Map);
    node.set_tag(tag);
    node.set_style(style);
    openCollection(node, mark, anchor);
}

void TreeBuilder::OnMapEnd()
{
    closeCollection();
}

} // namespace Netpol::Yaml
