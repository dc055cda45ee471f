// The canvas at scale: a design of 2,000 workloads in 100 namespaces with 5,000 flows, drawn by
// the designer's scene in an offscreen view, beside a plain QGraphicsScene holding the same
// number of rectangles and lines at the same places. Prints Google Benchmark's table, then the
// ratios (goal: a frame costs at most about 2x the plain scene's) and the time to move 200
// selected workloads, both as a drag step (items moved, flows following) and as the request
// that carries the move through the undo stack into the design and back to the scene.

#include "document.h"
#include "editcontroller.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/flowitem.h"
#include "views/canvas/workloaditem.h"
#include "views/panels/yamlpreview.h"

#include "views/canvas/canvasstyle.h"

#include "figure.h"
#include "timingreporter.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QUndoStack>

#include <cstdio>
#include <map>
#include <random>

using namespace Netpol;

namespace {

constexpr int kNamespaces = 100;
constexpr int kPerNamespace = 20;
constexpr int kFlows = 5000;
constexpr const char *kSize = "2000 workloads, 5000 flows"; // for the figures of scripts/bench.sh
constexpr int kMoved = 200;
constexpr QSize kViewSize{1600, 1000};

// Namespaces on a 10 x 10 grid, each holding 20 workloads in 4 rows of 5; flows mostly inside
// a namespace, one in five to a neighbouring namespace.
Design largeDesign()
{
    Design d;
    d.metadata.name = "canvas-benchmark";
    for (int n = 0; n < kNamespaces; ++n) {
        Namespace ns;
        ns.name = "ns-" + std::to_string(n);
        ns.geometry = {double(n % 10) * 1240, double(n / 10) * 600, 1160, 540};
        d.namespaces.push_back(ns);
        for (int w = 0; w < kPerNamespace; ++w) {
            Workload wl;
            wl.name = "svc-" + std::to_string(w);
            wl.ns = ns.name;
            wl.labels = {{"app", wl.name}, {"team", "t" + std::to_string(n % 7)}};
            wl.ports = {{"http", 8080, Protocol::TCP}};
            wl.position = {ns.geometry.x + 40 + (w % 5) * 220, ns.geometry.y + 60 + (w / 5) * 120};
            d.workloads.push_back(wl);
        }
    }
    std::mt19937 random(7);
    for (int f = 0; f < kFlows; ++f) {
        const int from = int(random() % unsigned(d.workloads.size()));
        int to = 0;
        if (f % 5 == 4)
            to = int(random() % unsigned(d.workloads.size())); // across namespaces
        else
            to = (from / kPerNamespace) * kPerNamespace + int(random() % kPerNamespace);
        if (to == from)
            to = (from / kPerNamespace) * kPerNamespace + (from + 1) % kPerNamespace;
        const Workload &a = d.workloads[std::size_t(from)];
        const Workload &b = d.workloads[std::size_t(to)];
        d.flows.push_back({Endpoint::workload(a.ns, a.name),
                           Endpoint::workload(b.ns, b.name),
                           {FlowPort::number(8080 + f % 3)}});
    }
    return d;
}

struct Canvas
{
    Document document;
    EditController controller{&document};
    DesignScene *scene = nullptr;
    DesignView *view = nullptr;

    QGraphicsScene plainScene;
    QGraphicsView *plainView = nullptr;
    QList<QGraphicsRectItem *> plainRects; // the workloads' rectangles, in design order
    struct PlainLine
    {
        QGraphicsLineItem *item;
        int from;
        int to;
    };
    std::vector<PlainLine> plainLines;
    std::multimap<int, std::size_t> plainLinesOf; // workload index -> its lines

