#include "views/canvas/canvasstyle.h"

#include <QFontDatabase>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace Netpol::CanvasStyle {

QColor kindColor(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::Deployment:
        return QColor(0x2f, 0x7d, 0xe1);
    case WorkloadKind::StatefulSet:
        return QColor(0x8e, 0x44, 0xad);
    case WorkloadKind::DaemonSet:
        return QColor(0x16, 0xa0, 0x85);
    case WorkloadKind::Pod:
        return QColor(0x5d, 0x6d, 0x7e);
    case WorkloadKind::Job:
        return QColor(0xd3, 0x54, 0x00);
    case WorkloadKind::CronJob:
        return QColor(0xc0, 0x39, 0x2b);
    case WorkloadKind::ReplicaSet:
        return QColor(0x27, 0x97, 0xb0);
    }
    return QColor(0x5d, 0x6d, 0x7e);
}

QString kindShortName(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::Deployment:
        return QStringLiteral("deploy");
    case WorkloadKind::StatefulSet:
        return QStringLiteral("sts");
    case WorkloadKind::DaemonSet:
        return QStringLiteral("ds");
    case WorkloadKind::Pod:
        return QStringLiteral("pod");
    case WorkloadKind::Job:
        return QStringLiteral("job");
    case WorkloadKind::CronJob:
        return QStringLiteral("cj");
    case WorkloadKind::ReplicaSet:
        return QStringLiteral("rs");
    }
    return {};
}

QColor canvasBackground()
{
    return current().canvasBackground;
}
QColor gridDot()
{
    return current().gridDot;
}
QColor textColor()
{
    return current().text;
}
QColor mutedText()
{
    return current().mutedText;
}
QColor selectionColor()
{
    return current().selection;
}
QColor flowColor()
{
    return current().flow;
}
QColor managedBorder()
{
    return current().managedBorder;
}
QColor managedFill()
{
    return current().managedFill;
}
QColor managedHeader()
{
    return current().managedHeader;
}
QColor unmanagedBorder()
{
    return current().unmanagedBorder;
}
QColor unmanagedFill()
{
    return current().unmanagedFill;
}
QColor unmanagedHeader()
{
    return current().unmanagedHeader;
}
QColor externalBorder()
{
    return current().externalBorder;
}
QColor externalFill()
{
    return current().externalFill;
}
QColor errorColor()
{
    return current().error;
}
QColor cardFill()
{
    return current().cardFill;
}
QColor linkColor()
{
    return current().link;
}

QColor kindText(WorkloadKind kind)
{
    const QList<QColor> &all = current().kindText;
    const int i = int(kind);
    return i >= 0 && i < all.size() ? all[i] : current().mutedText;
}

namespace {

QFont baseFont(double pointSize, int weight = QFont::Normal)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    font.setWeight(QFont::Weight(weight));
    return font;
}

} // namespace

QFont titleFont()
{
    static const QFont font = baseFont(9.5, QFont::DemiBold);
    return font;
}

QFont bodyFont()
{
    static const QFont font = baseFont(8.5);
    return font;
}

QFont monoFont()
{
    static const QFont font = [] {
        QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        f.setPointSizeF(8);
        return f;
    }();
    return font;
}

QFont smallFont()
{
    static const QFont font = baseFont(8, QFont::Medium);
    return font;
}

namespace {
double g_gridSize = kGrid;
} // namespace

double gridSize()
{
    return g_gridSize;
}

void setGridSize(double size)
{
    g_gridSize = std::clamp(size, 5.0, 200.0);
}

double snap(double value)
{
    return std::round(value / gridSize()) * gridSize();
}

QPointF snap(QPointF point)
{
    return {snap(point.x()), snap(point.y())};
}

} // namespace Netpol::CanvasStyle
