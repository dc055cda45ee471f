// Workloads open to everyone carry a badge on the canvas, worked out off the UI thread from
// the design's generated policies; their tooltip holds the exposure netpol analyze --exposure
// writes for them.

#include "viewtestsupport.h"

#include "document.h"
#include "model/design/designreader.h"
#include "views/canvas/designscene.h"
#include "views/canvas/exposurebadges.h"
#include "views/canvas/workloaditem.h"
#include "views/inspector/inspectorwidget.h"
#include "views/inspector/workloadpage.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include <map>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// netpol analyze --exposure's text: per "NS/NAME[Kind]" header, its lines.
std::map<std::string, std::vector<std::string>> exposureBlocks(const std::string &text)
{
    std::map<std::string, std::vector<std::string>> blocks;
    std::string current;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        start = end == std::string::npos ? text.size() : end + 1;
        if (line.empty())
            continue;
        if (line[0] != ' ')
            current = line.substr(0, line.find('['));
        else
            blocks[current].push_back(line.substr(line.find_first_not_of(' ')));
    }
    return blocks;
}

} // namespace

TEST(ExposureBadges, MarkWhatIsOpenToEveryoneAsNetpolAnalyzeSays)
{
    const std::string file = examplePath("online-shop.netpol.yaml");
    Document document;
    bool ok = false;
    document.open(QString::fromStdString(file), &ok);
    ASSERT_TRUE(ok);
    DesignScene scene(&document);
    QSignalSpy spy(scene.exposureWatcher(), &ExposureWatcher::updated);
    ASSERT_TRUE(spy.wait(20000));

    const ProcessResult cli = runProcess(NETPOL_BIN, {"analyze", file, "--exposure"});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    const auto blocks = exposureBlocks(cli.out);
    int badged = 0;
    for (WorkloadItem *item : scene.workloadItems()) {
        const std::string name = item->workload().ns + "/" + item->workload().name;
        SCOPED_TRACE(name);
        const auto block = blocks.find(name);
        ASSERT_NE(block, blocks.end());
        // Open to everyone exactly where the CLI says "entire cluster" or "every address".
        bool accepts = false, sends = false;
        for (const std::string &line : block->second) {
            const bool all = line.find("entire cluster") != std::string::npos
                || line.find("every address") != std::string::npos;
            (line.rfind("accepts", 0) == 0 ? accepts : sends) |= all;
        }
        const ExposureBadge &badge = item->exposure();
        EXPECT_EQ(badge.acceptsFromAll, accepts);
        EXPECT_EQ(badge.sendsToAll, sends);
        QStringList expected;
        for (const std::string &line : block->second)
            expected << QString::fromStdString(line);
        EXPECT_EQ(badge.details, expected.join(QLatin1Char('\n')));
        if (badge.any()) {
            EXPECT_TRUE(item->toolTip().contains(badge.text())) << item->toolTip().toStdString();
        }
        badged += badge.any();
    }
    EXPECT_GE(badged, 2) << "ingress-nginx's controller and coredns are unmanaged: open both ways";
    EXPECT_LT(badged, int(scene.workloadItems().size())) << "the managed ones are not all open";
}

TEST(ExposureBadges, TheInspectorShowsTheSelectedWorkloadsExposure)
{
    Document document;
    bool ok = false;
    document.open(QString::fromStdString(examplePath("online-shop.netpol.yaml")), &ok);
    ASSERT_TRUE(ok);
    DesignScene scene(&document);
    InspectorWidget inspector(&document);
    inspector.setExposureSource(scene.exposureWatcher());
    int coredns = -1;
    for (int i = 0; i < int(document.design().workloads.size()); ++i)
        if (document.design().workloads[std::size_t(i)].name == "coredns")
            coredns = i;
    ASSERT_GE(coredns, 0);
    inspector.setSelection({refTo(document.design(), ElementRef::Kind::Workload, coredns)});
    EXPECT_EQ(inspector.workloadPage()->exposureText(), QStringLiteral("computing…"));
    QSignalSpy spy(scene.exposureWatcher(), &ExposureWatcher::updated);
    ASSERT_TRUE(spy.wait(20000));
    const QString text = inspector.workloadPage()->exposureText();
    EXPECT_TRUE(text.contains(QStringLiteral("open both ways"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("accepts from entire cluster and every address"))) << text.toStdString();
}

TEST(ExposureBadges, FollowTheGuardrails)
{
    // The tenants' namespaces are unmanaged: no NetworkPolicy selects their pods, so without
    // guardrails they are open both ways. The template's Baseline guardrail denies them
    // ingress from every pod and egress to every address: no badge then.
    const DesignReadResult read = readDesignFile(std::string(NETPOL_SOURCE_DIR)
                                                 + "/resources/templates/"
                                                   "baseline-deny-tenants.netpol.yaml");
    ASSERT_TRUE(read.design) << "template readable";
    Design design = *read.design;
    ASSERT_FALSE(design.guardrails.empty());
    const ExposureBadges guarded = computeExposureBadges(design);
    design.guardrails.clear();
    const ExposureBadges open = computeExposureBadges(design);
    for (const char *name : {"tenant-a/app", "tenant-b/app"}) {
        SCOPED_TRACE(name);
        const QString key = QString::fromLatin1(name);
        ASSERT_TRUE(open.contains(key));
        EXPECT_TRUE(open.value(key).acceptsFromAll && open.value(key).sendsToAll);
        ASSERT_TRUE(guarded.contains(key));
        EXPECT_FALSE(guarded.value(key).acceptsFromAll);
        EXPECT_FALSE(guarded.value(key).sendsToAll);
    }
}