    Canvas()
    {
        const Design design = largeDesign();
        document.reset(design, QString());
        scene = new DesignScene(&document, &document);
        view = new DesignView(scene);
        view->resize(kViewSize);
        view->show();

        for (const Namespace &ns : design.namespaces)
            plainScene.addRect(ns.geometry.x, ns.geometry.y, ns.geometry.width, ns.geometry.height);
        std::map<std::string, int> index;
        for (int i = 0; i < int(design.workloads.size()); ++i) {
            const Workload &w = design.workloads[std::size_t(i)];
            plainRects.append(plainScene.addRect(w.position.x, w.position.y,
                                                 CanvasStyle::kWorkloadSize.width(),
                                                 CanvasStyle::kWorkloadSize.height()));
            index[w.ns + '/' + w.name] = i;
        }
        for (const Flow &f : design.flows) {
            const int a = index[f.from.ns + '/' + f.from.name];
            const int b = index[f.to.ns + '/' + f.to.name];
            auto *line = plainScene.addLine(
                QLineF(plainRects[a]->rect().center(), plainRects[b]->rect().center()));
            plainLinesOf.emplace(a, plainLines.size());
            plainLinesOf.emplace(b, plainLines.size());
            plainLines.push_back({line, a, b});
        }
        plainScene.setSceneRect(scene->sceneRect());
        plainView = new QGraphicsView(&plainScene);
        plainView->setRenderHints(view->renderHints());
        plainView->resize(kViewSize);
        plainView->show();
        QCoreApplication::processEvents();
    }

    ~Canvas()
    {
        delete view;
        delete plainView;
    }
};

Canvas *g_canvas = nullptr; // made on first use, deleted before the application ends

Canvas &canvas()
{
    if (!g_canvas)
        g_canvas = new Canvas;
    return *g_canvas;
}

// Both views show the same part of the scene at the same zoom.
void frame(benchmark::State &state, bool plain)
{
    Canvas &c = canvas();
    QGraphicsView *view = plain ? c.plainView : static_cast<QGraphicsView *>(c.view);
    const bool whole = state.range(0) == 0;
    if (whole) {
        view->fitInView(c.scene->designBounds(), Qt::KeepAspectRatio);
    } else {
        view->setTransform(QTransform());
        view->centerOn(c.scene->designBounds().center());
    }
    QCoreApplication::processEvents();
    for (auto _ : state)
        view->viewport()->repaint();
    state.SetLabel(whole ? "whole design (zoomed out)" : "1:1, a 1600x1000 window");
}

void BM_Frame_Designer(benchmark::State &state)
{
    frame(state, false);
}

void BM_Frame_PlainScene(benchmark::State &state)
{
    frame(state, true);
}

QList<int> movedWorkloads()
{
    QList<int> out;
    for (int i = 0; i < kMoved; ++i)
        out.append(i * (kNamespaces * kPerNamespace / kMoved)); // spread over all namespaces
    return out;
}

// A drag step: Qt moves the selected items; their flows follow.
void BM_Move200_DragStep_Designer(benchmark::State &state)
{
    Canvas &c = canvas();
    const QList<int> moved = movedWorkloads();
    double dx = 20;
    for (auto _ : state) {
        for (int i : moved) {
            WorkloadItem *item = c.scene->workloadItems()[i];
            item->setPos(item->pos() + QPointF(dx, 0));
        }
        dx = -dx;
    }
    if (dx < 0) { // back where the design has them
        for (int i : moved)
            c.scene->workloadItems()[i]->moveBy(-20, 0);
    }
}

void BM_Move200_DragStep_PlainScene(benchmark::State &state)
{
    Canvas &c = canvas();
    const QList<int> moved = movedWorkloads();
    double dx = 20;
    for (auto _ : state) {
        for (int i : moved) {
            QGraphicsRectItem *rect = c.plainRects[i];
            rect->setPos(rect->pos() + QPointF(dx, 0));
            const auto [first, last] = c.plainLinesOf.equal_range(i);
            for (auto it = first; it != last; ++it) { // a line follows its ends
                const Canvas::PlainLine &line = c.plainLines[it->second];
                line.item->setLine(QLineF(c.plainRects[line.from]->sceneBoundingRect().center(),
                                          c.plainRects[line.to]->sceneBoundingRect().center()));
            }
        }
        dx = -dx;
    }
}

// The move request: model edit, undo command, scene synchronised from the design.
void BM_Move200_Request_Designer(benchmark::State &state)
{
    Canvas &c = canvas();
    QList<ElementRef> elements;
    for (int i : movedWorkloads())
        elements.append(refTo(c.document.design(), ElementRef::Kind::Workload, i));
    double dx = 20;
    for (auto _ : state) {
        c.controller.moveElements(elements, {dx, 0}, true);
        dx = -dx;
    }
    c.document.undoStack()->clear();
}

// The live YAML after an edit that changes one workload's policies: generate everything, emit
// only what changed, replace only the changed text.
void BM_Preview_AfterLabelEdit(benchmark::State &state)
{
    Canvas &c = canvas();
    YamlPreview preview(&c.document);
    const ElementRef target = refTo(c.document.design(), ElementRef::Kind::Workload, 1010);
    bool flip = false;
    for (auto _ : state) {
        state.PauseTiming();
        Workload w = c.document.design().workloads[1010];
        w.labels["tier"] = flip ? "a" : "b";
        flip = !flip;
        c.controller.editElement(target, w);
        state.ResumeTiming();
        preview.refreshNow();
    }
    state.counters["policies"] = preview.policyCount();
    state.counters["MB"] = double(preview.text().size()) / 1e6;
    c.document.undoStack()->clear();
}

BENCHMARK(BM_Frame_Designer)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Frame_PlainScene)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Move200_DragStep_Designer)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Move200_DragStep_PlainScene)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Move200_Request_Designer)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_Preview_AfterLabelEdit)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void ratio(const Bench::TimingReporter &times, const char *what, const std::string &designer,
           const std::string &plain, const char *note, const char *goal)
{
    const double d = times.time(designer);
    const double p = times.time(plain);
    if (d > 0 && p > 0) {
        std::printf("  %s   designer %8.2f   plain %8.2f   ratio %.2fx   (%s)\n", what, d, p, d / p, note);
        std::string name(what); // padded for the table above
        name.erase(name.find_last_not_of(' ') + 1);
        Bench::printFigure(name + ", designer/plain scene", kSize, goal, "%.2fx", d / p);
    }
}

