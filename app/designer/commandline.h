#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Netpol {

// What netpol-designer was started with.
struct CommandLine
{
    QString language; // --lang CODE; empty: the system's locale
    QStringList files;
};

// Describes the designer's options on `parser`. Its --help text is the source of the
// netpol-designer(1) manual page (packaging/helpdocs), so it stays English like the page.
void describeCommandLine(QCommandLineParser &parser);

// Reads the options of a parser that describeCommandLine set up and that has parsed.
CommandLine readCommandLine(const QCommandLineParser &parser);

} // namespace Netpol
