// The cluster band and the canvas's guardrail layer: the band lists guardrails by tier and
// priority with their rules; selecting one draws it in its action's colour and line style;
// dropping a guardrail between others asks for a move to that place.

#include "viewtestsupport.h"

#include "document.h"
#include "views/canvas/canvastheme.h"
#include "views/canvas/designscene.h"
#include "views/canvas/guardrailoverlay.h"
#include "views/panels/guardrailband.h"

#include <gtest/gtest.h>

#include <QGraphicsPathItem>
#include <QPen>
#include <QSignalSpy>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

QStringList topRows(const GuardrailBand &band)
{
    QStringList rows;
    for (int i = 0; i < band.topLevelItemCount(); ++i)
        rows << band.topLevelItem(i)->text(0);
    return rows;
}

} // namespace

TEST(GuardrailBand, ListsGuardrailsByTierAndPriorityWithTheirRules)
{
    Document document;
    document.reset(guardrailDesign(), QString());
    GuardrailBand band(&document);
    EXPECT_EQ(topRows(band), (QStringList{QStringLiteral("Admin 10 · protect-kube-system"),
                                          QStringLiteral("Admin 20 · scrape"),
                                          QStringLiteral("Admin 30 · pass-to-api"),
                                          QStringLiteral("Baseline 10 · tenant-baseline")}));
    const QTreeWidgetItem *kubeSystem = band.topLevelItem(0);
    ASSERT_EQ(kubeSystem->childCount(), 2);
    EXPECT_EQ(kubeSystem->child(0)->text(0), QStringLiteral("ingress 1 · allow-dns"));
    EXPECT_EQ(kubeSystem->child(0)->text(1), QStringLiteral("✓ Accept"));
    EXPECT_EQ(kubeSystem->child(0)->text(3), QStringLiteral("53/UDP, 53/TCP"));
    EXPECT_EQ(kubeSystem->child(1)->text(1), QStringLiteral("✗ Deny"));
    const QTreeWidgetItem *scrape = band.topLevelItem(1);
    ASSERT_EQ(scrape->childCount(), 2);
    EXPECT_EQ(scrape->child(1)->text(0), QStringLiteral("egress 1 · no-corp"));
    EXPECT_EQ(scrape->child(1)->text(2), QStringLiteral("to networks: 10.0.0.0/8"));
    EXPECT_EQ(band.topLevelItem(2)->child(0)->text(1), QStringLiteral("» Pass"));
    EXPECT_EQ(band.rowOrder(), (std::vector<int>{1, 3, 2, 0}));

    // An edit of the list shows at once.
    DesignEdit edit;
    std::vector<Guardrail> changed = document.design().guardrails;
    changed[2].priority = 5;
    edit.guardrails = changed;
    document.push(edit, QStringLiteral("priority"));
    EXPECT_EQ(topRows(band).front(), QStringLiteral("Admin 5 · pass-to-api"));
}

TEST(GuardrailBand, SelectingARuleReportsItsFocus)
{
    Document document;
    document.reset(guardrailDesign(), QString());
    GuardrailBand band(&document);
    QSignalSpy spy(&band, &GuardrailBand::focusChanged);
    band.topLevelItem(0)->child(1)->setSelected(true);
    ASSERT_EQ(spy.size(), 1);
    const auto focus = spy.takeFirst().at(0).value<GuardrailFocus>();
    EXPECT_EQ(focus, (GuardrailFocus{1, false, 1}));
    band.setFocusTo({3, true, 0});
    EXPECT_TRUE(spy.isEmpty()) << "a focus set from outside is not echoed";
    EXPECT_EQ(band.currentFocus(), (GuardrailFocus{3, true, 0}));
}

TEST(GuardrailBand, DroppingAGuardrailAsksForThatPlace)
{
    Document document;
    document.reset(guardrailDesign(), QString());
    GuardrailBand band(&document);
    QSignalSpy spy(&band, &GuardrailBand::moveRequested);
    // pass-to-api (index 2, third row) dropped before the first row.
    band.dropGuardrail(2, 0);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), 2);
    EXPECT_EQ(spy.at(0).at(1).toInt(), 0);
    // protect-kube-system (first row) dropped before the Baseline row: after pass-to-api.
    band.dropGuardrail(1, 3);
    EXPECT_EQ(spy.at(1).at(1).toInt(), 2);
}

TEST(GuardrailOverlay, ARuleIsDrawnInItsActionsColourAndStyle)
{
    for (auto theme : {CanvasStyle::Theme::Light, CanvasStyle::Theme::Dark}) {
        CanvasStyle::setTheme(theme);
        Document document;
        document.reset(guardrailDesign(), QString());
        DesignScene scene(&document);
        GuardrailOverlay overlay(&scene);
        // protect-kube-system, deny-rest: every namespace to kube-system (namespace-wide).
        overlay.show({1, false, 1});
        EXPECT_EQ(overlay.subjectHaloCount(), 1) << "kube-system";
        EXPECT_EQ(overlay.haloCount(ClusterAction::Deny), 4) << "the four other namespaces";
        EXPECT_EQ(overlay.edgeCount(ClusterAction::Deny), 4);
        EXPECT_EQ(overlay.edgeCount(ClusterAction::Accept), 0);
        for (QGraphicsPathItem *edge : overlay.edgeItems()) {
            EXPECT_EQ(edge->pen().color(), CanvasStyle::current().guardrailDeny);
            EXPECT_EQ(edge->pen().style(), Qt::DashLine);
        }
        // scrape's Accept rule: prometheus (one workload) into every namespace.
        overlay.show({3, false, 0});
        EXPECT_EQ(overlay.subjectHaloCount(), 5);
        EXPECT_EQ(overlay.haloCount(ClusterAction::Accept), 1) << "prometheus";
        EXPECT_EQ(overlay.edgeCount(ClusterAction::Accept), 4)
            << "to every namespace but its own, which holds it";
        for (QGraphicsPathItem *edge : overlay.edgeItems()) {
            EXPECT_EQ(edge->pen().color(), CanvasStyle::current().guardrailAccept);
            EXPECT_EQ(edge->pen().style(), Qt::SolidLine);
        }
        // scrape's egress Deny: to the corp external, drawn from the subjects to it.
        overlay.show({3, true, 0});
        EXPECT_EQ(overlay.haloCount(ClusterAction::Deny), 1) << "corp";
        EXPECT_EQ(overlay.edgeCount(ClusterAction::Deny), 5);
        // pass-to-api: team-a to the api pods, grey and dotted.
        overlay.show({2, false, -1});
        EXPECT_EQ(overlay.edgeCount(ClusterAction::Pass), 1);
        ASSERT_EQ(overlay.edgeItems().size(), 1);
        EXPECT_EQ(overlay.edgeItems().front()->pen().color(),
                  CanvasStyle::current().guardrailPass);
        EXPECT_EQ(overlay.edgeItems().front()->pen().style(), Qt::DotLine);
        // The three actions differ without colour too.
        EXPECT_NE(GuardrailOverlay::signOf(ClusterAction::Accept),
                  GuardrailOverlay::signOf(ClusterAction::Deny));
        EXPECT_NE(GuardrailOverlay::signOf(ClusterAction::Pass),
                  GuardrailOverlay::signOf(ClusterAction::Deny));
        overlay.clear();
        EXPECT_TRUE(overlay.edgeItems().isEmpty());
        EXPECT_TRUE(overlay.haloItems().isEmpty());
    }
    CanvasStyle::setTheme(CanvasStyle::Theme::Light);
}
