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

} // namespace Netpol::Test
