// netpol import's model: manifests in, an editable design out, and every way the design
// cannot say exactly what the input does reported. The round trip proves exactness.

#include "randomdesigns.h"
#include "support/testsupport.h"

#include "model/analysis/analysisformat.h"
#include "model/analysis/portset.h"
#include "model/analysis/reachabilitydiff.h"
#include "model/design/designcheck.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/generate/generator.h"
#include "model/import/importer.h"
#include "model/manifests/manifestwriter.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// A design's namespaces as Namespace objects and its workloads as Deployments (JSON, so
// every string is quoted).
std::string workloadManifests(const Design &design)
{
    auto labels = [](const Labels &map) {
        std::string out = "{";
        for (const auto &[k, v] : map)
            out += (out.size() > 1 ? ", " : "") + jsonString(k) + ": " + jsonString(v);
        return out + '}';
    };
    std::string text;
    for (const Namespace &ns : design.namespaces)
        text += "---\n{\"apiVersion\": \"v1\", \"kind\": \"Namespace\", \"metadata\": {\"name\": " + jsonString(ns.name)
                + ", \"labels\": " + labels(ns.labels) + "}}\n";
    for (const Workload &w : design.workloads) {
        std::string ports;
        for (const ContainerPort &p : w.ports)
            ports += std::string(ports.empty() ? "" : ", ") + "{\"name\": " + jsonString(p.name)
                     + ", \"containerPort\": " + std::to_string(p.port) + ", \"protocol\": "
                     + jsonString(protocolName(p.protocol)) + '}';
        text += "---\n{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\", \"metadata\": {\"name\": "
                + jsonString(w.name) + ", \"namespace\": " + jsonString(w.ns)
                + "}, \"spec\": {\"template\": {\"metadata\": {\"labels\": " + labels(w.labels)
                + "}, \"spec\": {\"containers\": [{\"name\": \"main\", \"ports\": [" + ports + "]}]}}}}\n";
    }
    return text;
}

std::vector<NetworkPolicy> policiesOf(const Design &design)
{
    std::vector<NetworkPolicy> out;
    for (const GeneratedPolicy &g : generatePolicies(design).policies)
        out.push_back(g.policy);
    return out;
}

ImportResult import(const std::string &text)
{
    const ManifestSet set = readManifests(text, "in.yaml");
    for (const Diagnostic &d : set.diagnostics)
        ADD_FAILURE() << d.format();
    return importDesign(set);
}

std::vector<std::string> findings(const ImportResult &r, const std::string &code)
{
    std::vector<std::string> out;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.code == code)
            out.push_back(d.message);
    }
    return out;
}

std::string flowsText(const Design &d)
{
    std::string out;
    for (const Flow &f : d.flows) {
        out += f.from.toString() + " -> " + f.to.toString() + " [";
        for (std::size_t i = 0; i < f.ports.size(); ++i)
            out += (i ? ", " : "") + f.ports[i].toString();
        out += "]\n";
    }
    return out;
}

const char *kPolicy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n";

} // namespace

TEST(PortSet, Algebra)
{
    const PortSet web = PortSet::range(Protocol::TCP, 8000, 8100);
    const PortSet some = PortSet::range(Protocol::TCP, 8080, 8080).unite(PortSet::protocol(Protocol::UDP));
    EXPECT_EQ(web.intersect(some), PortSet::range(Protocol::TCP, 8080, 8080));
    EXPECT_EQ(web.subtract(some).toString(), "8000-8079/TCP, 8081-8100/TCP");
    EXPECT_EQ(some.toString(), "8080/TCP, */UDP");
    EXPECT_TRUE(PortSet::all().isAll());
    EXPECT_EQ(PortSet::all().toFlowPorts(), std::vector<FlowPort>{});
    EXPECT_EQ(PortSet::all().subtract(PortSet::protocol(Protocol::SCTP)).toString(), "*/TCP, */UDP");
    EXPECT_TRUE(web.subtract(web).empty());
    const PortSet http = PortSet::named("http", Protocol::TCP);
    EXPECT_EQ(http.intersect(PortSet::protocol(Protocol::TCP)), http) << "a name survives its whole protocol";
    EXPECT_TRUE(http.intersect(web).empty()) << "but not a partial range: its number is unknown";
    Workload w;
    w.ports = {{"http", 8080, Protocol::TCP}};
    EXPECT_EQ(some.toFlowPorts(&w, {{"http", Protocol::TCP}}).front(), FlowPort::named("http"));
    EXPECT_EQ(some.toFlowPorts(&w, {}).front(), FlowPort::number(8080)) << "only names the input used";
}

