// Design guardrails (`guardrails:`, options clusterPolicyApi and baselineDefaultDeny): read
// strictly with located errors, written canonically, checked with the CRD rules of the object
// they generate (docs/cluster-policies.md section 6).

#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/design/guardrailpolicy.h"

#include <gtest/gtest.h>

using namespace Netpol;

namespace {

const std::string kHead = "apiVersion: netpol-designer/v1\nkind: Design\nmetadata:\n  name: g\n";

const std::string kFull = kHead + R"(options:
  clusterPolicyApi: v1alpha2
  baselineDefaultDeny: true
namespaces:
  - name: kube-system
    managed: false
  - name: shop
guardrails:
  - name: protect-kube-system
    tier: Admin
    priority: 10
    subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}
    ingress:
      - name: dns
        action: Accept
        from: [{namespaces: {}}]
        ports: [53/UDP, 53/TCP]
      - action: Deny
        from:
          - {pods: {namespaceSelector: {matchExpressions: [{key: tenant, operator: Exists}]}, podSelector: {}}}
  - name: egress-limits
    tier: Baseline
    priority: 5
    subject: {pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}}
    egress:
      - action: Pass
        to: [{nodes: {matchLabels: {kubernetes.io/hostname: n1}}}, {networks: [10.0.0.0/8]}]
        ports: [8000-9000/TCP, "*/UDP"]
  - name: scrape
    tier: Admin
    priority: 0
    subject: {namespaces: {}}
    ingress:
      - {action: Accept, from: [{namespaces: {}}], ports: [metrics/TCP, 7-7/TCP]}
)";

DesignReadResult read(const std::string &text)
{
    return readDesign(text, "g.netpol.yaml");
}

Diagnostic firstError(const std::string &text)
{
    const DesignReadResult r = read(text);
    EXPECT_FALSE(r.design.has_value());
    for (const Diagnostic &d : r.diagnostics) {
        if (d.severity == Severity::Error)
            return d;
    }
    ADD_FAILURE() << "no error for:\n" << text;
    return {};
}

// The line (1-based) of the first occurrence of `token` in `text`, and its column.
std::pair<int, int> positionOf(const std::string &text, const std::string &token)
{
    const std::size_t at = text.find(token);
    EXPECT_NE(at, std::string::npos) << "test bug: no " << token;
    const std::size_t lineStart = text.rfind('\n', at) == std::string::npos
                                      ? 0
                                      : text.rfind('\n', at) + 1;
    return {int(std::count(text.begin(), text.begin() + std::ptrdiff_t(at), '\n')) + 1,
            int(at - lineStart) + 1};
}

void expectError(const std::string &text, const std::string &code, const std::string &token,
                 const std::string &messagePart)
{
    const Diagnostic d = firstError(text);
    const auto [line, column] = positionOf(text, token);
    EXPECT_EQ(d.code, code) << d.format();
    EXPECT_EQ(d.location.file, "g.netpol.yaml");
    EXPECT_EQ(d.location.line, line) << d.format();
    EXPECT_EQ(d.location.column, column) << d.format();
    EXPECT_NE(d.message.find(messagePart), std::string::npos) << d.format();
}

std::string withGuardrail(const std::string &guardrail)
{
    return kHead + "guardrails:\n" + guardrail;
}

} // namespace

TEST(DesignGuardrails, ReadsEveryField)
{
    const DesignReadResult r = read(kFull);
    for (const Diagnostic &d : r.diagnostics)
        ADD_FAILURE() << d.format();
    ASSERT_TRUE(r.design);
    const Design &d = *r.design;
    EXPECT_EQ(d.options.clusterPolicyApi, ClusterPolicyApi::V1alpha2);
    EXPECT_TRUE(d.options.baselineDefaultDeny);
    ASSERT_EQ(d.guardrails.size(), 3u);
    const Guardrail &a = d.guardrails[0];
    EXPECT_EQ(a.name, "protect-kube-system");
    EXPECT_EQ(a.tier, ClusterTier::Admin);
    EXPECT_EQ(a.priority, 10);
    EXPECT_EQ(a.subject.kind, GuardrailPeer::Kind::Namespaces);
    EXPECT_EQ(a.subject.namespaces.matchLabels.at("kubernetes.io/metadata.name"), "kube-system");
    ASSERT_EQ(a.ingress.size(), 2u);
    EXPECT_EQ(a.ingress[0].name, "dns");
    EXPECT_EQ(a.ingress[0].action, ClusterAction::Accept);
    EXPECT_EQ(a.ingress[0].ports,
              (std::vector<FlowPort>{FlowPort::number(53, Protocol::UDP), FlowPort::number(53)}));
    EXPECT_EQ(a.ingress[1].action, ClusterAction::Deny);
    ASSERT_EQ(a.ingress[1].peers.size(), 1u);
    EXPECT_EQ(a.ingress[1].peers[0].kind, GuardrailPeer::Kind::Pods);
    ASSERT_EQ(a.ingress[1].peers[0].namespaces.matchExpressions.size(), 1u);
    EXPECT_EQ(a.ingress[1].peers[0].namespaces.matchExpressions[0].op, "Exists");
    const Guardrail &b = d.guardrails[1];
    EXPECT_EQ(b.tier, ClusterTier::Baseline);
    EXPECT_EQ(b.subject.kind, GuardrailPeer::Kind::Pods);
    EXPECT_EQ(b.subject.pods.matchLabels.at("app"), "web");
    ASSERT_EQ(b.egress.size(), 1u);
    EXPECT_EQ(b.egress[0].action, ClusterAction::Pass);
    ASSERT_EQ(b.egress[0].peers.size(), 2u);
    EXPECT_EQ(b.egress[0].peers[0].kind, GuardrailPeer::Kind::Nodes);
    EXPECT_EQ(b.egress[0].peers[1].values, std::vector<std::string>{"10.0.0.0/8"});
    EXPECT_EQ(b.egress[0].ports,
              (std::vector<FlowPort>{FlowPort::range(8000, 9000), FlowPort::allPorts(Protocol::UDP)}));
    EXPECT_EQ(d.guardrails[2].ingress[0].ports,
              (std::vector<FlowPort>{FlowPort::named("metrics"), FlowPort::range(7, 7)}));
}

