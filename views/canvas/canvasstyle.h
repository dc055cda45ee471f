#pragma once

#include "views/canvas/canvastheme.h"

#include "model/design/canvasmetrics.h"
#include "model/design/design.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QSizeF>

class QPainter;
class QIcon;

namespace Netpol::CanvasStyle {

// Geometry shared by the canvas items and the requests they make. The element sizes come from
// the model's CanvasMetrics, which the automatic layout uses too.
inline constexpr double kGrid = 20;
inline constexpr QSizeF kWorkloadSize{CanvasMetrics::kWorkloadWidth,
                                      CanvasMetrics::kWorkloadHeight};
inline constexpr QSizeF kExternalSize{CanvasMetrics::kExternalWidth,
                                      CanvasMetrics::kExternalHeight};
inline constexpr double kHeaderHeight = CanvasMetrics::kNamespaceHeader;
inline constexpr double kConnectorRadius = 5.5;
inline constexpr QSizeF kMinimumNamespaceSize{220, 140};

// A workload's anchor: the centre of its box, where "which namespace is it in" is decided.
inline Point workloadAnchor()
{
    return {kWorkloadSize.width() / 2, kWorkloadSize.height() / 2};
}

// The colours below are the current theme's (canvastheme.h); current() has the rest.
QColor kindColor(WorkloadKind kind);
QColor kindText(WorkloadKind kind); // the kind's name on a card, readable on cardFill()
QString kindShortName(WorkloadKind kind); // "Deploy", "STS", ... for tight places

QColor canvasBackground();
QColor gridDot();
QColor textColor();
QColor mutedText();
QColor selectionColor();
QColor flowColor();
QColor managedBorder();
QColor managedFill();
QColor managedHeader();
QColor unmanagedBorder();
QColor unmanagedFill();
QColor unmanagedHeader();
QColor externalBorder();
QColor externalFill();
QColor errorColor();
QColor cardFill();
QColor linkColor();

QFont titleFont(); // element names
QFont bodyFont(); // kinds, badges
QFont monoFont(); // labels, CIDRs, ports
QFont smallFont(); // port labels on flows

// The grid that positions snap to (Edit > Preferences; kGrid unless changed).
double gridSize();
void setGridSize(double size);
double snap(double value); // to the grid
QPointF snap(QPointF point);

} // namespace Netpol::CanvasStyle
