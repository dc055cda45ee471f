#include "completions.h"

#include <QRegularExpression>

namespace Netpol::HelpDocs {

namespace {

const QStringList kManifestExtensions = {QStringLiteral(".yaml"), QStringLiteral(".yml"),
                                         QStringLiteral(".json")};

// A word of a value name that stands for something the user writes ("FILE", "OUT.{dot,svg}",
// "-" for standard output), as opposed to a literal choice ("json", "LR").
bool isPlaceholder(const QString &word)
{
    static const QStringList placeholders = {"FILE", "DIR", "DESIGN", "OUT", "-"};
    return placeholders.contains(word.section(QLatin1Char('.'), 0, 0));
}

// "OUT.{dot,svg,png,pdf}" -> .dot .svg ...; "DESIGN.netpol.yaml" -> .netpol.yaml
QStringList extensionsOf(const QString &name)
{
    static const QRegularExpression braces(QStringLiteral(R"(\.\{([a-z0-9,]+)\}$)"));
    const QRegularExpressionMatch m = braces.match(name);
    if (m.hasMatch()) {
        QStringList out;
        for (const QString &ext : m.captured(1).split(QLatin1Char(',')))
            out << QLatin1Char('.') + ext;
        return out;
    }
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot < 0 ? QStringList() : QStringList{name.mid(dot)};
}

} // namespace

ValueKind optionValueKind(const QString &valueName)
{
    const QStringList alternatives = valueName.split(QLatin1Char('|'));
    bool anyPlaceholder = false;
    for (const QString &a : alternatives)
        anyPlaceholder = anyPlaceholder || isPlaceholder(a);
    if (alternatives.size() > 1 && !anyPlaceholder)
        return {ValueKind::Kind::Choices, alternatives, {}};
    const QString first = alternatives.first();
    const QString stem = first.section(QLatin1Char('.'), 0, 0);
    if (stem == QLatin1String("DIR"))
        return {ValueKind::Kind::Directories, {}, {}};
    if (stem == QLatin1String("FILE") || stem == QLatin1String("OUT")
        || stem == QLatin1String("DESIGN"))
        return {ValueKind::Kind::Files, {}, extensionsOf(first)};
    return {};
}

ValueKind argumentKind(const QString &argumentName)
{
    const QString stem = argumentName.section(QLatin1Char('.'), 0, 0);
    if (stem == QLatin1String("DESIGN"))
        return {ValueKind::Kind::Files, {}, {QStringLiteral(".netpol.yaml")}};
    if (stem == QLatin1String("DIR"))
        return {ValueKind::Kind::Directories, {}, {}};
    if (stem == QLatin1String("FILE") || stem == QLatin1String("INPUT")
        || stem == QLatin1String("OLD") || stem == QLatin1String("NEW"))
        return {ValueKind::Kind::Files, {}, kManifestExtensions};
    return {};
}

QString commandName(const HelpText &command)
{
    return command.program.section(QLatin1Char(' '), 1);
}

QString shortDescription(const QString &description)
{
    const qsizetype end = description.indexOf(QLatin1String(". "));
    QString out = end < 0 ? description : description.left(end);
    if (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

} // namespace Netpol::HelpDocs
