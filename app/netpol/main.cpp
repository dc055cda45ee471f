// netpol: the Netpol Designer command line. Subcommands live in their own files; this only
// dispatches and prints the global help.

#include "cli.h"

#include <QCoreApplication>

#include <iostream>
#include <new>
#include <stdexcept>

using namespace Netpol::Cli;

namespace {

void printHelp(std::ostream &out)
{
    const std::string self = invocation();
    out << "Usage: " << self << " COMMAND [options] [arguments]\n"
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
           "  -h, --help     Show this help, or '" << self << " COMMAND --help' for a command.\n"
           "  -v, --version  Show the version.\n"
           "\n"
           "Exit codes: 0 done, 1 the input has errors, 2 usage error or unreadable input.\n";
}

// What a command was doing, for a message: "importing a.yaml, b.yaml".
std::string activity(const Command &command, const QStringList &args)
{
    const std::string name = command.name;
    std::string verb = name.ends_with('e') ? name.substr(0, name.size() - 1) + "ing" : name + "ing";
    if (name == "dot")
        verb = "drawing";
    // The inputs: the arguments that are neither options nor the values of options.
    static const QStringList valued = {"-o", "--output", "--format", "--probe", "--probes",
                                       "--focus", "--layout", "--rankdir", "--timeout",
                                       "--findings"};
    QStringList inputs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (valued.contains(a))
            ++i;
        else if (!a.startsWith('-') || a == "-")
            inputs << a;
    }
    return inputs.isEmpty() ? verb : verb + ' ' + toStd(inputs.join(", "));
}

// The boundary of every command: no exception ends the process with an abort. Running out of
// memory (an input far beyond what fits) and any other failure are reported, exit 2.
int runGuarded(const Command &command, const QStringList &args)
{
    try {
        return command.run(args);
    } catch (const std::bad_alloc &) {
        std::cout.flush();
        std::cerr << "netpol: error: out of memory while " << activity(command, args) << '\n';
    } catch (const std::exception &e) {
        std::cout.flush();
        std::cerr << "netpol: error: " << e.what() << " while " << activity(command, args) << '\n';
    } catch (...) {
        std::cerr << "netpol: error: an unexpected failure while " << activity(command, args) << '\n';
    }
    return ExitUsage;
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
            return runGuarded(c, args);
    }
    std::cerr << "netpol: unknown command '" << toStd(first) << "'\n"
              << "Try '" << invocation() << " --help' for the list of commands.\n";
    return ExitUsage;
}
