// Reasoning about selectors without the pods: satisfiable, overlapping, covering. Each answer
// is checked against brute force over a small universe of label maps.

#include "model/k8s/selectorlogic.h"

#include <gtest/gtest.h>

#include <functional>

using namespace Netpol;

namespace {

LabelSelector sel(Labels labels, std::vector<LabelSelectorRequirement> expressions = {})
{
    return LabelSelector{std::move(labels), std::move(expressions)};
}

// Every label map over keys {a, b} with values from {"", x, y, z} or absent.
std::vector<Labels> universe()
{
    const std::vector<std::string> values = {"", "x", "y", "z"};
    std::vector<Labels> out;
    for (int i = 0; i <= int(values.size()); ++i) {
        for (int j = 0; j <= int(values.size()); ++j) {
            Labels l;
            if (i < int(values.size()))
                l["a"] = values[std::size_t(i)];
            if (j < int(values.size()))
                l["b"] = values[std::size_t(j)];
            out.push_back(l);
        }
    }
    return out;
}

std::vector<LabelSelector> sampleSelectors()
{
    return {sel({}),
            sel({{"a", "x"}}),
            sel({{"a", "x"}, {"b", "y"}}),
            sel({{"a", ""}}),
            sel({}, {{"a", "In", {"x", "y"}}}),
            sel({}, {{"a", "NotIn", {"x"}}}),
            sel({}, {{"a", "NotIn", {"x", "y", "z", ""}}, {"a", "Exists", {}}}), // needs another value
            sel({}, {{"a", "Exists", {}}}),
            sel({}, {{"a", "DoesNotExist", {}}}),
            sel({{"a", "x"}}, {{"a", "NotIn", {"x"}}}),     // contradiction
            sel({{"a", "x"}}, {{"a", "DoesNotExist", {}}}), // contradiction
            sel({}, {{"a", "In", {"x"}}, {"a", "In", {"y"}}}),
            sel({}, {{"b", "In", {"y", "z"}}, {"a", "NotIn", {"y"}}}),
            sel({}, {{"a", "Equals", {"x"}}})}; // invalid operator: matches nothing
}

} // namespace

TEST(SelectorLogic, SampleLabelsMatchTheSelector)
{
    for (const LabelSelector &s : sampleSelectors()) {
        const auto sample = sampleLabels(s);
        bool bruteForce = false;
        for (const Labels &l : universe())
            bruteForce = bruteForce || s.matches(l);
        if (sample) {
            EXPECT_TRUE(s.matches(*sample)) << formatSelector(s) << " / " << formatLabels(*sample);
        } else {
            EXPECT_FALSE(bruteForce) << formatSelector(s) << " matches something";
        }
    }
    // The one case the small universe cannot show: a value outside the NotIn list exists.
    EXPECT_TRUE(canMatchAnything(sampleSelectors()[6]));
    EXPECT_FALSE(canMatchAnything(sampleSelectors()[9]));
    EXPECT_FALSE(canMatchAnything(sampleSelectors()[13]));
}

TEST(SelectorLogic, OverlapAndCoverAgreeWithBruteForce)
{
    const auto all = sampleSelectors();
    const auto labels = universe();
    for (const LabelSelector &a : all) {
        for (const LabelSelector &b : all) {
            bool some = false;
            bool every = true;
            for (const Labels &l : labels) {
                some = some || (a.matches(l) && b.matches(l));
                every = every && (!b.matches(l) || a.matches(l));
            }
            SCOPED_TRACE(formatSelector(a) + " vs " + formatSelector(b));
            // NotIn over the whole small universe is the only place a real value outside it matters.
            if (&a != &all[6] && &b != &all[6]) {
                EXPECT_EQ(selectorsOverlap(a, b), some);
                EXPECT_EQ(selectorCovers(a, b), every);
            }
        }
    }
}

TEST(SelectorLogic, CoversTheObviousCases)
{
    EXPECT_TRUE(selectorCovers(sel({}), sel({{"app", "web"}})));
    EXPECT_TRUE(selectorCovers(sel({{"app", "web"}}), sel({{"app", "web"}, {"tier", "x"}})));
    EXPECT_FALSE(selectorCovers(sel({{"app", "web"}, {"tier", "x"}}), sel({{"app", "web"}})));
    EXPECT_TRUE(selectorCovers(sel({}, {{"env", "NotIn", {"dev"}}}), sel({{"env", "prod"}})));
    EXPECT_FALSE(selectorCovers(sel({}, {{"env", "In", {"prod"}}}), sel({}, {{"env", "NotIn", {"dev"}}})));
    EXPECT_TRUE(selectorsOverlap(sel({{"app", "a"}}), sel({{"tier", "b"}})));
    EXPECT_FALSE(selectorsOverlap(sel({{"app", "a"}}), sel({{"app", "b"}})));
}

TEST(SelectorLogic, NamespacesNamedBySelectors)
{
    const std::string name = kNamespaceNameLabel;
    EXPECT_EQ(namespacesNamedBy(sel({{name, "prod"}})), (std::set<std::string>{"prod"}));
    EXPECT_EQ(namespacesNamedBy(sel({}, {{name, "In", {"a", "b"}}})), (std::set<std::string>{"a", "b"}));
    EXPECT_EQ(namespacesNamedBy(sel({{name, "prod"}, {"team", "x"}})), std::nullopt) << "depends on another label";
    EXPECT_EQ(namespacesNamedBy(sel({})), std::nullopt) << "every namespace";
    EXPECT_TRUE(mayMatchNamespace(sel({{"team", "x"}}), "prod"));
    EXPECT_FALSE(mayMatchNamespace(sel({{name, "dev"}}), "prod"));
    EXPECT_TRUE(mayMatchNamespace(sel({}, {{name, "NotIn", {"dev"}}}), "prod"));
}

TEST(SelectorLogic, Format)
{
    EXPECT_EQ(formatSelector(sel({})), "{}");
    EXPECT_EQ(formatSelector(sel({{"app", "web"}}, {{"tier", "In", {"a", "b"}}, {"canary", "DoesNotExist", {}}})),
              "app=web,tier in (a,b),!canary");
}
