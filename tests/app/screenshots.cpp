// netpol_screenshots DESIGN OUTDIR: opens the designer on DESIGN and writes what the screen
// shows (QScreen::grabWindow of the root window, as `import -window root` would) for the
// review features: the Reachability dock for any port and for one port, in a light and a dark
// palette, and compare mode against a copy of DESIGN with one flow less, one more and other
// ports on a third. Run it under Xvfb (scripts/screenshots.sh); a person looks at the PNGs.

#include "comparison.h"
#include "document.h"
#include "mainwindow.h"
#include "translations.h"
#include "views/canvas/designview.h"
#include "views/panels/reachabilitymodel.h"
#include "views/panels/reachabilityview.h"


#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QScreen>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace Netpol;

namespace {

bool waitUntil(const std::function<bool()> &done, int ms = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return done();
}

void settle(int ms = 600)
{
    waitUntil([] { return false; }, ms);
}

bool shoot(const QString &path)
{
    settle();
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    const bool ok = shot.save(path);
    std::printf("%s %s (%dx%d)\n", ok ? "wrote" : "could not write", qPrintable(path),
                shot.width(), shot.height());
    return ok;
}

void showDock(MainWindow &window, const char *name)
{
    auto *dock = window.findChild<QDockWidget *>(QString::fromLatin1(name));
    dock->show();
    dock->raise();
}

// The matrix with a cell chosen: the first allowed one toward `to`, for its explanation.
void pickCell(ReachabilityView *view, const QString &to)
{
    ReachabilityModel *model = view->model();
    const int column = model->columnOf(to);
    for (int r = 0; column >= 0 && r < model->rowCount(); ++r) {
        const QModelIndex cell = model->index(r, column);
        if (cell.data(ReachabilityModel::kAllowedRole).toBool()) {
            view->table()->setCurrentIndex(cell);
            view->table()->scrollTo(cell);
            return;
        }
    }
}

QString modifiedCopy(const QString &design, const QDir &dir)
{
    QFile in(design);
    in.open(QIODevice::ReadOnly);
    QString text = QString::fromUtf8(in.readAll());
    // One flow less, one more, other ports on a third (lines of the bundled examples).
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList out;
    bool dropped = false;
    bool changed = false;
    for (const QString &line : lines) {
        if (!dropped && line.contains(QLatin1String("to: external/"))) {
            dropped = true;
            continue;
        }
        if (!changed && line.contains(QLatin1String("ports: [")) && line.contains(QLatin1String("/TCP]"))) {
            out << QString(line).replace(QLatin1String("/TCP]"), QLatin1String("/TCP, 9090/TCP]"));
            changed = true;
            continue;
        }
        out << line;
    }
    // A flow the design does not draw, so that compare mode has a removed one to show.
    const int flows = int(out.indexOf(QStringLiteral("flows:")));
    if (flows >= 0 && text.contains(QLatin1String("storefront/web"))
        && text.contains(QLatin1String("data/redis")))
        out.insert(flows + 1, QStringLiteral("  - {from: storefront/web, to: data/redis, ports: [6379/TCP]}"));
    const QString path = dir.filePath(QStringLiteral("baseline.netpol.yaml"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(out.join(QLatin1Char('\n')).toUtf8());
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // English with its plural forms ("26 policies"), as the designer shows it.
    Netpol::Translations::install(QLocale(QLocale::English));
    QApplication::setApplicationName(QStringLiteral("netpol-screenshots"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: netpol_screenshots DESIGN OUTDIR\n");
        return 2;
    }
    const QString design = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QDir().mkpath(out.path());
    QTemporaryDir scratch;

    MainWindow window;
    window.setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    window.show();
    if (!window.openFile(design))
        return 1;
    settle(1500);
    window.view()->fitToView();

    bool ok = true;
    ReachabilityView *matrix = window.reachabilityView();
    showDock(window, "reachabilityDock");
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("reachabilityDock"));
    window.resizeDocks({dock}, {420}, Qt::Vertical);
    matrix->refresh();
    for (int i = 0; i < 2; ++i) { // the dock's own refresh on showing may follow this one
        waitUntil([matrix] { return !matrix->isPending() && matrix->model()->reachability(); });
        settle(800);
    }
    pickCell(matrix, QStringLiteral("data/postgres"));
    ok &= shoot(out.filePath(QStringLiteral("matrix-any-port.png")));
    matrix->setPort(MatrixPort{5432, Protocol::TCP});
    pickCell(matrix, QStringLiteral("data/postgres"));
    ok &= shoot(out.filePath(QStringLiteral("matrix-port-5432.png")));

    // Dark mode: the cells keep apart by sign and hatching, the colours darken.
    const QPalette light = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    QApplication::setPalette(dark);
    matrix->setPort(std::nullopt);
    ok &= shoot(out.filePath(QStringLiteral("matrix-dark.png")));
    QApplication::setPalette(light);

    // Compare mode against the modified copy.
    window.compareWith({CompareBaseline::Kind::Path, modifiedCopy(design, QDir(scratch.path())), {}});
    waitUntil([&window] { return !window.comparison()->isPending() && !window.comparison()->changes().empty(); });
    // The canvas gets the height: the Changes dock needs a few rows only.
    window.resizeDocks({window.findChild<QDockWidget *>(QStringLiteral("changesDock"))}, {170},
                       Qt::Vertical);
    settle();
    window.view()->fitToView();
    ok &= shoot(out.filePath(QStringLiteral("compare.png")));
    window.leaveCompareMode();
    ok &= shoot(out.filePath(QStringLiteral("compare-left.png")));
    return ok ? 0 : 1;
}
