// "The result is exact" with guardrails: for random designs with random guardrails (every
// tier, action, subject and peer kind, priorities, ports, named ports, networks against pod
// addresses), in every clusterPolicyApi and with and without baselineDefaultDeny, the
// generated NetworkPolicies and cluster policies, evaluated through the tiers, give every pair
// the verdict of the design's meaning: per side, the Admin guardrails by priority then rule
// order (Accept and Deny decide, Pass goes on), then what the design draws for a pod its
// namespace isolates in that direction, then the Baseline guardrails, then allowed. The
// meaning is written out here from docs/cluster-policies.md, independently of the generator
// and of the evaluator.

#include "exactnesssupport.h"
#include "randomdesigns.h"
#include "support/testsupport.h"

#include "model/analysis/evaluator.h"
#include "model/design/designcheck.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/design/guardrailpolicy.h"
#include "model/generate/generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Labels namespaceLabels(const Design &d, const Probe &p)
{
    return d.findNamespace(p.workload->ns)->effectiveLabels();
}

bool peerMatches(const Design &d, const GuardrailPeer &peer, const Probe &p)
{
    switch (peer.kind) {
    case GuardrailPeer::Kind::Namespaces:
        return p.workload && peer.namespaces.matches(namespaceLabels(d, p));
    case GuardrailPeer::Kind::Pods:
        return p.workload && peer.namespaces.matches(namespaceLabels(d, p))
               && peer.pods.matches(p.workload->labels);
    case GuardrailPeer::Kind::Networks:
        return p.peer.ip && std::any_of(peer.values.begin(), peer.values.end(),
                                        [&](const std::string &c) {
                                            return parseCidr(c).cidr->contains(*p.peer.ip);
                                        });
    case GuardrailPeer::Kind::Nodes:
    case GuardrailPeer::Kind::DomainNames:
        return false; // no node or domain probes
    }
    return false;
}

bool portsMatch(const GuardrailRule &rule, const Probe &destination, int port, Protocol proto)
{
    if (rule.ports.empty())
        return true;
    for (const FlowPort &fp : rule.ports) {
        if (fp.kind == FlowPort::Kind::Named) {
            if (!destination.workload)
                continue;
            for (const ContainerPort &cp : destination.workload->ports) {
                if (cp.name == fp.name && cp.port == port && cp.protocol == proto)
                    return true;
            }
        } else if (fp.matchesNumber(port, proto)) {
            return true;
        }
    }
    return false;
}

// The first rule of the tier that matches: its action; nothing when none matches.
std::optional<ClusterAction> tierDecision(const Design &d, ClusterTier tier, const Probe &subject,
                                          const Probe &remote, const Probe &destination,
                                          int port, Protocol proto, bool egress)
{
    std::vector<const Guardrail *> order;
    for (const Guardrail &g : d.guardrails) {
        if (g.tier == tier && peerMatches(d, g.subject, subject))
            order.push_back(&g);
    }
    std::stable_sort(order.begin(), order.end(), [](const Guardrail *a, const Guardrail *b) {
        return a->priority < b->priority;
    });
    for (const Guardrail *g : order) {
        for (const GuardrailRule &rule : egress ? g->egress : g->ingress) {
            const bool peers = std::any_of(rule.peers.begin(), rule.peers.end(),
                                           [&](const GuardrailPeer &p) {
                                               return peerMatches(d, p, remote);
                                           });
            if (peers && portsMatch(rule, destination, port, proto))
                return rule.action;
        }
    }
    return std::nullopt;
}

bool sideMeaning(const Design &d, const Probe &a, const Probe &b, int port, Protocol proto,
                 bool egress)
{
    const Probe &subject = egress ? a : b;
    const Probe &remote = egress ? b : a;
    if (!subject.workload)
        return true;
    const auto admin = tierDecision(d, ClusterTier::Admin, subject, remote, b, port, proto, egress);
    if (admin && *admin != ClusterAction::Pass)
        return *admin == ClusterAction::Accept;
    const Namespace *ns = d.findNamespace(subject.workload->ns);
    if (egress ? ns->deniesEgress() : ns->deniesIngress())
        return expectedSideOpen(d, a, b, port, proto, egress);
    const auto baseline =
        tierDecision(d, ClusterTier::Baseline, subject, remote, b, port, proto, egress);
    return !baseline || *baseline != ClusterAction::Deny;
}

