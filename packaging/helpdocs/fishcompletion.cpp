// The fish completions: subcommands with their summaries, each one's options with
// descriptions and values, files by extension.

#include "completions.h"

namespace Netpol::HelpDocs {

namespace {

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// The completion flags for a value of this kind: -x with choices, -r -F for files.
QString valueFlags(const ValueKind &kind)
{
    switch (kind.kind) {
    case ValueKind::Kind::Choices:
        return QStringLiteral(" -x -a ") + quoted(kind.choices.join(QLatin1Char(' ')));
    case ValueKind::Kind::Files:
        if (kind.extensions.isEmpty())
            return QStringLiteral(" -r -F");
        return QStringLiteral(" -x -a ")
               + quoted(QStringLiteral("(__fish_complete_suffix %1)")
                            .arg(kind.extensions.join(QLatin1Char(' '))));
    case ValueKind::Kind::Directories:
        return QStringLiteral(" -x -a '(__fish_complete_directories)'");
    case ValueKind::Kind::Nothing:
        break;
    }
    return QStringLiteral(" -x");
}

QString optionNames(const HelpOption &o)
{
    QString out;
    for (const QString &name : o.names) {
        if (name.startsWith(QLatin1String("--")))
            out += QStringLiteral(" -l ") + name.mid(2);
        else
            out += QStringLiteral(" -s ") + name.mid(1);
    }
    return out;
}

} // namespace

QString fishCompletion(const CommandSet &set)
{
    const QString p = set.program;
    QString fnPrefix = QStringLiteral("__") + p;
    fnPrefix.replace(QLatin1Char('-'), QLatin1Char('_'));
    QString out;
    out += QStringLiteral("# fish completion for %1. Generated from its --help by netpol_helpdocs:\n"
                          "# edit the help texts, not this file.\n\n")
               .arg(p);
    // The subcommand is the first word after the program that is not an option.
    out += QStringLiteral("function %1_command\n"
                          "    for word in (commandline -opc)[2..-1]\n"
                          "        if not string match -q -- '-*' $word\n"
                          "            echo $word\n"
                          "            return 0\n"
                          "        end\n"
                          "    end\n"
                          "    return 1\n"
                          "end\n\n"
                          "function %1_needs_command\n"
                          "    not %1_command >/dev/null\n"
                          "end\n\n"
                          "function %1_using\n"
                          "    set -l command (%1_command)\n"
                          "    and test \"$command\" = \"$argv[1]\"\n"
                          "end\n\n")
               .arg(fnPrefix);
    out += QStringLiteral("complete -c %1 -f\n").arg(p);
    for (const QString &alias : set.aliases)
        out += QStringLiteral("complete -c %1 -w %2\n").arg(alias, p);
    for (const HelpEntry &e : set.top.commands) {
        out += QStringLiteral("complete -c %1 -n %2_needs_command -a %3 -d %4\n")
                   .arg(p, fnPrefix, e.name, quoted(e.description));
    }
    out += QStringLiteral("complete -c %1 -n %2_needs_command -a help -d %3\n")
               .arg(p, fnPrefix, quoted(QStringLiteral("Show the help of a command")));
    for (const HelpOption &o : set.top.options) {
        out += QStringLiteral("complete -c %1 -n %2_needs_command%3 -d %4\n")
                   .arg(p, fnPrefix, optionNames(o), quoted(shortDescription(o.description)));
    }
    QStringList names;
    for (const HelpText &c : set.commands)
        names << commandName(c);
    out += QStringLiteral("complete -c %1 -n '%2_using help' -x -a %3\n")
               .arg(p, fnPrefix, quoted(names.join(QLatin1Char(' '))));
    for (const HelpText &c : set.commands) {
        const QString condition = QStringLiteral("'%1_using %2'").arg(fnPrefix, commandName(c));
        out += QLatin1Char('\n');
        for (const HelpOption &o : c.options) {
            const QString values = o.valueName.isEmpty()
                                       ? QString()
                                       : valueFlags(optionValueKind(o.valueName));
            out += QStringLiteral("complete -c %1 -n %2%3%4 -d %5\n")
                       .arg(p, condition, optionNames(o), values,
                            quoted(shortDescription(o.description)));
        }
        if (c.arguments.isEmpty())
            continue;
        const ValueKind kind = argumentKind(c.arguments.first().name);
        if (kind.kind == ValueKind::Kind::Files && !kind.extensions.isEmpty())
            out += QStringLiteral("complete -c %1 -n %2 -a %3\n")
                       .arg(p, condition,
                            quoted(QStringLiteral("(__fish_complete_suffix %1)")
                                       .arg(kind.extensions.join(QLatin1Char(' ')))));
        else if (kind.kind != ValueKind::Kind::Nothing)
            out += QStringLiteral("complete -c %1 -n %2 -F\n").arg(p, condition);
    }
    return out;
}

} // namespace Netpol::HelpDocs
