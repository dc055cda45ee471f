#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Netpol::HelpDocs {

// One program's (or subcommand's) --help output, read back into its parts. The help text is
// the one source: the manual pages and the shell completions are written from it.
struct HelpOption
{
    QStringList names;  // "-o", "--output"
    QString valueName;  // "FILE|DIR|-"; empty for a flag
    QString description;
};

struct HelpEntry // a positional argument, or a command of the top-level help
{
    QString name;
    QString description;
};

struct HelpText
{
    QString program;           // "netpol", "netpol generate"
    QString synopsis;          // what follows the program on the Usage line
    QStringList description;   // the lines between the Usage line and the first section
    QList<HelpOption> options;
    QList<HelpEntry> arguments;
    QList<HelpEntry> commands;
    QStringList epilogue;      // lines after the sections ("Exit codes: ...")
};

// Parses Qt's QCommandLineParser help layout (also netpol's own top-level help):
//   Usage: PROGRAM SYNOPSIS / description / Options: / Arguments: / Commands: / epilogue.
// `program` is the name the Usage line starts with (a path before it is dropped).
HelpText parseHelp(const QString &text, const QString &program);

// Runs `binary` with `arguments` and returns its standard output; empty on failure, with the
// reason in `error`.
QString runHelp(const QString &binary, const QStringList &arguments, QString *error);

} // namespace Netpol::HelpDocs
