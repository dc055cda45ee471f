// File > Export Canvas: the canvas as SVG and PNG, as drawn, without the editing decorations.

#include "viewtestsupport.h"

#include "document.h"
#include "views/canvas/canvasexporter.h"
#include "views/canvas/bundleitem.h"
#include "views/canvas/designscene.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"

#include "support/testsupport.h"
#include "model/core/fileio.h"
#include "model/design/designwriter.h"
#include "views/canvas/canvasstyle.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <filesystem>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

void openExample(Document &document, const char *name)
{
    bool ok = false;
    document.open(QString::fromStdString(examplePath(name)), &ok);
    ASSERT_TRUE(ok) << name;
}

// The live canvas drawn the way the export should be: no grid, nothing selected.
QImage renderLive(DesignScene &scene, const QRectF &source, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(CanvasStyle::canvasBackground());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    return image;
}

} // namespace

TEST(CanvasExport, SvgIsXmlWithAnSvgRootAndVectorText)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    const CanvasExporter exporter(&document);
    const QRectF rect = exporter.sourceRect();
    QXmlStreamReader xml(exporter.svg());
    QString root;
    QString viewBox;
    int images = 0;
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty()) {
            root = xml.name().toString();
            viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
        }
        if (xml.name() == QStringLiteral("image"))
            ++images;
        if (xml.name() == QStringLiteral("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(root, QStringLiteral("svg"));
    EXPECT_EQ(viewBox, QStringLiteral("0 0 %1 %2").arg(rect.width()).arg(rect.height()));
    EXPECT_EQ(images, 0) << "items are drawn as vectors, not as cached pixmaps";
    for (const char *name : {"frontend", "api-server", "database", "production", "ingress-nginx"})
        EXPECT_TRUE(texts.contains(QLatin1String(name))) << name;
}

TEST(CanvasExport, TheSvgShowsWhatThePngShows)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    const CanvasExporter exporter(&document);
    const QImage png = exporter.image(1.0).convertToFormat(QImage::Format_ARGB32);
    QSvgRenderer svg(exporter.svg());
    ASSERT_TRUE(svg.isValid());
    QImage drawn(png.size(), QImage::Format_ARGB32);
    drawn.fill(Qt::white);
    {
        QPainter painter(&drawn);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        svg.render(&painter, QRectF(QPointF(0, 0), QSizeF(png.size())));
    }
    // Text is laid out again by the renderer, and QtSvg leaves out the faint hatching of
    // unmanaged namespaces (an SVG pattern, which browsers draw): so compare loosely, nearly
    // every pixel close and on average very close. (Measured: 1.7 levels, 1.1% beyond 64.)
    double total = 0;
    int far = 0;
    for (int y = 0; y < png.height(); ++y) {
        for (int x = 0; x < png.width(); ++x) {
            const QRgb a = png.pixel(x, y);
            const QRgb b = drawn.pixel(x, y);
            const int d = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                    std::abs(qBlue(a) - qBlue(b))});
            total += d;
            far += d > 64;
        }
    }
    const double pixels = double(png.width()) * png.height();
    EXPECT_LT(total / pixels, 3.0);
    EXPECT_LT(far / pixels, 0.02) << "a shifted or missing drawing differs everywhere";
}

TEST(CanvasExport, PngHasTheSignatureAndTheExpectedSize)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    const CanvasExporter exporter(&document);
    const std::string path = makeTempDir() + "/shop.png";
    QString error;
    ASSERT_TRUE(exporter.write(QString::fromStdString(path), &error)) << error.toStdString();
    const std::string bytes = readFile(path);
    EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    const QImage image(QString::fromStdString(path));
    const QRectF rect = exporter.sourceRect();
    EXPECT_EQ(image.size(), QSize(int(std::ceil(rect.width() * CanvasExporter::kPngScale)),
                                  int(std::ceil(rect.height() * CanvasExporter::kPngScale))));
    EXPECT_EQ(image.size(), exporter.pngSize());
}

TEST(CanvasExport, TheWholeDesignWithAMargin)
{
    Document document;
    openExample(document, "online-shop.netpol.yaml");
    DesignScene scene(&document);
    const CanvasExporter exporter(&document);
    const QRectF rect = exporter.sourceRect();
    const double m = CanvasExporter::kMargin;
    const QRectF wanted = scene.designBounds().adjusted(-m, -m, m, m);
    EXPECT_TRUE(rect.contains(wanted));
    EXPECT_LT(rect.width() - wanted.width(), 2.0) << "rounded out to whole units only";
    EXPECT_LT(rect.height() - wanted.height(), 2.0);
    int drawn = 0;
    for (QGraphicsItem *item : scene.items()) {
        if (item->parentItem() && !qgraphicsitem_cast<WorkloadItem *>(item))
            continue; // parts of an item
        if (item->type() == BundleItem::Type)
            continue; // drawn only zoomed out below 35%, never in an export (1x or 2x)
        EXPECT_TRUE(rect.contains(item->sceneBoundingRect())) << "item of type " << item->type();
        ++drawn;
    }
    EXPECT_GT(drawn, 10);
}

