// netpol_helpdocs: writes the manual pages and the shell completions from the programs' own
// --help, at build time, so that the help, the pages and the completions cannot disagree.
//   netpol_helpdocs man NETPOL VERSION OUT.1          netpol(1), a section per command
//   netpol_helpdocs man-program BINARY NAME VERSION OUT.1   a program without subcommands
//   netpol_helpdocs bash|zsh|fish NETPOL OUT [ALIAS...]

#include "completions.h"
#include "manpage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Netpol::HelpDocs;

namespace {

bool fail(const QString &message)
{
    std::fprintf(stderr, "netpol_helpdocs: %s\n", qPrintable(message));
    return false;
}

// The program's top-level help and each subcommand's, read from the binary.
bool readCommandSet(const QString &binary, const QString &name, CommandSet *set)
{
    QString error;
    const QString top = runHelp(binary, {QStringLiteral("--help")}, &error);
    if (top.isEmpty())
        return fail(error);
    set->program = name;
    set->top = parseHelp(top, name);
    if (set->top.commands.isEmpty())
        return fail(binary + QStringLiteral(" --help lists no commands"));
    for (const HelpEntry &command : set->top.commands) {
        const QString text = runHelp(binary, {command.name, QStringLiteral("--help")}, &error);
        if (text.isEmpty())
            return fail(error);
        set->commands << parseHelp(text, name + QLatin1Char(' ') + command.name);
    }
    return true;
}

bool write(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

int usage()
{
    fail(QStringLiteral("usage: netpol_helpdocs man NETPOL VERSION OUT | man-program BINARY NAME "
                        "VERSION OUT | bash|zsh|fish NETPOL OUT [ALIAS...]"));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return usage();
    const QString mode = args[0];
    if (mode == QLatin1String("man") && args.size() == 4) {
        CommandSet set;
        if (!readCommandSet(args[1], QStringLiteral("netpol"), &set))
            return 1;
        ManPage page{QStringLiteral("netpol"), args[2], set.top, set.commands,
                     {QStringLiteral("netpol-designer(1)"), QStringLiteral("kubectl(1)"),
                      QStringLiteral("dot(1)")}};
        return write(args[3], writeManPage(page)) ? 0 : 1;
    }
    if (mode == QLatin1String("man-program") && args.size() == 5) {
        QString error;
        const QString text = runHelp(args[1], {QStringLiteral("--help")}, &error);
        if (text.isEmpty())
            return fail(error), 1;
        ManPage page{args[2], args[3], parseHelp(text, args[2]), {},
                     {QStringLiteral("netpol(1)")}};
        return write(args[4], writeManPage(page)) ? 0 : 1;
    }
    if (mode == QLatin1String("bash") || mode == QLatin1String("zsh")
        || mode == QLatin1String("fish")) {
        CommandSet set;
        if (!readCommandSet(args[1], QStringLiteral("netpol"), &set))
            return 1;
        set.aliases = args.mid(3);
        const QString text = mode == QLatin1String("bash") ? bashCompletion(set)
                             : mode == QLatin1String("zsh") ? zshCompletion(set)
                                                            : fishCompletion(set);
        return write(args[2], text) ? 0 : 1;
    }
    return usage();
}
