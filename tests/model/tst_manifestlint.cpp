// The lint on existing NetworkPolicies: the seed recipe's pitfalls and the defaulting traps,
// each with input that triggers it and input that does not.

#include "manifestyaml.h"
#include "support/testsupport.h"

#include "model/design/designreader.h"
#include "model/generate/generator.h"
#include "model/lint/designlint.h"
#include "model/lint/manifestlint.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestwriter.h"

#include <set>

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Diagnostics lintFiles(const std::vector<std::string> &names)
{
    ManifestSet set;
    for (const std::string &name : names)
        set.append(readManifestFile(dataPath("seed/" + name)));
    EXPECT_TRUE(set.diagnostics.empty()) << dump(set.diagnostics);
    return lintManifests(set);
}

// A zero-trust namespace whose pods may talk on both sides: web -> api on 8080.
std::string zeroTrust()
{
    return np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns)
           + np("nodes", "prod", "  podSelector: {}\n  ingress:\n  - from: [{ipBlock: {cidr: 10.0.0.0/16}}]\n")
           + np("web-out", "prod", "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
                                   "  egress:\n  - to: [{podSelector: {matchLabels: {app: api}}}]\n    ports: [{port: 8080}]\n")
           + np("api-in", "prod", "  podSelector: {matchLabels: {app: api}}\n  policyTypes: [Ingress]\n"
                                  "  ingress:\n  - from: [{podSelector: {matchLabels: {app: web}}}]\n    ports: [{port: 8080}]\n");
}

} // namespace

TEST(ManifestLint, ZeroTrustSetHasOnlyTheNetworkPluginNote)
{
    const Diagnostics all = lintText(zeroTrust());
    ASSERT_EQ(all.size(), 1u) << dump(all);
    EXPECT_EQ(all[0].code, "network-plugin");
    EXPECT_EQ(all[0].location.line, 2);
    EXPECT_TRUE(lintManifests(ManifestSet{}).empty()) << "no policies, no note";
}

TEST(ManifestLint, PoliciesWithErrorsAreLeftOut)
{
    // allow-dns would cover the deny's pods, but kubectl refuses it: the deny's pods have no DNS.
    ManifestSet set = readManifests(np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns), "m.yaml");
    EXPECT_TRUE(withCode(lintManifests(set), "egress-without-dns").empty());
    set.policyErrors = {0, 2};
    const Diagnostics found = withCode(lintManifests(set), "egress-without-dns");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("policy prod/deny denies"), std::string::npos) << found[0].message;
    set.policyErrors = {1, 1};
    EXPECT_TRUE(lintManifests(set).empty()) << "nothing left to lint, not even the plugin note";
}

TEST(ManifestLint, SeedCompleteExampleIsHalfOpen)
{
    const Diagnostics found = withCode(lintFiles({"complete-example.yaml"}), "half-open-flow");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].location.field, "spec.egress[0].to[0]");
    EXPECT_EQ(found[0].location.line, 61);
    EXPECT_NE(found[0].message.find("app=frontend in production -> pods app=api-server in production on 8080/TCP"),
              std::string::npos) << found[0].message;
    EXPECT_NE(found[0].message.find("default-deny-all"), std::string::npos);
}