TEST(CanvasExport, IsTheCanvasAsDrawnWithoutSelectionOrGrid)
{
    Document document;
    openExample(document, "production.netpol.yaml");
    DesignScene live(&document);
    const CanvasExporter exporter(&document);
    const QImage exported = exporter.image();

    // The live canvas, grid off and nothing selected, draws the same picture. (On screen the
    // items paint through a pixmap cache, which rounds a few edge pixels differently.)
    live.setShowGrid(false);
    live.setShowFullText(true); // as exports do: no text elided in a picture without tooltips
    for (QGraphicsItem *item : live.items())
        item->setCacheMode(QGraphicsItem::NoCache);
    const QImage plain = renderLive(live, exporter.sourceRect(), exported.size());
    EXPECT_TRUE(plain == exported) << "the export differs from the canvas";

    // Selection, the Connect tool's dots and the grid show on the canvas, not in the export.
    for (QGraphicsItem *item : live.items())
        item->setSelected(item->flags() & QGraphicsItem::ItemIsSelectable);
    live.setConnectMode(true);
    live.setShowGrid(true);
    EXPECT_FALSE(renderLive(live, exporter.sourceRect(), exported.size()) == exported);
    EXPECT_TRUE(CanvasExporter(&document).image() == exported);
}

TEST(CanvasExport, RefusesAnEmptyDesignAndUnknownFormats)
{
    Document document;
    QString error;
    const std::string dir = makeTempDir();
    EXPECT_FALSE(CanvasExporter(&document).write(QString::fromStdString(dir + "/e.svg"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("empty"))) << error.toStdString();
    openExample(document, "production.netpol.yaml");
    EXPECT_FALSE(CanvasExporter(&document).write(QString::fromStdString(dir + "/e.jpg"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".svg or .png"))) << error.toStdString();
    EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(CanvasExport, AHugeCanvasGetsASmallerScale)
{
    Document document;
    Design design;
    design.metadata.name = "far apart";
    Namespace a;
    a.name = "a";
    a.geometry = {0, 0, 300, 200};
    Namespace b = a;
    b.name = "b";
    b.geometry = {40000, 9000, 300, 200};
    design.namespaces = {a, b};
    document.reset(design, QString());
    const CanvasExporter exporter(&document);
    EXPECT_LT(exporter.pngScale(), 1.0);
    const QSize size = exporter.pngSize();
    EXPECT_LE(std::max(size.width(), size.height()), CanvasExporter::kMaxPngSide);
    EXPECT_LE(double(size.width()) * size.height(), CanvasExporter::kMaxPngPixels * 1.001);
}

TEST(CanvasExport, LongTextsAreElidedOnTheCanvasAndWholeInExportsAndTooltips)
{
    const std::string longName = "payments-settlement-reconciliation-worker-eu-west-primary";
    const std::string longNs = "finance-settlement-reconciliation-production-eu-west-primary";
    const std::string longValue = "settlement-reconciliation-batch-processing-team";
    Design d;
    d.metadata.name = "long-texts";
    Namespace ns;
    ns.name = longNs;
    ns.labels = {{"owner", longValue}};
    ns.geometry = {0, 0, 260, 340};
    d.namespaces.push_back(ns);
    for (int i = 0; i < 2; ++i) {
        Workload w;
        w.name = i == 0 ? longName : "ledger";
        w.ns = longNs;
        w.labels = {{"app", w.name}, {"team", longValue}};
        w.ports = {{"http", 8080, Protocol::TCP}};
        w.position = {30, 60.0 + 160 * i};
        d.workloads.push_back(w);
    }
    Flow flow{Endpoint::workload(longNs, longName), Endpoint::workload(longNs, "ledger"), {}};
    for (int port = 8000; port < 8012; ++port)
        flow.ports.push_back(FlowPort::number(port));
    d.flows.push_back(flow);
    Document document;
    document.reset(d, QString());

    // On the canvas: elided, drawn as an SVG of the live scene.
    DesignScene scene(&document);
    scene.setShowGrid(false);
    scene.finishRouting();
    QByteArray live;
    {
        QBuffer buffer(&live);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        const QRectF rect = scene.designBounds().adjusted(-40, -40, 40, 40);
        generator.setViewBox(rect);
        QPainter painter(&generator);
        scene.render(&painter, rect, rect);
    }
    const QString liveSvg = QString::fromUtf8(live);
    const QString ports = scene.flowItems().front()->label();
    ASSERT_TRUE(ports.contains(QStringLiteral("8011")));
    for (const std::string &text : {longName, longNs, "team=" + longValue}) {
        EXPECT_FALSE(liveSvg.contains(QString::fromStdString(text)))
            << text << " is too long for its card and must be elided on the canvas";
    }
    EXPECT_FALSE(liveSvg.contains(ports)) << "the port pill is elided too";
    EXPECT_TRUE(liveSvg.contains(QChar(0x2026))) << "with an ellipsis";
    EXPECT_LE(scene.flowItems().front()->labelRect().width(), 200);

    // Tooltips have them whole.
    EXPECT_TRUE(scene.workloadItems()[0]->toolTip().contains(QString::fromStdString(longName)));
    EXPECT_TRUE(scene.workloadItems()[0]->toolTip().contains(QString::fromStdString(longValue)));
    EXPECT_TRUE(scene.namespaceItems()[0]->toolTip().contains(QString::fromStdString(longNs)));
    EXPECT_TRUE(scene.flowItems().front()->toolTip().contains(ports));

    // The exported picture has every text whole.
    const QString exported = QString::fromUtf8(CanvasExporter(&document).svg());
    for (const std::string &text : {longName, longNs, "team=" + longValue})
        EXPECT_TRUE(exported.contains(QString::fromStdString(text))) << text;
    EXPECT_TRUE(exported.contains(ports));

    // And so has `netpol dot`.
    const std::string file = makeTempDir() + "/long.netpol.yaml";
    ASSERT_TRUE(writeFileAtomically(file, writeDesign(d), nullptr));
    const ProcessResult dot = runProcess(NETPOL_BIN, {"dot", file, "-o", "-"});
    ASSERT_EQ(dot.exitCode, 0) << dot.err;
    for (const std::string &text : {longName, longNs})
        EXPECT_NE(dot.out.find(text), std::string::npos) << text;
}
