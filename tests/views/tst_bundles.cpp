// Zoomed out, the flows inside one namespace are a bundle too: one per namespace with their
// count and a tooltip listing them, beside the bundles between namespaces.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"
#include "views/canvas/bundleitem.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include <map>

using namespace Netpol;

namespace {

// Four namespaces of five workloads; flows inside each (as many as the namespace's number
// times three, plus one) and a few between them.
Design fourNamespaces()
{
    Design d = Test::namespaceGrid(4, 2, {1300, 700}, 5, 3, {320, 200}, {40, 80});
    for (int n = 0; n < 4; ++n) {
        const std::string ns = "ns-" + std::to_string(n);
        for (int k = 0; k < 3 * n + 1; ++k)
            d.flows.push_back({Endpoint::workload(ns, "svc-" + std::to_string(k % 5)),
                               Endpoint::workload(ns, "svc-" + std::to_string((k + 1) % 5)),
                               {FlowPort::number(8000 + k)}});
    }
    d.flows.push_back({Endpoint::workload("ns-0", "svc-0"), Endpoint::workload("ns-1", "svc-0"),
                       {FlowPort::number(443)}});
    d.flows.push_back({Endpoint::workload("ns-2", "svc-1"), Endpoint::namespaceAll("ns-2"),
                       {FlowPort::number(53)}});
    return d;
}

std::map<std::string, BundleItem *> innerBundles(const DesignScene &scene)
{
    std::map<std::string, BundleItem *> inner;
    for (BundleItem *b : scene.bundleItems())
        if (b->isInner())
            inner[b->first()->ns().name] = b;
    return inner;
}

} // namespace

TEST(Bundles, TheFlowsInsideANamespaceAreOneBundleWithTheirCount)
{
    Document document;
    document.reset(fourNamespaces(), QString());
    DesignScene scene(&document);
    DesignView view(&scene);
    view.resize(800, 600);
    auto inner = innerBundles(scene);
    ASSERT_EQ(inner.size(), 4u);
    EXPECT_EQ(inner["ns-0"]->count(), 1);
    EXPECT_EQ(inner["ns-1"]->count(), 4);
    EXPECT_EQ(inner["ns-2"]->count(), 8) << "seven between its workloads, one to itself";
    EXPECT_EQ(inner["ns-3"]->count(), 10);
    EXPECT_EQ(inner["ns-3"]->label(), QStringLiteral("10 flows"));
    EXPECT_EQ(inner["ns-0"]->first(), inner["ns-0"]->second());
    const QString tip = inner["ns-3"]->toolTip();
    EXPECT_TRUE(tip.contains(QStringLiteral("ns-3: 10 flows inside the namespace")))
        << tip.toStdString();
    EXPECT_EQ(tip.count(QStringLiteral("→")), 10) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("ns-3/svc-0 → ns-3/svc-1"))) << tip.toStdString();
    int across = 0;
    for (const BundleItem *b : scene.bundleItems())
        across += !b->isInner();
    EXPECT_EQ(across, 1) << "ns-0 ↔ ns-1, beside the inner ones";

    // Below the threshold they are drawn (with the count in the frame's corner), above not.
    auto drawn = [](const QGraphicsItem *item) {
        return !(item->flags() & QGraphicsItem::ItemHasNoContents);
    };
    EXPECT_FALSE(drawn(inner["ns-3"]));
    view.setZoom(BundleItem::kZoom * 0.9);
    EXPECT_TRUE(drawn(inner["ns-3"]));
    const QRectF frame = inner["ns-3"]->first()->sceneFrame();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32);
    auto corner = [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        view.render(&painter, QRectF(), view.viewport()->rect());
        painter.end();
        const QRect at = view.mapFromScene(frame).boundingRect();
        // The count's pill: on the bottom right of the frame, within 100 x 40 pixels.
        const QImage part = image.copy(at.right() - 100, at.bottom() - 20, 100, 40);
        return part;
    };
    view.centerOn(frame.bottomRight());
    const QImage withBundle = corner();
    view.setZoom(BundleItem::kZoom * 1.1);
    view.setZoom(BundleItem::kZoom * 0.9);
    view.centerOn(frame.bottomRight());
    inner["ns-3"]->setVisible(false);
    const QImage without = corner();
    inner["ns-3"]->setVisible(true);
    EXPECT_NE(withBundle, without) << "the inner bundle draws its count";

    // A new flow inside a namespace joins its bundle.
    EditController controller(&document);
    const Design &d = document.design();
    controller.connectElements(refTo(d, ElementRef::Kind::Workload, 0),
                               refTo(d, ElementRef::Kind::Workload, 4));
    EXPECT_EQ(innerBundles(scene)["ns-0"]->count(), 2);
    EXPECT_EQ(innerBundles(scene)["ns-0"], inner["ns-0"]) << "kept, not made anew";
}

TEST(Nameplates, FarOutTheNamesAreDrawnAboveTheCards)
{
    // A namespace packed with cards right below its header: at 10% its name's plate would be
    // under the first row of cards if the frame drew it; the scene draws it last instead.
    const Design d = Netpol::Test::namespaceGrid(1, 1, {1300, 700}, 20, 5, {220, 120}, {40, 60});
    Document document;
    document.reset(d, QString());
    DesignScene scene(&document);
    const QRectF frame = scene.namespaceItems().first()->sceneFrame();
    const QRectF target(0, 0, frame.width() / 10, frame.height() / 10);
    auto plate = [&] {
        QImage image(target.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, target, frame);
        painter.end();
        // The name's dark glyphs in the plate's corner, where the first row of cards starts.
        int dark = 0;
        for (int y = 2; y < 26; ++y) {
            for (int x = 2; x < 50; ++x)
                dark += qGray(image.pixel(x, y)) < 90;
        }
        return dark;
    };
    const int withCards = plate();
    for (WorkloadItem *card : scene.workloadItems())
        card->setVisible(false);
    const int withoutCards = plate();
    EXPECT_GT(withoutCards, 20) << "the name is written";
    EXPECT_EQ(withCards, withoutCards) << "no card covers the name";
}
