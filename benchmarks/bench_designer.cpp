// The designer at real size: the real window, offscreen, on synthetic designs of 1,000 and
// 5,000 workloads (5 flows each: most inside a namespace, some to the neighbouring namespace,
// some anywhere), beside a plain QGraphicsScene holding as many rectangles and lines. Prints,
// per size, the figures the issue asks for (each a ratio of two times measured in this run):
//
//   edit-to-preview/full-regeneration   after one edit, the time until the preview shows it
//                                       (less the 200 ms the preview waits for edits to
//                                       settle), over the time to generate and render the
//                                       whole preview once (median of 20 edits)
//   max-ui-stall/full-regeneration      the longest time the event loop did not run, from
//                                       opening the file to an updated preview after 20 edits
//   drag-frame/plain-scene-frame        one drag step of a card with its flows plus a repaint
//                                       at 100%, over a repaint of the plain scene
//   select-all/plain-scene-select-all   Edit > Select All until the window is idle again,
//                                       over selecting every item of the plain scene
//
// Goals: at most 0.1, 0.05, 2 and 3. Then the times themselves, in milliseconds.

#include "document.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/canvas/designview.h"
#include "views/canvas/workloaditem.h"
#include "views/panels/diagnosticsview.h"
#include "views/panels/yamlpreview.h"

#include "model/core/fileio.h"
#include "model/design/designwriter.h"

#include "figure.h"
#include "syntheticdesign.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

using namespace Netpol;

namespace {

constexpr int kEdits = 20;

// Records the longest gap between two turns of the event loop.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        // NETPOL_BENCH_STALLS=1 lists every stall over 100 ms with when it ended (the
        // monotonic clock, in ms: `perf record -k CLOCK_MONOTONIC` finds what ran then).
        static const bool list = qEnvironmentVariableIsSet("NETPOL_BENCH_STALLS");
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_clock.restart();
            if (list && gap > 100)
                std::fprintf(stderr, "stall %lld ms, ended at %lld ms\n", gap,
                             m_clock.msecsSinceReference());
            m_longest = std::max(m_longest, gap);
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

void waitIdle(MainWindow &window)
{
    while (window.preview()->isPending() || window.diagnosticsView()->isPending())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    QCoreApplication::processEvents();
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Figures
{
    double fullRegeneration = 0;
    double editToPreview = 0;
    double maxStall = 0;
    double dragFrame = 0;
    double plainFrame = 0;
    double selectAll = 0;
    double plainSelectAll = 0;
};

Figures measure(int workloads)
{
    Figures f;
    const Design design = Bench::syntheticDesign(workloads);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.netpol.yaml"));
    std::string error;
    if (!writeFileAtomically(path.toStdString(), writeDesign(design), &error))
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), error.c_str());

