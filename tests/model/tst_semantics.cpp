// The rules of the semantics page, each checked through the analysis path on a small cluster
// with hand-written expectations (the conformance scenarios cover the rest).

#include "model/analysis/analysis.h"

#include <gtest/gtest.h>

using namespace Netpol;

namespace {

// Namespaces x, y (ns: y, env: prod) and z (no env); pods a, b, c in each with pod=<name>,
// IPs 10.1.<ns>.<pod>, and the extra objects in `extra` (policies, more pods).
class Semantics
{
public:
    explicit Semantics(const std::string &extra, const std::string &ports = "[{name: web, containerPort: 80}]")
    {
        std::string text;
        const char *namespaces[] = {"x", "y", "z"};
        const char *labels[] = {"{ns: x, env: prod}", "{ns: \"y\", env: prod}", "{ns: z}"};
        for (int n = 0; n < 3; ++n) {
            text += std::string("---\napiVersion: v1\nkind: Namespace\nmetadata: {name: \"") + namespaces[n]
                    + "\", labels: " + labels[n] + "}\n";
            for (int p = 0; p < 3; ++p) {
                const std::string pod(1, char('a' + p));
                text += std::string("---\napiVersion: v1\nkind: Pod\nmetadata: {name: ") + pod + ", namespace: \""
                        + namespaces[n] + "\", labels: {pod: " + pod + "}}\nspec: {containers: [{ports: " + ports
                        + "}]}\nstatus: {podIP: 10.1." + std::to_string(n + 1) + '.' + std::to_string(p + 1) + "}\n";
            }
        }
        const ManifestSet set = readManifests(text + "---\n" + extra, "s.yaml");
        for (const Diagnostic &d : set.diagnostics)
            ADD_FAILURE() << d.format();
        m_cluster = buildCluster(set);
        for (const Diagnostic &d : m_cluster.diagnostics)
            ADD_FAILURE() << d.format();
        m_analyzer = std::make_unique<Analyzer>(m_cluster);
    }

    bool allowed(const std::string &from, const std::string &to, const std::string &port,
                 Protocol protocol = Protocol::TCP)
    {
        Diagnostics problems;
        const auto r = m_analyzer->probe({from, to, port, protocol, {}}, problems);
        EXPECT_TRUE(r) << (problems.empty() ? "" : problems[0].format());
        return r && r->allowed;
    }

private:
    Cluster m_cluster;
    std::unique_ptr<Analyzer> m_analyzer;
};

std::string policy(const std::string &ns, const std::string &spec)
{
    static int count = 0;
    return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p-" + std::to_string(++count)
           + ", namespace: \"" + ns + "\"}\nspec:\n" + spec + "---\n";
}

} // namespace

TEST(Semantics, NamedPortsResolvePerDestinationPod)
{
    Semantics s(policy("x", "  podSelector: {}\n  ingress: [{ports: [{port: web}]}]\n")
                    + "apiVersion: v1\nkind: Pod\nmetadata: {name: d, namespace: x, labels: {pod: d}}\n"
                      "spec: {containers: [{ports: [{name: web, containerPort: 81}]}]}\n");
    EXPECT_TRUE(s.allowed("y/c", "x/a", "80"));
    EXPECT_FALSE(s.allowed("y/c", "x/a", "81"));
    EXPECT_TRUE(s.allowed("y/c", "x/d", "81")) << "web is 81 on x/d";
    EXPECT_FALSE(s.allowed("y/c", "x/d", "80"));
}

TEST(Semantics, EgressNamedPortsResolveOnThePeerPod)
{
    Semantics s(policy("x", "  podSelector: {matchLabels: {pod: a}}\n  policyTypes: [Egress]\n"
                            "  egress: [{ports: [{port: web}]}]\n"));
    EXPECT_TRUE(s.allowed("x/a", "y/b", "80"));
    EXPECT_FALSE(s.allowed("x/a", "y/b", "81"));
    EXPECT_FALSE(s.allowed("x/a", "192.0.2.1", "80")) << "an address has no container to name the port";
}

TEST(Semantics, NamedPortMustMatchTheProtocol)
{
    Semantics s(policy("x", "  podSelector: {}\n  ingress: [{ports: [{port: udp-81, protocol: TCP}]}]\n"),
                "[{name: tcp-81, containerPort: 81}, {name: udp-81, containerPort: 81, protocol: UDP}]");
    EXPECT_FALSE(s.allowed("y/a", "x/b", "81", Protocol::TCP));
    EXPECT_FALSE(s.allowed("y/a", "x/b", "81", Protocol::UDP));
}

