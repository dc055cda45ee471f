#include "model/k8s/selectorlogic.h"

#include <algorithm>
#include <map>

namespace Netpol {

namespace {

// What a selector allows for one key: whether the key may be missing, and the values it may
// have: a finite set, or every value except a finite set.
struct KeyConstraint
{
    bool absentAllowed = true;
    bool finite = false; // values = `values` when finite, else all but `values`
    std::set<std::string> values;

    bool anyValue() const { return finite ? !values.empty() : true; }
    bool satisfiable() const { return absentAllowed || anyValue(); }
    bool unconstrained() const { return absentAllowed && !finite && values.empty(); }

    void allowOnly(const std::set<std::string> &allowed)
    {
        absentAllowed = false;
        restrictValues(true, allowed);
    }

    void restrictValues(bool finiteSet, const std::set<std::string> &set)
    {
        std::set<std::string> out;
        if (finite && finiteSet) {
            std::set_intersection(values.begin(), values.end(), set.begin(), set.end(),
                                  std::inserter(out, out.end()));
        } else if (finite) { // finite minus the excluded set
            std::set_difference(values.begin(), values.end(), set.begin(), set.end(),
                                std::inserter(out, out.end()));
        } else if (finiteSet) {
            std::set_difference(set.begin(), set.end(), values.begin(), values.end(),
                                std::inserter(out, out.end()));
        } else { // both "all but": the union is excluded
            out = values;
            out.insert(set.begin(), set.end());
        }
        finite = finite || finiteSet;
        values = std::move(out);
    }

    // Every state `this` allows is allowed by `outer`.
    bool within(const KeyConstraint &outer) const
    {
        if (absentAllowed && !outer.absentAllowed)
            return false;
        if (!anyValue())
            return true;
        if (finite && outer.finite)
            return std::includes(outer.values.begin(), outer.values.end(), values.begin(),
                                 values.end());
        if (finite)
            return std::none_of(values.begin(), values.end(),
                                [&](const std::string &v) { return outer.values.count(v) > 0; });
        if (outer.finite)
            return false; // infinitely many values cannot fit a finite set
        return std::includes(values.begin(), values.end(), outer.values.begin(),
                             outer.values.end());
    }

    // A value this constraint accepts (it must have one).
    std::string someValue() const
    {
        if (finite)
            return *values.begin();
        std::string candidate;
        for (int i = 0; values.count(candidate); ++i)
            candidate = "v" + std::to_string(i);
        return candidate;
    }
};

struct Constraints
{
    std::map<std::string, KeyConstraint> keys;
    bool impossible = false; // an invalid operator or In without values: matches nothing

    bool satisfiable() const
    {
        return !impossible && std::all_of(keys.begin(), keys.end(), [](const auto &k) {
            return k.second.satisfiable();
        });
    }
    KeyConstraint of(const std::string &key) const
    {
        const auto it = keys.find(key);
        return it == keys.end() ? KeyConstraint{} : it->second;
    }
};

Constraints constraintsOf(const LabelSelector &selector)
{
    Constraints c;
    for (const auto &[key, value] : selector.matchLabels)
        c.keys[key].allowOnly({value});
    for (const LabelSelectorRequirement &r : selector.matchExpressions) {
        const std::set<std::string> values(r.values.begin(), r.values.end());
        KeyConstraint &k = c.keys[r.key];
        if (r.op == "In") {
            if (values.empty())
                c.impossible = true;
            k.allowOnly(values);
        } else if (r.op == "NotIn") {
            k.restrictValues(false, values);
        } else if (r.op == "Exists") {
            k.absentAllowed = false;
        } else if (r.op == "DoesNotExist") {
            k.restrictValues(true, {});
        } else {
            c.impossible = true;
        }
    }
    return c;
}

} // namespace

std::optional<Labels> sampleLabels(const LabelSelector &selector)
{
    if (selector.matchExpressions.empty()) // the common case, without building constraints
        return selector.matchLabels;
    const Constraints c = constraintsOf(selector);
    if (!c.satisfiable())
        return std::nullopt;
    Labels labels;
    for (const auto &[key, k] : c.keys) {
        if (!k.absentAllowed)
            labels[key] = k.someValue();
    }
    return labels;
}

LabelSelector intersectSelectors(const LabelSelector &a, const LabelSelector &b)
{
    LabelSelector out = a;
    for (const auto &[key, value] : b.matchLabels) {
        const auto [it, inserted] = out.matchLabels.emplace(key, value);
        if (!inserted && it->second != value) // keep the conflict visible to the logic
            out.matchExpressions.push_back({key, "In", {value}});
    }
    out.matchExpressions.insert(out.matchExpressions.end(), b.matchExpressions.begin(),
                                b.matchExpressions.end());
    return out;
}

bool selectorsOverlap(const LabelSelector &a, const LabelSelector &b)
{
    if (a.matchExpressions.empty() && b.matchExpressions.empty()) {
        for (const auto &[key, value] : a.matchLabels) {
            const auto it = b.matchLabels.find(key);
            if (it != b.matchLabels.end() && it->second != value)
                return false;
        }
        return true;
    }
    return canMatchAnything(intersectSelectors(a, b));
}

bool selectorCovers(const LabelSelector &outer, const LabelSelector &inner)
{
    if (outer.isEmpty())
        return true;
    if (outer.matchExpressions.empty() && inner.matchExpressions.empty())
        return labelsContain(inner.matchLabels, outer.matchLabels);
    const Constraints in = constraintsOf(inner);
    if (!in.satisfiable())
        return true;
    const Constraints out = constraintsOf(outer);
    if (out.impossible)
        return false;
    return std::all_of(out.keys.begin(), out.keys.end(),
                       [&](const auto &entry) { return in.of(entry.first).within(entry.second); });
}

std::optional<std::set<std::string>> namespacesNamedBy(const LabelSelector &namespaceSelector)
{
    const Constraints c = constraintsOf(namespaceSelector);
    if (c.impossible)
        return std::set<std::string>{};
    std::optional<std::set<std::string>> names;
    for (const auto &[key, k] : c.keys) {
        if (key == kNamespaceNameLabel && k.finite)
            names = k.absentAllowed ? std::set<std::string>{} : k.values;
        else if (!k.unconstrained())
            return std::nullopt;
    }
    return names;
}

bool mayMatchNamespace(const LabelSelector &namespaceSelector, const std::string &ns)
{
    return selectorsOverlap(namespaceSelector,
                            LabelSelector::fromLabels({{kNamespaceNameLabel, ns}}));
}

std::string formatSelector(const LabelSelector &selector)
{
    if (selector.isEmpty())
        return "{}";
    std::string out = formatLabels(selector.matchLabels);
    for (const LabelSelectorRequirement &r : selector.matchExpressions) {
        if (!out.empty())
            out += ',';
        if (r.op == "Exists") {
            out += r.key;
        } else if (r.op == "DoesNotExist") {
            out += '!' + r.key;
        } else {
            out += r.key + ' ' + (r.op == "NotIn" ? "notin" : r.op == "In" ? "in" : r.op) + " (";
            for (std::size_t i = 0; i < r.values.size(); ++i)
                out += (i ? "," : "") + r.values[i];
            out += ')';
        }
    }
    return out;
}

} // namespace Netpol
