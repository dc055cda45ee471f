// Find (Ctrl+F): the query is focused, matches are listed as they are typed, and Enter
// selects and centres one on the canvas. View > Focus on Selection is on for large designs.

#include "viewtestsupport.h"

#include "mainwindow.h"

#include "support/testsupport.h"

#include "model/core/fileio.h"
#include "model/design/designwriter.h"

#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/overviewwidget.h"
#include "views/panels/findpanel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QGraphicsItem>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace Netpol;
using namespace Netpol::Test;

TEST(Find, CtrlFFindsAndEnterSelectsAndCentres)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openFile(QString::fromStdString(examplePath("online-shop.netpol.yaml"))));
    window.view()->setFocus();
    QTest::keyClick(window.view(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *query = window.findPanel()->queryEdit();
    ASSERT_TRUE(waitUntil([&] { return query->hasFocus(); })) << "Ctrl+F focuses the query";

    QTest::keyClicks(query, QStringLiteral("app=redis"));
    QListWidget *results = window.findPanel()->results();
    ASSERT_EQ(results->count(), 1);
    EXPECT_TRUE(results->item(0)->text().contains(QStringLiteral("data/redis")));
    QTest::keyClick(query, Qt::Key_Return);

    const QList<ElementRef> selected = window.scene()->selectedElements();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected[0].kind, ElementRef::Kind::Workload);
    EXPECT_EQ(selected[0].name, "redis");
    QGraphicsItem *item = window.scene()->itemFor(selected[0]);
    const QPointF centre = window.view()->mapToScene(window.view()->viewport()->rect().center());
    EXPECT_LT(QLineF(centre, item->sceneBoundingRect().center()).length(), 40.0)
        << "centred in the view";

    // A new query with several words; Down picks the second match before Enter.
    query->clear();
    QTest::keyClicks(query, QStringLiteral("storefront"));
    ASSERT_GE(results->count(), 3) << "the namespace and its workloads";
    QTest::keyClick(query, Qt::Key_Down);
    QTest::keyClick(query, Qt::Key_Return);
    ASSERT_EQ(window.scene()->selectedElements().size(), 1);
    EXPECT_EQ(window.scene()->selectedElements()[0].kind, ElementRef::Kind::Workload);
    EXPECT_EQ(window.scene()->selectedElements()[0].ns, "storefront");
}

TEST(Focus, OnByDefaultForLargeDesignsUntilTheUserChooses)
{
    Design big;
    big.metadata.name = "big";
    Namespace ns;
    ns.name = "many";
    ns.geometry = {0, 0, 4000, 4000};
    big.namespaces.push_back(ns);
    for (int i = 0; i < 200; ++i) {
        Workload w;
        w.name = "w-" + std::to_string(i);
        w.ns = "many";
        w.labels = {{"app", w.name}};
        w.position = {double(i % 20) * 180 + 20, double(i / 20) * 100 + 60};
        big.workloads.push_back(w);
    }
    const std::string path = makeTempDir() + "/big.netpol.yaml";
    std::string error;
    ASSERT_TRUE(writeFileAtomically(path, writeDesign(big), &error)) << error;

    MainWindow window;
    QAction *focus = window.action(QStringLiteral("actionFocusSelection"));
    ASSERT_NE(focus, nullptr);
    ASSERT_TRUE(window.openFile(QString::fromStdString(examplePath("production.netpol.yaml"))));
    EXPECT_FALSE(focus->isChecked()) << "a small design";
    ASSERT_TRUE(window.openFile(QString::fromStdString(path)));
    EXPECT_TRUE(focus->isChecked()) << "200 workloads";
    EXPECT_TRUE(window.scene()->focusesSelection());
    focus->trigger(); // the user turns it off
    ASSERT_TRUE(window.openFile(QString::fromStdString(path)));
    EXPECT_FALSE(focus->isChecked()) << "the user's choice stays";
}

TEST(Overview, ShowsTheWholeDesignFramesTheViewAndMovesIt)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openFile(QString::fromStdString(examplePath("online-shop.netpol.yaml"))));
    QCoreApplication::processEvents(); // the opened design's fit to the window
    OverviewWidget *overview = window.overview();
    ASSERT_TRUE(overview->isVisible());
    overview->redrawNow();
    const QRectF area = overview->designArea();
    ASSERT_FALSE(area.isEmpty());
    EXPECT_TRUE(QRectF(overview->rect()).contains(area)) << "the whole design fits";
    window.view()->resetZoom();
    for (int i = 0; i < 5; ++i)
        window.view()->zoomIn();
    window.view()->centerOn(window.scene()->designBounds().topLeft());
    QCoreApplication::processEvents();
    const QRectF shown = overview->visibleArea();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_LT(shown.width(), area.width() / 2) << "zoomed in, the canvas shows a part of it";

    // A click on the overview's right end moves the canvas to the design's right end.
    const QPointF target(area.right() - 5, area.center().y());
    QTest::mouseClick(overview, Qt::LeftButton, Qt::NoModifier, target.toPoint());
    const QPointF centre = window.view()->mapToScene(window.view()->viewport()->rect().center());
    const QPointF expected = overview->toScene(target);
    const QRectF sceneRect = window.view()->sceneRect();
    // Where the scene's edge stops the view, it gets as close as it can.
    EXPECT_GT(centre.x(), window.scene()->designBounds().center().x());
    EXPECT_LE(std::abs(centre.y() - expected.y()), sceneRect.height());
    EXPECT_NE(overview->visibleArea(), shown) << "the frame followed the view";
}
