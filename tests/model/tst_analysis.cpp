// The analysis behind `netpol analyze`: probes in both written forms, endpoint resolution,
// the ports in play, explanations and the three output formats.

#include "model/analysis/analysis.h"
#include "model/analysis/analysisformat.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace Netpol;

namespace {

const char *kInput = R"(apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{ports: [{name: http, containerPort: 8080}, {name: dns, containerPort: 53, protocol: UDP}]}]}
status: {podIP: 10.0.0.5}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {metadata: {labels: {app: web, kind: deploy}}}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec: {template: {metadata: {labels: {app: db}}, spec: {containers: [{ports: [{containerPort: 5432}]}]}}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 5432}, {port: 30000, endPort: 30010, protocol: UDP}, {port: http}]
)";

struct Fixture
{
    Cluster cluster = buildCluster(readManifests(kInput, "in.yaml"));
    Analyzer analyzer{cluster};
};

} // namespace

TEST(ProbeText, ArgumentForms)
{
    std::string error;
    const auto a = parseProbeArgument("x/a:y/b:80", &error);
    ASSERT_TRUE(a) << error;
    EXPECT_EQ(a->from, "x/a");
    EXPECT_EQ(a->to, "y/b");
    EXPECT_EQ(a->port, "80");
    EXPECT_FALSE(a->protocol);
    const auto b = parseProbeArgument("x/a:[2001:db8::1]:http/UDP", &error);
    ASSERT_TRUE(b) << error;
    EXPECT_EQ(b->to, "2001:db8::1");
    EXPECT_EQ(b->port, "http");
    EXPECT_EQ(b->protocol, Protocol::UDP);
    EXPECT_FALSE(parseProbeArgument("x/a:y/b", &error));
    EXPECT_FALSE(parseProbeArgument("x/a:y/b:80/tcp", &error));
    EXPECT_NE(error.find("unknown protocol \"tcp\""), std::string::npos);
    EXPECT_FALSE(parseProbeArgument(":y/b:80", &error));
}

TEST(ProbeText, FileLinesCommentsAndErrors)
{
    Diagnostics problems;
    const auto probes = parseProbeFile("# header\n\nx/a  y/b   80/TCP  # trailing\n"
                                       "  x/a y/b\n"
                                       "x/a y/b 53/UDP\n",
                                       "p.txt", problems);
    ASSERT_EQ(probes.size(), 2u);
    EXPECT_EQ(probes[0].location().line, 3);
    EXPECT_EQ(probes[1].protocol, Protocol::UDP);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].format(), "p.txt:4:3: error: invalid-probe: expected FROM TO PORT/PROTOCOL, found 2 words");
}

TEST(Analysis, EndpointsResolveByNameKindAndAddress)
{
    Fixture f;
    std::string error;
    EXPECT_FALSE(f.analyzer.resolve("shop/web", &error));
    EXPECT_EQ(error, "\"shop/web\" is ambiguous: shop/Pod/web shop/Deployment/web (write NAMESPACE/KIND/NAME)");
    const auto deploy = f.analyzer.resolve("shop/Deployment/web", &error);
    ASSERT_TRUE(deploy);
    EXPECT_EQ(deploy->peer.labels.at("kind"), "deploy");
    const auto byIp = f.analyzer.resolve("10.0.0.5", &error);
    ASSERT_TRUE(byIp);
    EXPECT_EQ(byIp->workload, std::optional<std::size_t>(0)) << "a pod's address is that pod";
    const auto outside = f.analyzer.resolve("192.0.2.7", &error);
    ASSERT_TRUE(outside);
    EXPECT_FALSE(outside->peer.isPod);
    EXPECT_FALSE(f.analyzer.resolve("shop/nothing", &error));
    EXPECT_EQ(error, "no pod or workload \"shop/nothing\" in the input");
    EXPECT_FALSE(f.analyzer.resolve("web", &error));
}

TEST(Analysis, PortsInPlay)
{
    Fixture f;
    std::vector<std::string> ports;
    for (const TrafficPort &p : f.analyzer.portsInPlay())
        ports.push_back(p.toString());
    EXPECT_EQ(ports, (std::vector<std::string>{"53/UDP", "5432/TCP", "8080/TCP", "30000/UDP", "30010/UDP"}));
}

TEST(Analysis, NamedPortProbesAndLoopback)
{
    Fixture f;
    Diagnostics problems;
    const auto named = f.analyzer.probe({"shop/StatefulSet/db", "shop/Pod/web", "dns", {}, {}}, problems);
    ASSERT_TRUE(named);
    EXPECT_EQ(named->port, (TrafficPort{53, Protocol::UDP}));
    EXPECT_EQ(named->portName, "dns");
    EXPECT_TRUE(named->allowed) << "no policy isolates web";
    EXPECT_FALSE(f.analyzer.probe({"shop/db", "shop/db", "postgres", {}, {}}, problems));
    EXPECT_NE(problems.back().message.find("has no container port named \"postgres\""), std::string::npos);
    const auto self = f.analyzer.probe({"shop/Pod/web", "10.0.0.5", "80", {}, {}}, problems);
    ASSERT_TRUE(self);
    EXPECT_TRUE(self->loopback);
    EXPECT_TRUE(self->allowed);
    const auto replicas = f.analyzer.probe({"shop/db", "shop/db", "5432", {}, {}}, problems);
    ASSERT_TRUE(replicas);
    EXPECT_FALSE(replicas->loopback) << "replicas of a workload are separate pods";
    EXPECT_FALSE(replicas->allowed);
}

