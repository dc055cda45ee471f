// Hostile YAML with the bounds each test states itself (runLimited: CPU seconds and address
// space in the child): alias bombs and deep nesting are refused at once with a located error,
// and a manifest of a whole cluster is read in memory in proportion to its size.

#include "clitest.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace Netpol::Test;

namespace {

constexpr long long kMiB = 1024 * 1024;
// What netpol maps before it reads anything (Qt, ICU), with room to spare.
constexpr long long kBaseAddressSpace = 96 * kMiB;
// The bound for inputs of a few kilobytes.
constexpr long long kSmall = kBaseAddressSpace + 64 * kMiB;

std::string repeated(const std::string &text, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i)
        out += text;
    return out;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

// 4.5 KB: a List of 100 aliases of a NetworkPolicy of 100 aliased rules, each of 100 aliased
// ipBlock peers of 100 aliased except entries: 10^8 strings. The old reader expanded it (60 s
// and 2.6 GB, still reading, when it was stopped; 20 GB for the variant).
std::string aliasBombPolicy()
{
    auto aliases = [](const char *indent, const char *name, int count) {
        std::string out;
        for (int i = 0; i < count; ++i)
            out += std::string(indent) + "- *" + name + "\n";
        return out;
    };
    std::string except = "[&e 10.0.0.0/32";
    for (int i = 1; i < 100; ++i)
        except += ", *e";
    except += "]";
    return "apiVersion: v1\nkind: List\nitems:\n- &pol\n  apiVersion: networking.k8s.io/v1\n"
           "  kind: NetworkPolicy\n  metadata: {name: bomb, namespace: shop}\n  spec:\n"
           "    podSelector: {}\n    policyTypes: [Ingress]\n    ingress:\n    - &r\n"
           "      from:\n      - &p\n        ipBlock:\n          cidr: 10.0.0.0/8\n"
           "          except: "
           + except + "\n" + aliases("      ", "p", 99)
           + "      ports:\n      - &o {port: 80, protocol: TCP}\n" + aliases("      ", "o", 99)
           + aliases("    ", "r", 99) + aliases("", "pol", 99);
}

// A design of 17 KB whose 1,000 aliased flows of 1,000 ports each made `netpol generate`
// write 88 MB.
std::string aliasBombDesign()
{
    std::string text = "apiVersion: netpol-designer/v1\nkind: Design\nmetadata: {name: bomb}\n"
                       "namespaces:\n  - {name: a}\n  - {name: b}\nworkloads:\n"
                       "  - {name: w, namespace: a, labels: {app: w}}\n"
                       "  - {name: w, namespace: b, labels: {app: w}}\n"
                       "flows:\n  - &f {from: a/w, to: b/w, ports: [";
    for (int i = 0; i < 1000; ++i)
        text += std::string(i ? ", " : "") + std::to_string(1000 + i) + "/TCP";
    text += "]}\n";
    for (int i = 0; i < 1000; ++i)
        text += "  - *f\n";
    return text;
}

// A cluster as `kubectl get -A -o yaml` writes it (one List, kind after the items) or as
// documents: `pods` Pods with two ports and a probe, then ConfigMaps up to `bytes`.
std::string writeCluster(const std::string &path, bool asList, int pods, std::size_t bytes)
{
    std::ofstream out(path);
    const std::string p = asList ? "  " : "";
    auto start = [&] { out << (asList ? "- " : "---\n") << (asList ? "" : p); };
    if (asList)
        out << "apiVersion: v1\nitems:\n";
    for (int i = 0; i < 10; ++i) {
        start();
        out << "apiVersion: networking.k8s.io/v1\n" << p << "kind: NetworkPolicy\n" << p
            << "metadata: {name: allow-" << i << ", namespace: ns" << i << "}\n" << p
            << "spec:\n" << p << "  podSelector: {matchLabels: {app: app" << i << "}}\n" << p
            << "  ingress: [{from: [{podSelector: {matchLabels: {app: app" << i + 1
            << "}}}], ports: [{port: 8080}]}]\n";
    }
    for (int i = 0; i < pods || std::size_t(out.tellp()) < bytes; ++i) {
        start();
        if (i < pods) {
            out << "apiVersion: v1\n" << p << "kind: Pod\n" << p << "metadata:\n" << p
                << "  labels: {app: app" << i % 10 << ", pod-template-hash: 5d8f7c9b}\n" << p
                << "  name: app-" << i << "\n" << p << "  namespace: ns" << i % 10 << "\n" << p
                << "spec:\n" << p << "  containers:\n" << p << "  - name: main\n" << p
                << "    image: registry.example.com/app:1.2.3\n" << p << "    ports:\n" << p
                << "    - {containerPort: 8080, name: http, protocol: TCP}\n" << p
                << "    - {containerPort: 9090, name: metrics, protocol: TCP}\n" << p
                << "    readinessProbe: {httpGet: {path: /healthz, port: http}}\n" << p
                << "status:\n" << p << "  podIP: 10.1." << (i >> 8) % 256 << '.' << i % 256
                << "\n";
        } else {
            out << "apiVersion: v1\n" << p << "kind: ConfigMap\n" << p << "metadata: {name: cm-"
                << i << ", namespace: ns" << i % 10 << "}\n" << p << "data:\n";
            for (int k = 0; k < 10; ++k)
                out << p << "  key" << k << ": value-" << i << '-' << k
                    << "-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n";
        }
    }
    if (asList)
        out << "kind: List\nmetadata: {resourceVersion: \"\"}\n";
    return path;
}

} // namespace

