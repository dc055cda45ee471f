#pragma once

#include "model/analysis/connectionlist.h"
#include "model/core/diagnostic.h"
#include "model/design/design.h"

#include <QList>

namespace Netpol {

// The design's elements an end of a connection list (or of a connection change) stands for: its
// workload, or the externals whose range (minus their except lists) holds an address set.
// Looked up by name in `design` as it is now; nothing for what the design no longer has.
QList<ElementRef> elementsOfEndpoint(const Design &design, const ConnectionEndpoint &end);

// What selecting a connection selects on the canvas: the flow the design draws exactly between
// the two ends when there is one, else the elements of both ends.
QList<ElementRef> connectionSelection(const Design &design, const ConnectionEndpoint &from,
                                      const ConnectionEndpoint &to);

} // namespace Netpol
