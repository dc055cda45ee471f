// Every request the designer carries out is one undo step that restores the design exactly
// (the written design file is the same, byte for byte) and that redo applies again.

#include "viewtestsupport.h"

#include "document.h"
#include "editcontroller.h"

#include "support/testsupport.h"

#include "model/design/designoperations.h"

#include <gtest/gtest.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QUndoStack>

#include <functional>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

struct Request
{
    const char *name;
    std::function<void(EditController &, const Design &)> run;
    bool startEmpty = false; // from a new design instead of the production example
};

ElementRef workloadRef(const Design &d, const char *name)
{
    return refTo(d, ElementRef::Kind::Workload, indexOfWorkload(d, "production", name));
}

const std::vector<Request> &requests()
{
    static const std::vector<Request> all = {
        {"add a namespace",
         [](EditController &c, const Design &) {
             c.createFromTemplate("namespace", {0, 700}, {0, 700});
         }},
        {"add a workload",
         [](EditController &c, const Design &) {
             c.createFromTemplate("workload/CronJob", {500, 200}, {400, 180});
         }},
        {"add an external",
         [](EditController &c, const Design &) {
             c.createFromTemplate("external", {1200, 100}, {1100, 80});
         }},
        {"add a preset",
         [](EditController &c, const Design &) {
             c.createFromTemplate("preset/ingress-controller", {1200, 400}, {1200, 400});
         },
         true},
        {"connect",
         [](EditController &c, const Design &d) {
             c.connectElements(workloadRef(d, "frontend"), workloadRef(d, "database"));
         }},
        {"move a workload into another namespace",
         [](EditController &c, const Design &d) {
             c.moveElements({workloadRef(d, "api-server")}, {-20, 280}, false);
         }},
        {"move a namespace",
         [](EditController &c, const Design &d) {
             c.moveElements({refTo(d, ElementRef::Kind::Namespace, 0)}, {40, 20}, false);
         }},
        {"nudge three times",
         [](EditController &c, const Design &d) {
             const ElementRef frontend = workloadRef(d, "frontend");
             for (int i = 0; i < 3; ++i)
                 c.moveElements({frontend}, {20, 0}, true);
         }},
        {"resize a namespace",
         [](EditController &c, const Design &) {
             c.resizeNamespace(0, {0, 0, 1000, 400});
         }},
        {"rename a namespace",
         [](EditController &c, const Design &d) {
             Namespace ns = d.namespaces[0];
             ns.name = "prod";
             c.editElement(refTo(d, ElementRef::Kind::Namespace, 0), ns);
         }},
        {"rename a workload",
         [](EditController &c, const Design &d) {
             Workload w = d.workloads[1];
             w.name = "api";
             c.editElement(refTo(d, ElementRef::Kind::Workload, 1), w);
         }},
        {"change labels and ports",
         [](EditController &c, const Design &d) {
             Workload w = d.workloads[2];
             w.labels["tier"] = "data";
             w.ports.push_back({"metrics", 9187, Protocol::TCP});
             c.editElement(refTo(d, ElementRef::Kind::Workload, 2), w);
         }},
        {"edit a flow",
         [](EditController &c, const Design &d) {
             Flow f = d.flows[1];
             f.ports = {FlowPort::named("http"), FlowPort::range(9000, 9100)};
             std::swap(f.from, f.to);
             c.editElement(ElementRef::flow(1), f);
         }},
        {"change options",
         [](EditController &c, const Design &d) {
             Options o = d.options;
             o.dns.enabled = false;
             o.granularity = Granularity::PerWorkload;
             o.nodeCidr = "10.0.0.0/16";
             c.setOptions(o);
         }},
        {"rename the design",
         [](EditController &c, const Design &) {
             c.setMetadata({"renamed", "a new description"});
         }},
        {"delete a namespace",
         [](EditController &c, const Design &d) {
             c.removeElements({refTo(d, ElementRef::Kind::Namespace, 0)});
         }},
        {"delete a flow and a workload",
         [](EditController &c, const Design &d) {
             c.removeElements({ElementRef::flow(0), workloadRef(d, "database")});
         }},
        {"cut",
         [](EditController &c, const Design &d) {
             c.cut({workloadRef(d, "frontend")});
         }},
        {"copy and paste",
         [](EditController &c, const Design &d) {
             c.copy({refTo(d, ElementRef::Kind::Namespace, 0)});
             c.paste();
         }},
        {"duplicate",
         [](EditController &c, const Design &d) {
             c.duplicate({workloadRef(d, "frontend"), workloadRef(d, "api-server")});
         }},
    };
    return all;
}

} // namespace

