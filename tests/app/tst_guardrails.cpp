// Cluster guardrails in the designer window: the band's focus reaches the canvas and the
// inspector; every inspector edit, addition, removal and drag is one undo step that undo takes
// back exactly; Check Connection says which tier decided.

#include "viewtestsupport.h"

#include "checkconnectiondialog.h"
#include "document.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "views/canvas/designscene.h"
#include "views/canvas/guardrailoverlay.h"
#include "views/inspector/fieldedit.h"
#include "views/inspector/guardrailpage.h"
#include "views/inspector/inspectorwidget.h"
#include "views/panels/guardrailband.h"

#include "model/design/guardrailorder.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

void type(FieldEdit *field, const QString &text)
{
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
}

} // namespace

TEST(Guardrails, TheBandsFocusReachesTheCanvasAndTheInspector)
{
    MainWindow window;
    window.document()->reset(guardrailDesign(), QString());
    GuardrailBand *band = window.guardrailBand();
    band->topLevelItem(0)->child(1)->setSelected(true); // protect-kube-system, deny-rest
    EXPECT_EQ(window.inspector()->currentPage(), window.inspector()->guardrailPage());
    EXPECT_EQ(window.inspector()->guardrailPage()->nameField()->text(),
              QStringLiteral("protect-kube-system"));
    EXPECT_EQ(window.inspector()->guardrailPage()->actionBox()->currentIndex(), 1) << "Deny";
    EXPECT_EQ(window.guardrailOverlay()->edgeCount(ClusterAction::Deny), 4);
    // Selecting an element on the canvas leaves the guardrail.
    window.scene()->selectElements({ElementRef::workload("team-a", "web", 1)});
    EXPECT_TRUE(band->currentFocus().isNull());
    EXPECT_EQ(window.guardrailOverlay()->edgeCount(ClusterAction::Deny), 0);
    EXPECT_NE(window.inspector()->currentPage(), window.inspector()->guardrailPage());
}

TEST(Guardrails, EveryInspectorEditIsOneUndoStep)
{
    MainWindow window;
    window.show();
    window.document()->reset(guardrailDesign(), QString());
    QUndoStack *stack = window.document()->undoStack();
    GuardrailPage *page = window.inspector()->guardrailPage();
    window.guardrailBand()->topLevelItem(0)->child(0)->setSelected(true); // allow-dns
    const std::vector<Guardrail> original = window.document()->design().guardrails;

    struct Step
    {
        const char *name;
        std::function<void()> run;
        std::function<bool(const Guardrail &)> applied;
    };
    const std::vector<Step> steps = {
        {"name", [&] { type(page->nameField(), QStringLiteral("kube-system-guard")); },
         [](const Guardrail &g) { return g.name == "kube-system-guard"; }},
        {"priority", [&] { type(page->priorityField(), QStringLiteral("7")); },
         [](const Guardrail &g) { return g.priority == 7; }},
        {"tier", [&] { page->tierBox()->setCurrentIndex(1); },
         [](const Guardrail &g) { return g.tier == ClusterTier::Baseline; }},
        {"subject", [&] { type(page->subjectField(), QStringLiteral("namespaces: core=yes")); },
         [](const Guardrail &g) {
             return g.subject.namespaces.matchLabels == Labels{{"core", "yes"}};
         }},
        {"action", [&] { page->actionBox()->setCurrentIndex(2); },
         [](const Guardrail &g) { return g.ingress[0].action == ClusterAction::Pass; }},
        {"peers", [&] { type(page->peersField(), QStringLiteral("pods: app=web; namespaces: a=b")); },
         [](const Guardrail &g) { return g.ingress[0].peers.size() == 2; }},
        {"ports", [&] { type(page->portsField(), QStringLiteral("5353/UDP")); },
         [](const Guardrail &g) { return g.ingress[0].ports == std::vector{FlowPort::number(5353, Protocol::UDP)}; }},
        {"rule name", [&] { type(page->ruleNameField(), QStringLiteral("dns")); },
         [](const Guardrail &g) { return g.ingress[0].name == "dns"; }},
        {"add rule", [&] { page->addEgressButton()->click(); },
         [](const Guardrail &g) { return g.egress.size() == 1; }},
    };
    for (const Step &step : steps) {
        SCOPED_TRACE(step.name);
        const std::vector<Guardrail> before = window.document()->design().guardrails;
        const int count = stack->count();
        step.run();
        ASSERT_EQ(stack->count(), count + 1) << "one undo step";
        EXPECT_TRUE(step.applied(window.document()->design().guardrails[1]));
        stack->undo();
        EXPECT_EQ(window.document()->design().guardrails, before) << "undo restores";
        stack->redo();
        EXPECT_TRUE(step.applied(window.document()->design().guardrails[1]));
    }
    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(window.document()->design().guardrails, original);
}

