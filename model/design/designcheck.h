#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"

namespace Netpol {

// The errors that make a design impossible to generate from: invalid or duplicate names,
// labels Kubernetes would refuse, references to undeclared elements, bad ports and CIDRs.
// Every diagnostic names its element (with its index) and field, so a SourceMap can place it
// in the file. Lint (warnings about meaning) lives in the validator, not here.
Diagnostics checkDesign(const Design &design);

// Label map rules shared with the inspector: one message per bad key or value.
Diagnostics checkLabels(const Labels &labels, const ElementRef &element, const std::string &field);

} // namespace Netpol