TEST(Import, HalfOpenConnectionsComeAsFlowsTheUserMayAdd)
{
    const ImportResult r = import(readFile(dataPath("seed/complete-example.yaml")) + "\n---\n"
                                  + readFile(dataPath("seed/complete-example-workloads.yaml")));
    ASSERT_TRUE(r.design);
    ASSERT_EQ(r.halfOpen.size(), 1u);
    const HalfOpenConnection &open = r.halfOpen.front();
    EXPECT_EQ(open.flow.from, Endpoint::workload("production", "frontend"));
    EXPECT_EQ(open.flow.to, Endpoint::workload("production", "api-server"));
    EXPECT_EQ(open.flow.ports, std::vector<FlowPort>{FlowPort::number(8080)});
    EXPECT_TRUE(open.egressAllowed) << "frontend may send; api-server refuses";
    ASSERT_LT(open.finding, r.diagnostics.size());
    EXPECT_EQ(r.diagnostics[open.finding].code, "import-half-open");
    // It names the design's own workloads: added as it is, it is a valid flow of the design.
    Design withFlow = *r.design;
    withFlow.flows.push_back(open.flow);
    EXPECT_TRUE(checkDesign(withFlow).empty());
}

TEST(Import, SeedExampleReportsTheHalfOpenFlow)
{
    const ImportResult r = import(readFile(dataPath("seed/complete-example.yaml")) + "\n---\n"
                                  + readFile(dataPath("seed/complete-example-workloads.yaml")));
    ASSERT_TRUE(r.design);
    const auto halfOpen = findings(r, "import-half-open");
    ASSERT_EQ(halfOpen.size(), 1u);
    EXPECT_EQ(halfOpen[0], "production/frontend may send to production/api-server on 8080/TCP "
                           "(production/frontend-to-api spec.egress[0]) but production/api-server does not "
                           "accept it: the design has no flow for it");
    EXPECT_TRUE(findings(r, "import-not-exact").empty());
    EXPECT_EQ(countSeverity(r.diagnostics, Severity::Warning), 1);
    const Design &d = *r.design;
    EXPECT_EQ(flowsText(d), "ingress-nginx/* -> production/frontend [8080/TCP]\n");
    const Namespace *production = d.findNamespace("production");
    ASSERT_TRUE(production);
    EXPECT_TRUE(production->managed);
    EXPECT_EQ(production->defaultDeny, DirectionSet::both());
    EXPECT_EQ(production->labels, (Labels{{"env", "prod"}}));
    EXPECT_FALSE(d.findNamespace("ingress-nginx")->managed);
    EXPECT_TRUE(d.options.dns.enabled);
    EXPECT_EQ(d.options.dns.ns, "kube-system");
    EXPECT_TRUE(d.options.dns.podSelector.empty());
    EXPECT_EQ(d.workloads.size(), 3u);
}

