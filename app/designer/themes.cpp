#include "themes.h"

#include "views/canvas/canvastheme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Netpol::Themes {

namespace {

const char kKey[] = "view/theme";

// The platform's look, as the application started with it: what System goes back to.
struct Original
{
    QString style;
    QPalette palette;
};

Choice g_current = Choice::System;

const Original &original()
{
    static const Original o{QApplication::style()->name(), QApplication::palette()};
    return o;
}

} // namespace

QString key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Choice saved()
{
    const QString value = QSettings().value(QLatin1String(kKey)).toString();
    for (Choice c : {Choice::Light, Choice::Dark}) {
        if (value == key(c))
            return c;
    }
    return Choice::System;
}

void save(Choice choice)
{
    QSettings().setValue(QLatin1String(kKey), key(choice));
}

QPalette darkPalette()
{
    const CanvasStyle::ThemeColors &c = CanvasStyle::colors(CanvasStyle::Theme::Dark);
    QPalette p;
    const QColor window(0x2b, 0x2f, 0x36);
    const QColor button(0x35, 0x3a, 0x43);
    const QColor disabled(0x80, 0x88, 0x94);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.yamlBase);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x29, 0x30));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x38, 0x40));
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.mutedText);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x5a));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x45, 0x4e));
    p.setColor(QPalette::Mid, QColor(0x30, 0x34, 0x3b));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1d, 0x22));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x12, 0x15));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xcc));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

Choice current()
{
    return g_current;
}

void apply(Choice choice)
{
    const Original &o = original(); // taken before the first change
    g_current = choice;
    if (choice == Choice::System) {
        const bool dark = o.palette.color(QPalette::Window).lightness() < 128;
        CanvasStyle::setTheme(dark ? CanvasStyle::Theme::Dark : CanvasStyle::Theme::Light);
        if (QApplication::style()->name() != o.style)
            QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(o.palette);
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool dark = choice == Choice::Dark;
    CanvasStyle::setTheme(dark ? CanvasStyle::Theme::Dark : CanvasStyle::Theme::Light);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace Netpol::Themes
