#pragma once

#include "model/analysis/analysis.h"
#include "model/analysis/connectionlist.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace Netpol {

// The reasons of each side of a connection, a line each: "egress of shop/web: open (no policy
// selects it for egress)", "ingress of shop/db: shop/allow spec.ingress[0] (db.yaml:12): TCP
// 5432"; for two workloads of one namespace (any pair with `whyDenied`), then per restricting
// side why the rest is denied ("ingress of shop/db: isolated by shop/deny (db.yaml:3); its rules
// allow TCP 5432 from shop/web, the rest is denied"). With no ports, only those.
std::vector<std::string> explainConnectionLines(const Cluster &cluster,
                                                const PolicyEvaluator &evaluator,
                                                const ConnectionEndpoint &from,
                                                const ConnectionEndpoint &to, const PortSet &ports,
                                                bool whyDenied = false);

// A connection list: text is one line a pair, `shop/web[Deployment] => shop/db[StatefulSet] :
// TCP 5432; UDP 53` (reasons indented under it with `explain`); JSON a list of {from, fromKind,
// to, toKind, all, ports} (ports maps TCP/UDP/SCTP to "5432,9000-9010"; plus explain); CSV the
// columns from, fromKind, to, toKind, all, TCP, UDP, SCTP; Markdown a table. Only the
// connections whose `shown` is true are written (every one when `shown` is empty). With
// `explain`, pairs of workloads of one namespace also get why the rest of the ports is denied,
// and in text and Markdown those with nothing allowed are listed as `No Connections` (limited
// to the workloads of `focus`, indexed like Cluster::workloads, when it is not empty).
void writeConnectionList(std::ostream &out, const Cluster &cluster,
                         const PolicyEvaluator &evaluator, const ConnectionList &list,
                         AnalysisFormat format, bool explain, const std::vector<bool> &shown = {},
                         const std::vector<bool> &focus = {});

// A rule as explanations name it: "shop/allow spec.ingress[0] (db.yaml:12)".
std::string explainedRule(const Cluster &cluster, const PolicyEvaluator &evaluator,
                          const RuleRef &rule, bool egress);
// A policy as explanations name it: "shop/deny (db.yaml:3)".
std::string explainedPolicy(const Cluster &cluster, const PolicyEvaluator &evaluator,
                            std::size_t index);

// The JSON object of a connection's ports: {"TCP": "80,443"}.
std::string portsJson(const PortSet &ports);

} // namespace Netpol