TEST(ManifestLint, HalfOpenBothWaysAndOnlyWhenCertain)
{
    EXPECT_TRUE(withCode(lintText(zeroTrust()), "half-open-flow").empty());
    // Without api-in, web's egress rule is refused by api's ingress side.
    const std::string noIngress = np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns)
                                  + np("web-out", "prod", "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
                                                          "  egress:\n  - to: [{podSelector: {matchLabels: {app: api}}}]\n");
    EXPECT_EQ(withCode(lintText(noIngress), "half-open-flow").size(), 1u);
    // An ingress rule in another namespace, whose client namespace denies egress.
    const std::string crossNs = np("deny", "a", kDenyAll) + np("dns", "a", kAllowDns)
                                + np("in", "b", "  podSelector: {}\n  ingress:\n  - from:\n"
                                                "    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: a}}\n");
    const Diagnostics cross = withCode(lintText(crossNs), "half-open-flow");
    ASSERT_EQ(cross.size(), 1u) << dump(cross);
    EXPECT_NE(cross[0].message.find("no egress rule in a lets it out"), std::string::npos) << cross[0].message;
    // The other side might admit it (an overlapping selector, a port range, a named port):
    // not reported.
    const std::string maybe = np("deny", "prod", kDenyAll) + np("dns", "prod", kAllowDns)
                              + np("web-out", "prod", "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
                                                      "  egress:\n  - to: [{podSelector: {matchLabels: {app: api}}}]\n    ports: [{port: http}]\n")
                              + np("in", "prod", "  podSelector: {matchLabels: {tier: backend}}\n  ingress:\n"
                                                 "  - from: [{podSelector: {}}]\n    ports: [{port: 8000, endPort: 9000}]\n");
    EXPECT_TRUE(withCode(lintText(maybe), "half-open-flow").empty()) << dump(lintText(maybe));
    // A port that certainly differs is refused.
    const std::string otherPort = np("deny", "prod", kDenyAll)
                                  + np("web-out", "prod", "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
                                                          "  egress:\n  - to: [{podSelector: {matchLabels: {app: api}}}]\n    ports: [{port: 8080}]\n")
                                  + np("api-in", "prod", "  podSelector: {matchLabels: {app: api}}\n"
                                                         "  ingress:\n  - from: [{podSelector: {}}]\n    ports: [{port: 9090}]\n");
    const Diagnostics refused = withCode(lintText(otherPort), "half-open-flow");
    ASSERT_EQ(refused.size(), 2u) << "web -> api on 8080, and api's own ingress rule (no egress allows 9090)";
    EXPECT_NE(refused[0].message.find("on 8080/TCP"), std::string::npos) << refused[0].message;
    EXPECT_NE(refused[1].message.find("every pod of prod -> pods app=api in prod on 9090/TCP"), std::string::npos)
        << refused[1].message;
    // A namespace selected by another label cannot be judged without the Namespace objects.
    const std::string byLabel = np("deny", "a", kDenyAll)
                                + np("in", "b", "  podSelector: {}\n  ingress:\n  - from: [{namespaceSelector: {matchLabels: {team: a}}}]\n");
    EXPECT_TRUE(withCode(lintText(byLabel), "half-open-flow").empty());
}

TEST(ManifestLint, SeedRecipesSeparately)
{
    // The seed's "allow frontend -> api" ingress policies next to its deny-all: the egress
    // side of frontend is still denied.
    const Diagnostics all = lintFiles({"deny-all.yaml", "allow-dns.yaml", "allow-frontend-to-api.yaml"});
    EXPECT_EQ(withCode(all, "half-open-flow").size(), 1u) << dump(all);
    EXPECT_TRUE(withCode(all, "egress-without-dns").empty());
    EXPECT_EQ(withCode(all, "kubelet-probes").size(), 1u);
}

TEST(ManifestLint, EgressDeniedWithoutDns)
{
    EXPECT_TRUE(withCode(lintText(zeroTrust()), "egress-without-dns").empty());
    const Diagnostics found = withCode(lintFiles({"deny-egress.yaml"}), "egress-without-dns");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.field, "spec.policyTypes");
    EXPECT_NE(found[0].message.find("cannot resolve names"), std::string::npos);
    // DNS allowed to only some pods does not cover a namespace-wide deny.
    const std::string partial = np("deny", "prod", kDenyAll)
                                + np("dns", "prod", "  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n"
                                                    "  egress:\n  - ports: [{protocol: UDP, port: 53}]\n");
    EXPECT_EQ(withCode(lintText(partial), "egress-without-dns").size(), 1u);
}

TEST(ManifestLint, NoDefaultDeny)
{
    EXPECT_TRUE(withCode(lintText(zeroTrust()), "no-default-deny").empty());
    const Diagnostics found = withCode(lintFiles({"deny-ingress.yaml"}), "no-default-deny");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("no default deny for egress"), std::string::npos) << found[0].message;
    // An allow-all policy selecting every pod is not a default deny.
    const Diagnostics allowAll = withCode(lintText(np("open", "x", "  podSelector: {}\n  ingress:\n  - {}\n")), "no-default-deny");
    ASSERT_EQ(allowAll.size(), 1u);
    EXPECT_NE(allowAll[0].message.find("ingress or egress"), std::string::npos);
}

