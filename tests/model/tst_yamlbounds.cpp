// The bounds of YAML reading (docs/diagnostics.md, "Reading files"): depth, aliases and bytes
// are located errors of their document, the other documents are read all the same, and a
// List's items read one by one give what the whole tree gave.

#include "model/design/designreader.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestvalidation.h"

#include <gtest/gtest.h>

using namespace Netpol;

namespace {

std::string dump(const Diagnostics &all)
{
    std::string out;
    for (const Diagnostic &d : all)
        out += d.format() + '\n';
    return out;
}

const char kPolicyHead[] = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                           "metadata: {name: p, namespace: shop}\n";
const char kGoodPolicy[] = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                           "metadata: {name: good, namespace: shop}\nspec: {podSelector: {}}\n";

// 100 aliases of 100 aliases of ... of a list of 100 scalars: 10^8 nodes from 1.8 KB.
std::string aliasBomb()
{
    auto level = [](const char *name, const char *ref) {
        std::string out = std::string("&") + name + " [";
        for (int i = 0; i < 100; ++i)
            out += std::string(i ? ", *" : "*") + ref;
        return out + "]";
    };
    std::string scalars;
    for (int i = 0; i < 100; ++i)
        scalars += i ? ", x" : "x";
    return std::string(kPolicyHead)
           + "spec:\n  podSelector: {}\n  ingress:\n  - from:\n    - ipBlock:\n"
             "        cidr: 10.0.0.0/8\n        except:\n          - &a ["
           + scalars + "]\n          - " + level("b", "a") + "\n          - " + level("c", "b")
           + "\n          - " + level("d", "c") + "\n";
}

const Diagnostic *find(const Diagnostics &all, const std::string &code)
{
    for (const Diagnostic &d : all) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST(YamlBounds, AnAliasBombIsRefusedAtTheAliasThatPassesTheBudget)
{
    const ManifestSet set = readManifests(aliasBomb() + "---\n" + kGoodPolicy, "bomb.yaml");
    const Diagnostic *d = find(set.diagnostics, "yaml-excessive-aliasing");
    ASSERT_TRUE(d) << dump(set.diagnostics);
    EXPECT_EQ(d->format(),
              "bomb.yaml:13:17: error: yaml-excessive-aliasing: excessive aliasing: alias *b "
              "expands the document beyond 12,310 nodes (10,000 plus 10 for each of the 231 "
              "written so far)");
    EXPECT_EQ(set.diagnostics.size(), 1u) << dump(set.diagnostics);
    ASSERT_EQ(set.policies.size(), 1u) << "the next document is read";
    EXPECT_EQ(set.policies[0].metadata.name, "good");
    EXPECT_EQ(set.unusable, 1);
}

TEST(YamlBounds, AliasesWithinTheBudgetAreRead)
{
    // A label map written once and used by three policies' selectors.
    std::string text = std::string(kPolicyHead)
                       + "spec:\n  podSelector: {matchLabels: &l {app: web, tier: front}}\n";
    for (int i = 0; i < 3; ++i)
        text += "---\n" + std::string(kPolicyHead)
                + "spec:\n  podSelector: {matchLabels: {app: x}}\n";
    const ManifestSet one = readManifests(
        std::string(kPolicyHead) + "spec:\n  podSelector: {matchLabels: &l {app: web}}\n"
            "  ingress: [{from: [{podSelector: {matchLabels: *l}},\n"
            "                    {podSelector: {matchLabels: *l}}]}]\n",
        "ok.yaml");
    EXPECT_TRUE(one.diagnostics.empty()) << dump(one.diagnostics);
    ASSERT_EQ(one.policies.size(), 1u);
    ASSERT_EQ(one.policies[0].spec.ingress.size(), 1u);
    EXPECT_EQ(one.policies[0].spec.ingress[0].peers.size(), 2u);
}

TEST(YamlBounds, AFindingOnAnAliasedValuePointsAtTheAlias)
{
    const ManifestSet set = readManifests(std::string(kPolicyHead)
                                              + "spec:\n  podSelector: &s {}\n"
                                                "  policyTypes: *s\n",
                                          "alias.yaml");
    const Diagnostic *d = find(set.diagnostics, "wrong-type");
    ASSERT_TRUE(d) << dump(set.diagnostics);
    EXPECT_EQ(d->location.line, 6) << dump(set.diagnostics);
    EXPECT_EQ(d->location.column, 16);
}

TEST(YamlBounds, AnAliasInsideItsOwnAnchorIsRefused)
{
    const ManifestSet set = readManifests(std::string(kPolicyHead) + "spec: &s {podSelector: *s}\n",
                                          "cycle.yaml");
    // yaml-cpp may refuse it itself; either way it is a located error, not a loop.
    ASSERT_FALSE(set.diagnostics.empty());
    EXPECT_TRUE(set.diagnostics[0].code == "yaml-excessive-aliasing"
                || set.diagnostics[0].code == "yaml-syntax")
        << dump(set.diagnostics);
    EXPECT_TRUE(set.policies.empty());
}

TEST(YamlBounds, NestingPastTheLimitIsLocatedWhereItIsPassed)
{
    auto nested = [](int depth) {
        return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\n"
               "  annotations: {a: " + std::string(depth, '[') + std::string(depth, ']')
               + "}\nspec: {podSelector: {}}\n";
    };
    // 98 lists in the annotations map in metadata: 101 levels with the document's map.
    const ManifestSet deep = readManifests(nested(98), "deep.yaml");
    const Diagnostic *d = find(deep.diagnostics, "yaml-too-deep");
    ASSERT_TRUE(d) << dump(deep.diagnostics);
    EXPECT_EQ(d->format(), "deep.yaml:5:117: error: yaml-too-deep: maps and lists are nested "
                           "more than 100 levels deep here; that is the limit");
    const ManifestSet limit = readManifests(nested(97), "limit.yaml");
    EXPECT_FALSE(find(limit.diagnostics, "yaml-too-deep")) << dump(limit.diagnostics);
    EXPECT_TRUE(find(limit.diagnostics, "wrong-type")) << "an annotation is a string";
    const ManifestSet huge = readManifests(nested(100000) + "---\n" + kGoodPolicy, "huge.yaml");
    ASSERT_TRUE(find(huge.diagnostics, "yaml-too-deep")) << dump(huge.diagnostics);
    EXPECT_EQ(huge.policies.size(), 1u);
}

TEST(YamlBounds, ControlCharactersAndStrayBytesAreRefusedWhereTheyStand)
{
    const std::string nul = std::string(kPolicyHead)
                            + "spec:\n  podSelector: {matchLabels: {app: we" + std::string(1, '\0')
                            + "\b x}}\n";
    const ManifestSet a = readManifests(nul, "nul.yaml");
    ASSERT_EQ(a.diagnostics.size(), 1u) << dump(a.diagnostics);
    EXPECT_EQ(a.diagnostics[0].format(),
              "nul.yaml:5:38: error: yaml-syntax: YAML syntax error: the control character "
              "\"\\0\" may not stand in YAML text; write it as an escape in a double-quoted "
              "string");
    const ManifestSet b = readManifests(std::string(kPolicyHead)
                                            + "spec: {podSelector: {matchLabels: "
                                              "{app: \"é\xff\"}}}\n",
                                        "bytes.yaml");
    ASSERT_EQ(b.diagnostics.size(), 1u) << dump(b.diagnostics);
    EXPECT_EQ(b.diagnostics[0].format(),
              "bytes.yaml:4:43: error: yaml-syntax: YAML syntax error: the byte \"\\xff\" is not "
              "UTF-8; YAML text is UTF-8");
}

TEST(YamlBounds, ValuesInMessagesAreEscapedAndCut)
{
    // Escapes in a double-quoted string are the value's bytes; the message shows them escaped.
    ManifestSet set = readManifests(
        std::string(kPolicyHead)
            + "spec:\n  podSelector: {matchLabels: {app: \"we\\0\\b \\x1b\"}}\n"
            + "  " + std::string(1000, 'k') + ": 1\n",
        "values.yaml");
    for (Diagnostic &d : validateAndMarkRefused(set))
        set.diagnostics.push_back(std::move(d));
    const Diagnostic *label = find(set.diagnostics, "invalid-label");
    ASSERT_TRUE(label) << dump(set.diagnostics);
    EXPECT_NE(label->message.find("Invalid value: \"we\\0\\b \\x1b\": "), std::string::npos)
        << label->message;
    const Diagnostic *field = find(set.diagnostics, "unknown-field");
    ASSERT_TRUE(field) << dump(set.diagnostics);
    EXPECT_EQ(field->message,
              "unknown field \"" + std::string(80, 'k') + "…\" (1,000 characters) in spec");
}

TEST(YamlBounds, AListsItemsBeforeItsKindGiveWhatTheWholeTreeGave)
{
    const std::string pod = "- apiVersion: v1\n  kind: Pod\n"
                            "  metadata: {name: NAME, namespace: shop, labels: {app: NAME}}\n";
    auto named = [&](const std::string &name) {
        std::string out = pod;
        for (std::size_t at; (at = out.find("NAME")) != std::string::npos;)
            out.replace(at, 4, name);
        return out;
    };
    // kubectl's order: items before kind; one item without kind takes the list's (PodList).
    const std::string text = "apiVersion: v1\nitems:\n" + named("a")
                             + "- metadata: {name: b, namespace: shop}\n" + named("c")
                             + "kind: PodList\nmetadata: {resourceVersion: \"\"}\n";
    const ManifestSet set = readManifests(text, "list.yaml");
    EXPECT_TRUE(set.diagnostics.empty()) << dump(set.diagnostics);
    ASSERT_EQ(set.workloads.size(), 3u);
    EXPECT_EQ(set.workloads[0].name, "a");
    EXPECT_EQ(set.workloads[1].name, "b") << "in the order of the file";
    EXPECT_EQ(set.workloads[2].name, "c");
    EXPECT_EQ(set.workloads[2].location.line, 7);
    EXPECT_EQ(set.documents, 3);

    // Not a list: its `items` are not objects of the stream.
    const ManifestSet other = readManifests("apiVersion: v1\nitems:\n" + named("a")
                                                + "kind: Inventory\n",
                                            "other.yaml");
    EXPECT_TRUE(other.workloads.empty());
    EXPECT_EQ(other.skippedKinds.at("Inventory"), 1);

    // A syntax error after some items: the document is unusable as a whole, as it was.
    const ManifestSet broken = readManifests("apiVersion: v1\nitems:\n" + named("a")
                                                 + "- {unclosed\nkind: List\n",
                                             "broken.yaml");
    EXPECT_TRUE(broken.workloads.empty());
    EXPECT_EQ(broken.unusable, 1);
    ASSERT_EQ(broken.diagnostics.size(), 1u) << dump(broken.diagnostics);
    EXPECT_EQ(broken.diagnostics[0].code, "yaml-syntax");

    // An anchor in one item, its alias in another.
    const ManifestSet shared = readManifests(
        "apiVersion: v1\nkind: List\nitems:\n"
        "- {apiVersion: v1, kind: Pod, metadata: {name: a, namespace: shop, labels: &l {app: x}}}\n"
        "- {apiVersion: v1, kind: Pod, metadata: {name: b, namespace: shop, labels: *l}}\n",
        "shared.yaml");
    EXPECT_TRUE(shared.diagnostics.empty()) << dump(shared.diagnostics);
    ASSERT_EQ(shared.workloads.size(), 2u);
    EXPECT_EQ(shared.workloads[1].labels, (Labels{{"app", "x"}}));
}

TEST(YamlBounds, DesignsHaveTheSameBounds)
{
    const std::string head = "apiVersion: netpol-designer/v1\nkind: Design\n";
    std::string flows = "flows:\n  - &f {from: a/w, to: b/w, ports: [";
    for (int i = 0; i < 1000; ++i)
        flows += (i ? ", " : "") + std::to_string(1000 + i) + "/TCP";
    flows += "]}\n";
    for (int i = 0; i < 1000; ++i)
        flows += "  - *f\n";
    const DesignReadResult bomb = readDesign(head + flows, "bomb.netpol.yaml");
    EXPECT_FALSE(bomb.design);
    ASSERT_EQ(bomb.diagnostics.size(), 1u) << dump(bomb.diagnostics);
    EXPECT_EQ(bomb.diagnostics[0].code, "yaml-excessive-aliasing");
    EXPECT_EQ(bomb.diagnostics[0].location.line, 24);
    EXPECT_NE(bomb.diagnostics[0].message.find("alias *f expands the document beyond"),
              std::string::npos);

    const DesignReadResult deep = readDesign(head + "metadata: {name: " + std::string(5000, '[')
                                                 + std::string(5000, ']') + "}\n",
                                             "deep.netpol.yaml");
    EXPECT_FALSE(deep.design);
    ASSERT_EQ(deep.diagnostics.size(), 1u) << dump(deep.diagnostics);
    EXPECT_EQ(deep.diagnostics[0].format(),
              "deep.netpol.yaml:3:116: error: yaml-too-deep: maps and lists are nested more "
              "than 100 levels deep here; that is the limit");
}
