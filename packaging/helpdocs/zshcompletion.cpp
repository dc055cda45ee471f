// The zsh completion function (#compdef): _arguments per subcommand, with each option's
// description, choices for its values and files by extension.

#include "completions.h"

namespace Netpol::HelpDocs {

namespace {

// Text inside a single-quoted _arguments spec: quotes closed and reopened, and the
// characters _arguments reads ([ ] :) escaped.
QString specText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\''))
            out += QLatin1String("'\\''");
        else if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char(':')
                 || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

QString action(const ValueKind &kind)
{
    switch (kind.kind) {
    case ValueKind::Kind::Choices:
        return QLatin1Char('(') + kind.choices.join(QLatin1Char(' ')) + QLatin1Char(')');
    case ValueKind::Kind::Files: {
        if (kind.extensions.isEmpty())
            return QStringLiteral("_files");
        QStringList globs;
        for (const QString &e : kind.extensions)
            globs << QLatin1Char('*') + e;
        return QStringLiteral("_files -g \"%1\"").arg(globs.join(QLatin1Char(' ')));
    }
    case ValueKind::Kind::Directories:
        return QStringLiteral("_files -/");
    case ValueKind::Kind::Nothing:
        break;
    }
    return QStringLiteral(" ");
}

QString optionSpec(const HelpOption &o)
{
    const QString description = specText(shortDescription(o.description));
    const bool repeatable = o.description.contains(QLatin1String("repeatable"));
    QString names;
    if (o.names.size() > 1 && !repeatable)
        names = QStringLiteral("'(%1)'{%2}").arg(o.names.join(QLatin1Char(' ')),
                                                  o.names.join(QLatin1Char(',')));
    else
        names = (repeatable ? QStringLiteral("'*'") : QString()) + o.names.join(QLatin1Char(','));
    if (o.names.size() > 1 && repeatable)
        names = QStringLiteral("'*'{%1}").arg(o.names.join(QLatin1Char(',')));
    QString spec = names + QStringLiteral("'[") + description + QLatin1Char(']');
    if (!o.valueName.isEmpty())
        spec += QLatin1Char(':') + specText(o.valueName) + QLatin1Char(':')
                + action(optionValueKind(o.valueName));
    return spec + QLatin1Char('\'');
}

} // namespace

QString zshCompletion(const CommandSet &set)
{
    QString out;
    out += QStringLiteral("#compdef %1\n").arg((QStringList{set.program} + set.aliases)
                                                   .join(QLatin1Char(' ')));
    out += QStringLiteral("# zsh completion for %1. Generated from its --help by netpol_helpdocs:\n"
                          "# edit the help texts, not this file.\n\n")
               .arg(set.program);
    QString fn = QLatin1Char('_') + set.program;
    fn.replace(QLatin1Char('-'), QLatin1Char('_'));
    out += fn + QStringLiteral("()\n{\n    local -a commands\n    commands=(\n");
    for (const HelpText &c : set.commands) {
        QString summary;
        for (const HelpEntry &e : set.top.commands) {
            if (e.name == commandName(c))
                summary = e.description;
        }
        out += QStringLiteral("        '%1:%2'\n").arg(commandName(c), specText(summary));
    }
    out += QStringLiteral("    )\n"
                          "    if ((CURRENT == 2)); then\n"
                          "        _describe -t commands 'command' commands\n"
                          "        compadd -- help");
    for (const HelpOption &o : set.top.options)
        out += QLatin1Char(' ') + o.names.join(QLatin1Char(' '));
    out += QStringLiteral("\n        return\n    fi\n"
                          "    local command=$words[2]\n"
                          "    shift words\n"
                          "    ((CURRENT--))\n"
                          "    case $command in\n"
                          "    help)\n"
                          "        _describe -t commands 'command' commands\n"
                          "        ;;\n");
    for (const HelpText &c : set.commands) {
        out += QStringLiteral("    %1)\n        _arguments -s").arg(commandName(c));
        for (const HelpOption &o : c.options)
            out += QStringLiteral(" \\\n            ") + optionSpec(o);
        if (!c.arguments.isEmpty()) {
            const HelpEntry &argument = c.arguments.first();
            out += QStringLiteral(" \\\n            '*:%1:%2'")
                       .arg(specText(argument.name.toLower()),
                            action(argumentKind(argument.name)));
        }
        out += QStringLiteral("\n        ;;\n");
    }
    out += QStringLiteral("    esac\n}\n\n") + fn + QStringLiteral(" \"$@\"\n");
    return out;
}

} // namespace Netpol::HelpDocs
