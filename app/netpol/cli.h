#pragma once

#include "model/core/diagnostic.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace Netpol::Cli {

// Exit codes every subcommand uses.
enum ExitCode { ExitOk = 0, ExitInputErrors = 1, ExitUsage = 2 };

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &arguments)> run; // arguments after the command name
};

const std::vector<Command> &commands();

// Parses a subcommand's arguments; on --help prints the help and returns ExitOk through
// `exitCode`, on a usage error prints it with a pointer to --help and returns ExitUsage.
// Returns true when the command should go on.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QString &synopsis,
                    const QStringList &arguments, int *exitCode);

int usageError(const QString &command, const QString &message);

// How the user runs this program, for usage lines and hints: "netpol", or "kubectl netpol"
// when it runs as the kubectl plugin (a link named kubectl-netpol). Nothing else differs.
std::string invocation();

// Diagnostics to standard error, one per line, then nothing else.
void printDiagnostics(const Diagnostics &diagnostics);

std::string toStd(const QString &s);

} // namespace Netpol::Cli