    // The whole preview generated and rendered once, from nothing.
    {
        Document document;
        document.reset(design, QString());
        QElapsedTimer clock;
        clock.start();
        YamlPreview preview(&document);
        f.fullRegeneration = ms(clock.nsecsElapsed());
    }

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
    Heartbeat heartbeat;
    heartbeat.start();
    QTimer::singleShot(0, &window, [&] { window.openFile(path); });
    QCoreApplication::processEvents();
    waitIdle(window);
    std::vector<double> edits;
    for (int i = 0; i < kEdits; ++i) {
        const int index = (i * 7919) % workloads;
        Workload w = window.document()->design().workloads[std::size_t(index)];
        w.labels["edit"] = std::to_string(i);
        QElapsedTimer clock;
        clock.start();
        window.controller()->editElement(
            refTo(window.document()->design(), ElementRef::Kind::Workload, index), w);
        while (window.preview()->isPending())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 2);
        edits.push_back(ms(clock.nsecsElapsed()) - YamlPreview::kDelayMs);
        waitIdle(window);
    }
    f.maxStall = double(heartbeat.stop());
    std::sort(edits.begin(), edits.end());
    f.editToPreview = std::max(0.0, edits[edits.size() / 2]);

    // A drag step of one card with its flows, then a repaint, at 100% around it.
    DesignView *view = window.view();
    view->resetZoom();
    WorkloadItem *card = window.scene()->workloadItems()[workloads / 2];
    view->centerOn(card);
    QCoreApplication::processEvents();
    constexpr int kSteps = 30;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kSteps; ++i) {
        card->setPos(card->pos() + QPointF(i % 2 ? -10 : 10, 0));
        view->viewport()->repaint();
    }
    f.dragFrame = ms(clock.nsecsElapsed()) / kSteps;

    // The plain scene: the same rectangles and lines, the same view size and zoom.
    QGraphicsScene plain;
    std::map<std::string, QGraphicsRectItem *> rects;
    for (const Namespace &ns : design.namespaces)
        plain.addRect(ns.geometry.x, ns.geometry.y, ns.geometry.width, ns.geometry.height);
    for (const Workload &w : design.workloads) {
        auto *rect = plain.addRect(w.position.x, w.position.y, CanvasStyle::kWorkloadSize.width(),
                                   CanvasStyle::kWorkloadSize.height());
        rect->setFlag(QGraphicsItem::ItemIsSelectable);
        rects[w.ns + '/' + w.name] = rect;
    }
    for (const Flow &flow : design.flows) {
        auto *line = plain.addLine(QLineF(rects[flow.from.ns + '/' + flow.from.name]->rect().center(),
                                          rects[flow.to.ns + '/' + flow.to.name]->rect().center()));
        line->setFlag(QGraphicsItem::ItemIsSelectable);
    }
    QGraphicsView plainView(&plain);
    plainView.setRenderHints(view->renderHints());
    plainView.resize(view->size());
    plainView.show();
    plainView.centerOn(card->sceneBoundingRect().center());
    QCoreApplication::processEvents();
    clock.restart();
    for (int i = 0; i < kSteps; ++i)
        plainView.viewport()->repaint();
    f.plainFrame = ms(clock.nsecsElapsed()) / kSteps;

    // Select All until the window is idle again, against selecting the plain scene's items.
    clock.restart();
    window.action(QStringLiteral("actionSelectAll"))->trigger();
    waitIdle(window);
    f.selectAll = ms(clock.nsecsElapsed());
    clock.restart();
    for (QGraphicsItem *item : plain.items())
        item->setSelected(true);
    QCoreApplication::processEvents();
    f.plainSelectAll = ms(clock.nsecsElapsed());
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings and recovery files stay out of the way
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("netpol-designer-bench"));
    std::vector<int> sizes = {1000, 5000};
    if (argc > 1)
        sizes = {std::atoi(argv[1])};
    for (int size : sizes) {
        const Figures f = measure(size);
        std::printf("%d workloads, %d flows\n", size, size * Bench::kFlowsPerWorkload);
        std::printf("edit-to-preview/full-regeneration: %.2f\n", f.editToPreview / f.fullRegeneration);
        std::printf("max-ui-stall/full-regeneration: %.2f\n", f.maxStall / f.fullRegeneration);
        std::printf("drag-frame/plain-scene-frame: %.1f\n", f.dragFrame / f.plainFrame);
        std::printf("select-all/plain-scene-select-all: %.1f\n", f.selectAll / f.plainSelectAll);
        const std::string workloads = std::to_string(size) + " workloads";
        Bench::printFigure("edit-to-preview/full-regeneration", workloads, "<= 0.1", "%.2f",
                           f.editToPreview / f.fullRegeneration);
        Bench::printFigure("max-ui-stall/full-regeneration", workloads, "<= 0.05", "%.2f",
                           f.maxStall / f.fullRegeneration);
        Bench::printFigure("drag-frame/plain-scene-frame", workloads, "<= 2", "%.1f",
                           f.dragFrame / f.plainFrame);
        Bench::printFigure("select-all/plain-scene-select-all", workloads, "<= 3", "%.1f",
                           f.selectAll / f.plainSelectAll);
        std::printf("  (ms: full regeneration %.0f, edit to preview %.0f, longest stall %.0f, "
                    "drag frame %.1f, plain frame %.1f, select all %.0f, plain select all %.0f)\n",
                    f.fullRegeneration, f.editToPreview, f.maxStall, f.dragFrame, f.plainFrame,
                    f.selectAll, f.plainSelectAll);
        std::fflush(stdout);
    }
    return 0;
}