TEST(Import, RoundTripOfEveryExample)
{
    const auto examples = listFiles(NETPOL_EXAMPLES_DIR, ".netpol.yaml");
    ASSERT_GE(examples.size(), 2u);
    for (const std::string &file : examples) {
        SCOPED_TRACE(file);
        const DesignReadResult read = readDesignFile(file);
        ASSERT_TRUE(read.design);
        const Design &original = *read.design;
        for (Granularity granularity : {Granularity::PerFlow, Granularity::PerWorkload}) {
            Design source = original;
            source.options.granularity = granularity;
            const std::vector<NetworkPolicy> first = policiesOf(source);
            const ImportResult r = import(writeManifests(first) + workloadManifests(source));
            ASSERT_TRUE(r.design);
            for (const Diagnostic &d : r.diagnostics)
                EXPECT_NE(d.severity, Severity::Warning) << d.format();
            const Design &imported = *r.design;
            // The imported design is a valid design file.
            const DesignReadResult reread = readDesign(writeDesign(imported), "imported.netpol.yaml");
            ASSERT_TRUE(reread.design) << (reread.diagnostics.empty() ? "" : reread.diagnostics[0].format());
            EXPECT_EQ(*reread.design, imported);

            const std::vector<NetworkPolicy> second = policiesOf(imported);
            std::vector<NetworkPeer> peers;
            for (const Workload &w : original.workloads)
                peers.push_back(NetworkPeer::pod(w.ns, w.labels, original.findNamespace(w.ns)->effectiveLabels(), w.ports));
            for (const External &x : original.externals) {
                peers.push_back(NetworkPeer::address(parseCidr(x.cidr).cidr->network()));
                for (const std::string &e : x.except)
                    peers.push_back(NetworkPeer::address(parseCidr(e).cidr->network()));
            }
            peers.push_back(NetworkPeer::address(*parseIpAddress("192.0.2.1")));
            const auto ports = distinguishingPorts({first, second}, peers);
            const auto differences = compareReachability(first, second, peers, ports);
            EXPECT_TRUE(differences.empty()) << differences.size() << " differences, e.g. peer "
                                             << differences.front().from << " -> " << differences.front().to
                                             << " on " << differences.front().port.toString() << "\n"
                                             << flowsText(imported);
            EXPECT_GT(ports.size(), 30u);
        }
    }
}

TEST(Import, TheRoundTripCheckCatchesADroppedFlow)
{
    // The comparison the round trip relies on is not vacuous: dropping one flow shows.
    const Design original = *readDesignFile(examplePath("production.netpol.yaml")).design;
    Design changed = original;
    changed.flows.pop_back();
    std::vector<NetworkPeer> peers;
    for (const Workload &w : original.workloads)
        peers.push_back(NetworkPeer::pod(w.ns, w.labels, original.findNamespace(w.ns)->effectiveLabels(), w.ports));
    const auto first = policiesOf(original);
    const auto second = policiesOf(changed);
    const auto differences = compareReachability(first, second, peers, distinguishingPorts({first, second}, peers));
    ASSERT_EQ(differences.size(), 1u);
    EXPECT_EQ(differences[0].port, (TrafficPort{5432, Protocol::TCP}));
    EXPECT_TRUE(differences[0].allowedByFirst);
}

TEST(Import, PoliciesOnlySynthesizeWorkloadsFromSelectors)
{
    const ImportResult r = import(readFile(dataPath("seed/complete-example.yaml")));
    ASSERT_TRUE(r.design);
    std::vector<std::string> names;
    for (const Workload &w : r.design->workloads)
        names.push_back(w.ns + '/' + w.name + ' ' + formatLabels(w.labels));
    EXPECT_EQ(names, (std::vector<std::string>{"production/frontend app=frontend", "production/api-server app=api-server"}));
    EXPECT_EQ(findings(r, "import-synthesized").size(), 1u);
    EXPECT_EQ(findings(r, "import-half-open").size(), 1u);
    EXPECT_EQ(flowsText(*r.design), "ingress-nginx/* -> production/frontend [8080/TCP]\n");
    EXPECT_TRUE(findings(r, "import-not-exact").empty());
}

