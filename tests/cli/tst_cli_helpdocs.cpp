// The manual pages and the shell completions are written from --help at build time
// (packaging/helpdocs): every command's help is in netpol(1) word for word, the designer's in
// netpol-designer(1), and the bash completion offers the commands, each command's options,
// their values and the files their arguments take.

#include "clitest.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace Netpol::Test;

namespace {

const std::string kDocs = NETPOL_HELPDOCS_DIR;

// A man page's text as a reader sees it: requests dropped (headings kept), font and
// character escapes resolved.
QString roffToText(const QString &roff)
{
    QStringList out;
    for (QString line : roff.split('\n')) {
        if (line.startsWith(".\\\""))
            continue;
        static const QRegularExpression heading(R"re(^\.(SH|SS|SY) "?([^"]*)"?$)re");
        static const QRegularExpression reference(R"(^\.BR (\S+) \((\d)\)(.*)$)");
        if (const auto m = heading.match(line); m.hasMatch())
            line = m.captured(2);
        else if (const auto r = reference.match(line); r.hasMatch())
            line = r.captured(1) + '(' + r.captured(2) + ')' + r.captured(3);
        else if (line.startsWith('.'))
            continue;
        line.replace(QRegularExpression(R"(\\f[BIRP])"), QString());
        line.replace("\\-", "-").replace("\\&", "").replace("\\e", "\\");
        out << line;
    }
    return out.join('\n');
}

// Words separated by single spaces; the <> around option values dropped (the page sets
// them in italics instead).
QString words(QString text)
{
    text.replace('<', ' ').replace('>', ' ');
    return text.simplified();
}

QString run(const QString &program, const QStringList &args, bool offscreen = false)
{
    QProcess p;
    if (offscreen) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << ' ' << args.join(' ').toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList commandNames()
{
    const QString help = run(NETPOL_BIN, {"--help"});
    QStringList names;
    bool inCommands = false;
    for (const QString &line : help.split('\n')) {
        if (line == "Commands:")
            inCommands = true;
        else if (line.trimmed().isEmpty())
            inCommands = false;
        else if (inCommands)
            names << line.trimmed().section(' ', 0, 0);
    }
    return names;
}

QString page(const std::string &name)
{
    return words(roffToText(QString::fromStdString(readFile(kDocs + '/' + name))));
}

// Completion candidates from the bash script for the words of a command line (the last is
// the word being completed), run in `dir`.
std::set<std::string> bashComplete(const std::vector<std::string> &line, const std::string &dir = ".")
{
    std::string words;
    for (const std::string &w : line)
        words += " '" + w + "'";
    const std::string script = "cd '" + dir + "' && source '" + kDocs + "/completions/netpol' && "
                               "COMP_WORDS=(" + words + "); COMP_CWORD="
                               + std::to_string(line.size() - 1)
                               + "; _netpol; printf '%s\\n' \"${COMPREPLY[@]}\"";
    const ProcessResult r = runProcess("/bin/bash", {"-c", script});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    std::set<std::string> out;
    std::istringstream in(r.out);
    for (std::string l; std::getline(in, l);) {
        if (!l.empty())
            out.insert(l);
    }
    return out;
}

} // namespace

TEST(CliHelpDocs, EveryCommandsHelpIsInTheManualPage)
{
    const QString manual = page("netpol.1");
    const QString roff = QString::fromStdString(readFile(kDocs + "/netpol.1"));
    const QStringList names = commandNames();
    ASSERT_GE(names.size(), 8) << "netpol --help lists the commands";
    for (const QString &name : names) {
        QString help = run(NETPOL_BIN, {name, "--help"});
        ASSERT_TRUE(help.startsWith("Usage: netpol " + name)) << help.toStdString();
        help = help.mid(QString("Usage: ").size());
        EXPECT_TRUE(manual.contains(words(help)))
            << "netpol " << name.toStdString() << " --help is not in netpol.1 as it is:\n"
            << words(help).toStdString();
        EXPECT_TRUE(roff.contains(".SS \"netpol " + name + "\"\n"))
            << name.toStdString() << " has no section";
    }
    // The top-level help: its description, each option and the exit codes.
    const QStringList top = run(NETPOL_BIN, {"--help"}).split('\n');
    for (const QString &line : top) {
        if (line.startsWith("Usage:") || line.endsWith(':') || line.trimmed().isEmpty())
            continue;
        const QString expected = words(line);
        if (names.contains(line.trimmed().section(' ', 0, 0))) {
            EXPECT_TRUE(manual.contains(words(line).section(' ', 1))) << line.toStdString();
            continue;
        }
        EXPECT_TRUE(manual.contains(expected)) << line.toStdString();
    }
    EXPECT_TRUE(manual.startsWith("NAME netpol - design, generate, check and explain Kubernetes "
                                  "NetworkPolicies SYNOPSIS netpol COMMAND"))
        << manual.left(200).toStdString();
    EXPECT_TRUE(manual.contains("EXIT STATUS Exit codes: 0 done"));
}

#ifdef NETPOL_DESIGNER_BIN
TEST(CliHelpDocs, TheDesignersHelpIsItsManualPage)
{
    const QString manual = page("netpol-designer.1");
    QString help = run(NETPOL_DESIGNER_BIN, {"--help"}, true);
    ASSERT_TRUE(help.startsWith("Usage: ")) << help.toStdString();
    const qsizetype firstLine = help.indexOf('\n');
    const QString synopsis = help.left(firstLine).section(' ', 2); // after the program's path
    EXPECT_TRUE(manual.contains("SYNOPSIS netpol-designer " + words(synopsis)))
        << manual.toStdString();
    // The description, then each section (Options:, Arguments:) under its own heading.
    const QStringList blocks = help.mid(firstLine).split("\n\n", Qt::SkipEmptyParts);
    ASSERT_GE(blocks.size(), 3) << help.toStdString();
    QString description;
    for (QString block : blocks) {
        const QString heading = block.trimmed().section('\n', 0, 0);
        if (heading == "Options:" || heading == "Arguments:") {
            block = block.trimmed().section('\n', 1);
            EXPECT_TRUE(manual.contains(heading.chopped(1).toUpper() + ' ' + words(block)))
                << heading.toStdString() << ' ' << words(block).toStdString() << '\n'
                << manual.toStdString();
        } else {
            description += ' ' + block;
        }
    }
    EXPECT_TRUE(manual.contains("DESCRIPTION " + words(description))) << manual.toStdString();
}
#endif

TEST(CliHelpDocs, BashCompletesCommandsOptionsAndValues)
{
    EXPECT_EQ(bashComplete({"netpol", "ana"}), (std::set<std::string>{"analyze"}));
    EXPECT_EQ(bashComplete({"netpol", "analyze", "--form"}), (std::set<std::string>{"--format"}));
    EXPECT_EQ(bashComplete({"netpol", "analyze", "--format", ""}),
              (std::set<std::string>{"text", "json", "csv", "md"}));
    EXPECT_EQ(bashComplete({"netpol", "validate", "--format", "s"}),
              (std::set<std::string>{"sarif"}));
    EXPECT_EQ(bashComplete({"netpol", "generate", "x.netpol.yaml", "--layout", "p"}),
              (std::set<std::string>{"per-namespace"}));
    EXPECT_EQ(bashComplete({"netpol", "help", "va"}), (std::set<std::string>{"validate"}));
    EXPECT_EQ(bashComplete({"netpol", "--v"}), (std::set<std::string>{"--version"}));

    // Every option of every command's help is offered after "--" or "-".
    for (const QString &name : commandNames()) {
        std::set<std::string> expected;
        const QString help = run(NETPOL_BIN, {name, "--help"});
        static const QRegularExpression option(R"((?:^|, )(--?[a-z][a-z-]*))");
        for (const QString &line : help.split('\n')) {
            if (!line.startsWith("  -"))
                continue;
            for (auto it = option.globalMatch(line.section("  ", 1, 1).section(" <", 0, 0));
                 it.hasNext();)
                expected.insert(it.next().captured(1).toStdString());
        }
        EXPECT_EQ(bashComplete({"netpol", name.toStdString(), "-"}), expected) << name.toStdString();
    }
}

TEST(CliHelpDocs, BashCompletesFilesByExtension)
{
    const std::string dir = makeTempDir();
    std::filesystem::create_directories(dir + "/deploy");
    for (const char *name : {"shop.netpol.yaml", "policies.yaml", "list.json", "notes.txt"})
        std::ofstream(dir + '/' + name) << "x\n";
    // A design for generate, manifests (and designs: told by content) for validate.
    EXPECT_EQ(bashComplete({"netpol", "generate", ""}, dir),
              (std::set<std::string>{"deploy", "shop.netpol.yaml"}));
    EXPECT_EQ(bashComplete({"netpol", "validate", "--strict", ""}, dir),
              (std::set<std::string>{"deploy", "shop.netpol.yaml", "policies.yaml", "list.json"}));
    EXPECT_EQ(bashComplete({"netpol", "diff", "p"}, dir), (std::set<std::string>{"policies.yaml"}));
    // -o takes any file name; the kubectl plugin's name completes the same.
    EXPECT_EQ(bashComplete({"netpol", "test", "x", "-o", "n"}, dir),
              (std::set<std::string>{"notes.txt"}));
    const ProcessResult plugin = runProcess(
        "/bin/bash", {"-c", "source '" + kDocs + "/completions/netpol' && complete -p kubectl-netpol"});
    EXPECT_EQ(plugin.out, "complete -F _netpol kubectl-netpol\n");
}

TEST(CliHelpDocs, FishCompletesCommandsOptionsAndValues)
{
    auto complete = [](const std::string &line) {
        const ProcessResult r = runProcess(
            "fish", {"--no-config", "-c",
                     "source '" + kDocs + "/completions/netpol.fish'; complete -C '" + line + "'"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(r.err, "");
        std::set<std::string> out;
        std::istringstream in(r.out);
        for (std::string l; std::getline(in, l);)
            out.insert(l.substr(0, l.find('\t')));
        return out;
    };
    EXPECT_EQ(complete("netpol ana"), (std::set<std::string>{"analyze"}));
    EXPECT_EQ(complete("netpol analyze --form"), (std::set<std::string>{"--format"}));
    EXPECT_EQ(complete("netpol validate --format "),
              (std::set<std::string>{"text", "json", "sarif"}));
    EXPECT_EQ(complete("netpol generate --layout k"), (std::set<std::string>{"kustomize"}));
}

TEST(CliHelpDocs, ZshCompletionParses)
{
    const std::string file = kDocs + "/completions/_netpol";
    const ProcessResult r = runProcess("zsh", {"-n", file});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const std::string text = readFile(file);
    EXPECT_EQ(text.rfind("#compdef netpol kubectl-netpol\n", 0), 0u);
    EXPECT_NE(text.find("--format'[text (default), json or sarif]:text|json|sarif:(text json sarif)'"),
              std::string::npos)
        << text;
}