TEST(CliHostileYaml, ANestedAliasBombIsRefusedQuicklyWithSmallMemory)
{
    const std::string dir = makeTempDir();
    const std::string path = writeTemp(dir, "bomb.yaml", aliasBombPolicy());
    ASSERT_GT(std::filesystem::file_size(path), 4500u);
    const std::string expected =
        path + ":218:7: error: yaml-excessive-aliasing: excessive aliasing: alias *r expands the "
               "document beyond 13,430 nodes (10,000 plus 10 for each of the 343 written so far)";
    const ProcessResult v = runLimited(NETPOL_BIN, {"validate", path}, 5, kSmall);
    EXPECT_NE(v.exitCode, 128 + 24) << "ran out of CPU time (SIGXCPU)";
    EXPECT_EQ(v.exitCode, 1) << v.err;
    EXPECT_TRUE(contains(v.out, expected)) << v.out << v.err;
    const ProcessResult a = runLimited(NETPOL_BIN, {"analyze", path}, 5, kSmall);
    EXPECT_EQ(a.exitCode, 1) << a.err;
    EXPECT_TRUE(contains(a.err, expected)) << a.err;
}

TEST(CliHostileYaml, ADesignOfAliasedFlowsIsRefusedNotGenerated)
{
    // 17 KB that made `netpol generate` write 88 MB (2,006 policies) in a minute.
    const std::string dir = makeTempDir();
    const std::string path = writeTemp(dir, "bomb.netpol.yaml", aliasBombDesign());
    const std::string output = dir + "/out.yaml";
    const ProcessResult r =
        runLimited(NETPOL_BIN, {"generate", path, "-o", output}, 5, kSmall);
    EXPECT_NE(r.exitCode, 128 + 24) << "ran out of CPU time (SIGXCPU)";
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_TRUE(contains(r.err, path + ":31:5: error: yaml-excessive-aliasing: excessive aliasing: "
                                       "alias *f expands the document beyond"))
        << r.err;
    EXPECT_FALSE(std::filesystem::exists(output));
}

TEST(CliHostileYaml, DeepNestingIsALocatedErrorWhereTheLimitIsPassed)
{
    // It was "YAML syntax error: bad file" at the end of the file.
    const std::string dir = makeTempDir();
    const std::string policy = writeTemp(
        dir, "deep.yaml",
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deep\n"
        "  annotations:\n    a: " + std::string(100000, '[') + std::string(100000, ']') + "\n");
    const ProcessResult v = runLimited(NETPOL_BIN, {"validate", policy}, 5, kSmall);
    EXPECT_EQ(v.exitCode, 1) << v.err;
    EXPECT_TRUE(contains(v.out, policy + ":6:105: error: yaml-too-deep: maps and lists are nested "
                                         "more than 100 levels deep here"))
        << v.out.substr(0, 2000);
    const std::string design = writeTemp(dir, "deep.netpol.yaml",
                                         "apiVersion: netpol-designer/v1\nkind: Design\nflows:\n"
                                             + repeated("- ", 100000) + "x\n");
    const ProcessResult g = runLimited(NETPOL_BIN, {"generate", design}, 5, kSmall);
    EXPECT_EQ(g.exitCode, 1) << g.err;
    EXPECT_TRUE(contains(g.err, design + ":4:199: error: yaml-too-deep: "))
        << g.err.substr(0, 2000);
}

TEST(CliHostileYaml, AClusterListIsReadInMemoryInProportionToItsSize)
{
    // 10 MB of 25,000 Pods in one List: each item is read and freed before the next. The
    // whole tree took 480 MB for 10 MB; the bound is ten times the file.
    const std::string dir = makeTempDir();
    for (const bool asList : {true, false}) {
        SCOPED_TRACE(asList ? "one List" : "documents");
        const std::string path =
            writeCluster(dir + (asList ? "/list.yaml" : "/docs.yaml"), asList, 25000, 0);
        const long long size = static_cast<long long>(std::filesystem::file_size(path));
        ASSERT_GT(size, 8 * kMiB);
        const ProcessResult r =
            runLimited(NETPOL_BIN, {"validate", path}, 60, kBaseAddressSpace + 10 * size);
        EXPECT_NE(r.exitCode, 128 + 24) << "ran out of CPU time (SIGXCPU)";
        EXPECT_EQ(r.exitCode, 0) << r.err.substr(0, 2000);
        EXPECT_TRUE(contains(r.out, "1 file checked (0 designs, 10 NetworkPolicies): 0 errors"))
            << r.out.substr(r.out.size() > 2000 ? r.out.size() - 2000 : 0);
    }
}

TEST(CliHostileYaml, AnalyzeReadsAClusterListInMemoryInProportionToItsSize)
{
    // 12 MB of 100 Pods and ConfigMaps (what `netpol analyze` skips), as one List.
    const std::string dir = makeTempDir();
    const std::string path = writeCluster(dir + "/cluster.yaml", true, 100, 12 * kMiB);
    const long long size = static_cast<long long>(std::filesystem::file_size(path));
    const ProcessResult r =
        runLimited(NETPOL_BIN, {"analyze", path}, 60, kBaseAddressSpace + 10 * size);
    EXPECT_NE(r.exitCode, 128 + 24) << "ran out of CPU time (SIGXCPU)";
    EXPECT_EQ(r.exitCode, 0) << r.err.substr(0, 2000);
    EXPECT_TRUE(contains(r.err, "netpol analyze: skipped ")) << r.err.substr(0, 2000);
    EXPECT_TRUE(contains(r.out, "ns1/app-1[Pod] => 0.0.0.0/0 : All Connections"))
        << r.out.substr(0, 2000);
}
