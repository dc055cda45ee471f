#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>

class QImage;

namespace Netpol {

class DesignScene;
class DesignSource;

// File > Export Canvas: the canvas itself as SVG (QSvgGenerator) or PNG, drawn by the same
// items as on screen but in a scene of its own, so nothing of the editing state shows: no grid,
// selection, hover, connector dots or problem badges. The picture is the design's bounding
// rectangle with a margin.
class CanvasExporter
{
    Q_DECLARE_TR_FUNCTIONS(CanvasExporter)

public:
    static constexpr double kMargin = 40;
    static constexpr double kPngScale = 2;    // pixels per canvas unit, for sharp text
    static constexpr int kMaxPngSide = 16000; // bigger designs get a smaller scale
    static constexpr double kMaxPngPixels = 100e6;

    explicit CanvasExporter(DesignSource *source);
    ~CanvasExporter();

    bool isEmpty() const;
    QRectF sourceRect() const; // the part of the canvas exported, in canvas units
    double pngScale() const;
    QSize pngSize() const;

    QByteArray svg() const;
    QImage image() const; // at pngScale()
    QImage image(double scale) const;
    // Writes SVG or PNG as the file's extension says, atomically.
    bool write(const QString &path, QString *error) const;

private:
    std::unique_ptr<DesignScene> m_scene;
    QString m_title;
};

} // namespace Netpol