TEST(ManifestLint, AllowAllRuleDefeatsTheDeny)
{
    EXPECT_TRUE(withCode(lintText(zeroTrust()), "allow-all-rule").empty());
    const Diagnostics anyone = withCode(lintText(zeroTrust() + np("open", "prod", "  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - {}\n")),
                                        "allow-all-rule");
    ASSERT_EQ(anyone.size(), 1u);
    EXPECT_EQ(anyone[0].location.field, "spec.ingress[0]");
    EXPECT_NE(anyone[0].message.find("be reached by anyone on every port: deny has no effect"), std::string::npos)
        << anyone[0].message;
    const Diagnostics sameNs = withCode(lintText(zeroTrust() + np("intra", "prod", "  podSelector: {}\n  ingress:\n  - from: [{podSelector: {}}]\n")),
                                        "allow-all-rule");
    ASSERT_EQ(sameNs.size(), 1u);
    EXPECT_NE(sameNs[0].message.find("every pod of prod"), std::string::npos);
    EXPECT_TRUE(withCode(lintText(np("open", "x", "  podSelector: {}\n  ingress:\n  - {}\n")), "allow-all-rule").empty())
        << "nothing to defeat";
}

TEST(ManifestLint, PolicyTypesTraps)
{
    EXPECT_TRUE(withCode(lintText(zeroTrust()), "ignored-rules").empty());
    EXPECT_TRUE(withCode(lintText(zeroTrust()), "implicit-ingress-isolation").empty());
    const Diagnostics ignored = withCode(lintText(np("p", "x", "  podSelector: {}\n  policyTypes: [Egress]\n"
                                                               "  ingress:\n  - {}\n  egress:\n  - {}\n")),
                                         "ignored-rules");
    ASSERT_EQ(ignored.size(), 1u);
    EXPECT_EQ(ignored[0].location.field, "spec.ingress");
    const Diagnostics implicit = withCode(lintText(np("p", "x", "  podSelector: {matchLabels: {app: a}}\n"
                                                                "  egress:\n  - ports: [{port: 443}]\n")),
                                          "implicit-ingress-isolation");
    ASSERT_EQ(implicit.size(), 1u);
    EXPECT_NE(implicit[0].message.find("also lose all ingress"), std::string::npos);
}

TEST(ManifestLint, SelectorsThatSelectNothing)
{
    EXPECT_TRUE(withCode(lintText(zeroTrust()), "selects-nothing").empty());
    const Diagnostics found = withCode(
        lintText(np("p", "x", "  podSelector:\n    matchLabels: {app: a}\n    matchExpressions: [{key: app, operator: NotIn, values: [a]}]\n"
                              "  ingress:\n  - from: [{namespaceSelector: {matchExpressions: [{key: t, operator: Exists}, "
                              "{key: t, operator: DoesNotExist}]}}]\n")),
        "selects-nothing");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].location.field, "spec.podSelector");
    EXPECT_EQ(found[1].location.field, "spec.ingress[0].from[0].namespaceSelector");
}

TEST(ManifestLint, DuplicatePolicies)
{
    EXPECT_TRUE(withCode(lintText(zeroTrust()), "duplicate-policy").empty());
    const Diagnostics found = withCode(lintText(zeroTrust() + np("deny", "prod", kDenyAll) + np("deny", "other", kDenyAll)),
                                       "duplicate-policy");
    ASSERT_EQ(found.size(), 1u) << "the same name in another namespace is another policy";
    EXPECT_NE(found[0].message.find("also at m.yaml:5"), std::string::npos) << found[0].message;
}

TEST(ManifestLint, KubeletProbes)
{
    EXPECT_TRUE(withCode(lintText(zeroTrust()), "kubelet-probes").empty()) << "an ipBlock lets the nodes in";
    const Diagnostics found = withCode(lintText(np("deny", "a", kDenyAll) + np("deny", "b", kDenyAll)), "kubelet-probes");
    ASSERT_EQ(found.size(), 1u) << "once";
    EXPECT_NE(found[0].message.find("a, b deny ingress"), std::string::npos) << found[0].message;
}