TEST(DesignGuardrails, WrittenCanonicallyAndReadBack)
{
    const Design d = read(kFull).design.value();
    const std::string written = writeDesign(d);
    EXPECT_NE(written.find("clusterPolicyApi: v1alpha2"), std::string::npos) << written;
    EXPECT_NE(written.find("baselineDefaultDeny: true"), std::string::npos) << written;
    EXPECT_NE(written.find("guardrails:"), std::string::npos) << written;
    const DesignReadResult again = read(written);
    for (const Diagnostic &x : again.diagnostics)
        ADD_FAILURE() << x.format() << "\n" << written;
    ASSERT_TRUE(again.design);
    EXPECT_EQ(*again.design, d);
    EXPECT_EQ(writeDesign(*again.design), written) << "the canonical form is a fixed point";
}

TEST(DesignGuardrails, DefaultsAreLeftOut)
{
    Design d;
    d.metadata.name = "plain";
    const std::string written = writeDesign(d);
    EXPECT_EQ(written.find("clusterPolicyApi"), std::string::npos);
    EXPECT_EQ(written.find("baselineDefaultDeny"), std::string::npos);
    EXPECT_EQ(written.find("guardrails"), std::string::npos);
}

TEST(DesignGuardrails, ReadingErrorsAreLocated)
{
    expectError(kHead + "options:\n  clusterPolicyApi: v2\n", "invalid-option", "v2",
                "must be v1beta1, v1alpha2 or v1alpha1");
    expectError(kHead + "options:\n  baselineDefaultDeny: maybe\n", "wrong-type", "maybe",
                "must be true or false");
    expectError(withGuardrail("  - {name: a, tier: Middle, priority: 1, subject: {namespaces: {}}}\n"),
                "invalid-guardrail", "Middle", "supported values: \"Admin\", \"Baseline\"");
    expectError(withGuardrail("  - {name: a, tier: Admin, subject: {namespaces: {}}}\n"),
                "missing-field", "{name", "priority is required");
    expectError(withGuardrail("  - {name: a, tier: Admin, priority: 1}\n"), "missing-field",
                "{name", "subject is required");
    expectError(withGuardrail("  - {name: a, tier: Admin, priority: x, subject: {namespaces: {}}}\n"),
                "wrong-type", "x,", "priority");
    expectError(withGuardrail("  - {name: a, tier: Admin, priority: 1, color: red, "
                              "subject: {namespaces: {}}}\n"),
                "unknown-field", "color", "color");
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {}, pods: {podSelector: {}}}\n"),
                "invalid-guardrail", "{namespaces", "exactly one of namespaces, pods");
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {networks: [10.0.0.0/8]}\n"),
                "unknown-field", "networks", "networks");
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {}}\n    ingress:\n"
                              "      - {action: Allow, from: [{namespaces: {}}]}\n"),
                "invalid-guardrail", "Allow", "supported values: \"Accept\", \"Deny\", \"Pass\"");
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {}}\n    ingress:\n"
                              "      - {action: Deny}\n"),
                "missing-field", "{action", "from is required");
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {}}\n    ingress:\n"
                              "      - {action: Deny, from: [{nodes: {}}]}\n"),
                "unknown-field", "nodes", "nodes");
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {}}\n    egress:\n"
                              "      - {action: Deny, to: [{networks: [10.0.0.0/8]}], ports: [99999/TCP]}\n"),
                "invalid-port", "99999", "99999");
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {matchExpressions: [{key: a, operator: In}]}}\n"),
                "invalid-selector", "{key", "values");
}

