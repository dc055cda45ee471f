#pragma once

// Parts of the design writer (private to model/design): designwriterguardrails.cpp writes
// the `guardrails:` section.

#include "model/design/guardrail.h"
#include "model/manifests/yamlsupport_p.h"

#include <vector>

namespace Netpol {

// `guardrails:` with its list, block style per guardrail and rule, flow style below.
void emitGuardrails(YAML::Emitter &out, const std::vector<Guardrail> &guardrails);

} // namespace Netpol
