// Reading the objects policies act on: Namespaces, Pods and the workload kinds, from files,
// directories and Lists.

#include "support/testsupport.h"

#include "model/core/fileio.h"
#include "model/manifests/manifestreader.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

const char *kPod = R"(apiVersion: v1
kind: Pod
metadata:
  name: web-5d9c
  namespace: shop
  labels: {app: web, pod-template-hash: 5d9c}
  uid: 1234
spec:
  nodeName: node-1
  containers:
  - name: web
    image: nginx
    ports:
    - {name: http, containerPort: 8080}
    - {containerPort: 53, protocol: UDP}
    readinessProbe: {httpGet: {port: http}}
  - name: sidecar
    ports:
    - {name: metrics, containerPort: 9102, protocol: TCP}
status:
  phase: Running
  podIP: 10.1.2.3
  podIPs:
  - ip: 10.1.2.3
  - ip: fd00::3
)";

} // namespace

TEST(ManifestKinds, PodWithPortsAndAddresses)
{
    const ManifestSet set = readManifests(kPod, "pod.yaml");
    EXPECT_TRUE(set.diagnostics.empty()) << set.diagnostics.front().format();
    ASSERT_EQ(set.workloads.size(), 1u);
    const ManifestWorkload &w = set.workloads[0];
    EXPECT_EQ(w.kind, WorkloadKind::Pod);
    EXPECT_EQ(w.ns, "shop");
    EXPECT_EQ(w.name, "web-5d9c");
    EXPECT_EQ(w.labels, (Labels{{"app", "web"}, {"pod-template-hash", "5d9c"}}));
    const std::vector<ContainerPort> ports = {{"http", 8080, Protocol::TCP},
                                              {"", 53, Protocol::UDP},
                                              {"metrics", 9102, Protocol::TCP}};
    EXPECT_EQ(w.ports, ports);
    ASSERT_EQ(w.ips.size(), 2u);
    EXPECT_EQ(w.ips[0].toString(), "10.1.2.3");
    EXPECT_EQ(w.ips[1].toString(), "fd00::3");
    EXPECT_EQ(w.location.line, 1);
}

TEST(ManifestKinds, ContainerProbes)
{
    const ManifestSet pod = readManifests(kPod, "pod.yaml");
    ASSERT_EQ(pod.workloads.size(), 1u);
    ASSERT_EQ(pod.workloads[0].probes.size(), 1u);
    const ManifestProbe &readiness = pod.workloads[0].probes[0];
    EXPECT_EQ(readiness.type, "readiness");
    EXPECT_EQ(readiness.handler, "httpGet");
    EXPECT_EQ(readiness.port, PortValue::fromName("http"));
    EXPECT_EQ(readiness.container, "web");
    EXPECT_EQ(readiness.location.line, 16);
    EXPECT_TRUE(readiness.overNetwork());

    const ManifestSet set = readManifests(R"(apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - name: db
        livenessProbe: {tcpSocket: {port: 5432}, periodSeconds: 10}
        startupProbe:
          exec: {command: [pg_isready]}
      - name: agent
        readinessProbe: {grpc: {port: 9090}}
---
apiVersion: v1
kind: Pod
metadata: {name: bad, namespace: shop}
spec: {containers: [{name: c, livenessProbe: [httpGet]}]}
)",
                                          "db.yaml");
    ASSERT_EQ(set.workloads.size(), 1u) << "the Pod with a malformed probe is left out";
    ASSERT_EQ(set.diagnostics.size(), 1u);
    EXPECT_EQ(set.diagnostics[0].format(),
              "db.yaml:19:46: error: wrong-type: spec.containers[0].livenessProbe must be a map");
    const std::vector<ManifestProbe> &probes = set.workloads[0].probes;
    ASSERT_EQ(probes.size(), 3u);
    EXPECT_EQ(probes[0].type, "liveness");
    EXPECT_EQ(probes[0].handler, "tcpSocket");
    EXPECT_EQ(probes[0].port, PortValue::fromNumber(5432));
    EXPECT_EQ(probes[0].location.line, 10);
    EXPECT_EQ(probes[1].type, "startup");
    EXPECT_EQ(probes[1].handler, "exec");
    EXPECT_FALSE(probes[1].port);
    EXPECT_FALSE(probes[1].overNetwork()) << "exec runs in the container";
    EXPECT_EQ(probes[2].handler, "grpc");
    EXPECT_EQ(probes[2].container, "agent");
    EXPECT_EQ(probes[2].port, PortValue::fromNumber(9090));
}