TEST(Semantics, NotInMatchesAMissingKeyAndExistsAnEmptyValue)
{
    Semantics notIn(policy("x", "  podSelector: {}\n  ingress:\n  - from:\n    - namespaceSelector:\n"
                                "        matchExpressions: [{key: env, operator: NotIn, values: [prod]}]\n"));
    EXPECT_TRUE(notIn.allowed("z/a", "x/a", "80")) << "z has no env label";
    EXPECT_FALSE(notIn.allowed("y/a", "x/a", "80"));
    EXPECT_FALSE(notIn.allowed("x/b", "x/a", "80"));

    Semantics exists(policy("x", "  podSelector: {}\n  ingress:\n  - from:\n    - namespaceSelector: {}\n"
                                 "      podSelector: {matchExpressions: [{key: role, operator: Exists}]}\n")
                     + "apiVersion: v1\nkind: Pod\nmetadata: {name: e, namespace: z, labels: {role: \"\"}}\n");
    EXPECT_TRUE(exists.allowed("z/e", "x/a", "80")) << "Exists matches the empty value";
    EXPECT_FALSE(exists.allowed("z/a", "x/a", "80"));

    Semantics absent(policy("x", "  podSelector: {}\n  ingress:\n  - from:\n    - namespaceSelector:\n"
                                 "        matchExpressions: [{key: env, operator: DoesNotExist}]\n"));
    EXPECT_TRUE(absent.allowed("z/c", "x/a", "80"));
    EXPECT_FALSE(absent.allowed("y/c", "x/a", "80"));
}

TEST(Semantics, EmptyNamespaceSelectorWithPodSelectorMeansEveryNamespace)
{
    Semantics s(policy("x", "  podSelector: {matchLabels: {pod: a}}\n  ingress:\n  - from:\n"
                            "    - {namespaceSelector: {}, podSelector: {matchLabels: {pod: c}}}\n"));
    EXPECT_TRUE(s.allowed("z/c", "x/a", "80"));
    EXPECT_TRUE(s.allowed("x/c", "x/a", "80"));
    EXPECT_FALSE(s.allowed("z/b", "x/a", "80"));
}

TEST(Semantics, ASelectorMatchingNothingStillIsolates)
{
    Semantics s(policy("x", "  podSelector: {matchLabels: {pod: a}}\n  ingress:\n  - from:\n"
                            "    - podSelector: {matchLabels: {pod: nobody}}\n"));
    EXPECT_FALSE(s.allowed("x/b", "x/a", "80"));
    EXPECT_TRUE(s.allowed("x/a", "x/b", "80"));
}

TEST(Semantics, AnExceptIsOverriddenByAnotherPolicy)
{
    Semantics s(policy("x", "  podSelector: {matchLabels: {pod: a}}\n  policyTypes: [Egress]\n"
                            "  egress: [{to: [{ipBlock: {cidr: 10.1.0.0/16, except: [10.1.2.0/24]}}]}]\n")
                + policy("x", "  podSelector: {matchLabels: {pod: a}}\n  policyTypes: [Egress]\n"
                              "  egress: [{to: [{ipBlock: {cidr: 10.1.2.2/32}}]}]\n"));
    EXPECT_TRUE(s.allowed("x/a", "z/a", "80"));
    EXPECT_FALSE(s.allowed("x/a", "y/a", "80")) << "excepted";
    EXPECT_TRUE(s.allowed("x/a", "y/b", "80")) << "allowed by the other policy";
    EXPECT_FALSE(s.allowed("x/a", "2001:db8::1", "80")) << "an IPv4 block never matches IPv6";
}

TEST(Semantics, DuplicatePolicyTypesAndOtherNamespaces)
{
    Semantics s(policy("x", "  podSelector: {}\n  policyTypes: [Ingress, Ingress]\n"
                            "  egress: [{to: [{podSelector: {matchLabels: {pod: nobody}}}]}]\n")
                + policy("z", "  podSelector: {}\n  policyTypes: [Ingress, Egress]\n"));
    EXPECT_FALSE(s.allowed("y/a", "x/a", "80"));
    EXPECT_TRUE(s.allowed("x/a", "y/a", "80")) << "egress is not in the policy types";
    EXPECT_FALSE(s.allowed("y/a", "z/a", "80"));
    EXPECT_TRUE(s.allowed("y/a", "y/b", "80")) << "policies in x and z do not touch y";
}

TEST(Semantics, ProtocolOnlyEntriesAndRanges)
{
    Semantics s(policy("x", "  podSelector: {}\n  ingress: [{ports: [{protocol: UDP}, {port: 79, endPort: 80}]}]\n"));
    EXPECT_TRUE(s.allowed("y/a", "x/a", "9999", Protocol::UDP));
    EXPECT_TRUE(s.allowed("y/a", "x/a", "80", Protocol::TCP)) << "the range's protocol defaults to TCP";
    EXPECT_FALSE(s.allowed("y/a", "x/a", "81", Protocol::TCP));
    EXPECT_FALSE(s.allowed("y/a", "x/a", "80", Protocol::SCTP));
}
