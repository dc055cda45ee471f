// Typed lists (NetworkPolicyList, PodList, ...) as the API server and client-go write them:
// their items carry no kind or apiVersion and take the list's, as Kubernetes' decoders do.

#include "model/manifests/manifestreader.h"

#include <gtest/gtest.h>

using namespace Netpol;

namespace {

std::string dump(const Diagnostics &all)
{
    std::string out;
    for (const Diagnostic &d : all)
        out += d.format() + '\n';
    return out;
}

// A list of `kind` holding one item without kind or apiVersion.
std::string typedList(const std::string &apiVersion, const std::string &kind,
                      const std::string &item)
{
    return "apiVersion: " + apiVersion + "\nkind: " + kind
           + "List\nmetadata: {resourceVersion: \"1\"}\n" + "items:\n" + item;
}

const char kTemplate[] = "  spec:\n    template:\n      metadata: {labels: {app: w}}\n"
                         "      spec: {containers: [{ports: [{containerPort: 80}]}]}\n";

} // namespace

TEST(ManifestLists, EveryWorkloadKindAsATypedList)
{
    for (WorkloadKind kind :
         {WorkloadKind::Deployment, WorkloadKind::StatefulSet, WorkloadKind::DaemonSet,
          WorkloadKind::ReplicaSet, WorkloadKind::Job}) {
        const std::string name(workloadKindName(kind));
        SCOPED_TRACE(name);
        const char *apiVersion = kind == WorkloadKind::Job ? "batch/v1" : "apps/v1";
        const std::string item = "- metadata: {name: w, namespace: shop}\n" + std::string(kTemplate);
        const ManifestSet set = readManifests(typedList(apiVersion, name, item), "list.yaml");
        EXPECT_TRUE(set.diagnostics.empty()) << dump(set.diagnostics);
        ASSERT_EQ(set.workloads.size(), 1u);
        EXPECT_EQ(set.workloads[0].kind, kind);
        EXPECT_EQ(set.workloads[0].name, "w");
        EXPECT_EQ(set.workloads[0].labels, (Labels{{"app", "w"}}));
        EXPECT_EQ(set.workloads[0].ports.size(), 1u);
        EXPECT_EQ(set.workloads[0].location.line, 5) << "the item's first line";
        EXPECT_EQ(set.documents, 1);
    }
    const ManifestSet cron = readManifests(
        typedList(
            "batch/v1", "CronJob",
            "- metadata: {name: nightly, namespace: shop}\n"
            "  spec: {jobTemplate: {spec: {template: {metadata: {labels: {app: nightly}}}}}}\n"),
        "cron.yaml");
    EXPECT_TRUE(cron.diagnostics.empty()) << dump(cron.diagnostics);
    ASSERT_EQ(cron.workloads.size(), 1u);
    EXPECT_EQ(cron.workloads[0].kind, WorkloadKind::CronJob);
    EXPECT_EQ(cron.workloads[0].labels, (Labels{{"app", "nightly"}}));
}

TEST(ManifestLists, PodNamespaceAndNetworkPolicyLists)
{
    const ManifestSet set = readManifests(
        typedList("v1", "Pod",
                  "- metadata: {name: web-1, namespace: shop, labels: {app: web}}\n"
                  "  status: {podIP: 10.0.0.7}\n"
                  "- metadata: {name: web-2, namespace: shop, labels: {app: web}}\n")
            + "---\n"
            + typedList("v1", "Namespace", "- metadata: {name: shop, labels: {team: a}}\n")
            + "---\n"
            + typedList("networking.k8s.io/v1", "NetworkPolicy",
                        "- metadata: {name: deny-all, namespace: shop}\n"
                        "  spec: {podSelector: {}, policyTypes: [Ingress, Egress]}\n"),
        "cluster.yaml");
    EXPECT_TRUE(set.diagnostics.empty()) << dump(set.diagnostics);
    ASSERT_EQ(set.workloads.size(), 2u);
    EXPECT_EQ(set.workloads[0].kind, WorkloadKind::Pod);
    EXPECT_EQ(set.workloads[0].ips.at(0).toString(), "10.0.0.7");
    ASSERT_EQ(set.namespaces.size(), 1u);
    EXPECT_EQ(set.namespaces[0].labels, (Labels{{"team", "a"}}));
    ASSERT_EQ(set.policies.size(), 1u);
    EXPECT_EQ(set.policies[0].metadata.name, "deny-all");
    EXPECT_EQ(set.policies[0].spec.policyTypes, (std::vector<std::string>{"Ingress", "Egress"}));
    EXPECT_EQ(set.policyErrors, (std::vector<int>{0})) << "the list's apiVersion is the item's";
    EXPECT_EQ(set.documents, 4);
    EXPECT_EQ(set.documentsLeftOut(), 0);
}

