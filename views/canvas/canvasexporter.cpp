#include "views/canvas/canvasexporter.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/common/designsource.h"

#include "model/core/fileio.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace Netpol {

CanvasExporter::CanvasExporter(DesignSource *source)
    : m_scene(std::make_unique<DesignScene>(source)),
      m_title(QString::fromStdString(source->design().metadata.name))
{
    m_scene->setShowGrid(false);
    m_scene->setShowFullText(true); // no elided names in a picture that has no tooltips
    // Cached items would be drawn as pixmaps into the SVG; painted directly they stay vectors.
    for (QGraphicsItem *item : m_scene->items())
        item->setCacheMode(QGraphicsItem::NoCache);
}

CanvasExporter::~CanvasExporter() = default;

bool CanvasExporter::isEmpty() const
{
    return m_scene->designBounds().isNull();
}

QRectF CanvasExporter::sourceRect() const
{
    const QRectF bounds = m_scene->designBounds();
    if (bounds.isNull())
        return {};
    // Whole units, so the picture's size is exact.
    const QRectF withMargin = bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    const double left = std::floor(withMargin.left());
    const double top = std::floor(withMargin.top());
    return QRectF(left, top, std::ceil(withMargin.right()) - left,
                  std::ceil(withMargin.bottom()) - top);
}

double CanvasExporter::pngScale() const
{
    const QRectF rect = sourceRect();
    if (rect.isEmpty())
        return kPngScale;
    const double longest = std::max(rect.width(), rect.height());
    const double area = rect.width() * rect.height();
    return std::min({kPngScale, kMaxPngSide / longest, std::sqrt(kMaxPngPixels / area)});
}

QSize CanvasExporter::pngSize() const
{
    const QRectF rect = sourceRect();
    const double scale = pngScale();
    return {int(std::ceil(rect.width() * scale)), int(std::ceil(rect.height() * scale))};
}

QByteArray CanvasExporter::svg() const
{
    const QRectF rect = sourceRect();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(rect.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), rect.size()));
    generator.setTitle(m_title);
    generator.setDescription(QStringLiteral("Netpol Designer canvas"));
    generator.setResolution(96); // so that a browser shows one canvas unit as one pixel
    {
        QPainter painter(&generator); // the file is complete when the painter ends
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->finishRouting();
        m_scene->render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    }
    return buffer.data();
}

QImage CanvasExporter::image() const
{
    return image(pngScale());
}

QImage CanvasExporter::image(double scale) const
{
    const QRectF rect = sourceRect();
    QImage image(int(std::ceil(rect.width() * scale)), int(std::ceil(rect.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(CanvasStyle::canvasBackground());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    m_scene->finishRouting();
    m_scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), rect);
    return image;
}

bool CanvasExporter::write(const QString &path, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (isEmpty())
        return fail(tr("The design is empty: there is nothing to export."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("svg")) {
        bytes = svg();
    } else if (suffix == QLatin1String("png")) {
        const QImage picture = image();
        if (picture.isNull())
            return fail(tr("The canvas is too large for a PNG image (%1 × %2 pixels).")
                            .arg(pngSize().width())
                            .arg(pngSize().height()));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(picture))
            return fail(writer.errorString());
    } else {
        return fail(tr("Name the file .svg or .png: the extension picks the format."));
    }
    std::string reason;
    if (!writeFileAtomically(path.toStdString(), bytes.toStdString(), &reason))
        return fail(QString::fromStdString(reason));
    return true;
}

} // namespace Netpol
