// The cluster-policy lint on a design's guardrails: findings at the guardrail's field, none on
// what the generator adds by itself.

#include "model/design/designreader.h"
#include "model/generate/designmanifests.h"
#include "model/lint/clusterlint.h"
#include "model/lint/designlint.h"
#include "model/lint/expectations.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace Netpol;

namespace {

const char *kDesign = R"(apiVersion: netpol-designer/v1
kind: Design
metadata:
  name: same
namespaces:
  - name: shop
    geometry: {x: 0, y: 0, width: 300, height: 200}
workloads:
  - name: web
    namespace: shop
    labels: {app: web}
    position: {x: 40, y: 80}
guardrails:
  - name: allow-monitoring
    tier: Admin
    priority: 10
    subject: {namespaces: {}}
    ingress:
      - action: Accept
        from:
          - {namespaces: {matchLabels: {team: monitoring}}}
  - name: deny-monitoring
    tier: Admin
    priority: 10
    subject: {namespaces: {matchLabels: {team: payments}}}
    ingress:
      - action: Deny
        from:
          - {namespaces: {}}
      - action: Accept
        from:
          - {namespaces: {}}
)";

Design read(const std::string &text)
{
    const DesignReadResult r = readDesign(text, "same.netpol.yaml");
    for (const Diagnostic &d : r.diagnostics)
        ADD_FAILURE() << d.format();
    return r.design.value_or(Design());
}

std::vector<Diagnostic> withCode(const Diagnostics &all, const std::string &code)
{
    std::vector<Diagnostic> out;
    for (const Diagnostic &d : all) {
        if (d.code == code)
            out.push_back(d);
    }
    return out;
}

} // namespace

TEST(DesignLintGuardrails, FindingsSitAtTheGuardrailsFields)
{
    const Design design = read(kDesign);
    ASSERT_EQ(design.guardrails.size(), 2u);
    const Diagnostics all = lintDesign(design);
    const auto same = withCode(all, "cnp-same-priority");
    ASSERT_EQ(same.size(), 1u);
    EXPECT_EQ(same[0].location.element, ElementRef::design());
    EXPECT_EQ(same[0].location.field, "guardrails[1].priority");
    EXPECT_NE(same[0].message.find("allow-monitoring"), std::string::npos) << same[0].message;
    const auto unreachable = withCode(all, "cnp-unreachable-rule");
    ASSERT_EQ(unreachable.size(), 1u);
    EXPECT_EQ(unreachable[0].location.field, "guardrails[1].ingress[1]");

    // Different priorities: no longer undefined.
    Design apart = design;
    apart.guardrails[1].priority = 11;
    EXPECT_TRUE(withCode(lintDesign(apart), "cnp-same-priority").empty());
    // One rule: nothing unreachable.
    apart.guardrails[1].ingress.pop_back();
    EXPECT_TRUE(withCode(lintDesign(apart), "cnp-unreachable-rule").empty());
}

TEST(DesignLintGuardrails, NothingOnWhatTheGeneratorAdds)
{
    // baselineDefaultDeny's own Baseline policy is no guardrail of the user's: the design lint
    // says nothing about it, and netpol validate on the exported policies finds nothing either.
    Design design = read(kDesign);
    design.guardrails.pop_back(); // allow-monitoring alone: nothing to say about it
    design.options.baselineDefaultDeny = true;
    for (bool dns : {true, false}) {
        SCOPED_TRACE(dns ? "DNS on" : "DNS off");
        design.options.dns.enabled = dns;
        for (const Diagnostic &d : lintDesign(design))
            EXPECT_NE(d.code.rfind("cnp-", 0), 0u) << d.format();
        const ManifestSet generated = designManifests(design, "design");
        // With DNS on, allow-dns isolates every pod for egress: no Baseline policy is needed.
        EXPECT_EQ(generated.clusterPolicies.size(), dns ? 1u : 2u);
        for (const Diagnostic &d : lintClusterPolicies(generated))
            ADD_FAILURE() << d.format();
    }
}

TEST(DesignLintGuardrails, ExpectationsNameTheGuardrailThatDecided)
{
    std::ifstream in(std::string(NETPOL_SOURCE_DIR)
                     + "/resources/templates/protect-kube-system.netpol.yaml");
    std::stringstream text;
    text << in.rdbuf();
    // Two checks that fail, so that their reasons are written out.
    const std::string more
        = "  - {from: shop/*, to: kube-system/metrics-server, port: 10250/TCP, allowed: true}\n"
          "  - {from: shop/web, to: kube-system/coredns, port: 53/UDP, allowed: false}\n";
    const Design design = read(text.str() + more);
    const std::vector<ExpectationResult> results = evaluateExpectations(design);
    ASSERT_EQ(results.size(), 4u);
    EXPECT_FALSE(results[2].passed());
    EXPECT_NE(results[2].reason.find("the ingress of kube-system/metrics-server is denied by "
                                     "ClusterNetworkPolicy/protect-kube-system (Admin tier)"),
              std::string::npos)
        << results[2].reason;
    EXPECT_FALSE(results[3].passed());
    EXPECT_NE(results[3].reason.find("ClusterNetworkPolicy/kube-system-allow-dns (Admin tier)"),
              std::string::npos)
        << results[3].reason;
}