TEST(ManifestKinds, WorkloadTemplatesAndNamespaces)
{
    const ManifestSet set = readManifests(R"(apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: red}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop, labels: {ignored: "true"}}
spec:
  replicas: 3
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api, tier: back}}
    spec:
      containers:
      - {name: api, ports: [{name: grpc, containerPort: 9090}]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: backup, namespace: shop}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {app: backup}}
        spec: {containers: [{name: b}], restartPolicy: Never}
)",
                                          "all.yaml");
    EXPECT_TRUE(set.diagnostics.empty()) << set.diagnostics.front().format();
    ASSERT_EQ(set.namespaces.size(), 1u);
    EXPECT_EQ(set.namespaces[0].name, "shop");
    EXPECT_EQ(set.namespaces[0].labels, (Labels{{"team", "red"}}));
    ASSERT_EQ(set.workloads.size(), 2u);
    EXPECT_EQ(set.workloads[0].kind, WorkloadKind::Deployment);
    EXPECT_EQ(set.workloads[0].labels, (Labels{{"app", "api"}, {"tier", "back"}})) << "template labels, not the object's";
    EXPECT_EQ(set.workloads[0].ports, (std::vector<ContainerPort>{{"grpc", 9090, Protocol::TCP}}));
    EXPECT_EQ(set.workloads[1].kind, WorkloadKind::CronJob);
    EXPECT_EQ(set.workloads[1].labels, (Labels{{"app", "backup"}}));
    EXPECT_EQ(set.workloads[1].location.line, 17);
    EXPECT_TRUE(set.skippedKinds.empty());
}

TEST(ManifestKinds, EveryWorkloadKind)
{
    std::string text;
    for (const char *kind : {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"})
        text += std::string("---\napiVersion: apps/v1\nkind: ") + kind + "\nmetadata: {name: w, namespace: ns1}\n"
                "spec: {template: {metadata: {labels: {k: " + kind + "}}}}\n";
    const ManifestSet set = readManifests(text, "k.yaml");
    EXPECT_TRUE(set.diagnostics.empty()) << set.diagnostics.front().format();
    ASSERT_EQ(set.workloads.size(), 5u);
    EXPECT_EQ(set.workloads[1].kind, WorkloadKind::StatefulSet);
    EXPECT_EQ(set.workloads[2].kind, WorkloadKind::DaemonSet);
    EXPECT_EQ(set.workloads[3].kind, WorkloadKind::ReplicaSet);
    EXPECT_EQ(set.workloads[4].kind, WorkloadKind::Job);
    EXPECT_EQ(set.workloads[4].labels.at("k"), "Job");
}

TEST(ManifestKinds, PodListFromKubectlGet)
{
    const ManifestSet set = readManifests(
        "apiVersion: v1\nkind: List\nitems:\n"
        "- {apiVersion: v1, kind: Pod, metadata: {name: a, namespace: x, labels: {pod: a}}, status: {podIP: 10.0.0.1}}\n"
        "- {apiVersion: v1, kind: Pod, metadata: {name: b, namespace: x}, spec: {containers: []}}\n"
        "- {apiVersion: v1, kind: Service, metadata: {name: s}}\n"
        "metadata: {resourceVersion: \"\"}\n",
        "list.yaml");
    EXPECT_TRUE(set.diagnostics.empty());
    ASSERT_EQ(set.workloads.size(), 2u);
    EXPECT_EQ(set.workloads[0].ips.at(0).toString(), "10.0.0.1");
    EXPECT_TRUE(set.workloads[1].labels.empty());
    EXPECT_EQ(set.skippedKinds.at("Service"), 1);
    EXPECT_EQ(set.documents, 3);
}

TEST(ManifestKinds, MalformedObjectsAreLocatedErrorsAndLeftOut)
{
    const ManifestSet set = readManifests(R"(apiVersion: v1
kind: Pod
metadata: {name: a, namespace: x}
spec:
  containers:
  - ports: [{containerPort: "80"}]
---
apiVersion: v1
kind: Pod
metadata: {name: b, namespace: x, labels: [app, b]}
---
apiVersion: v1
kind: Pod
metadata: {name: c, namespace: x}
spec: {containers: [{ports: [{containerPort: 80, protocol: tcp}]}]}
status: {podIP: 10.0.0.300}
---
apiVersion: v1
kind: Namespace
metadata: {labels: {a: b}}
---
apiVersion: v1
kind: Pod
metadata: {name: d, namespace: x, labels: {flag: y}}
---
apiVersion: v1
kind: Pod
metadata: {name: good, namespace: x}
)",
                                          "bad.yaml");
    ASSERT_EQ(set.workloads.size(), 1u);
    EXPECT_EQ(set.workloads[0].name, "good");
    EXPECT_TRUE(set.namespaces.empty());
    std::vector<std::string> lines;
    for (const Diagnostic &d : set.diagnostics)
        lines.push_back(d.format());
    ASSERT_EQ(lines.size(), 6u) << ::testing::PrintToString(lines);
    EXPECT_EQ(lines[0].rfind("bad.yaml:6:29: error: wrong-type: spec.containers[0].ports[0].containerPort", 0), 0u) << lines[0];
    EXPECT_EQ(lines[1].rfind("bad.yaml:10:43: error: wrong-type: metadata.labels", 0), 0u) << lines[1];
    EXPECT_NE(lines[2].find("Unsupported value: \"tcp\""), std::string::npos) << lines[2];
    EXPECT_EQ(lines[3].rfind("bad.yaml:16:", 0), 0u) << lines[3];
    EXPECT_NE(lines[3].find("not an IP address"), std::string::npos) << lines[3];
    EXPECT_EQ(lines[4].rfind(
                  "bad.yaml:18:1: error: missing-field: the Namespace has no `metadata.name`", 0),
              0u)
        << "placed on the document's first line: " << lines[4];
    EXPECT_NE(lines[4].find("(metadata.name: Required value)"), std::string::npos) << lines[4];
    EXPECT_NE(lines[5].find("as a boolean"), std::string::npos) << lines[5];
}

TEST(ManifestKinds, PoliciesWithErrorsAreCounted)
{
    const ManifestSet set = readManifests("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                          "metadata: {name: a, namespace: x}\nspec: {podSelecter: {}}\n"
                                          "---\n"
                                          "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                                          "metadata: {name: b, namespace: x}\n",
                                          "p.yaml");
    ASSERT_EQ(set.policies.size(), 2u);
    EXPECT_EQ(set.policyErrors, (std::vector<int>{1, 0}));
}

TEST(ManifestKinds, JsonInput)
{
    const ManifestSet set = readManifests(
        R"({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a", "namespace": "x", "labels": {"ns": "y"}},
            "spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80, "name": "http"}]}]},
            "status": {"podIP": "10.0.0.1"}})",
        "pod.json");
    EXPECT_TRUE(set.diagnostics.empty()) << set.diagnostics.front().format();
    ASSERT_EQ(set.workloads.size(), 1u);
    EXPECT_EQ(set.workloads[0].labels.at("ns"), "y") << "a quoted JSON string is a string";
}

