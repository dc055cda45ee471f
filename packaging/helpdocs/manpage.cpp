#include "manpage.h"

#include <QRegularExpression>

namespace Netpol::HelpDocs {

namespace {

// Option names, placeholders and synopses: dashes are minus signs (\-), so that they can be
// searched and copied.
QString roffLiteral(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    out.replace(QLatin1Char('-'), QLatin1String("\\-"));
    return out;
}

QString bold(const QString &text)
{
    return QStringLiteral("\\fB") + roffLiteral(text) + QStringLiteral("\\fR");
}

QString italic(const QString &text)
{
    return QStringLiteral("\\fI") + roffLiteral(text) + QStringLiteral("\\fR");
}

// The description's lines as filled text; a line that starts a new thought ("Exit codes:",
// an empty line) starts a paragraph.
void writeDescription(QString &out, const QStringList &lines)
{
    bool paragraphOpen = false;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            paragraphOpen = false;
            continue;
        }
        if (!paragraphOpen)
            out += QStringLiteral(".PP\n");
        paragraphOpen = true;
        out += roffText(line.trimmed()) + QLatin1Char('\n');
    }
}

void writeOptions(QString &out, const QList<HelpOption> &options)
{
    for (const HelpOption &option : options) {
        QStringList names;
        for (const QString &name : option.names)
            names << bold(name);
        QString head = names.join(QStringLiteral(", "));
        if (!option.valueName.isEmpty())
            head += QLatin1Char(' ') + italic(option.valueName);
        out += QStringLiteral(".TP\n") + head + QLatin1Char('\n')
               + roffText(option.description) + QLatin1Char('\n');
    }
}

void writeEntries(QString &out, const QList<HelpEntry> &entries)
{
    for (const HelpEntry &entry : entries) {
        out += QStringLiteral(".TP\n") + italic(entry.name) + QLatin1Char('\n')
               + roffText(entry.description) + QLatin1Char('\n');
    }
}

// "Design, generate ... NetworkPolicies." -> "design, generate ... NetworkPolicies"
QString nameLine(const HelpText &top)
{
    QString summary = top.description.isEmpty() ? QString() : top.description.first().trimmed();
    if (summary.endsWith(QLatin1Char('.')))
        summary.chop(1);
    if (summary.size() > 1 && summary.at(1).isLower())
        summary[0] = summary.at(0).toLower();
    return summary;
}

void writeSynopsisLine(QString &out, const QString &program, const QString &synopsis)
{
    out += bold(program) + QLatin1Char(' ') + roffLiteral(synopsis) + QStringLiteral("\n.br\n");
}

QString commandSummary(const HelpText &top, const QString &command)
{
    for (const HelpEntry &entry : top.commands) {
        if (entry.name == command)
            return entry.description;
    }
    return {};
}

} // namespace

QString roffText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QLatin1String("\\&"));
    return out;
}

QString writeManPage(const ManPage &page)
{
    QString out;
    out += QStringLiteral(".\\\" Generated from the programs' --help by netpol_helpdocs: "
                          "edit the help texts, not this page.\n");
    out += QStringLiteral(".TH %1 1 \"\" \"%2 %3\" \"User Commands\"\n")
               .arg(page.name.toUpper(), roffLiteral(page.name), page.version);
    // Plain filling: no hyphenation, ragged right, so that the text reads as --help does.
    out += QStringLiteral(".nh\n.ad l\n");
    out += QStringLiteral(".SH NAME\n") + roffLiteral(page.name) + QStringLiteral(" \\- ")
           + roffText(nameLine(page.top)) + QLatin1Char('\n');

    // .SY/.YS: the program in bold, its arguments hanging under it when they wrap.
    out += QStringLiteral(".SH SYNOPSIS\n");
    QList<const HelpText *> synopses{&page.top};
    for (const HelpText &command : page.commands)
        synopses << &command;
    for (const HelpText *help : synopses) {
        const QString program = help == &page.top ? page.name : help->program;
        out += QStringLiteral(".SY \"%1\"\n%2\n.YS\n")
                   .arg(roffLiteral(program), roffLiteral(help->synopsis));
    }

    out += QStringLiteral(".SH DESCRIPTION\n");
    writeDescription(out, page.top.description);
    if (!page.commands.isEmpty()) {
        out += QStringLiteral(".SH COMMANDS\n");
        for (const HelpText &command : page.commands) {
            const QString name = command.program.section(QLatin1Char(' '), 1);
            out += QStringLiteral(".SS \"%1\"\n").arg(roffLiteral(command.program));
            const QString summary = commandSummary(page.top, name);
            if (!summary.isEmpty())
                out += QStringLiteral(".PP\n") + roffText(summary) + QStringLiteral(".\n");
            out += QStringLiteral(".PP\n");
            writeSynopsisLine(out, command.program, command.synopsis);
            writeDescription(out, command.description);
            if (!command.options.isEmpty()) {
                out += QStringLiteral(".PP\nOptions:\n");
                writeOptions(out, command.options);
            }
            if (!command.arguments.isEmpty()) {
                out += QStringLiteral(".PP\nArguments:\n");
                writeEntries(out, command.arguments);
            }
            writeDescription(out, command.epilogue);
        }
    }
    if (!page.top.options.isEmpty()) {
        out += QStringLiteral(".SH OPTIONS\n");
        writeOptions(out, page.top.options);
    }
    if (!page.top.arguments.isEmpty()) {
        out += QStringLiteral(".SH ARGUMENTS\n");
        writeEntries(out, page.top.arguments);
    }
    if (!page.top.epilogue.isEmpty()) {
        const bool exitCodes = page.top.epilogue.first().startsWith(QLatin1String("Exit codes"));
        out += exitCodes ? QStringLiteral(".SH \"EXIT STATUS\"\n") : QStringLiteral(".SH NOTES\n");
        writeDescription(out, page.top.epilogue);
    }
    if (!page.seeAlso.isEmpty()) {
        out += QStringLiteral(".SH \"SEE ALSO\"\n");
        QStringList refs;
        static const QRegularExpression ref(QStringLiteral(R"(^(.+)\((\d)\)$)"));
        for (const QString &name : page.seeAlso) {
            const QRegularExpressionMatch m = ref.match(name);
            refs << (m.hasMatch() ? QStringLiteral(".BR %1 (%2)").arg(roffLiteral(m.captured(1)),
                                                                         m.captured(2))
                                  : roffText(name));
        }
        out += refs.join(QStringLiteral(",\n")) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Netpol::HelpDocs