class EveryRequest : public ::testing::TestWithParam<std::size_t>
{
};

TEST_P(EveryRequest, IsOneStepThatUndoesExactlyAndRedoes)
{
    const Request &request = requests()[GetParam()];
    SCOPED_TRACE(request.name);
    Document document;
    bool ok = request.startEmpty;
    if (!request.startEmpty)
        document.open(QString::fromStdString(examplePath("production.netpol.yaml")), &ok);
    ASSERT_TRUE(ok);
    EditController controller(&document);
    QSignalSpy refusals(&controller, &EditController::refused);

    const std::string before = designText(document);
    request.run(controller, document.design());
    EXPECT_EQ(refusals.count(), 0)
        << (refusals.isEmpty() ? "" : refusals.first().first().toString().toStdString());
    const std::string after = designText(document);
    ASSERT_NE(after, before) << "the request changed nothing";
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(document.isModified());

    document.undoStack()->undo();
    EXPECT_EQ(designText(document), before);
    EXPECT_FALSE(document.isModified());
    document.undoStack()->redo();
    EXPECT_EQ(designText(document), after);
    document.undoStack()->undo();
    EXPECT_EQ(designText(document), before);
}

INSTANTIATE_TEST_SUITE_P(Designer, EveryRequest,
                         ::testing::Range<std::size_t>(0, requests().size()),
                         [](const ::testing::TestParamInfo<std::size_t> &info) {
                             std::string name = requests()[info.param].name;
                             for (char &ch : name)
                                 ch = std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                             return name;
                         });

TEST(Commands, RefusedRequestsChangeNothingAndSayWhy)
{
    Document document;
    bool ok = false;
    document.open(QString::fromStdString(examplePath("production.netpol.yaml")), &ok);
    EditController controller(&document);
    QSignalSpy refusals(&controller, &EditController::refused);
    const std::string before = designText(document);

    controller.moveElements({workloadRef(document.design(), "frontend")}, {0, 900}, false);
    controller.connectElements(workloadRef(document.design(), "frontend"),
                               workloadRef(document.design(), "frontend"));
    controller.createFromTemplate("preset/cluster-dns", {0, 900}, {0, 900}); // kube-system exists
    Workload w = document.design().workloads[0];
    w.name = "api-server";
    controller.editElement(refTo(document.design(), ElementRef::Kind::Workload, 0), w);

    EXPECT_EQ(refusals.count(), 4);
    EXPECT_EQ(designText(document), before);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_TRUE(refusals.first().first().toString().contains("would leave namespace"));
}

TEST(Commands, NudgingBackToTheStartLeavesNothingToUndo)
{
    Document document;
    bool ok = false;
    document.open(QString::fromStdString(examplePath("production.netpol.yaml")), &ok);
    EditController controller(&document);
    const ElementRef frontend = workloadRef(document.design(), "frontend");
    controller.moveElements({frontend}, {20, 0}, true);
    controller.moveElements({frontend}, {-20, 0}, true);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST(Commands, PasteReadsDesignYamlFromTheClipboard)
{
    Document document;
    EditController controller(&document);
    QGuiApplication::clipboard()->setText(
        QString::fromStdString(readFile(examplePath("production.netpol.yaml"))));
    controller.paste();
    EXPECT_EQ(document.design().namespaces.size(), 3u);
    EXPECT_EQ(document.design().flows.size(), 3u);
    EXPECT_EQ(document.design().namespaces[0].geometry.x, 20) << "pasted 20 px off";
}