TEST(ManifestKinds, DirectoriesAreSearchedRecursively)
{
    namespace fs = std::filesystem;
    const std::string dir = makeTempDir();
    fs::create_directories(dir + "/apps/shop");
    fs::create_directories(dir + "/.git");
    std::string error;
    auto write = [&](const std::string &name, const std::string &text) {
        ASSERT_TRUE(writeFileAtomically(dir + '/' + name, text, &error)) << error;
    };
    write("ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n");
    write("apps/shop/pod.yml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: shop}\n");
    write("apps/shop/pod.json", R"({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "q"}})");
    write("apps/README.md", "kind: Pod\n");
    write(".git/config.yaml", "kind: Pod\nmetadata: {name: hidden}\n");
    const ManifestSet set = readManifestPath(dir);
    EXPECT_TRUE(set.diagnostics.empty());
    EXPECT_FALSE(set.unreadable);
    ASSERT_EQ(set.namespaces.size(), 1u);
    ASSERT_EQ(set.workloads.size(), 2u);
    EXPECT_EQ(set.workloads[0].name, "q") << "files in name order: pod.json before pod.yml";
    EXPECT_EQ(set.workloads[1].name, "p");

    // What kubectl apply -f DIR takes: the extensions in lower case; path by path order.
    write("apps/shop/upper.YAML", "kind: Pod\n");
    write("apps-x.yaml", "kind: Pod\n");
    const std::vector<std::string> files = listManifestFiles(dir);
    EXPECT_EQ(files, (std::vector<std::string>{dir + "/apps/shop/pod.json", dir + "/apps/shop/pod.yml",
                                               dir + "/apps-x.yaml", dir + "/ns.yaml"}));
    std::string listError;
    EXPECT_TRUE(listManifestFiles(dir + "/nope", &listError).empty());
    EXPECT_FALSE(listError.empty());

    const ManifestSet missing = readManifestPath(dir + "/nope.yaml");
    EXPECT_TRUE(missing.unreadable);
    ASSERT_EQ(missing.diagnostics.size(), 1u);
    EXPECT_EQ(missing.diagnostics[0].code, "unreadable");

    const std::string empty = makeTempDir();
    const ManifestSet none = readManifestPath(empty);
    EXPECT_FALSE(none.unreadable);
    ASSERT_EQ(none.diagnostics.size(), 1u);
    EXPECT_EQ(none.diagnostics[0].severity, Severity::Warning);
}

TEST(ManifestKinds, HelmStyleOutput)
{
    // helm template: "# Source:" comments, documents that are only comments, "---" with a
    // trailing comment, and a final separator.
    const ManifestSet set = readManifests("---\n# Source: shop/templates/ns.yaml\n"
                                          "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n"
                                          "--- # Source: shop/templates/empty.yaml\n"
                                          "# nothing rendered here\n"
                                          "---\n# Source: shop/templates/web.yaml\n"
                                          "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                                          "  namespace: shop\nspec:\n  template:\n    metadata:\n"
                                          "      labels:\n        app: web\n"
                                          "---\n",
                                          "helm.yaml");
    EXPECT_TRUE(set.diagnostics.empty()) << set.diagnostics.front().format();
    EXPECT_EQ(set.namespaces.size(), 1u);
    ASSERT_EQ(set.workloads.size(), 1u);
    EXPECT_EQ(set.workloads[0].location.line, 11);
    EXPECT_EQ(set.documents, 2);
}
