// netpol_guardrailshots OUTDIR: the designer with a design holding cluster guardrails (the
// tests' guardrailDesign()), a Deny rule, an Accept rule and a Pass guardrail selected, in the
// light and the dark theme, captured as the screen shows them. Run it under Xvfb; a person
// looks at the PNGs.

#include "viewtestsupport.h"

#include "document.h"
#include "mainwindow.h"
#include "translations.h"
#include "views/canvas/designview.h"
#include "views/panels/guardrailband.h"

#include <QApplication>
#include <QDir>
#include <QScreen>

#include <cstdio>

using namespace Netpol;

namespace {

bool shoot(const QString &path)
{
    Test::waitUntil([] { return false; }, 700);
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    const bool ok = shot.save(path);
    std::printf("%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Netpol::Translations::install(QLocale(QLocale::English));
    if (argc != 2) {
        std::fprintf(stderr, "usage: netpol_guardrailshots OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    MainWindow window;
    window.setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    window.show();
    window.document()->reset(Test::guardrailDesign(), QString());
    Test::waitUntil([] { return false; }, 1000);
    window.view()->fitToView();
    GuardrailBand *band = window.guardrailBand();
    bool ok = true;
    for (auto theme : {Themes::Choice::Light, Themes::Choice::Dark}) {
        window.setTheme(theme);
        const QString suffix = theme == Themes::Choice::Dark ? QStringLiteral("-dark")
                                                             : QStringLiteral("-light");
        band->setCurrentItem(band->topLevelItem(0)->child(1)); // protect-kube-system deny-rest
        ok &= shoot(out.filePath(QStringLiteral("guardrail-deny") + suffix + ".png"));
        band->setCurrentItem(band->topLevelItem(1)->child(0)); // scrape: accept prometheus
        ok &= shoot(out.filePath(QStringLiteral("guardrail-accept") + suffix + ".png"));
        band->setCurrentItem(band->topLevelItem(2)); // pass-to-api
        ok &= shoot(out.filePath(QStringLiteral("guardrail-pass") + suffix + ".png"));
    }
    return ok ? 0 : 1;
}
