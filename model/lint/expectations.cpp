#include "model/lint/expectations.h"

#include "model/analysis/analysis.h"
#include "model/analysis/cluster.h"
#include "model/generate/designmanifests.h"
#include "model/k8s/cidr.h"
#include "model/lint/designlint_p.h"

#include <set>

namespace Netpol {

namespace {

std::string verdictWord(bool allowed)
{
    return allowed ? "allowed" : "denied";
}

// The probe texts an end stands for; empty with `error` set when there are none.
std::vector<std::string> probeEnds(const Design &design, const ExpectationEnd &end,
                                   std::string *error)
{
    std::vector<std::string> out;
    if (end.isAddress())
        return {end.address};
    const Endpoint &e = end.endpoint;
    switch (e.kind) {
    case Endpoint::Kind::Workload:
        if (design.findWorkload(e.ns, e.name))
            out.push_back(e.ns + '/' + e.name);
        else
            *error = "the design has no workload " + e.toString();
        break;
    case Endpoint::Kind::Namespace:
    case Endpoint::Kind::AllNamespaces:
        for (const Workload &w : design.workloads) {
            if (e.kind == Endpoint::Kind::AllNamespaces || w.ns == e.ns)
                out.push_back(w.ns + '/' + w.name);
        }
        if (out.empty())
            *error = e.toString() + " holds no workload to check";
        break;
    case Endpoint::Kind::External: {
        const External *external = design.findExternal(e.name);
        const CidrParse cidr = parseCidr(external ? external->cidr : std::string());
        if (!cidr.cidr) {
            *error = external ? "external " + e.name + " has no valid CIDR"
                              : "the design has no external " + e.name;
            break;
        }
        const IpAddress address = cidr.cidr->network();
        for (const std::string &except : external->except) {
            const CidrParse x = parseCidr(except);
            if (x.cidr && x.cidr->contains(address)) {
                *error = "the first address of external " + e.name + " is in its except ranges";
                return {};
            }
        }
        out.push_back(address.toString());
        break;
    }
    }
    return out;
}

std::string policyName(const Analyzer &analyzer, std::size_t index)
{
    const NetworkPolicy &p = analyzer.evaluator().policies()[index];
    return p.metadata.ns + '/' + p.metadata.name;
}

std::string joined(const std::vector<std::string> &names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

// The guardrail that decided a side: "ClusterNetworkPolicy/x (Admin tier)".
std::string guardrailName(const Analyzer &analyzer, const ClusterDecision &decision)
{
    const ClusterPolicy &p = analyzer.evaluator().clusterTiers().policies()[decision.rule.policy];
    const bool admin = p.effectiveTier().value_or(ClusterTier::Admin) == ClusterTier::Admin;
    return p.displayName() + (admin ? " (Admin tier)" : " (Baseline tier)");
}

// Why the probe came out as it did, in a few words.
std::string why(const Analyzer &analyzer, const ProbeResult &r)
{
    if (r.loopback)
        return "a pod may always reach itself";
    const Verdict &v = r.verdict;
    if (r.allowed) {
        std::set<std::string> seen;
        std::vector<std::string> names;
        for (const SideVerdict *side : {&v.egress, &v.ingress}) {
            if (side->decision) {
                const std::string name = guardrailName(analyzer, *side->decision);
                if (seen.insert(name).second)
                    names.push_back(name);
                continue;
            }
            for (const RuleRef &rule : side->allowingRules) {
                const std::string name = policyName(analyzer, rule.policy);
                if (seen.insert(name).second)
                    names.push_back(name);
            }
        }
        if (names.empty())
            return "no policy isolates either side";
        return std::string("allowed by ") + (names.size() == 1 ? "policy " : "policies ")
               + joined(names);
    }
    std::vector<std::string> sides;
    const auto deny = [&](const SideVerdict &side, const std::string &what) {
        if (side.allowed())
            return;
        if (side.decision) {
            sides.push_back(what + " is denied by " + guardrailName(analyzer, *side.decision));
            return;
        }
        std::vector<std::string> isolating;
        for (std::size_t p : side.isolatingPolicies)
            isolating.push_back(policyName(analyzer, p));
        // The first isolating policy is the namespace's default deny, when it has one.
        sides.push_back(what + " is isolated by " + DesignLint::listNames(isolating, 1)
                        + " and no rule allows it");
    };
    deny(v.egress, "the egress of " + r.from().name);
    deny(v.ingress, "the ingress of " + r.to().name);
    const bool guarded = (v.egress.decision && !v.egress.allowed())
                         || (v.ingress.decision && !v.ingress.allowed());
    std::string text = guarded ? "" : "nothing allows it: ";
    for (std::size_t i = 0; i < sides.size(); ++i)
        text += (i == 0 ? "" : "; ") + sides[i];
    return text;
}

} // namespace

std::string ExpectationResult::outcome() const
{
    if (passed())
        return verdictWord(expected);
    if (!actual)
        return "cannot be evaluated: " + reason;
    return "expected " + verdictWord(expected) + ", " + reason;
}

std::vector<ExpectationResult> evaluateExpectations(const Design &design)
{
    std::vector<ExpectationResult> results;
    if (design.expectations.empty())
        return results;
    const ManifestSet manifests = designManifests(design, std::string());
    const Cluster cluster = buildCluster(manifests);
    const Analyzer analyzer(cluster);
    for (std::size_t i = 0; i < design.expectations.size(); ++i) {
        const Expectation &e = design.expectations[i];
        ExpectationResult result{i, e.label(), e.allowed, std::nullopt, {}};
        std::string error;
        const std::vector<std::string> froms = probeEnds(design, e.from, &error);
        const std::vector<std::string> tos = probeEnds(design, e.to, &error);
        if (!error.empty()) {
            result.reason = error;
            results.push_back(std::move(result));
            continue;
        }
        const bool wildcard = froms.size() > 1 || tos.size() > 1
                              || (!e.from.isAddress() && !e.from.endpoint.isWorkload()
                                  && !e.from.endpoint.isExternal())
                              || (!e.to.isAddress() && !e.to.endpoint.isWorkload()
                                  && !e.to.endpoint.isExternal());
        const std::string portText = e.port.kind == FlowPort::Kind::Named
                                         ? e.port.name
                                         : std::to_string(e.port.port);
        std::optional<ProbeResult> decisive; // the first connection against the expectation
        std::optional<ProbeResult> first;
        int evaluated = 0;
        for (const std::string &from : froms) {
            for (const std::string &to : tos) {
                if (wildcard && from == to)
                    continue;
                ProbeSpec spec;
                spec.from = from;
                spec.to = to;
                spec.port = portText;
                spec.protocol = e.port.protocol;
                Diagnostics problems;
                const auto r = analyzer.probe(spec, problems);
                if (!r) {
                    error = problems.empty() ? from + " -> " + to + " cannot be probed"
                                             : problems.front().message;
                    break;
                }
                ++evaluated;
                if (!first)
                    first = r;
                if (r->allowed != e.allowed) {
                    decisive = r;
                    break;
                }
            }
            if (decisive || !error.empty())
                break;
        }
        if (!error.empty()) {
            result.reason = error;
        } else if (evaluated == 0) {
            result.reason = "no connection between two different workloads to check";
        } else {
            const ProbeResult &r = decisive ? *decisive : *first;
            result.actual = r.allowed;
            result.reason = why(analyzer, r);
            if (wildcard) {
                const std::string pair = r.from().name + " -> " + r.to().name;
                result.reason = decisive ? pair + ' ' + verdictWord(r.allowed) + ": " + result.reason
                                         : "all " + std::to_string(evaluated) + " connections "
                                               + verdictWord(r.allowed);
            }
        }
        results.push_back(std::move(result));
    }
    return results;
}

Diagnostics expectationFindings(const std::vector<ExpectationResult> &results)
{
    Diagnostics out;
    for (const ExpectationResult &r : results) {
        if (r.passed())
            continue;
        Diagnostic d{Severity::Error, "expectation-failed", r.label + ": " + r.outcome(), {},
                     "change the flows so that the check holds, or correct the check"};
        d.location.element = ElementRef::design();
        d.location.field = "expect[" + std::to_string(r.index) + ']';
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace Netpol
