#pragma once

#include "helptext.h"

namespace Netpol::HelpDocs {

// A manual page in man(7) roff, written from help texts: `top` is the program's --help,
// `commands` the --help of each of its subcommands (a section each), empty for a program
// without subcommands.
struct ManPage
{
    QString name;    // "netpol"
    QString version; // "0.1.0"
    HelpText top;
    QList<HelpText> commands;
    QStringList seeAlso; // "netpol-designer(1)"
};

QString writeManPage(const ManPage &page);

// Text escaped for roff: backslashes, and a leading '.' or '\'' that would start a request.
QString roffText(const QString &text);

} // namespace Netpol::HelpDocs