TEST(Import, SetsOverlapsAndExternals)
{
    const ImportResult r = import(std::string(kPolicy) + R"(metadata: {name: out, namespace: app}
spec:
  podSelector: {matchExpressions: [{key: tier, operator: In, values: [web, api]}]}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.9.0.0/16]}}]
    ports: [{port: 443}, {port: http}]
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: app, labels: {tier: web}}
spec: {containers: [{ports: [{name: http, containerPort: 8080}]}]}
status: {podIP: 10.1.0.7}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: app, labels: {tier: db}}
status: {podIP: 10.9.0.3}
)");
    ASSERT_TRUE(r.design);
    const Design &d = *r.design;
    ASSERT_EQ(d.externals.size(), 3u);
    EXPECT_EQ(d.externals[0].name, "ipblock-10-0-0-0-8");
    EXPECT_EQ(d.externals[0].except, (std::vector<std::string>{"10.9.0.0/16"}));
    EXPECT_EQ(d.externals[1].name, "anywhere-ipv4") << "db stays open in a namespace the design isolates";
    EXPECT_EQ(d.externals[2].cidr, "::/0");
    const auto sets = findings(r, "import-selector-set");
    ASSERT_EQ(sets.size(), 1u);
    EXPECT_NE(sets[0].find("spec.podSelector of app/out picks a set with matchExpressions"), std::string::npos) << sets[0];
    EXPECT_NE(sets[0].find("(app/web)"), std::string::npos) << sets[0];
    const auto overlaps = findings(r, "import-ipblock-overlap");
    ASSERT_EQ(overlaps.size(), 1u);
    EXPECT_NE(overlaps[0].find("app/web (10.1.0.7)"), std::string::npos) << overlaps[0];
    EXPECT_EQ(overlaps[0].find("app/db"), std::string::npos) << "db is in the except";
    const auto partial = findings(r, "import-partial-isolation");
    ASSERT_EQ(partial.size(), 1u);
    EXPECT_NE(partial[0].find("only some pods for egress (app/web; not app/db, other pods of namespace app)"),
              std::string::npos) << partial[0];
    // Every pod may reach the block on 443 (db and unknown pods are not isolated), and web's
    // own address is in it; db and the unknown pods of app may reach everything.
    EXPECT_EQ(flowsText(d), "*/* -> app/web [443/TCP, http/TCP]\n"
                            "*/* -> external/ipblock-10-0-0-0-8 [443/TCP]\n"
                            "app/db -> */* []\n"
                            "app/db -> external/anywhere-ipv4 []\n"
                            "app/db -> external/anywhere-ipv6 []\n");
    // What stays inexact is said: unknown pods of app are open to everything in the input.
    const auto inexact = findings(r, "import-not-exact");
    ASSERT_FALSE(inexact.empty());
    for (const std::string &message : inexact)
        EXPECT_NE(message.find("other pods of namespace app"), std::string::npos) << message;
}

TEST(Import, FoldsWhatControllersCreated)
{
    const ImportResult r = import(R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{ports: [{containerPort: 80}]}]}}}
---
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: web-5d9c, namespace: shop}
spec: {template: {metadata: {labels: {app: web, pod-template-hash: 5d9c}}}}
---
apiVersion: v1
kind: Pod
metadata: {name: web-5d9c-abcde, namespace: shop, labels: {app: web, pod-template-hash: 5d9c}}
status: {podIP: 10.0.0.1}
---
apiVersion: v1
kind: Pod
metadata: {name: job-1-xyz, namespace: shop, labels: {job: one}}
---
apiVersion: v1
kind: Pod
metadata: {name: job-1-uvw, namespace: shop, labels: {job: one}}
)");
    ASSERT_TRUE(r.design);
    std::vector<std::string> names;
    for (const Workload &w : r.design->workloads)
        names.push_back(std::string(workloadKindName(w.kind)) + ' ' + w.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Deployment web", "Pod job-1"}));
    const auto folded = findings(r, "import-folded");
    ASSERT_EQ(folded.size(), 1u);
    EXPECT_EQ(folded[0].rfind("3 objects", 0), 0u) << folded[0];
    EXPECT_TRUE(r.design->flows.empty()) << "no policies: nothing is isolated, no flow is needed";
    EXPECT_EQ(countSeverity(r.diagnostics, Severity::Warning), 0);
}

TEST(Import, UnusedPoliciesAndPeersAreReported)
{
    const ImportResult r = import(std::string(kPolicy) + R"(metadata: {name: ghost, namespace: shop}
spec: {podSelector: {matchLabels: {app: ghost}}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{podSelector: {matchLabels: {app: legacy}}}, {podSelector: {matchLabels: {app: web}}}]}]
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
)");
    ASSERT_TRUE(r.design);
    const auto unused = findings(r, "import-unused");
    ASSERT_EQ(unused.size(), 2u);
    EXPECT_EQ(unused[0], "shop/ghost selects no pod of the input: nothing in the design comes from it");
    EXPECT_EQ(unused[1], "spec.ingress[0].from[0] of shop/web-in matches no pod of the input: the design has no flow for it");
    // web accepts only web, but may itself reach everything, including the pods of shop that
    // no policy isolates; those pods accept everyone in the input, which no flow can say.
    EXPECT_EQ(flowsText(*r.design), "shop/web -> */* []\n");
    EXPECT_EQ(findings(r, "import-partial-isolation").size(), 1u);
    const auto inexact = findings(r, "import-not-exact");
    ASSERT_FALSE(inexact.empty());
    EXPECT_NE(inexact[0].find("-> other pods of namespace shop: the input allows every port tried, which the design denies"),
              std::string::npos) << inexact[0];
}

