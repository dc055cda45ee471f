#include "connectioncheck.h"

#include "model/analysis/analysis.h"
#include "model/analysis/analysisformat.h"
#include "model/analysis/cluster.h"
#include "model/analysis/externaladdress.h"
#include "model/generate/designmanifests.h"
#include "model/lint/expectations.h"

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

bool isWildcard(const QString &end)
{
    return end.trimmed().endsWith(QLatin1String("/*"));
}

// A wildcard check, answered as two `expect:` checks would be: all allowed, all denied, or not.
ConnectionCheck answerWildcard(const Design &design, ConnectionCheck check)
{
    Design asked = design;
    asked.expectations.clear();
    for (bool allowed : {true, false}) {
        check.allowed = allowed;
        const std::optional<Expectation> e = toExpectation(check, &check.error);
        if (!e)
            return check;
        asked.expectations.push_back(*e);
    }
    const std::vector<ExpectationResult> results = evaluateExpectations(asked);
    if (!results[0].actual) {
        check.error = QString::fromStdString(results[0].reason);
        return check;
    }
    check.answered = true;
    check.allowed = results[0].passed();
    check.mixed = !results[0].passed() && !results[1].passed();
    // Each reason names the connection that decided it.
    if (check.allowed || check.mixed)
        check.explanation << QString::fromStdString(results[check.mixed ? 1 : 0].reason);
    if (!check.allowed)
        check.explanation << QString::fromStdString(results[0].reason);
    return check;
}

} // namespace

std::optional<Expectation> toExpectation(const ConnectionCheck &check, QString *error)
{
    if (check.mixed) {
        *error = QCoreApplication::translate("ConnectionCheck",
                                             "some of its connections are allowed and some "
                                             "denied: there is no one verdict to assert");
        return std::nullopt;
    }
    std::string why;
    const auto end = [&why](const QString &text) {
        return parseExpectationEnd(text.trimmed().toStdString(), &why);
    };
    const std::optional<ExpectationEnd> from = end(check.from);
    const std::optional<ExpectationEnd> to = from ? end(check.to) : std::nullopt;
    const std::string portText = check.port.trimmed().toStdString() + '/'
                                 + std::string(protocolName(check.protocol));
    const std::optional<FlowPort> port = to ? parseExpectationPort(portText, &why) : std::nullopt;
    if (!port) {
        *error = QString::fromStdString(why);
        return std::nullopt;
    }
    return Expectation{*from, *to, *port, check.allowed};
}

QString ConnectionCheck::question() const
{
    return QStringLiteral("%1 → %2 %3/%4")
        .arg(from, to, port, QString::fromStdString(std::string(protocolName(protocol))));
}

namespace {

// The tier that decided one side of a probe (docs/cluster-policies.md's order).
QString decidingTier(const Analyzer &analyzer, const ProbeResult &result, bool egress)
{
    using C = QCoreApplication;
    const AnalysisEndpoint &subject = egress ? result.from() : result.to();
    const SideVerdict &side = egress ? result.verdict.egress : result.verdict.ingress;
    const QString direction = egress ? C::translate("ConnectionCheck", "egress")
                                     : C::translate("ConnectionCheck", "ingress");
    if (!subject.peer.isPod)
        return C::translate("ConnectionCheck", "%1: no policy applies (outside the cluster)")
            .arg(direction);
    if (side.decision) {
        const ClusterRuleRef &ref = side.decision->rule;
        const ClusterTiers &tiers = analyzer.evaluator().clusterTiers();
        const ClusterPolicy &policy = tiers.policies()[ref.policy];
        const ClusterPolicyRule &rule = tiers.ruleAt(ref.policy, egress, ref.rule);
        const bool admin = policy.effectiveTier().value_or(ClusterTier::Admin)
                           == ClusterTier::Admin;
        const QString ruleName = rule.name.empty() ? QString::number(ref.rule + 1)
                                                   : QString::fromStdString(rule.name);
        const QString action = side.decision->action == ClusterAction::Accept
                                   ? C::translate("ConnectionCheck", "Accept")
                                   : C::translate("ConnectionCheck", "Deny");
        return (admin ? C::translate("ConnectionCheck", "%1: Admin tier, %2 rule %3 (%4)")
                      : C::translate("ConnectionCheck", "%1: Baseline tier, %2 rule %3 (%4)"))
            .arg(direction, QString::fromStdString(policy.displayName()), ruleName, action);
    }
    const QString passed = side.passes.empty()
                               ? QString()
                               : C::translate("ConnectionCheck", " after a Pass");
    if (side.isolated)
        return C::translate("ConnectionCheck", "%1: NetworkPolicy%2").arg(direction, passed);
    return C::translate("ConnectionCheck", "%1: default (allowed)%2").arg(direction, passed);
}

} // namespace

ConnectionCheck answer(const Design &design, ConnectionCheck check)
{
    check.answered = false;
    check.mixed = false;
    check.explanation.clear();
    check.decidedBy.clear();
    check.error.clear();
    if (isWildcard(check.from) || isWildcard(check.to))
        return answerWildcard(design, check);
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
    if (!result->loopback)
        check.decidedBy = {decidingTier(analyzer, *result, true),
                           decidingTier(analyzer, *result, false)};
    return check;
}

} // namespace Netpol
