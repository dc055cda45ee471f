#pragma once

#include "model/design/design.h"

namespace Netpol {

// Where a new card goes in a namespace: the free place nearest to where it was dropped, or
// the frame grows to hold it.
struct Placement
{
    Point position; // the card's top-left corner
    Rect frame;     // the namespace's frame, grown when the card did not fit in it
    bool grown = false;
};

// Free means below the frame's title band, inside the frame with a margin, and at least a
// margin away from every other card of the namespace. When the frame has no such place, the
// card goes just beside or below what is there and the frame grows around it. Positions stay
// on the canvas's 20-unit grid. Time grows with the frame's area and the namespace's cards.
Placement placeInNamespace(const Design &design, const Namespace &ns, Point wanted, double width,
                           double height);

} // namespace Netpol
