#include "viewtestsupport.h"

#include "document.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"

#include "model/design/designwriter.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QTest>

namespace Netpol::Test {

std::string designText(const Document &document)
{
    return writeDesign(document.design());
}

QPoint viewportPoint(DesignView *view, QPointF scenePos)
{
    return view->mapFromScene(scenePos);
}

bool dropTemplate(DesignView *view, const QString &templateId, QPointF scenePos)
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(DesignScene::kTemplateMimeType), templateId.toUtf8());
    const QPoint at = viewportPoint(view, scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted();
}

void dragOnCanvas(DesignView *view, QPointF fromScene, QPointF toScene,
                  Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = view->viewport();
    const QPoint from = viewportPoint(view, fromScene);
    const QPoint to = viewportPoint(view, toScene);
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    constexpr int kSteps = 5;
    for (int i = 1; i <= kSteps; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / kSteps);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

int flowTo(const Design &design, const std::string &to)
{
    int found = -1;
    for (int i = 0; i < int(design.flows.size()); ++i) {
        if (design.flows[std::size_t(i)].to.toString() == to)
            found = i;
    }
    return found;
}

Design namespaceGrid(int count, int columns, QPointF pitch, int perNamespace, int perRow,
                     QPointF cell, QPointF first)
{
    Design d;
    d.metadata.name = "grid";
    for (int n = 0; n < count; ++n) {
        Namespace ns;
        ns.name = "ns-" + std::to_string(n);
        ns.geometry = {(n % columns) * pitch.x(), (n / columns) * pitch.y(), 1160, 540};
        d.namespaces.push_back(ns);
        for (int w = 0; w < perNamespace; ++w) {
            Workload wl;
            wl.name = "svc-" + std::to_string(w);
            wl.ns = ns.name;
            wl.labels = {{"app", wl.name}};
            wl.ports = {{"http", 8080, Protocol::TCP}};
            wl.position = {ns.geometry.x + first.x() + (w % perRow) * cell.x(),
                           ns.geometry.y + first.y() + (w / perRow) * cell.y()};
            d.workloads.push_back(wl);
        }
    }
    return d;
}

void deleteFlow(Document &document, int index)
{
    DesignEdit edit;
    edit.changes.push_back(ElementChange::remove(ElementRef::Kind::Flow, index));
    document.push(edit, QStringLiteral("Delete Flow"));
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

Design guardrailDesign()
{
    Design d;
    d.metadata.name = "guardrails";
    auto ns = [&d](const std::string &name, bool managed, Labels labels) {
        Namespace n;
        n.name = name;
        n.managed = managed;
        n.labels = std::move(labels);
        const double x = 40 + double(d.namespaces.size()) * 320;
        n.geometry = {x, 40, 280, 200};
        d.namespaces.push_back(n);
    };
    auto workload = [&d](const std::string &ns, const std::string &name, Labels labels,
                         std::vector<ContainerPort> ports) {
        Workload w;
        w.ns = ns;
        w.name = name;
        w.labels = std::move(labels);
        w.ports = std::move(ports);
        const Namespace *n = d.findNamespace(ns);
        w.position = {n->geometry.x + 40, n->geometry.y + 70};
        d.workloads.push_back(w);
    };
    ns("kube-system", false, {});
    ns("team-a", true, {{"tenant", "yes"}});
    ns("team-b", true, {{"tenant", "yes"}});
    ns("monitoring", false, {});
    ns("legacy", false, {{"tenant", "yes"}});
    workload("kube-system", "coredns", {{"k8s-app", "kube-dns"}},
             {{"dns", 53, Protocol::UDP}, {"dns-tcp", 53, Protocol::TCP},
              {"metrics", 9153, Protocol::TCP}});
    workload("team-a", "web", {{"app", "web"}}, {{"http", 8080, Protocol::TCP}});
    workload("team-b", "api", {{"app", "api"}}, {{"http", 8080, Protocol::TCP}});
    workload("monitoring", "prometheus", {{"app", "prometheus"}}, {{"web", 9090, Protocol::TCP}});
    workload("legacy", "app", {{"app", "legacy"}}, {{"http", 80, Protocol::TCP}});
    External corp;
    corp.name = "corp";
    corp.cidr = "10.1.0.0/16";
    corp.position = {1700, 320};
    d.externals.push_back(corp);
    Flow flow;
    flow.from = *parseEndpoint("team-a/web", nullptr);
    flow.to = *parseEndpoint("team-b/api", nullptr);
    flow.ports = {FlowPort::number(8080)};
    d.flows.push_back(flow);

    GuardrailPeer everyNamespace; // namespaces: {}
    auto namespaceNamed = [](const std::string &name) {
        GuardrailPeer p;
        p.namespaces.matchLabels = {{"kubernetes.io/metadata.name", name}};
        return p;
    };
    auto rule = [](std::string name, ClusterAction action, std::vector<GuardrailPeer> peers,
                   std::vector<FlowPort> ports = {}) {
        return GuardrailRule{std::move(name), action, std::move(peers), std::move(ports)};
    };
    Guardrail baseline;
    baseline.name = "tenant-baseline";
    baseline.tier = ClusterTier::Baseline;
    baseline.priority = 10;
    baseline.subject.namespaces.matchLabels = {{"tenant", "yes"}};
    baseline.ingress = {rule("deny-all", ClusterAction::Deny, {everyNamespace})};
    Guardrail kubeSystem;
    kubeSystem.name = "protect-kube-system";
    kubeSystem.priority = 10;
    kubeSystem.subject = namespaceNamed("kube-system");
    kubeSystem.ingress = {rule("allow-dns", ClusterAction::Accept, {everyNamespace},
                               {FlowPort::number(53, Protocol::UDP), FlowPort::number(53)}),
                          rule("deny-rest", ClusterAction::Deny, {everyNamespace})};
    Guardrail pass;
    pass.name = "pass-to-api";
    pass.priority = 30;
    pass.subject.kind = GuardrailPeer::Kind::Pods;
    pass.subject.namespaces = namespaceNamed("team-b").namespaces;
    pass.subject.pods.matchLabels = {{"app", "api"}};
    pass.ingress = {rule("", ClusterAction::Pass, {namespaceNamed("team-a")})};
    Guardrail scrape;
    scrape.name = "scrape";
    scrape.priority = 20;
    GuardrailPeer prometheus;
    prometheus.kind = GuardrailPeer::Kind::Pods;
    prometheus.namespaces = namespaceNamed("monitoring").namespaces;
    prometheus.pods.matchLabels = {{"app", "prometheus"}};
    scrape.subject = everyNamespace;
    scrape.ingress = {rule("prometheus", ClusterAction::Accept, {prometheus})};
    GuardrailPeer corpNetwork;
    corpNetwork.kind = GuardrailPeer::Kind::Networks;
    corpNetwork.values = {"10.0.0.0/8"};
    scrape.egress = {rule("no-corp", ClusterAction::Deny, {corpNetwork})};
    d.guardrails = {baseline, kubeSystem, pass, scrape};
    return d;
}

} // namespace Netpol::Test