bool meaning(const Design &d, const Probe &a, const Probe &b, int port, Protocol proto)
{
    return sideMeaning(d, a, b, port, proto, true) && sideMeaning(d, a, b, port, proto, false);
}

const std::pair<int, Protocol> kPorts[] = {
    {80, Protocol::TCP},   {8080, Protocol::TCP},  {53, Protocol::UDP},
    {53, Protocol::TCP},   {9000, Protocol::SCTP}, {443, Protocol::TCP},
    {30005, Protocol::UDP}, {81, Protocol::TCP},   {9000, Protocol::TCP}};

// Checks every pair; returns the number of allowed ones and adds a failure for the first
// mismatch.
long verifyExact(const Design &design, long &checked)
{
    const Diagnostics errors = checkDesign(design);
    for (const Diagnostic &e : errors)
        ADD_FAILURE() << e.format() << "\n" << writeDesign(design);
    const GenerateResult generated = generatePolicies(design);
    EXPECT_TRUE(generated.diagnostics.empty());
    std::vector<NetworkPolicy> policies;
    for (const GeneratedPolicy &g : generated.policies)
        policies.push_back(g.policy);
    const PolicyEvaluator evaluator(policies, generated.clusterPolicies);
    const std::vector<Probe> probes = probesFor(design);
    long allowed = 0;
    for (const Probe &a : probes) {
        for (const Probe &b : probes) {
            if (&a == &b || (!a.workload && !b.workload))
                continue;
            for (const auto &[port, proto] : kPorts) {
                const bool expected = meaning(design, a, b, port, proto);
                const bool actual = evaluator.allowed(a.peer, b.peer, port, proto);
                ++checked;
                allowed += actual;
                if (expected != actual) {
                    ADD_FAILURE() << a.label << " -> " << b.label << " on " << port << '/'
                                  << protocolName(proto) << ": the design says "
                                  << (expected ? "allowed" : "denied") << ", the output "
                                  << (actual ? "allows" : "denies") << " it. Design:\n"
                                  << writeDesign(design);
                    return allowed;
                }
            }
        }
    }
    return allowed;
}

class RandomGuardrails
{
public:
    explicit RandomGuardrails(unsigned seed) : m_random(seed) {}

