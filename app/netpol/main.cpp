// netpol: the Netpol Designer command line. Subcommands live in their own files; this only
// dispatches and prints the global help.

#include "cli.h"

#include <QCoreApplication>

#include <iostream>

using namespace Netpol::Cli;

namespace {

void printHelp(std::ostream &out)
{
    out << "Usage: netpol COMMAND [options] [arguments]\n"
           "\n"
           "Design, generate, check and explain Kubernetes NetworkPolicies.\n"
           "\n"
           "Commands:\n";
    for (const Command &c : commands()) {
        std::string name = c.name;
        name.resize(12, ' ');
        out << "  " << name << c.summary << '\n';
    }
    out << "\n"
           "Options:\n"
           "  -h, --help     Show this help, or 'netpol COMMAND --help' for a command.\n"
           "  -v, --version  Show the version.\n"
           "\n"
           "Exit codes: 0 done, 1 the input has errors, 2 usage error or unreadable input.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("netpol");
    QCoreApplication::setApplicationVersion(NETPOL_VERSION);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printHelp(std::cerr);
        return ExitUsage;
    }
    const QString first = args.takeFirst();
    if (first == "-h" || first == "--help") {
        printHelp(std::cout);
        return ExitOk;
    }
    if (first == "-v" || first == "--version") {
        std::cout << "netpol " << NETPOL_VERSION << '\n';
        return ExitOk;
    }
    if (first == "help") {
        if (args.isEmpty()) {
            printHelp(std::cout);
            return ExitOk;
        }
        const QString name = args.first();
        for (const Command &c : commands()) {
            if (name == c.name)
                return c.run({"--help"});
        }
        std::cerr << "netpol: unknown command '" << toStd(name) << "'\n";
        return ExitUsage;
    }
    for (const Command &c : commands()) {
        if (first == c.name)
            return c.run(args);
    }
    std::cerr << "netpol: unknown command '" << toStd(first) << "'\n"
              << "Try 'netpol --help' for the list of commands.\n";
    return ExitUsage;
}