TEST(DesignGuardrails, CrdRulesApplyAndAreLocated)
{
    // priority out of range, at the value.
    expectError(withGuardrail("  - {name: a, tier: Admin, priority: 1001, subject: {namespaces: {}}}\n"),
                "cnp-invalid-value", "1001", "guardrails[0].priority: Invalid value: 1001");
    // domainNames only in Admin-tier Accept rules.
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {}}\n    egress:\n"
                              "      - action: Deny\n        to: [{domainNames: [example.com]}]\n"),
                "cnp-domain-names", "[example.com]", "guardrails[0].egress[0].to[0].domainNames");
    // A named port with a networks peer.
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {}}\n    egress:\n"
                              "      - action: Deny\n        to: [{networks: [10.0.0.0/8]}]\n"
                              "        ports: [http/TCP]\n"),
                "cnp-named-port-peer", "action: Deny", "guardrails[0].egress[0]");
    // v1beta1 wants masked CIDRs.
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {}}\n    egress:\n"
                              "      - action: Deny\n        to: [{networks: [10.0.0.1/8]}]\n"),
                "cnp-invalid-cidr", "10.0.0.1/8", "guardrails[0].egress[0].to[0].networks[0]");
    // A range whose end is below its start, at the port entry.
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {}}\n    ingress:\n"
                              "      - action: Deny\n        from: [{namespaces: {}}]\n"
                              "        ports: [80/TCP, 90-80/TCP]\n"),
                "invalid-port", "90-80", "");
    // An empty peer list.
    expectError(withGuardrail("  - name: a\n    tier: Admin\n    priority: 1\n"
                              "    subject: {namespaces: {}}\n    ingress:\n"
                              "      - action: Deny\n        from: []\n"),
                "cnp-empty-list", "[]", "guardrails[0].ingress[0].from");
    // Invalid names and duplicates.
    expectError(withGuardrail("  - {name: Bad_Name, tier: Admin, priority: 1, subject: {namespaces: {}}}\n"),
                "invalid-name", "Bad_Name", "Bad_Name");
    expectError(withGuardrail("  - {name: a, tier: Admin, priority: 1, subject: {namespaces: {}}}\n"
                              "  - {name: a, tier: Admin, priority: 2, subject: {namespaces: {}}}\n"),
                "duplicate-name", "a, tier: Admin, priority: 2", "declared twice");
}

TEST(DesignGuardrails, V1alpha1Limits)
{
    const std::string v1alpha1 = kHead + "options:\n  clusterPolicyApi: v1alpha1\n";
    expectError(v1alpha1 + "guardrails:\n"
                           "  - name: b\n    tier: Baseline\n    priority: 1\n"
                           "    subject: {namespaces: {}}\n    ingress:\n"
                           "      - action: Pass\n        from: [{namespaces: {}}]\n",
                "cnp-invalid-value", "Pass", "supported values: \"Allow\", \"Deny\"");
    expectError(v1alpha1 + "guardrails:\n"
                           "  - {name: b1, tier: Baseline, priority: 1, subject: {namespaces: {}}}\n"
                           "  - {name: b2, tier: Baseline, priority: 2, subject: {namespaces: {matchLabels: {a: b}}}}\n",
                "guardrail-v1alpha1", "{namespaces: {matchLabels", "single BaselineAdminNetworkPolicy");
    expectError(v1alpha1 + "  baselineDefaultDeny: true\nguardrails:\n"
                           "  - {name: b1, tier: Baseline, priority: 1, subject: {namespaces: {}}}\n",
                "guardrail-v1alpha1", "Baseline,", "taken by baselineDefaultDeny");
    // The same Baseline guardrails are fine with v1beta1.
    const DesignReadResult ok = read(kHead + "guardrails:\n"
        "  - {name: b1, tier: Baseline, priority: 1, subject: {namespaces: {}}}\n"
        "  - {name: b2, tier: Baseline, priority: 2, subject: {namespaces: {matchLabels: {a: b}}}}\n");
    EXPECT_TRUE(ok.design.has_value());
}

TEST(DesignGuardrails, PolicyPathsMapToDesignFields)
{
    EXPECT_EQ(guardrailFieldOf("spec.priority"), "priority");
    EXPECT_EQ(guardrailFieldOf("metadata.name"), "name");
    EXPECT_EQ(guardrailFieldOf("spec.egress[2].to[1].networks[0]"), "egress[2].to[1].networks[0]");
    EXPECT_EQ(guardrailFieldOf("spec.ingress[0].protocols[3].tcp.destinationPort.range"),
              "ingress[0].ports[3]");
    EXPECT_EQ(guardrailFieldOf("spec.ingress[1].ports[12].portRange.start"), "ingress[1].ports[12]");
}
