#pragma once

#include "model/design/design.h"
#include "model/k8s/protocol.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Netpol {

// One question "may FROM reach TO on PORT/PROTOCOL?" and its answer, computed by the model's
// analysis on the design's generated policies (as `netpol analyze DESIGN --probe ... --explain`).
struct ConnectionCheck
{
    QString from; // NS/NAME, NS/*, */*, external/NAME or an IP address
    QString to;
    QString port; // a number or a port name of the destination
    Protocol protocol = Protocol::TCP;

    bool answered = false;
    bool allowed = false; // with a wildcard end: every connection it stands for is allowed
    bool mixed = false;   // with a wildcard end: some allowed, some denied
    QString error;           // why there is no answer (an unknown endpoint, a bad port)
    QStringList explanation; // per side: isolated or not, which policy and rule allows it
    // Which tier decided each side: "egress: Admin tier, ClusterNetworkPolicy/x rule y
    // (Deny)", "ingress: NetworkPolicy", "... Baseline tier ...", "... default (allowed)".
    QStringList decidedBy;

    QString question() const; // "storefront/web → data/postgres 5432/TCP"
};

// Answers `check` for `design` (from any thread: it reads only its arguments). A wildcard end
// (NS/*, */*) stands for each workload the design draws there, as in an `expect:` check.
ConnectionCheck answer(const Design &design, ConnectionCheck check);

// The check as an `expect:` entry asserting the verdict found; none, with the reason in
// `error`, when it has no single verdict or does not read as one.
std::optional<Expectation> toExpectation(const ConnectionCheck &check, QString *error);

} // namespace Netpol

Q_DECLARE_METATYPE(Netpol::ConnectionCheck)