TEST(ManifestLint, GeneratedPoliciesAgreeWithTheDesignLint)
{
    // The checks both lints have must say the same about a design and the policies generated
    // from it; the ones only manifests can have (half-open rules, ...) never fire on them.
    const std::set<std::string> shared = {"network-plugin", "no-default-deny", "egress-without-dns", "kubelet-probes"};
    std::vector<Design> designs;
    for (const std::string &file : listFiles(NETPOL_EXAMPLES_DIR, ".netpol.yaml")) {
        const DesignReadResult read = readDesignFile(file);
        ASSERT_TRUE(read.design) << file;
        designs.push_back(*read.design);
        designs.back().options.dns.enabled = false;
        designs.push_back(*read.design);
        designs.back().options.nodeCidr = "10.0.0.0/16";
    }
    ASSERT_GE(designs.size(), 4u);
    for (const Design &design : designs) {
        SCOPED_TRACE(design.metadata.name + (design.options.dns.enabled ? "" : " without DNS"));
        std::set<std::string> fromDesign;
        for (const Diagnostic &d : lintDesign(design)) {
            if (shared.count(d.code))
                fromDesign.insert(d.code);
        }
        std::vector<NetworkPolicy> policies;
        for (const GeneratedPolicy &g : generatePolicies(design).policies)
            policies.push_back(g.policy);
        const Diagnostics manifests = lintText(writeManifests(policies, "generated"), "generated.yaml");
        std::set<std::string> fromManifests;
        for (const Diagnostic &d : manifests) {
            EXPECT_TRUE(shared.count(d.code)) << d.format();
            fromManifests.insert(d.code);
        }
        EXPECT_EQ(fromDesign, fromManifests) << dump(manifests);
    }
}

TEST(ManifestLint, GeneratedPoliciesWithTheirWorkloadsAgreeWithTheDesignLint)
{
    // A design's generated policies with its workloads as Deployments (each with a tcpSocket
    // probe): judged on those pods, the lint finds what the design lint finds and nothing the
    // generator cannot produce (half-open rules, selectors matching nothing, ...). The one
    // expected difference: the design's unmanaged namespaces hold pods and no policy.
    const std::set<std::string> shared = {"network-plugin", "no-default-deny", "egress-without-dns",
                                          "kubelet-probes", "unknown-named-port"};
    std::vector<Design> designs;
    for (const std::string &file : listFiles(NETPOL_EXAMPLES_DIR, ".netpol.yaml")) {
        const DesignReadResult read = readDesignFile(file);
        ASSERT_TRUE(read.design) << file;
        designs.push_back(*read.design);
        designs.back().options.dns.enabled = false;
        designs.push_back(*read.design);
        designs.back().options.nodeCidr = "10.0.0.0/16";
        designs.push_back(*read.design);
    }
    for (const Design &design : designs) {
        SCOPED_TRACE(design.metadata.name + (design.options.dns.enabled ? "" : " without DNS")
                     + (design.options.nodeCidr.empty() ? "" : " with nodeCIDR"));
        std::set<std::string> fromDesign;
        for (const Diagnostic &d : lintDesign(design)) {
            if (shared.count(d.code))
                fromDesign.insert(d.code);
        }
        std::vector<NetworkPolicy> policies;
        for (const GeneratedPolicy &g : generatePolicies(design).policies)
            policies.push_back(g.policy);
        std::string text = writeManifests(policies, "generated");
        std::set<std::string> unmanaged;
        for (const Namespace &ns : design.namespaces) {
            if (!ns.managed)
                unmanaged.insert(ns.name);
        }
        for (const Workload &w : design.workloads) {
            std::string labels, ports;
            for (const auto &[key, value] : w.labels)
                labels += (labels.empty() ? "" : ", ") + key + ": " + value;
            for (const ContainerPort &p : w.ports)
                ports += (ports.empty() ? "" : ", ") + std::string("{name: ") + p.name + ", containerPort: "
                         + std::to_string(p.port) + ", protocol: " + std::string(protocolName(p.protocol)) + '}';
            const int probe = w.ports.empty() ? 8080 : w.ports.front().port;
            text += deployment(w.name, w.ns, '{' + labels + '}', '[' + ports + ']',
                               "livenessProbe: {tcpSocket: {port: " + std::to_string(probe) + "}}");
        }
        const ManifestSet set = readManifests(text, "generated.yaml");
        ASSERT_TRUE(set.diagnostics.empty()) << dump(set.diagnostics);
        std::set<std::string> fromManifests;
        std::set<std::string> open;
        for (const Diagnostic &d : lintManifests(set)) {
            const std::size_t has = d.message.find(" has pods in the input");
            if (d.code == "no-default-deny" && has != std::string::npos) {
                open.insert(d.message.substr(10, has - 10)); // "namespace NAME has pods..."
                continue;
            }
            EXPECT_TRUE(shared.count(d.code)) << d.format();
            fromManifests.insert(d.code);
        }
        EXPECT_EQ(fromDesign, fromManifests);
        std::set<std::string> unmanagedWithPods;
        for (const Workload &w : design.workloads) {
            if (unmanaged.count(w.ns))
                unmanagedWithPods.insert(w.ns);
        }
        EXPECT_EQ(open, unmanagedWithPods);
    }
}