    void add(Design &d)
    {
        const int api = pick(0, 2);
        d.options.clusterPolicyApi = api == 0   ? ClusterPolicyApi::V1beta1
                                     : api == 1 ? ClusterPolicyApi::V1alpha2
                                                : ClusterPolicyApi::V1alpha1;
        d.options.baselineDefaultDeny = chance(40);
        const bool v1alpha1 = api == 2;
        const int count = pick(0, 4);
        std::optional<GuardrailPeer> baselineSubject;
        for (int i = 0; i < count; ++i) {
            Guardrail g;
            g.name = "g" + std::to_string(i);
            g.tier = chance(50) ? ClusterTier::Admin : ClusterTier::Baseline;
            if (v1alpha1 && g.tier == ClusterTier::Baseline && d.options.baselineDefaultDeny)
                g.tier = ClusterTier::Admin;
            g.priority = pick(0, 2) * 5;
            g.subject = selector(d, false);
            if (v1alpha1 && g.tier == ClusterTier::Baseline) {
                if (!baselineSubject)
                    baselineSubject = g.subject;
                g.subject = *baselineSubject;
            }
            const bool noPass = v1alpha1 && g.tier == ClusterTier::Baseline;
            for (int r = pick(0, 3); r > 0; --r)
                g.ingress.push_back(rule(d, false, noPass));
            for (int r = pick(0, 3); r > 0; --r)
                g.egress.push_back(rule(d, true, noPass));
            d.guardrails.push_back(std::move(g));
        }
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    GuardrailPeer selector(const Design &d, bool egress)
    {
        GuardrailPeer p;
        const int kind = pick(0, egress ? 3 : 2);
        if (kind == 3) {
            static const char *const nets[] = {"10.1.0.0/24", "10.0.0.0/8", "203.0.113.0/24",
                                               "0.0.0.0/0", "198.51.100.128/25"};
            p.kind = GuardrailPeer::Kind::Networks;
            p.values = {nets[pick(0, 4)]};
            return p;
        }
        if (kind == 0 || d.workloads.empty()) {
            p.kind = GuardrailPeer::Kind::Namespaces;
            if (!d.namespaces.empty() && chance(70))
                p.namespaces.matchLabels = {
                    {kNamespaceNameLabel, d.namespaces[std::size_t(pick(0, int(d.namespaces.size()) - 1))].name}};
            return p;
        }
        p.kind = GuardrailPeer::Kind::Pods;
        const Workload &w = d.workloads[std::size_t(pick(0, int(d.workloads.size()) - 1))];
        if (chance(60))
            p.namespaces.matchLabels = {{kNamespaceNameLabel, w.ns}};
        if (!w.labels.empty() && chance(80))
            p.pods.matchLabels = {*w.labels.begin()};
        return p;
    }

    GuardrailRule rule(const Design &d, bool egress, bool noPass)
    {
        GuardrailRule r;
        const int action = pick(0, noPass ? 1 : 2);
        r.action = action == 0 ? ClusterAction::Accept
                   : action == 1 ? ClusterAction::Deny
                                 : ClusterAction::Pass;
        bool nonPod = false;
        for (int p = pick(1, 2); p > 0; --p) {
            r.peers.push_back(selector(d, egress));
            nonPod = nonPod || r.peers.back().kind == GuardrailPeer::Kind::Networks;
        }
        static const FlowPort ports[] = {FlowPort::number(80), FlowPort::number(53, Protocol::UDP),
                                         FlowPort::range(8000, 9000),
                                         FlowPort::allPorts(Protocol::UDP),
                                         FlowPort::number(9000, Protocol::SCTP)};
        for (int n = pick(0, 2); n > 0; --n)
            r.ports.push_back(ports[pick(0, 4)]);
        if (!nonPod && chance(30)) { // a named port some workload declares
            for (const Workload &w : d.workloads) {
                if (!w.ports.empty() && !w.ports.front().name.empty()) {
                    r.ports.push_back(FlowPort::named(w.ports.front().name,
                                                      w.ports.front().protocol));
                    break;
                }
            }
        }
        std::sort(r.ports.begin(), r.ports.end(), [](const FlowPort &a, const FlowPort &b) {
            return a.toString() < b.toString();
        });
        r.ports.erase(std::unique(r.ports.begin(), r.ports.end()), r.ports.end());
        return r;
    }

    std::mt19937 m_random;
};

} // namespace

TEST(GuardrailExactness, RandomGuardrailDesignsAreExactInEveryApi)
{
    RandomDesigns designs(20261206);
    RandomGuardrails guardrails(1217);
    long checked = 0;
    long allowed = 0;
    int withGuardrails = 0;
    int withBaselineDeny = 0;
    for (int round = 0; round < 200; ++round) {
        Design design = designs.next();
        guardrails.add(design);
        withGuardrails += !design.guardrails.empty();
        withBaselineDeny += design.options.baselineDefaultDeny;
        allowed += verifyExact(design, checked);
        if (::testing::Test::HasFailure())
            return;
    }
    EXPECT_GT(withGuardrails, 100);
    EXPECT_GT(withBaselineDeny, 40);
    EXPECT_GT(checked, 50000);
    EXPECT_GT(allowed, checked / 10);
    EXPECT_LT(allowed, checked - checked / 10);
}

TEST(GuardrailExactness, GuardrailTemplatesAreExact)
{
    const auto files = listFiles(std::string(NETPOL_SOURCE_DIR) + "/resources/templates",
                                 ".netpol.yaml");
    int withGuardrails = 0;
    long checked = 0;
    for (const std::string &file : files) {
        SCOPED_TRACE(file);
        const DesignReadResult r = readDesignFile(file);
        for (const Diagnostic &d : r.diagnostics)
            ADD_FAILURE() << d.format();
        ASSERT_TRUE(r.design);
        withGuardrails += !r.design->guardrails.empty();
        verifyExact(*r.design, checked);
        for (ClusterPolicyApi api : {ClusterPolicyApi::V1alpha2, ClusterPolicyApi::V1alpha1}) {
            Design other = *r.design;
            other.options.clusterPolicyApi = api;
            verifyExact(other, checked);
        }
        Design baseline = *r.design;
        baseline.options.baselineDefaultDeny = true;
        if (checkGuardrails(baseline).empty())
            verifyExact(baseline, checked);
    }
    EXPECT_GE(withGuardrails, 3);
}
