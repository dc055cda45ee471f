#pragma once

#include "model/k8s/networkpolicy.h"

#include <optional>
#include <set>
#include <string>

namespace Netpol {

// Reasoning about label selectors when the labelled objects are not known: could any object
// match, could one object match two selectors, does every object one selector picks also match
// another. All answers are exact for Kubernetes' selector semantics (matchLabels and every
// expression ANDed, NotIn and DoesNotExist satisfied by a missing key, an unknown operator
// matching nothing), because each key is constrained independently of the others.

// A label map the selector matches, with as few keys as possible; nullopt when none exists
// (contradictory requirements such as `app: a` with `app In [b]`, or an invalid operator).
std::optional<Labels> sampleLabels(const LabelSelector &selector);

inline bool canMatchAnything(const LabelSelector &selector)
{
    return sampleLabels(selector).has_value();
}

// Both selectors' requirements in one (what an object matching both must satisfy).
LabelSelector intersectSelectors(const LabelSelector &a, const LabelSelector &b);

// Could one label map match both selectors?
bool selectorsOverlap(const LabelSelector &a, const LabelSelector &b);

// Does every label map that `inner` matches also match `outer`?
bool selectorCovers(const LabelSelector &outer, const LabelSelector &inner);

// The namespace names a namespaceSelector certainly selects whatever other labels those
// namespaces carry: the values it allows for kubernetes.io/metadata.name, when it constrains
// nothing else. nullopt when the selector is not of that form (it depends on other labels, or
// allows any name).
std::optional<std::set<std::string>> namespacesNamedBy(const LabelSelector &namespaceSelector);

// Could a namespace called `ns`, whose other labels are unknown, match the selector?
bool mayMatchNamespace(const LabelSelector &namespaceSelector, const std::string &ns);

// "app=web,tier In (a,b),!canary", for messages; "{}" (every object) when empty.
std::string formatSelector(const LabelSelector &selector);

} // namespace Netpol
