#pragma once

#include <QString>

namespace Netpol {

// "1 policy", "3 policies": counts in messages, right in English without a translation file.
inline QString plural(qsizetype n, const QString &one, const QString &many)
{
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

} // namespace Netpol
