#pragma once

#include "model/core/diagnostic.h"
#include "model/core/sourcemap.h"
#include "model/design/design.h"

#include <optional>
#include <string>

namespace Netpol {

inline constexpr const char *kDesignApiVersion = "netpol-designer/v1";
inline constexpr const char *kDesignKind = "Design";

struct DesignReadResult
{
    // Set only when the file had no errors: a half-read design is never passed on.
    std::optional<Design> design;
    Diagnostics diagnostics;  // located errors (and warnings)
    SourceMap sourceMap;      // where each element and field was in the file
    bool unreadable = false;  // the file could not be opened at all
};

// Reads a design from YAML text; `file` is used in messages.
DesignReadResult readDesign(const std::string &text, const std::string &file);
DesignReadResult readDesignFile(const std::string &path);

} // namespace Netpol
