// Design files: reading, writing, round trips and the canonical form.

#include "designbuilder.h"
#include "support/testsupport.h"

#include "model/design/designreader.h"
#include "model/design/designwriter.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

Design readOk(const std::string &text, const std::string &file = "test.netpol.yaml")
{
    const DesignReadResult r = readDesign(text, file);
    for (const Diagnostic &d : r.diagnostics)
        ADD_FAILURE() << d.format();
    EXPECT_TRUE(r.design.has_value());
    return r.design.value_or(Design{});
}

} // namespace

TEST(DesignIo, BundledExamplesRoundTrip)
{
    const auto files = listFiles(NETPOL_EXAMPLES_DIR, ".netpol.yaml");
    ASSERT_GE(files.size(), 2u);
    for (const std::string &file : files) {
        SCOPED_TRACE(file);
        const Design design = readOk(readFile(file), file);
        const std::string written = writeDesign(design);
        EXPECT_EQ(readOk(written), design);
        EXPECT_EQ(writeDesign(readOk(written)), written) << "the canonical form is a fixed point";
    }
}

TEST(DesignIo, TheFormatPageExampleReads)
{
    const Design d = readOk(readFile(dataPath("designs/design-format-example.netpol.yaml")));
    EXPECT_EQ(d.metadata.name, "production-zero-trust");
    EXPECT_EQ(d.metadata.description, "Frontend, API and database behind ingress-nginx");
    ASSERT_EQ(d.namespaces.size(), 2u);
    EXPECT_TRUE(d.namespaces[0].managed);
    EXPECT_EQ(d.namespaces[0].defaultDeny, DirectionSet::both());
    EXPECT_EQ(d.namespaces[0].geometry, (Rect{0, 0, 900, 520}));
    EXPECT_FALSE(d.namespaces[1].managed);
    ASSERT_EQ(d.workloads.size(), 3u);
    EXPECT_EQ(d.workloads[2].kind, WorkloadKind::StatefulSet);
    EXPECT_EQ(d.workloads[2].ports, (std::vector<ContainerPort>{{"postgres", 5432, Protocol::TCP}}));
    ASSERT_EQ(d.externals.size(), 1u);
    EXPECT_EQ(d.externals[0].except, std::vector<std::string>{"203.0.113.128/25"});
    ASSERT_EQ(d.flows.size(), 4u);
    EXPECT_EQ(d.flows[0].from, Endpoint::namespaceAll("ingress-nginx"));
    EXPECT_EQ(d.flows[3].to, Endpoint::external("partner-api"));
    EXPECT_EQ(d.flows[3].ports, std::vector<FlowPort>{FlowPort::number(443)});
    EXPECT_EQ(d.options, Options{});
}

TEST(DesignIo, EverythingSurvivesWriteThenRead)
{
    Design d = DesignBuilder()
                   .name("all: the \"forms\" # here")
                   .ns("a", true, {true, false}, {{"tier", "y"}, {"version", "1.10"}, {"zip", "0123"}})
                   .ns("b", false, {false, true})
                   .ns("c", true, {false, false}, {{"on", "off"}})
                   .workload("a", "w1", {{"app", "w1"}, {"num", "42"}}, {port(80, "http"), port(53, "dns", Protocol::UDP)},
                             WorkloadKind::CronJob)
                   .workload("a", "w2", {}, {port(9000)})
                   .workload("b", "w3", {{"app.kubernetes.io/name", "w3"}}, {}, WorkloadKind::Pod)
                   .external("ext", "2001:db8::/32", {"2001:db8:1::/48", "2001:db8:2::/48"})
                   .external("ext4", "0.0.0.0/0")
                   .flow("a/w1", "a/w2", {"9000/TCP", "30000-32767/TCP", "http/TCP", "*/UDP", "5/SCTP"})
                   .flow("b/*", "*/*")
                   .flow("external/ext", "a/w1", {"80/TCP"})
                   .flow("a/w2", "external/ext4", {"443/TCP"})
                   .dns(false, "dns-ns", {})
                   .granularity(Granularity::PerWorkload)
                   .nodeCidr("10.0.0.0/16")
                   .build();
    d.metadata.description = "multi\nline";
    d.namespaces[0].geometry = {-12.5, 3.25, 100.75, 1e6};
    d.workloads[0].position = {0.1, -7};
    d.externals[0].position = {123456.5, 0};
    const std::string text = writeDesign(d);
    EXPECT_EQ(readOk(text), d) << text;
}

TEST(DesignIo, WriterQuotesWhatYaml11WouldMisread)
{
    const Design d = DesignBuilder()
                         .ns("a", true, DirectionSet::both(), {{"flag", "y"}, {"v", "1.10"}, {"zip", "0123"}})
                         .build();
    const std::string text = writeDesign(d);
    EXPECT_NE(text.find("flag: \"y\""), std::string::npos) << text;
    EXPECT_NE(text.find("v: \"1.10\""), std::string::npos) << text;
    EXPECT_NE(text.find("zip: \"0123\""), std::string::npos) << text;
}