void printRatios(const Bench::TimingReporter &times)
{
    std::printf("\nCanvas: %d namespaces, %d workloads, %d flows (CPU ms: the machine may be shared)\n",
                kNamespaces, kNamespaces * kPerNamespace, kFlows);
    ratio(times, "Frame, whole design", "BM_Frame_Designer/0", "BM_Frame_PlainScene/0", "goal: at most about 2x",
          "<= 2x");
    ratio(times, "Frame, 1:1 window  ", "BM_Frame_Designer/1", "BM_Frame_PlainScene/1", "goal: at most about 2x",
          "<= 2x");
    ratio(times, "Move 200, drag step", "BM_Move200_DragStep_Designer", "BM_Move200_DragStep_PlainScene",
          "items and their flows", "-");
    const double preview = times.time("BM_Preview_AfterLabelEdit");
    if (preview > 0)
    {
        std::printf("  Live YAML, one edit   designer %8.2f   (generate all, emit what changed)\n", preview);
        Bench::printFigure("Live YAML after one edit (CPU ms)", kSize, "-", "%.2f", preview);
    }
    const double request = times.time("BM_Move200_Request_Designer");
    if (request > 0) {
        std::printf("  Move 200, request     designer %8.2f   (edit, undo command, scene synchronised)\n",
                    request);
        Bench::printFigure("Move 200, request (CPU ms)", kSize, "-", "%.2f", request);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int result = Bench::runBenchmarks(argc, argv, Bench::TimingReporter::Clock::Cpu, printRatios);
    delete g_canvas;
    return result;
}