TEST(Guardrails, RefusedValuesAreNotApplied)
{
    MainWindow window;
    window.show();
    window.document()->reset(guardrailDesign(), QString());
    QUndoStack *stack = window.document()->undoStack();
    GuardrailPage *page = window.inspector()->guardrailPage();
    window.guardrailBand()->topLevelItem(1)->child(1)->setSelected(true); // scrape, no-corp
    const int count = stack->count();
    struct Bad
    {
        FieldEdit *field;
        const char *text;
    };
    for (const Bad &bad : {Bad{page->nameField(), "Not_A_Name"}, Bad{page->priorityField(), "1001"},
                           Bad{page->nameField(), "tenant-baseline"},
                           Bad{page->subjectField(), "networks: 10.0.0.0/8"},
                           Bad{page->peersField(), "networks: 10.0.0.0/33"},
                           Bad{page->peersField(), "domainNames: example.com"},
                           Bad{page->portsField(), "99999"}}) {
        SCOPED_TRACE(bad.text);
        bad.field->lineEdit()->setFocus();
        bad.field->lineEdit()->selectAll();
        QTest::keyClicks(bad.field->lineEdit(), QString::fromLatin1(bad.text));
        EXPECT_FALSE(bad.field->error().isEmpty());
        QTest::keyClick(bad.field->lineEdit(), Qt::Key_Return);
        EXPECT_EQ(stack->count(), count);
        QTest::keyClick(bad.field->lineEdit(), Qt::Key_Escape);
    }
    // Ingress peers are namespaces or pods only.
    window.guardrailBand()->setCurrentItem(window.guardrailBand()->topLevelItem(1)->child(0));
    ASSERT_EQ(window.guardrailBand()->currentFocus(), (GuardrailFocus{3, false, 0}));
    page->peersField()->lineEdit()->selectAll();
    QTest::keyClicks(page->peersField()->lineEdit(), QStringLiteral("nodes: a=b"));
    EXPECT_FALSE(page->peersField()->error().isEmpty());
}

TEST(Guardrails, AddRemoveAndDragAreUndoable)
{
    MainWindow window;
    window.document()->reset(guardrailDesign(), QString());
    QUndoStack *stack = window.document()->undoStack();
    GuardrailBand *band = window.guardrailBand();
    const std::vector<Guardrail> original = window.document()->design().guardrails;

    band->addBaselineAction()->trigger();
    ASSERT_EQ(window.document()->design().guardrails.size(), 5u);
    const Guardrail &added = window.document()->design().guardrails.back();
    EXPECT_EQ(added.tier, ClusterTier::Baseline);
    EXPECT_EQ(added.priority, 20) << "after the tier's last";
    EXPECT_EQ(band->currentFocus().guardrail, 4) << "the new guardrail is selected";
    EXPECT_EQ(window.inspector()->currentPage(), window.inspector()->guardrailPage());
    band->removeAction()->trigger();
    EXPECT_EQ(window.document()->design().guardrails, original);
    EXPECT_EQ(stack->count(), 2);
    stack->undo();
    stack->undo();
    EXPECT_EQ(window.document()->design().guardrails, original);

    // pass-to-api (Admin 30, third row) dragged before the first row: one step, first.
    const int index = stack->index();
    band->dropGuardrail(2, 0);
    EXPECT_EQ(stack->index(), index + 1);
    const std::vector<Guardrail> &moved = window.document()->design().guardrails;
    EXPECT_LT(moved[2].priority, moved[1].priority);
    EXPECT_EQ(guardrailOrder(moved).front(), 2);
    EXPECT_EQ(band->topLevelItem(0)->text(0), QStringLiteral("Admin 0 · pass-to-api"));
    stack->undo();
    EXPECT_EQ(window.document()->design().guardrails, original);
}

