#pragma once

namespace Netpol::CanvasMetrics {

// The sizes the designer's canvas draws elements at, in canvas units (1 unit = 1 pixel at
// 100% zoom = 1 Graphviz point). The canvas items and the automatic layout (autolayout.h)
// both use these, so an arranged design fits the canvas as drawn.
inline constexpr double kWorkloadWidth = 200;
inline constexpr double kWorkloadHeight = 76;
inline constexpr double kExternalWidth = 200;
inline constexpr double kExternalHeight = 60;
// The band at the top of a namespace frame that holds its name and default deny.
inline constexpr double kNamespaceHeader = 30;
// A flow to or from every pod (*/*) is drawn as a stub beside its element with a badge at
// the open end: the stub's length and the badge's width.
inline constexpr double kEveryPodStub = 120;
inline constexpr double kEveryPodBadgeWidth = 92;

} // namespace Netpol::CanvasMetrics
