// The bash completion script: a case per subcommand, options and their values, files by
// extension. Works with plain bash (no bash-completion helpers needed).

#include "completions.h"

namespace Netpol::HelpDocs {

namespace {

QString functionName(const QString &program)
{
    QString name = program;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QLatin1Char('_') + name;
}

// "*.@(yaml|yml|json)" for extglob, "" for any file.
QString filePattern(const QStringList &extensions)
{
    if (extensions.isEmpty())
        return {};
    if (extensions.size() == 1)
        return QLatin1Char('*') + extensions.first();
    QStringList bare;
    for (const QString &e : extensions)
        bare << e.mid(1);
    return QStringLiteral("*.@(") + bare.join(QLatin1Char('|')) + QLatin1Char(')');
}

// The statement that completes a value of this kind from "$cur".
QString completeValue(const QString &helper, const ValueKind &kind)
{
    switch (kind.kind) {
    case ValueKind::Kind::Choices:
        return QStringLiteral("COMPREPLY=($(compgen -W '%1' -- \"$cur\"))")
            .arg(kind.choices.join(QLatin1Char(' ')));
    case ValueKind::Kind::Files:
        return QStringLiteral("%1_files '%2'").arg(helper, filePattern(kind.extensions));
    case ValueKind::Kind::Directories:
        return QStringLiteral("%1_dirs").arg(helper);
    case ValueKind::Kind::Nothing:
        break;
    }
    return QStringLiteral(":");
}

QStringList optionWords(const QList<HelpOption> &options)
{
    QStringList words;
    for (const HelpOption &o : options)
        words << o.names;
    return words;
}

void writeCommandCase(QString &out, const QString &helper, const HelpText &command)
{
    out += QStringLiteral("    %1)\n").arg(commandName(command));
    QString valued;
    for (const HelpOption &o : command.options) {
        if (o.valueName.isEmpty())
            continue;
        valued += QStringLiteral("        %1) %2; return ;;\n")
                      .arg(o.names.join(QLatin1Char('|')),
                           completeValue(helper, optionValueKind(o.valueName)));
    }
    if (!valued.isEmpty())
        out += QStringLiteral("        case \"$prev\" in\n") + valued
               + QStringLiteral("        esac\n");
    const ValueKind positional = command.arguments.isEmpty()
                                     ? ValueKind()
                                     : argumentKind(command.arguments.first().name);
    out += QStringLiteral("        if [[ $cur == -* ]]; then\n"
                          "            COMPREPLY=($(compgen -W '%1' -- \"$cur\"))\n"
                          "        else\n"
                          "            %2\n"
                          "        fi\n"
                          "        ;;\n")
               .arg(optionWords(command.options).join(QLatin1Char(' ')),
                    completeValue(helper, positional));
}

} // namespace

QString bashCompletion(const CommandSet &set)
{
    const QString fn = functionName(set.program);
    QStringList commands;
    for (const HelpText &c : set.commands)
        commands << commandName(c);
    QString out;
    out += QStringLiteral("# bash completion for %1. Generated from its --help by netpol_helpdocs:\n"
                          "# edit the help texts, not this file.\n\n")
               .arg(set.program);
    // Helpers: files matching an extglob pattern (directories too, to walk into), directories.
    out += QStringLiteral(
               "%1_files()\n"
               "{\n"
               "    local IFS=$'\\n' restore\n"
               "    restore=$(shopt -p extglob)\n"
               "    shopt -s extglob\n"
               "    if [[ -n $1 ]]; then\n"
               "        COMPREPLY=($(compgen -d -- \"$cur\") $(compgen -f -X \"!$1\" -- \"$cur\"))\n"
               "    else\n"
               "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
               "    fi\n"
               "    eval \"$restore\"\n"
               "    compopt -o filenames 2>/dev/null\n"
               "    return 0\n"
               "}\n\n"
               "%1_dirs()\n"
               "{\n"
               "    local IFS=$'\\n'\n"
               "    COMPREPLY=($(compgen -d -- \"$cur\"))\n"
               "    compopt -o filenames 2>/dev/null\n"
               "    return 0\n"
               "}\n\n")
               .arg(fn);
    out += QStringLiteral(
               "%1()\n"
               "{\n"
               "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" command=\"\" i\n"
               "    ((COMP_CWORD > 0)) && prev=\"${COMP_WORDS[COMP_CWORD - 1]}\"\n"
               "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
               "        case \"${COMP_WORDS[i]}\" in\n"
               "        -*) ;;\n"
               "        *) command=\"${COMP_WORDS[i]}\"; break ;;\n"
               "        esac\n"
               "    done\n"
               "    COMPREPLY=()\n"
               "    case \"$command\" in\n"
               "    \"\")\n"
               "        COMPREPLY=($(compgen -W '%2' -- \"$cur\"))\n"
               "        ;;\n"
               "    help)\n"
               "        COMPREPLY=($(compgen -W '%3' -- \"$cur\"))\n"
               "        ;;\n")
               .arg(fn,
                    (QStringList(commands) << QStringLiteral("help")
                                           << optionWords(set.top.options))
                        .join(QLatin1Char(' ')),
                    commands.join(QLatin1Char(' ')));
    for (const HelpText &command : set.commands)
        writeCommandCase(out, fn, command);
    out += QStringLiteral("    esac\n    return 0\n}\n\n");
    out += QStringLiteral("complete -F %1 %2\n")
               .arg(fn, (QStringList{set.program} + set.aliases).join(QLatin1Char(' ')));
    return out;
}

} // namespace Netpol::HelpDocs
