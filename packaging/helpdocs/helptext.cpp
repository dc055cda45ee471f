#include "helptext.h"

#include <QProcess>
#include <QRegularExpression>

namespace Netpol::HelpDocs {

namespace {

enum class Section { Description, Options, Arguments, Commands, Epilogue };

// "  -o, --output <FILE>    Where to write" -> names, value, the start of the description.
HelpOption parseOptionLine(const QString &line, qsizetype *descriptionColumn)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^  (-{1,2}[A-Za-z0-9][A-Za-z0-9-]*(?:, -{1,2}[A-Za-z0-9][A-Za-z0-9-]*)*))re"
                       R"re((?: <([^>]+)>)?(?:\s{2,}(.*))?$)re"));
    const QRegularExpressionMatch m = pattern.match(line);
    HelpOption option;
    if (!m.hasMatch())
        return option;
    option.names = m.captured(1).split(QStringLiteral(", "));
    option.valueName = m.captured(2);
    option.description = m.captured(3).trimmed();
    *descriptionColumn = m.capturedStart(3) < 0 ? line.size() : m.capturedStart(3);
    return option;
}

// "  DESIGN        The design file" or "  generate    Generate ..."
HelpEntry parseEntryLine(const QString &line, qsizetype *descriptionColumn)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^  (\S+)(?:\s{2,}(.*))?$)"));
    const QRegularExpressionMatch m = pattern.match(line);
    if (!m.hasMatch())
        return {};
    *descriptionColumn = m.capturedStart(2) < 0 ? line.size() : m.capturedStart(2);
    return {m.captured(1), m.captured(2).trimmed()};
}

void appendText(QString &to, const QString &more)
{
    if (more.isEmpty())
        return;
    if (!to.isEmpty())
        to += QLatin1Char(' ');
    to += more;
}

} // namespace

HelpText parseHelp(const QString &text, const QString &program)
{
    HelpText help;
    help.program = program;
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    Section section = Section::Description;
    qsizetype column = 0; // where the current entry's description starts
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (i == 0 && line.startsWith(QLatin1String("Usage: "))) {
            QString usage = line.mid(7);
            // "Usage: /path/to/netpol-designer [options] FILE": the program by its name.
            const qsizetype space = usage.indexOf(QLatin1Char(' '));
            const QString first = space < 0 ? usage : usage.left(space);
            if (first.endsWith(QLatin1Char('/') + program) || first == program)
                usage = space < 0 ? QString() : usage.mid(space + 1);
            else if (usage.startsWith(program + QLatin1Char(' ')))
                usage = usage.mid(program.size() + 1);
            help.synopsis = usage.trimmed();
            continue;
        }
        if (line == QLatin1String("Options:")) {
            section = Section::Options;
            continue;
        }
        if (line == QLatin1String("Arguments:")) {
            section = Section::Arguments;
            continue;
        }
        if (line == QLatin1String("Commands:")) {
            section = Section::Commands;
            continue;
        }
        if (section == Section::Description) {
            help.description << line;
            continue;
        }
        if (line.trimmed().isEmpty() || section == Section::Epilogue) {
            // A blank line ends a section; what follows without a heading is the epilogue.
            if (section != Section::Epilogue && i + 1 < lines.size()
                && !lines[i + 1].endsWith(QLatin1Char(':')))
                section = Section::Epilogue;
            else if (section == Section::Epilogue)
                help.epilogue << line;
            continue;
        }
        const bool continuation = line.size() > column && line.left(column).trimmed().isEmpty()
                                  && column > 2;
        if (section == Section::Options) {
            if (continuation && !help.options.isEmpty()) {
                appendText(help.options.last().description, line.trimmed());
                continue;
            }
            HelpOption option = parseOptionLine(line, &column);
            if (!option.names.isEmpty())
                help.options << option;
            continue;
        }
        QList<HelpEntry> &entries = section == Section::Arguments ? help.arguments : help.commands;
        if (continuation && !entries.isEmpty()) {
            appendText(entries.last().description, line.trimmed());
            continue;
        }
        HelpEntry entry = parseEntryLine(line, &column);
        if (!entry.name.isEmpty())
            entries << entry;
    }
    // The description starts after the blank lines under Usage and ends at the blank line
    // before the first section.
    while (!help.description.isEmpty() && help.description.first().trimmed().isEmpty())
        help.description.removeFirst();
    while (!help.description.isEmpty() && help.description.last().trimmed().isEmpty())
        help.description.removeLast();
    return help;
}

QString runHelp(const QString &binary, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(binary, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = binary + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
                 + (process.error() == QProcess::UnknownError
                        ? QStringLiteral("exit code %1").arg(process.exitCode())
                        : process.errorString());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace Netpol::HelpDocs