TEST(Import, RoundTripOfRandomDesigns)
{
    RandomDesigns designs(777);
    int flows = 0;
    for (int round = 0; round < 200; ++round) {
        const Design original = designs.next();
        const std::vector<NetworkPolicy> first = policiesOf(original);
        const ManifestSet set = readManifests(writeManifests(first) + workloadManifests(original), "in.yaml");
        ASSERT_TRUE(set.diagnostics.empty()) << set.diagnostics.front().format();
        const ImportResult r = importDesign(set);
        ASSERT_TRUE(r.design) << "round " << round << '\n' << writeDesign(original);
        EXPECT_TRUE(findings(r, "import-not-exact").empty())
            << "round " << round << ": " << findings(r, "import-not-exact").front() << '\n'
            << writeDesign(original) << "\nimported flows:\n" << flowsText(*r.design);
        flows += int(r.design->flows.size());

        const std::vector<NetworkPolicy> second = policiesOf(*r.design);
        std::vector<NetworkPeer> peers;
        for (const Workload &w : original.workloads)
            peers.push_back(NetworkPeer::pod(w.ns, w.labels, original.findNamespace(w.ns)->effectiveLabels(), w.ports));
        for (const Namespace &ns : original.namespaces)
            peers.push_back(NetworkPeer::pod(ns.name, {{"other", "pod"}}, ns.effectiveLabels()));
        for (const char *ip : {"203.0.113.5", "203.0.113.200", "198.51.100.9", "198.51.100.129", "172.16.3.4", "192.0.2.1"})
            peers.push_back(NetworkPeer::address(*parseIpAddress(ip)));
        const auto differences = compareReachability(first, second, peers, distinguishingPorts({first, second}, peers));
        ASSERT_TRUE(differences.empty())
            << "round " << round << ": peer " << differences.front().from << " -> " << differences.front().to
            << " on " << differences.front().port.toString() << '\n' << writeDesign(original)
            << "\nimported flows:\n" << flowsText(*r.design);
    }
    EXPECT_GT(flows, 200);
}

// The dns option stands for allow-dns policies of one shape; the finding says whether none
// has that shape or the namespaces differ.
TEST(Import, DnsFindingSaysWhyTheOptionIsOff)
{
    auto policy = [](const std::string &ns, const std::string &to) {
        std::string peer = to.empty() ? std::string()
                                      : "    to: [{namespaceSelector: {matchLabels: "
                                        "{kubernetes.io/metadata.name: " + to + "}}}]\n";
        return "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: dns, "
               "namespace: " + ns + "}\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - ports: "
               "[{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]\n" + peer;
    };
    const std::string pods = "---\napiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: shop, "
                             "labels: {app: a}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b, "
                             "namespace: shop2, labels: {app: b}}\n";
    const auto anywhere = findings(import(pods + policy("shop", "") + policy("shop2", "")), "import-dns");
    ASSERT_EQ(anywhere.size(), 1u);
    EXPECT_EQ(anywhere[0], "no namespace allows DNS as the design's dns option writes it (port 53 "
                           "toward the pods of one namespace): the design's dns option is off and "
                           "flows carry whatever DNS traffic the input allows");
    const auto mixed = findings(
        import(pods + policy("shop", "kube-system") + policy("shop2", "dns")), "import-dns");
    ASSERT_EQ(mixed.size(), 1u);
    EXPECT_EQ(mixed[0].rfind("the namespaces that deny egress do not all allow DNS the same way: ", 0), 0u);
    const auto same = findings(
        import(pods + policy("shop", "kube-system") + policy("shop2", "kube-system")), "import-dns");
    ASSERT_EQ(same.size(), 1u);
    EXPECT_EQ(same[0].rfind("every namespace that denies egress allows DNS to kube-system", 0), 0u);
}