TEST(Guardrails, CheckConnectionNamesTheTierThatDecided)
{
    qRegisterMetaType<ConnectionCheck>("Netpol::ConnectionCheck");
    MainWindow window;
    window.document()->reset(guardrailDesign(), QString());
    CheckConnectionDialog *dialog = window.checkConnection();
    ASSERT_TRUE(dialog);
    struct Case
    {
        const char *from, *to, *port;
        bool allowed;
        const char *egress, *ingress;
    };
    const Case cases[] = {
        {"team-a/web", "kube-system/coredns", "9153", false, "egress: NetworkPolicy",
         "ingress: Admin tier, ClusterNetworkPolicy/protect-kube-system rule deny-rest (Deny)"},
        {"team-a/web", "kube-system/coredns", "53", true, "egress: NetworkPolicy",
         "ingress: Admin tier, ClusterNetworkPolicy/protect-kube-system rule allow-dns (Accept)"},
        {"team-a/web", "team-b/api", "8080", true, "egress: NetworkPolicy",
         "ingress: NetworkPolicy after a Pass"},
        {"team-a/web", "legacy/app", "80", false, "egress: NetworkPolicy",
         "ingress: Baseline tier, ClusterNetworkPolicy/tenant-baseline rule deny-all (Deny)"},
        {"legacy/app", "monitoring/prometheus", "9090", true, "egress: default (allowed)",
         "ingress: default (allowed)"},
        {"monitoring/prometheus", "legacy/app", "80", true, "egress: default (allowed)",
         "ingress: Admin tier, ClusterNetworkPolicy/scrape rule prometheus (Accept)"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(std::string(c.from) + " -> " + c.to + ":" + c.port);
        dialog->setQuestion(QString::fromLatin1(c.from), QString::fromLatin1(c.to),
                            QString::fromLatin1(c.port),
                            std::string(c.port) == "53" ? Protocol::UDP : Protocol::TCP);
        QSignalSpy spy(dialog, &CheckConnectionDialog::answered);
        dialog->check();
        ASSERT_TRUE(spy.wait(20000));
        const auto check = spy.takeFirst().at(0).value<ConnectionCheck>();
        ASSERT_TRUE(check.answered) << check.error.toStdString();
        EXPECT_EQ(check.allowed, c.allowed);
        ASSERT_EQ(check.decidedBy.size(), 2);
        EXPECT_EQ(check.decidedBy[0].toStdString(), c.egress);
        EXPECT_EQ(check.decidedBy[1].toStdString(), c.ingress);
    }
}

TEST(Guardrails, TheBandShowsItselfForDesignsWithGuardrails)
{
    MainWindow window;
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("guardrailDock"));
    ASSERT_NE(dock, nullptr);
    window.document()->reset(Design(), QString());
    EXPECT_TRUE(dock->isHidden()) << "no guardrails: the canvas keeps the room";
    window.document()->reset(guardrailDesign(), QString());
    EXPECT_FALSE(dock->isHidden());
    window.document()->reset(Design(), QString());
    EXPECT_TRUE(dock->isHidden());
    window.guardrailBand()->addBaselineAction()->trigger(); // as Edit > Add Baseline Guardrail
    ASSERT_EQ(window.document()->design().guardrails.size(), 1u);
    EXPECT_FALSE(dock->isHidden()) << "a new guardrail shows the band";
}
