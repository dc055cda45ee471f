#pragma once

#include "helptext.h"

namespace Netpol::HelpDocs {

// What a value or an argument completes to, told from its name in the help text:
// "text|json" are choices, DESIGN is a design file, FILE (positional) a manifest file or a
// directory, OUT.{dot,svg} a file with one of those extensions, SECONDS nothing.
struct ValueKind
{
    enum class Kind { Nothing, Choices, Files, Directories } kind = Kind::Nothing;
    QStringList choices;    // for Choices
    QStringList extensions; // for Files: ".netpol.yaml", ".yaml"; empty: any file
};

ValueKind optionValueKind(const QString &valueName);
ValueKind argumentKind(const QString &argumentName);

// A program with subcommands, as its help texts describe it.
struct CommandSet
{
    QString program;          // "netpol"
    QStringList aliases;      // other names it runs under: "kubectl-netpol"
    HelpText top;
    QList<HelpText> commands; // program "netpol generate", ...
};

QString bashCompletion(const CommandSet &set);
QString zshCompletion(const CommandSet &set);
QString fishCompletion(const CommandSet &set);

// A subcommand's name: "netpol generate" -> "generate".
QString commandName(const HelpText &command);

// The first sentence of a description, for a completion menu.
QString shortDescription(const QString &description);

} // namespace Netpol::HelpDocs
