// View > Theme: one palette per theme for the canvas, the cards, the flows, the YAML
// highlighting and the selection, every text at least 4.5:1 against its background (WCAG AA),
// and a dark theme that is dark for Qt's own widgets too.

#include "viewtestsupport.h"

#include "document.h"
#include "mainwindow.h"
#include "themes.h"

#include "views/canvas/canvastheme.h"
#include "views/canvas/designscene.h"
#include "views/panels/yamlhighlighter.h"
#include "views/panels/yamlpreview.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStyle>
#include <QTextDocument>

using namespace Netpol;
using namespace Netpol::CanvasStyle;

namespace {

constexpr double kAA = 4.5;

const char *themeName(Theme theme)
{
    return theme == Theme::Dark ? "dark" : "light";
}

// Restores the light theme after a test that changed it.
struct ThemeGuard
{
    ~ThemeGuard() { Themes::apply(Themes::Choice::Light); }
};

} // namespace

TEST(Contrast, TheWcagFormulaGivesTheKnownRatios)
{
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-6);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::white), 1.0, 1e-6);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    EXPECT_EQ(over(QColor(0, 0, 0, 0), Qt::white), QColor(Qt::white));
}

TEST(Contrast, EveryCanvasTextReachesAaInBothThemes)
{
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        const QList<TextPair> pairs = textPairs(theme);
        EXPECT_GE(pairs.size(), 28);
        for (const TextPair &pair : pairs) {
            const double ratio = contrastRatio(pair.text, pair.background);
            EXPECT_GE(ratio, kAA) << themeName(theme) << ": " << pair.name.toStdString() << " "
                                  << pair.text.name().toStdString() << " on "
                                  << pair.background.name().toStdString();
        }
    }
}

TEST(Contrast, EveryYamlFormatReachesAaOnTheEditorAndOnHighlightedPolicies)
{
    ThemeGuard guard;
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        setTheme(theme);
        QTextDocument document;
        YamlHighlighter highlighter(&document);
        const ThemeColors &c = colors(theme);
        const QList<QPair<QString, QTextCharFormat>> formats = highlighter.formats();
        ASSERT_EQ(formats.size(), 6);
        QList<QPair<QString, QColor>> texts{{"plain text", c.yamlText}};
        for (const auto &[name, format] : formats)
            texts.append({name, format.foreground().color()});
        for (const auto &[name, color] : texts) {
            const std::pair<const char *, QColor> backgrounds[]
                = {{"editor", c.yamlBase}, {"highlighted policy", c.yamlHighlight}};
            for (const auto &[where, background] : backgrounds) {
                EXPECT_GE(contrastRatio(color, background), kAA)
                    << themeName(theme) << ": " << name.toStdString() << " on " << where;
            }
        }
    }
}

TEST(Themes, DarkMakesTheCanvasTheYamlAndQtsWidgetsDark)
{
    ThemeGuard guard;
    MainWindow window;
    window.resize(900, 600);
    window.openBundled("example/production");
    window.action("actionTheme:dark")->trigger();
    EXPECT_EQ(Themes::saved(), Themes::Choice::Dark) << "remembered";
    EXPECT_EQ(theme(), Theme::Dark);
    EXPECT_EQ(QApplication::style()->name().toLower(), "fusion");
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightness(), 200);
    // The live YAML's editor and its formats.
    QPlainTextEdit *editor = window.preview()->editor();
    EXPECT_EQ(editor->palette().color(QPalette::Base), colors(Theme::Dark).yamlBase);
    const auto formats = window.preview()->highlighter()->formats();
    EXPECT_EQ(formats[2].second.foreground().color(), colors(Theme::Dark).yamlKey);
    // The canvas draws its background in the theme's colour.
    QImage image(200, 200, QImage::Format_ARGB32);
    QPainter painter(&image);
    window.scene()->render(&painter, QRectF(0, 0, 200, 200), QRectF(-5000, -5000, 200, 200));
    painter.end();
    EXPECT_EQ(image.pixelColor(110, 110), colors(Theme::Dark).canvasBackground);

    window.action("actionTheme:light")->trigger();
    EXPECT_EQ(theme(), Theme::Light);
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 200);
    EXPECT_EQ(editor->palette().color(QPalette::Base), colors(Theme::Light).yamlBase);
    EXPECT_EQ(QSettings().value("view/theme").toString(), "light");
}
