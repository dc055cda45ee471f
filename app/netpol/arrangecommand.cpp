#include "arrangecommand.h"

#include "cli.h"

#include "model/core/fileio.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/graphviz/autolayout.h"

#include <iostream>
#include <iterator>

namespace Netpol::Cli {

int runArrange(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Lay a design out with Graphviz: namespaces as clusters, connected workloads near each\n"
        "other, externals around them. Only positions and namespace frames change. The designer's\n"
        "Arrange action runs this command, so Graphviz never runs inside the designer.");
    const QCommandLineOption output({"o", "output"}, "Where to write the arranged design, or - for standard "
                                                     "output (the default). May be the input file itself.",
                                    "FILE|-", "-");
    const QCommandLineOption rankdir("rankdir", "Layout direction: LR (default) or TB.", "LR|TB", "LR");
    const QCommandLineOption timeout("timeout", "Give Graphviz at most this many seconds (default 180).",
                                     "SECONDS", "180");
    parser.addOption(output);
    parser.addOption(rankdir);
    parser.addOption(timeout);
    parser.addPositionalArgument("DESIGN", "The design file (*.netpol.yaml), or - for standard input.");
    int exitCode = ExitOk;
    if (!parseArguments(parser, "arrange", "DESIGN [-o FILE|-] [--rankdir LR|TB]", arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError("arrange", positional.isEmpty() ? "missing DESIGN" : "expected one DESIGN");
    ArrangeOptions options;
    const QString direction = parser.value(rankdir).toUpper();
    if (direction != "LR" && direction != "TB")
        return usageError("arrange", "--rankdir must be LR or TB, not '" + parser.value(rankdir) + "'");
    options.rankdir = direction == "TB" ? RankDirection::TopBottom : RankDirection::LeftRight;
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0)
        return usageError("arrange", "--timeout must be a positive number of seconds");
    options.timeout = std::chrono::seconds(seconds);

    const std::string input = toStd(positional.first());
    DesignReadResult read;
    if (input == "-") {
        const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        read = readDesign(text, "<stdin>");
    } else {
        read = readDesignFile(input);
    }
    printDiagnostics(read.diagnostics);
    if (read.unreadable)
        return ExitUsage;
    if (!read.design)
        return ExitInputErrors;

    const ArrangeResult arranged = arrangeDesign(*read.design, options);
    printDiagnostics(arranged.diagnostics);
    if (!arranged.design)
        return ExitInputErrors;
    const std::string text = writeDesign(*arranged.design);
    const std::string target = toStd(parser.value(output));
    if (target == "-") {
        std::cout << text;
        std::cout.flush();
        return std::cout ? ExitOk : ExitUsage;
    }
    std::string error;
    if (!writeFileAtomically(target, text, &error)) {
        std::cerr << "netpol arrange: cannot write " << target << ": " << error << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace Netpol::Cli