TEST(DesignIo, CarriageReturnsSurviveWritingAndReading)
{
    // yaml-cpp would write them plainly, and a reader takes each for a line break.
    Design d = DesignBuilder().ns("a", true, DirectionSet::both()).build();
    for (const char *description : {"A\rf\r", "\r", "one\r\ntwo"}) {
        d.metadata.description = description;
        const std::string text = writeDesign(d);
        EXPECT_EQ(readOk(text), d) << text;
    }
}

TEST(DesignIo, WriterUsesTheCanonicalShape)
{
    const std::string text = writeDesign(productionDesign());
    EXPECT_EQ(text.rfind("apiVersion: netpol-designer/v1\nkind: Design\nmetadata:\n", 0), 0u) << text;
    EXPECT_NE(text.find("  - {from: ingress-nginx/*, to: production/frontend, ports: [8080/TCP]}\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("    defaultDeny: [Ingress, Egress]\n"), std::string::npos) << text;
    EXPECT_NE(text.find("    labels: {app: frontend}\n"), std::string::npos) << text;
    EXPECT_NE(text.find("      - {name: http, port: 8080, protocol: TCP}\n"), std::string::npos) << text;
    EXPECT_EQ(text.find("kubernetes.io/metadata.name"), std::string::npos);
    expectGolden("production.netpol.yaml", text);
}

TEST(DesignIo, LongFormsAreReadAndWrittenCanonically)
{
    const Design d = readOk(readFile(dataPath("designs/long-forms.netpol.yaml")));
    EXPECT_FALSE(d.options.dns.enabled);
    EXPECT_EQ(d.options.granularity, Granularity::PerWorkload);
    EXPECT_EQ(d.namespaces[0].defaultDeny, (DirectionSet{true, false}));
    EXPECT_TRUE(d.namespaces[0].managed) << "managed defaults to true";
    EXPECT_FALSE(d.namespaces[1].managed);
    EXPECT_EQ(d.workloads[0].ports,
              (std::vector<ContainerPort>{{"", 8080, Protocol::TCP}, {"", 53, Protocol::UDP},
                                          {"metrics", 9090, Protocol::TCP}}));
    EXPECT_EQ(d.workloads[1].kind, WorkloadKind::DaemonSet);
    EXPECT_EQ(d.workloads[0].kind, WorkloadKind::Deployment) << "kind defaults to Deployment";
    EXPECT_EQ(d.externals[0].except, std::vector<std::string>{"198.51.100.7/32"});
    ASSERT_EQ(d.flows.size(), 3u);
    EXPECT_EQ(d.flows[0].from, Endpoint::workload("ops", "agent"));
    EXPECT_EQ(d.flows[0].ports,
              (std::vector<FlowPort>{FlowPort::number(8080), FlowPort::named("metrics"),
                                     FlowPort::range(30000, 30010, Protocol::UDP),
                                     FlowPort::allPorts(Protocol::SCTP), FlowPort::named("https")}));
    EXPECT_EQ(d.flows[1].from, Endpoint::namespaceAll("ops"));
    EXPECT_EQ(d.flows[1].to, Endpoint::allNamespaces());
    EXPECT_TRUE(d.flows[1].ports.empty());
    EXPECT_EQ(d.flows[2].from, Endpoint::external("vendor"));
    EXPECT_EQ(d.flows[2].ports, std::vector<FlowPort>{FlowPort::number(8080)});

    const std::string text = writeDesign(d);
    EXPECT_NE(text.find("ports: [8080/TCP, metrics/TCP, 30000-30010/UDP, \"*/SCTP\", https/TCP]"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("{from: ops/*, to: \"*/*\"}"), std::string::npos) << text;
    EXPECT_NE(text.find("defaultDeny: [Ingress]"), std::string::npos) << text;
    EXPECT_EQ(readOk(text), d);
}

TEST(DesignIo, ImpliedNamespaceLabelIsDropped)
{
    const Design d = readOk("apiVersion: netpol-designer/v1\nkind: Design\nnamespaces:\n"
                            "  - {name: a, labels: {kubernetes.io/metadata.name: a, team: x}}\n");
    EXPECT_EQ(d.namespaces[0].labels, (Labels{{"team", "x"}}));
    EXPECT_EQ(d.namespaces[0].effectiveLabels(), (Labels{{"kubernetes.io/metadata.name", "a"}, {"team", "x"}}));
}

TEST(DesignIo, MinimalDesignTakesDefaults)
{
    const Design d = readOk("apiVersion: netpol-designer/v1\nkind: Design\n");
    EXPECT_TRUE(d.namespaces.empty());
    EXPECT_EQ(d.options, Options{});
    EXPECT_EQ(readOk(writeDesign(d)), d);
}
