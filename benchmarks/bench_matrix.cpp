// The Reachability dock at real size: a synthetic design of 1,000 workloads (5 flows each, as
// bench_designer's), offscreen. Prints, in milliseconds: the matrix computed from the design
// (the worker's job: generated policies, cluster, connection list), the model taking it (the
// UI thread's share), a repaint of the table scrolled to its middle, and one cell's
// explanation (what a hover asks for). The UI thread's parts must stay far below a frame's
// worth of work to call the dock usable; the worker's part only delays the update.

#include "document.h"
#include "views/panels/reachabilitymodel.h"
#include "views/panels/reachabilityview.h"

#include "figure.h"
#include "syntheticdesign.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Netpol;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const int size = argc > 1 ? std::atoi(argv[1]) : 1000;
    const Design design = Bench::syntheticDesign(size);
    Document document;
    document.reset(design, QString());

    QElapsedTimer clock;
    clock.start();
    std::shared_ptr<const ReachabilityData> data = computeReachability(design);
    const double compute = ms(clock.nsecsElapsed());

    ReachabilityView view(&document);
    view.resize(1400, 700);
    view.show();
    QCoreApplication::processEvents();
    clock.restart();
    view.model()->setData(data);
    const double take = ms(clock.nsecsElapsed());
    clock.restart();
    QCoreApplication::processEvents();
    const double firstPaint = ms(clock.nsecsElapsed());

    QTableView *table = view.table();
    const QModelIndex middle = view.model()->index(size / 2, size / 2 + 1);
    table->scrollTo(middle, QAbstractItemView::PositionAtCenter);
    constexpr int kFrames = 20;
    clock.restart();
    for (int i = 0; i < kFrames; ++i)
        table->viewport()->repaint();
    const double frame = ms(clock.nsecsElapsed()) / kFrames;
    view.setPort(MatrixPort{8080, Protocol::TCP});
    clock.restart();
    for (int i = 0; i < kFrames; ++i)
        table->viewport()->repaint();
    const double portFrame = ms(clock.nsecsElapsed()) / kFrames;

    clock.restart();
    const QString tip = middle.data(Qt::ToolTipRole).toString();
    const double explain = ms(clock.nsecsElapsed());

    std::printf("%d workloads, %zu endpoints, %zu connections\n", size, std::size_t(data->size()),
                data->connectionCount());
    std::printf("matrix computed (worker): %.0f ms\n", compute);
    std::printf("model takes it (UI): %.1f ms\n", take);
    std::printf("first layout and paint (UI): %.1f ms\n", firstPaint);
    std::printf("repaint, any port (UI): %.1f ms\n", frame);
    std::printf("repaint, one port (UI): %.1f ms\n", portFrame);
    std::printf("one cell explained (UI): %.1f ms (%lld lines)\n", explain,
                static_cast<long long>(tip.count(QLatin1Char('\n')) + 1));
    const std::string workloads = std::to_string(size) + " workloads";
    Bench::printFigure("matrix-repaint-ms", workloads, "<= 16", "%.1f",
                       std::max(frame, portFrame));
    Bench::printFigure("matrix-take-ms", workloads, "<= 16", "%.1f", take);
    Bench::printFigure("matrix-explain-ms", workloads, "<= 16", "%.1f", explain);
    return 0;
}
