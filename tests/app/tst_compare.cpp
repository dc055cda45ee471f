// Compare mode (View > Compare With): against a modified copy, a git revision of the design's
// file, the changes listed and drawn are exactly those of `netpol diff BASELINE DESIGN`;
// selecting one selects its pair; leaving compare mode restores the normal view.

#include "viewtestsupport.h"

#include "comparison.h"
#include "document.h"
#include "mainwindow.h"
#include "views/canvas/compareoverlay.h"
#include "views/canvas/designscene.h"
#include "views/canvas/flowitem.h"
#include "views/panels/changesview.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTreeWidget>

#include <fstream>
#include <sstream>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

void writeFile(const std::string &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}

std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

// The change lines of `netpol diff OLD NEW` (the summary left out).
QStringList diffLines(const std::string &before, const std::string &after)
{
    const ProcessResult r = runProcess(NETPOL_BIN, {"diff", before, after});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    QStringList lines;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
        if (line.empty())
            break;
        lines << QString::fromStdString(line);
    }
    return lines;
}

bool compared(MainWindow &window)
{
    QSignalSpy spy(window.comparison(), &Comparison::changed);
    return spy.wait(30000);
}

} // namespace

TEST(Compare, ShowsExactlyTheChangesOfNetpolDiff)
{
    const std::string dir = makeTempDir();
    const std::string original = dir + "/shop.netpol.yaml";
    const std::string modified = dir + "/modified.netpol.yaml";
    const std::string text = readFile(examplePath("online-shop.netpol.yaml"));
    writeFile(original, text);
    // The copy lacks a flow, has one more and allows another port on a third.
    std::string copy = replaced(text, "  - {from: storefront/web, to: external/smtp-relay, ports: [587/TCP]}\n", "");
    copy = replaced(copy, "ports: [8443/TCP]}", "ports: [8443/TCP, 9090/TCP]}");
    copy = replaced(copy, "flows:\n", "flows:\n  - {from: storefront/web, to: data/redis, ports: [redis/TCP]}\n");
    writeFile(modified, copy);

    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(original)));
    window.compareWith({CompareBaseline::Kind::Path, QString::fromStdString(modified), {}});
    ASSERT_TRUE(compared(window));
    const QStringList expected = diffLines(modified, original);
    ASSERT_EQ(expected.size(), 3) << expected.join('\n').toStdString();
    EXPECT_EQ(window.changesView()->lines(), expected);
    EXPECT_EQ(window.changesView()->list()->topLevelItemCount(), 3);
    // The tooltips carry the reasons `netpol diff --explain` gives.
    const ProcessResult explained = runProcess(NETPOL_BIN, {"diff", modified, original, "--explain"});
    for (const ConnectionChange &c : window.changesView()->changes()) {
        ASSERT_FALSE(c.reasons.empty());
        for (const std::string &reason : c.reasons)
            EXPECT_NE(explained.out.find("    " + reason + '\n'), std::string::npos) << reason;
    }

    // Drawn: one line per change, in its kind's style; the design's flows faded meanwhile.
    CompareOverlay *overlay = window.compareOverlay();
    ASSERT_TRUE(overlay->isActive());
    EXPECT_EQ(overlay->lineCount(ConnectionChange::Kind::Added), 1);
    EXPECT_EQ(overlay->lineCount(ConnectionChange::Kind::Removed), 1);
    EXPECT_EQ(overlay->lineCount(ConnectionChange::Kind::Changed), 1);
    for (FlowItem *flow : window.scene()->flowItems())
        EXPECT_EQ(flow->opacity(), CompareOverlay::kFadedFlowOpacity);

    // Selecting a change selects its pair: the removed storefront/web -> data/redis has no flow
    // in the design, so both workloads.
    QTreeWidget *list = window.changesView()->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == QStringLiteral("removed"))
            list->setCurrentItem(list->topLevelItem(i));
    }
    const QList<ElementRef> selected = window.scene()->selectedElements();
    ASSERT_EQ(selected.size(), 2);
    QStringList names;
    for (const ElementRef &e : selected)
        names << QString::fromStdString(e.ns + '/' + e.name);
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("data/redis"), QStringLiteral("storefront/web")}));

    // An edit is compared again: deleting the smtp flow takes the "added" change away.
    const int smtp = flowTo(window.document()->design(), "external/smtp-relay");
    ASSERT_GE(smtp, 0);
    deleteFlow(*window.document(), smtp);
    ASSERT_TRUE(compared(window));
    EXPECT_EQ(window.changesView()->lines().size(), 2);
    EXPECT_EQ(overlay->lineCount(ConnectionChange::Kind::Added), 0);

    // Leaving restores the normal view.
    window.action(QStringLiteral("actionLeaveCompare"))->trigger();
    EXPECT_FALSE(overlay->isActive());
    EXPECT_TRUE(overlay->drawnKinds().empty());
    for (FlowItem *flow : window.scene()->flowItems())
        EXPECT_EQ(flow->opacity(), 1.0);
    EXPECT_EQ(window.changesView()->list()->topLevelItemCount(), 0);
    EXPECT_FALSE(window.comparison()->isActive());
}

TEST(Compare, WithTheSavedFileAndAGitRevision)
{
    const std::string dir = makeTempDir();
    const std::string file = dir + "/shop.netpol.yaml";
    writeFile(file, readFile(examplePath("online-shop.netpol.yaml")));
    for (const std::vector<std::string> &args :
         {std::vector<std::string>{"-C", dir, "init", "-q"},
          {"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "shop.netpol.yaml"},
          {"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "x"}}) {
        const ProcessResult r = runProcess("git", args);
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    MainWindow window;
    ASSERT_TRUE(window.openFile(QString::fromStdString(file)));
    // An unsaved edit: the payment API no longer reaches the database.
    const int flow = flowTo(window.document()->design(), "data/postgres");
    ASSERT_GE(flow, 0);
    deleteFlow(*window.document(), flow);
    const std::string current = dir + "/current.netpol.yaml";
    writeFile(current, designText(*window.document()));
    const QStringList expected = diffLines(file, current);
    ASSERT_FALSE(expected.isEmpty());

    window.action(QStringLiteral("actionCompareSaved"))->trigger();
    ASSERT_TRUE(compared(window));
    EXPECT_EQ(window.changesView()->lines(), expected);

    window.compareWith({CompareBaseline::Kind::GitRevision, QString::fromStdString(file),
                        QStringLiteral("HEAD")});
    ASSERT_TRUE(compared(window));
    EXPECT_EQ(window.changesView()->lines(), expected);

    // A revision git does not know: said, and the normal view is back.
    QSignalSpy failed(window.comparison(), &Comparison::failed);
    window.compareWith({CompareBaseline::Kind::GitRevision, QString::fromStdString(file),
                        QStringLiteral("no-such-revision")});
    ASSERT_TRUE(failed.wait(30000));
    EXPECT_NE(failed.front().at(0).toString().indexOf(QStringLiteral("no-such-revision")), -1)
        << failed.front().at(0).toString().toStdString();
    EXPECT_FALSE(window.compareOverlay()->isActive());
}
