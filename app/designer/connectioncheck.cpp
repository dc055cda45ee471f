#include "connectioncheck.h"

#include "model/analysis/analysis.h"
#include "model/analysis/analysisformat.h"
#include "model/analysis/cluster.h"
#include "model/analysis/externaladdress.h"
#include "model/generate/designmanifests.h"

#include <QCoreApplication>

namespace Netpol {

namespace {

// external/NAME stands for an address of the external's range; the rest goes as written.
std::string probeEndpoint(const Design &design, const QString &text, QString *error)
{
    const std::string value = text.trimmed().toStdString();
    if (value.rfind("external/", 0) != 0)
        return value;
    const External *external = design.findExternal(value.substr(9));
    if (!external) {
        *error = QCoreApplication::translate("ConnectionCheck", "%1 is not an external of this design").arg(text);
        return {};
    }
    const std::optional<std::string> address = probeAddressOf(*external);
    if (!address)
        *error = QCoreApplication::translate("ConnectionCheck", "%1 has no address outside its except list").arg(text);
    return address.value_or(std::string());
}

} // namespace

QString ConnectionCheck::question() const
{
    return QStringLiteral("%1 → %2 %3/%4")
        .arg(from, to, port, QString::fromStdString(std::string(protocolName(protocol))));
}

ConnectionCheck answer(const Design &design, ConnectionCheck check)
{
    check.answered = false;
    check.explanation.clear();
    check.error.clear();
    ProbeSpec spec;
    spec.from = probeEndpoint(design, check.from, &check.error);
    if (check.error.isEmpty())
        spec.to = probeEndpoint(design, check.to, &check.error);
    if (!check.error.isEmpty())
        return check;
    spec.port = check.port.trimmed().toStdString();
    spec.protocol = check.protocol;
    const Cluster cluster = buildCluster(designManifests(design, "design"));
    const Analyzer analyzer(cluster);
    Diagnostics diagnostics;
    const std::optional<ProbeResult> result = analyzer.probe(spec, diagnostics);
    if (!result) {
        check.error = diagnostics.empty() ? QCoreApplication::translate("ConnectionCheck", "the connection cannot be evaluated")
                                          : QString::fromStdString(diagnostics.front().message);
        return check;
    }
    check.answered = true;
    check.allowed = result->allowed;
    for (const std::string &line : explainVerdict(analyzer, *result))
        check.explanation << QString::fromStdString(line);
    return check;
}

} // namespace Netpol
