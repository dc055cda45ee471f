#include "arrangecommand.h"

#include "cli.h"

#include "model/core/fileio.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/graphviz/autolayout.h"

#include <cstdlib>
#include <iostream>
#include <optional>
#include <iterator>

namespace Netpol::Cli {

namespace {

// "1.6", "16:9" or "16/10": a width/height ratio within 1:10 and 10:1.
std::optional<double> parseAspect(const std::string &text)
{
    const std::size_t colon = text.find_first_of(":/");
    auto number = [](const std::string &part) -> std::optional<double> {
        if (part.empty() || part.size() > 12 || part.find_first_not_of("0123456789.") != std::string::npos)
            return std::nullopt;
        char *end = nullptr;
        const double value = std::strtod(part.c_str(), &end);
        if (end != part.c_str() + part.size() || !(value > 0))
            return std::nullopt;
        return value;
    };
    std::optional<double> ratio;
    if (colon == std::string::npos) {
        ratio = number(text);
    } else {
        const std::optional<double> w = number(text.substr(0, colon)), h = number(text.substr(colon + 1));
        if (w && h)
            ratio = *w / *h;
    }
    if (!ratio || *ratio < 0.1 || *ratio > 10)
        return std::nullopt;
    return ratio;
}

} // namespace

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
    const QCommandLineOption aspect("aspect",
                                    "Width/height ratio the arrangement comes close to, as a number "
                                    "or W:H (default 1.6; the designer passes its window's).",
                                    "RATIO", "1.6");
    parser.addOption(output);
    parser.addOption(rankdir);
    parser.addOption(aspect);
    parser.addOption(timeout);
    parser.addPositionalArgument("DESIGN", "The design file (*.netpol.yaml), or - for standard input.");
    int exitCode = ExitOk;
    if (!parseArguments(parser, "arrange", "DESIGN [-o FILE|-] [--rankdir LR|TB] [--aspect RATIO]", arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError("arrange", positional.isEmpty() ? "missing DESIGN" : "expected one DESIGN");
    ArrangeOptions options;
    const QString direction = parser.value(rankdir).toUpper();
    if (direction != "LR" && direction != "TB")
        return usageError("arrange", "--rankdir must be LR or TB, not '" + parser.value(rankdir) + "'");
    options.rankdir = direction == "TB" ? RankDirection::TopBottom : RankDirection::LeftRight;
    const std::optional<double> ratio = parseAspect(toStd(parser.value(aspect)));
    if (!ratio)
        return usageError("arrange", "--aspect must be a positive number or W:H between 1:10 and 10:1, not '"
                                         + parser.value(aspect) + "'");
    options.aspectRatio = *ratio;
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
