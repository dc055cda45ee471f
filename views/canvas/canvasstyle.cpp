#include "views/canvas/canvasstyle.h"

#include <QFontDatabase>
#include <QGuiApplication>

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
    return QColor(0xfa, 0xfb, 0xfc);
}
QColor gridDot()
{
    return QColor(0xd5, 0xda, 0xe1);
}
QColor textColor()
{
    return QColor(0x1f, 0x29, 0x37);
}
QColor mutedText()
{
    return QColor(0x5f, 0x6b, 0x7a);
}
QColor selectionColor()
{
    return QColor(0x1e, 0x6f, 0xd9);
}
QColor flowColor()
{
    return QColor(0x3d, 0x4a, 0x5c);
}
QColor managedBorder()
{
    return QColor(0x3b, 0x6e, 0xb4);
}
QColor managedFill()
{
    return QColor(0xf1, 0xf6, 0xfd);
}
QColor managedHeader()
{
    return QColor(0xdc, 0xe8, 0xf8);
}
QColor unmanagedBorder()
{
    return QColor(0x98, 0xa1, 0xac);
}
QColor unmanagedFill()
{
    return QColor(0xf5, 0xf5, 0xf4);
}
QColor unmanagedHeader()
{
    return QColor(0xe9, 0xe9, 0xe7);
}
QColor externalBorder()
{
    return QColor(0xc2, 0x7c, 0x1e);
}
QColor externalFill()
{
    return QColor(0xff, 0xf7, 0xea);
}
QColor errorColor()
{
    return QColor(0xc6, 0x28, 0x28);
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

double snap(double value)
{
    return std::round(value / kGrid) * kGrid;
}

QPointF snap(QPointF point)
{
    return {snap(point.x()), snap(point.y())};
}

} // namespace Netpol::CanvasStyle
