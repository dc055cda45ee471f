#include "views/canvas/canvastheme.h"

#include <cmath>

namespace Netpol::CanvasStyle {

namespace {

QColor rgb(unsigned value, int alpha = 255)
{
    QColor c = QColor::fromRgb(value);
    c.setAlpha(alpha);
    return c;
}

ThemeColors lightColors()
{
    ThemeColors c;
    c.canvasBackground = rgb(0xfafbfc);
    c.gridDot = rgb(0xd5dae1);
    c.text = rgb(0x1f2937);
    c.mutedText = rgb(0x525d6b);
    c.link = rgb(0x1565c0);
    c.selection = rgb(0x1e6fd9);
    c.flow = rgb(0x3d4a5c);
    c.suggestion = rgb(0x975a00);
    c.warningLine = rgb(0xd98c00);
    c.error = rgb(0xc62828);
    c.managedBorder = rgb(0x3b6eb4);
    c.managedFill = rgb(0xf1f6fd);
    c.managedHeader = rgb(0xdce8f8);
    c.managedBadgeFill = rgb(0x3b6eb4, 30);
    c.managedBadgeText = rgb(0x2b5590);
    c.unmanagedBorder = rgb(0x98a1ac);
    c.unmanagedFill = rgb(0xf5f5f4);
    c.unmanagedHeader = rgb(0xe9e9e7);
    c.unmanagedBadgeFill = rgb(0x000000, 18);
    c.hatch = rgb(0x000000, 10);
    c.externalBorder = rgb(0xc27c1e);
    c.externalFill = rgb(0xfff7ea);
    c.cardFill = rgb(0xffffff);
    c.cardBorder = rgb(0xc3cbd6);
    c.cardShadow = rgb(0x0f172a, 22);
    c.nameplate = rgb(0xffffff, 215);
    c.labelFill = rgb(0xffffff);
    c.labelBorder = rgb(0xb4bdc9);
    c.stubFill = rgb(0xeef1f5);
    c.exposureFill = rgb(0xffe8b0);
    c.exposureBorder = rgb(0x9a5800);
    c.exposureText = rgb(0x5c3400);
    c.guardrailAccept = rgb(0x17753a);
    c.guardrailDeny = rgb(0xc62828);
    c.guardrailPass = rgb(0x59626e);
    // Deployment, StatefulSet, DaemonSet, Pod, Job, CronJob, ReplicaSet: the kind's colour,
    // darkened where it is too light to read on a white card.
    c.kindText = {rgb(0x245fa8), rgb(0x8e44ad), rgb(0x0e7a66), rgb(0x5d6d7e),
                  rgb(0xa84300), rgb(0xc0392b), rgb(0x1c7488)};
    c.yamlBase = rgb(0xffffff);
    c.yamlText = rgb(0x1f2937);
    c.yamlComment = rgb(0x5f6873);
    c.yamlSeparator = rgb(0x9a3cbf);
    c.yamlKey = rgb(0x0b5cad);
    c.yamlString = rgb(0x1a7f37);
    c.yamlNumber = rgb(0xb35200);
    c.yamlKeyword = rgb(0xa31f5c);
    c.yamlHighlight = rgb(0xfff4c2);
    return c;
}

ThemeColors darkColors()
{
    ThemeColors c;
    c.canvasBackground = rgb(0x1e2228);
    c.gridDot = rgb(0x363c46);
    c.text = rgb(0xe6e9ef);
    c.mutedText = rgb(0xa9b2bf);
    c.link = rgb(0x7cb7ff);
    c.selection = rgb(0x5aa2ff);
    c.flow = rgb(0x9aa6b6);
    c.suggestion = rgb(0xe0a14a);
    c.warningLine = rgb(0xe0a14a);
    c.error = rgb(0xff7b7b);
    c.managedBorder = rgb(0x5b8fd6);
    c.managedFill = rgb(0x1f2a38);
    c.managedHeader = rgb(0x263750);
    c.managedBadgeFill = rgb(0x5b8fd6, 40);
    c.managedBadgeText = rgb(0x9fc2f0);
    c.unmanagedBorder = rgb(0x7d8794);
    c.unmanagedFill = rgb(0x24272c);
    c.unmanagedHeader = rgb(0x2f3339);
    c.unmanagedBadgeFill = rgb(0xffffff, 18);
    c.hatch = rgb(0xffffff, 10);
    c.externalBorder = rgb(0xd69a45);
    c.externalFill = rgb(0x33291b);
    c.cardFill = rgb(0x2a2f37);
    c.cardBorder = rgb(0x4a525e);
    c.cardShadow = rgb(0x000000, 70);
    c.nameplate = rgb(0x2a2f37, 225);
    c.labelFill = rgb(0x2a2f37);
    c.labelBorder = rgb(0x5a6472);
    c.stubFill = rgb(0x2f353e);
    c.exposureFill = rgb(0xffe8b0);
    c.exposureBorder = rgb(0xd69a45);
    c.exposureText = rgb(0x5c3400);
    c.guardrailAccept = rgb(0x6fd685);
    c.guardrailDeny = rgb(0xff7b7b);
    c.guardrailPass = rgb(0xb4bcc8);
    c.kindText = {rgb(0x72a8ff), rgb(0xc39bf0), rgb(0x4fd1b5), rgb(0xa7b4c2),
                  rgb(0xffa060), rgb(0xff8a80), rgb(0x5cc8e0)};
    c.yamlBase = rgb(0x1e2228);
    c.yamlText = rgb(0xdfe3ea);
    c.yamlComment = rgb(0xa9b2bf);
    c.yamlSeparator = rgb(0xc792ea);
    c.yamlKey = rgb(0x7cb7ff);
    c.yamlString = rgb(0x8fd694);
    c.yamlNumber = rgb(0xf0a868);
    c.yamlKeyword = rgb(0xff8fb8);
    c.yamlHighlight = rgb(0x3b3520);
    return c;
}

Theme g_theme = Theme::Light;

} // namespace

const ThemeColors &colors(Theme theme)
{
    static const ThemeColors light = lightColors();
    static const ThemeColors dark = darkColors();
    return theme == Theme::Dark ? dark : light;
}

Theme theme()
{
    return g_theme;
}

void setTheme(Theme theme)
{
    g_theme = theme;
}

QList<TextPair> textPairs(Theme theme)
{
    const ThemeColors &c = colors(theme);
    QList<TextPair> pairs = {
        {QStringLiteral("muted text on the canvas"), c.mutedText, c.canvasBackground},
        {QStringLiteral("workload name on its card"), c.text, c.cardFill},
        {QStringLiteral("ports and labels on a card"), c.mutedText, c.cardFill},
        {QStringLiteral("'no labels' on a card"), c.error, c.cardFill},
        {QStringLiteral("managed namespace name"), c.text, c.managedHeader},
        {QStringLiteral("managed namespace labels"), c.mutedText, c.managedHeader},
        {QStringLiteral("managed namespace badge"), c.managedBadgeText,
         over(c.managedBadgeFill, c.managedHeader)},
        {QStringLiteral("unmanaged namespace name"), c.mutedText, c.unmanagedHeader},
        {QStringLiteral("unmanaged namespace badge"), c.mutedText,
         over(c.unmanagedBadgeFill, c.unmanagedHeader)},
        {QStringLiteral("namespace name far out, managed"), c.text,
         over(c.nameplate, c.managedFill)},
        {QStringLiteral("namespace name far out, unmanaged"), c.mutedText,
         over(c.nameplate, c.unmanagedFill)},
        {QStringLiteral("external name"), c.text, c.externalFill},
        {QStringLiteral("external CIDR"), c.mutedText, c.externalFill},
        {QStringLiteral("flow ports label"), c.text, c.labelFill},
        {QStringLiteral("flow without ports label"), c.error, c.labelFill},
        {QStringLiteral("suggested flow label"), c.suggestion, c.labelFill},
        {QStringLiteral("every-pod stub badge"), c.text, c.stubFill},
        {QStringLiteral("namespace bundle count"), c.text, c.labelFill},
        {QStringLiteral("exposure badge"), c.exposureText, c.exposureFill},
        {QStringLiteral("welcome text"), c.text, c.cardFill},
        {QStringLiteral("welcome links"), c.link, c.cardFill},
        {QStringLiteral("guardrail Accept label"), c.guardrailAccept, c.labelFill},
        {QStringLiteral("guardrail Deny label"), c.guardrailDeny, c.labelFill},
        {QStringLiteral("guardrail Pass label"), c.guardrailPass, c.labelFill},
    };
    static const char *const kinds[] = {"Deployment", "StatefulSet", "DaemonSet", "Pod",
                                        "Job",        "CronJob",     "ReplicaSet"};
    for (int i = 0; i < c.kindText.size(); ++i)
        pairs.append({QStringLiteral("%1 kind on a card").arg(QLatin1String(kinds[i])),
                      c.kindText[i], c.cardFill});
    return pairs;
}

double relativeLuminance(const QColor &color)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &top, const QColor &under)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + under.redF() * (1 - a)),
                            float(top.greenF() * a + under.greenF() * (1 - a)),
                            float(top.blueF() * a + under.blueF() * (1 - a)));
}

} // namespace Netpol::CanvasStyle
