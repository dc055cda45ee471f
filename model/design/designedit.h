#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"

#include <optional>
#include <variant>
#include <vector>

namespace Netpol {

// The designer changes a design only through DesignEdits: lists of primitive changes that
// know how to undo themselves. The document applies them (and tells its views what changed);
// the operations in designoperations.h build them from the user's requests.

using ElementKind = ElementRef::Kind; // Namespace, Workload, External or Flow here
using ElementValue = std::variant<Namespace, Workload, External, Flow>;

struct ElementChange
{
    enum class Op { Insert, Remove, Replace };

    Op op = Op::Replace;
    ElementKind kind = ElementKind::Workload;
    int index = 0;
    ElementValue value; // Insert: the new element; Replace: its new value; Remove: unused

    static ElementChange insert(int index, ElementValue value);
    static ElementChange remove(ElementKind kind, int index);
    static ElementChange replace(int index, ElementValue value);

    bool operator==(const ElementChange &) const = default;
};

struct DesignEdit
{
    std::vector<ElementChange> changes; // applied in order
    std::optional<Options> options;
    std::optional<DesignMetadata> metadata;
    std::optional<std::vector<Expectation>> expectations; // the whole `expect:` list
    std::optional<std::vector<Guardrail>> guardrails;     // the whole `guardrails:` list

    bool empty() const
    {
        return changes.empty() && !options && !metadata && !expectations && !guardrails;
    }
    bool operator==(const DesignEdit &) const = default;
};

ElementKind kindOf(const ElementValue &value);
int elementCount(const Design &design, ElementKind kind);
bool isValidIndex(const Design &design, ElementKind kind, int index);
ElementValue elementAt(const Design &design, ElementKind kind, int index);
ElementRef refTo(const Design &design, ElementKind kind, int index); // with names and index
ElementRef refOfValue(const ElementValue &value, int index);

// The design without positions and frames: everything the generated policies depend on, so
// two designs whose layout-free forms are equal generate the same policies.
Design withoutLayout(Design design);

// Applies one change (its index must be valid for the design) and returns the change that
// undoes it.
ElementChange applyChange(Design &design, const ElementChange &change);

// Applies every change in order and returns the edit that restores the design exactly.
DesignEdit applyEdit(Design &design, const DesignEdit &edit);

} // namespace Netpol