TEST(Analysis, ExplanationsNamePoliciesRulesAndLines)
{
    Fixture f;
    Diagnostics problems;
    const auto in = f.analyzer.probe({"shop/Deployment/web", "shop/db", "5432", {}, {}}, problems);
    ASSERT_TRUE(in);
    EXPECT_TRUE(in->allowed);
    EXPECT_EQ(explainVerdict(f.analyzer, *in),
              (std::vector<std::string>{"egress of shop/Deployment/web: open (no NetworkPolicy in namespace shop "
                                        "selects it for egress)",
                                        "ingress of shop/db: allowed by shop/db-in spec.ingress[0] (in.yaml:23)"}));
    const auto named = f.analyzer.probe({"shop/Deployment/web", "shop/db", "8080", {}, {}}, problems);
    ASSERT_TRUE(named);
    EXPECT_FALSE(named->allowed) << "db has no port named http";
    EXPECT_EQ(explainVerdict(f.analyzer, *named)[1],
              "ingress of shop/db: denied: isolated by shop/db-in (in.yaml:17), and none of its ingress rules "
              "allows shop/Deployment/web -> shop/db on 8080/TCP");
    const auto outside = f.analyzer.probe({"192.0.2.1", "shop/db", "30005", Protocol::UDP, {}}, problems);
    ASSERT_TRUE(outside);
    EXPECT_EQ(explainVerdict(f.analyzer, *outside)[0],
              "egress of 192.0.2.1: an address outside the cluster; no policy applies");
    EXPECT_FALSE(outside->allowed) << "the rule's peer is a podSelector";
}

TEST(Analysis, RunWritesProbesInOrderAndReportsUnknownEndpoints)
{
    const ManifestSet set = readManifests(kInput, "in.yaml");
    AnalysisOptions options;
    options.format = AnalysisFormat::Json;
    options.probes = {{"shop/Deployment/web", "shop/db", "5432", Protocol::TCP, {}},
                      {"shop/db", "shop/Deployment/web", "5432", {}, {}}};
    std::ostringstream out;
    const AnalysisOutcome outcome = runAnalysis(set, options, out);
    EXPECT_EQ(out.str(),
              "[\n"
              "  {\"from\": \"shop/Deployment/web\", \"to\": \"shop/db\", \"port\": 5432, \"protocol\": \"TCP\", \"allowed\": true},\n"
              "  {\"from\": \"shop/db\", \"to\": \"shop/Deployment/web\", \"port\": 5432, \"protocol\": \"TCP\", \"allowed\": true}\n"
              "]\n");
    EXPECT_EQ(outcome.probeErrors, 0);
    EXPECT_EQ(outcome.documentsLeftOut, 0);
    options.probes.insert(options.probes.begin() + 1, {"shop/ghost", "shop/db", "1", {}, {}});
    options.probes.push_back({"shop/db", "shop/Deployment/web", "nope", {}, {}});
    std::ostringstream rest;
    const AnalysisOutcome failed = runAnalysis(set, options, rest);
    EXPECT_EQ(failed.probeErrors, 2);
    EXPECT_EQ(rest.str(), out.str()) << "the probes that resolve are written, in the same shape";
    ASSERT_GE(failed.diagnostics.size(), 2u);
    const Diagnostic &ghost = failed.diagnostics[failed.diagnostics.size() - 2];
    EXPECT_EQ(ghost.code, "probe-unknown-endpoint");
    EXPECT_EQ(ghost.message,
              "probe shop/ghost shop/db 1: no pod or workload \"shop/ghost\" in the input");
    EXPECT_EQ(failed.diagnostics.back().code, "probe-unknown-port");
    EXPECT_NE(failed.diagnostics.back().message.find("no container port named \"nope\""),
              std::string::npos)
        << failed.diagnostics.back().message;
}

TEST(Analysis, MatrixCsvAndImplicitNamespaceNote)
{
    const ManifestSet set = readManifests("apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x}\n"
                                          "spec: {containers: [{ports: [{containerPort: 80}]}]}\n"
                                          "---\n"
                                          "apiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: x}\n"
                                          "---\n"
                                          "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                          "metadata: {name: deny, namespace: x}\nspec: {podSelector: {}}\n",
                                          "m.yaml");
    AnalysisOptions options;
    options.format = AnalysisFormat::Csv;
    options.explain = true;
    options.matrix = true;
    std::ostringstream out;
    const AnalysisOutcome outcome = runAnalysis(set, options, out);
    EXPECT_EQ(outcome.matrixEndpoints, 2u);
    EXPECT_EQ(outcome.matrixPorts, 1u);
    EXPECT_EQ(out.str(), "from,to,port,protocol,allowed,reasons\n"
                         "x/a,x/b,80,TCP,false,\"egress of x/a: open (no NetworkPolicy in namespace x selects it for "
                         "egress); ingress of x/b: denied: isolated by x/deny (m.yaml:10), and none of its ingress "
                         "rules allows x/a -> x/b on 80/TCP\"\n"
                         "x/b,x/a,80,TCP,false,\"egress of x/b: open (no NetworkPolicy in namespace x selects it for "
                         "egress); ingress of x/a: denied: isolated by x/deny (m.yaml:10), and none of its ingress "
                         "rules allows x/b -> x/a on 80/TCP\"\n");
    ASSERT_EQ(outcome.diagnostics.size(), 1u);
    EXPECT_EQ(outcome.diagnostics[0].severity, Severity::Info);
    EXPECT_EQ(outcome.diagnostics[0].code, "implicit-namespace");
}

TEST(Analysis, JsonStrings)
{
    EXPECT_EQ(jsonString("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
}