TEST(ManifestLists, ItemsThatNameTheirKindKeepIt)
{
    const ManifestSet set
        = readManifests(typedList("v1", "Pod",
                                  "- metadata: {name: a, namespace: x}\n"
                                  "- {apiVersion: v1, kind: Namespace, metadata: {name: x}}\n"
                                  "- {apiVersion: v1, kind: ConfigMap, metadata: {name: c}}\n"),
                        "mixed.yaml");
    EXPECT_TRUE(set.diagnostics.empty()) << dump(set.diagnostics);
    ASSERT_EQ(set.workloads.size(), 1u);
    ASSERT_EQ(set.namespaces.size(), 1u);
    EXPECT_EQ(set.skippedKinds, (std::map<std::string, int>{{"ConfigMap", 1}}));
}

TEST(ManifestLists, ListsOfOtherKindsAreSkippedAsThatKind)
{
    const ManifestSet set
        = readManifests(typedList("v1", "Service",
                                  "- metadata: {name: a}\n- metadata: {name: b}\n"),
                        "svc.yaml");
    EXPECT_TRUE(set.diagnostics.empty()) << dump(set.diagnostics);
    EXPECT_EQ(set.skippedKinds, (std::map<std::string, int>{{"Service", 2}}));
}

TEST(ManifestLists, PlainListItemsMustNameTheirKind)
{
    const ManifestSet set
        = readManifests("apiVersion: v1\nkind: List\nitems:\n"
                        "- apiVersion: v1\n  metadata: {name: a, namespace: x}\n"
                        "- {apiVersion: v1, kind: Pod, metadata: {name: b, namespace: x}}\n",
                        "list.yaml");
    ASSERT_EQ(set.diagnostics.size(), 1u) << dump(set.diagnostics);
    EXPECT_EQ(
        set.diagnostics[0].format(),
        "list.yaml:4:3: error: missing-field: the document has no `kind`: every Kubernetes object "
        "names its kind (NetworkPolicy, Namespace, Pod, Deployment, ...)");
    ASSERT_EQ(set.workloads.size(), 1u);
    EXPECT_EQ(set.workloads[0].name, "b");
    EXPECT_EQ(set.documentsLeftOut(), 1);
}

TEST(ManifestLists, ApiVersionOfPolicyItems)
{
    // Without an apiVersion of its own or on its list, a policy says so on its first line.
    const ManifestSet bare = readManifests("kind: NetworkPolicyList\nitems:\n"
                                           "- metadata: {name: p, namespace: x}\n",
                                           "bare.yaml");
    ASSERT_EQ(bare.diagnostics.size(), 1u) << dump(bare.diagnostics);
    EXPECT_EQ(bare.diagnostics[0].code, "wrong-api-version");
    EXPECT_EQ(bare.diagnostics[0].location.line, 3);
    EXPECT_EQ(bare.diagnostics[0].location.column, 3);
    EXPECT_EQ(bare.diagnostics[0].message,
              "the NetworkPolicy has no `apiVersion`: NetworkPolicies are networking.k8s.io/v1");
    EXPECT_EQ(bare.documentsLeftOut(), 1) << "a policy with errors is left out";

    // An item's own apiVersion wins over the list's.
    const ManifestSet own
        = readManifests("apiVersion: v1\nkind: NetworkPolicyList\nitems:\n"
                        "- {apiVersion: networking.k8s.io/v1, metadata: {name: p}}\n"
                        "- {metadata: {name: q}}\n",
                        "own.yaml");
    ASSERT_EQ(own.diagnostics.size(), 1u) << dump(own.diagnostics);
    EXPECT_EQ(own.diagnostics[0].location.line, 5);
    EXPECT_NE(own.diagnostics[0].message.find("not \"v1\" (the apiVersion of its list)"),
              std::string::npos)
        << own.diagnostics[0].message;
    EXPECT_EQ(own.policyErrors, (std::vector<int>{0, 1}));
}

TEST(ManifestLists, DocumentsLeftOutAreCounted)
{
    ManifestSet set = readManifests("apiVersion: v1\nkind: Pod\nmetadata: {namespace: x}\n"
                                    "---\n"
                                    "- not an object\n"
                                    "---\n"
                                    "kind: Pod\nmetadata: {name: [broken\n"
                                    "---\n"
                                    "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\n",
                                    "left.yaml");
    EXPECT_EQ(set.workloads.size(), 1u);
    EXPECT_EQ(set.unusable, 3) << dump(set.diagnostics);
    ASSERT_EQ(set.diagnostics.size(), 3u) << dump(set.diagnostics);
    // In the order of the file: documents are read one at a time.
    EXPECT_EQ(set.diagnostics[0].format(), "left.yaml:1:1: error: missing-field: the Pod has no "
                                           "`metadata.name`: every Kubernetes object has "
                                           "a name (metadata.name: Required value)");
    EXPECT_EQ(set.diagnostics[1].location.line, 5);
    EXPECT_EQ(set.diagnostics[1].code, "not-an-object");
    EXPECT_EQ(set.diagnostics[2].code, "yaml-syntax");
    set.append(readManifests("apiVersion: v1\nkind: Namespace\nmetadata: {}\n", "ns.yaml"));
    EXPECT_EQ(set.documentsLeftOut(), 4);
}
