// The design lint: every check has a design that triggers it and one that does not, and the
// findings name their element and field so a SourceMap places them in the file.

#include "designbuilder.h"
#include "support/testsupport.h"

#include "model/design/designreader.h"
#include "model/lint/designlint.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

// A complete zero-trust design that lints clean except for the network plugin note.
DesignBuilder clean()
{
    return DesignBuilder()
        .ns("prod")
        .ns("kube-system", false)
        .workload("prod", "web", {{"app", "web"}}, {port(8080, "http")})
        .workload("prod", "api", {{"app", "api"}}, {port(8080, "http"), port(9090, "grpc")})
        .workload("kube-system", "coredns", {{"k8s-app", "kube-dns"}},
                  {port(53, "dns", Protocol::UDP), port(53, "dns-tcp")})
        .flow("prod/web", "prod/api", {"http/TCP", "9090/TCP"})
        .nodeCidr("10.0.0.0/16");
}

Diagnostics withCode(const Diagnostics &all, const std::string &code)
{
    Diagnostics out;
    for (const Diagnostic &d : all) {
        if (d.code == code)
            out.push_back(d);
    }
    return out;
}

std::string dump(const Diagnostics &all)
{
    std::string out;
    for (const Diagnostic &d : all)
        out += d.format() + '\n';
    return out;
}

// The findings of `code` in the lint of `design`, with a trace of everything on failure.
Diagnostics lint(const Design &design, const std::string &code)
{
    const Diagnostics all = lintDesign(design);
    for (const Diagnostic &d : all) {
        // Lint findings are warnings and notes, but for a named port the destination workload
        // lacks: such a flow allows nothing, an error though the API server accepts it.
        if (d.code != "unknown-named-port") {
            EXPECT_NE(d.severity, Severity::Error) << d.format();
        }
        EXPECT_FALSE(d.message.empty());
        EXPECT_FALSE(d.hint.empty()) << d.code;
        EXPECT_EQ(d.message.find('\n'), std::string::npos) << d.message;
    }
    return withCode(all, code);
}

} // namespace

TEST(DesignLint, CleanDesignHasOnlyTheNetworkPluginNote)
{
    const Diagnostics all = lintDesign(clean());
    ASSERT_EQ(all.size(), 1u) << dump(all);
    EXPECT_EQ(all[0].code, "network-plugin");
    EXPECT_EQ(all[0].severity, Severity::Info);
    EXPECT_EQ(all[0].location.element.kind, ElementRef::Kind::Design);
}

TEST(DesignLint, NetworkPluginNoteOnlyWhenPoliciesAreGenerated)
{
    EXPECT_TRUE(lint(DesignBuilder().ns("a", false).workload("a", "x", {{"app", "x"}}), "network-plugin").empty());
    EXPECT_EQ(lint(clean().ns("other").workload("other", "w", {{"app", "w"}}), "network-plugin").size(), 1u)
        << "once, however many namespaces";
}

TEST(DesignLint, NoDefaultDeny)
{
    EXPECT_TRUE(lint(clean(), "no-default-deny").empty());
    const Diagnostics found = lint(clean().ns("open", true, DirectionSet{true, false}).workload("open", "w", {{"app", "w"}}),
                                   "no-default-deny");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].location.element, ElementRef::namespaceRef("open", 2));
    EXPECT_EQ(found[0].location.field, "defaultDeny");
    EXPECT_NE(found[0].message.find("does not deny egress"), std::string::npos) << found[0].message;
    // Unmanaged namespaces are someone else's business.
    EXPECT_TRUE(lint(clean().ns("ext", false, DirectionSet{}).workload("ext", "w", {{"app", "w"}}), "no-default-deny").empty());
}

TEST(DesignLint, EmptyManagedNamespace)
{
    EXPECT_TRUE(lint(clean(), "empty-namespace").empty());
    const Diagnostics found = lint(clean().ns("staging"), "empty-namespace");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Info);
    EXPECT_EQ(found[0].location.element.ns, "staging");
}

TEST(DesignLint, EgressDeniedWithoutDns)
{
    EXPECT_TRUE(lint(clean(), "egress-without-dns").empty()) << "DNS is on";
    const Diagnostics found = lint(clean().dns(false), "egress-without-dns");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].location.element, ElementRef::namespaceRef("prod", 0));
    EXPECT_NE(found[0].message.find("web, api cannot resolve names"), std::string::npos) << found[0].message;
    // A drawn DNS flow for the whole namespace, or for every workload, is just as good.
    EXPECT_TRUE(lint(clean().dns(false).flow("prod/*", "kube-system/coredns", {"53/UDP", "53/TCP"}),
                     "egress-without-dns").empty());
    EXPECT_TRUE(lint(clean().dns(false).flow("prod/web", "kube-system/*", {"dns/UDP"}).flow("prod/api", "*/*", {}),
                     "egress-without-dns").size() == 1u)
        << "a named port resolves only on a workload destination";
    EXPECT_TRUE(lint(clean().dns(false).flow("prod/web", "kube-system/coredns", {"dns/UDP"}).flow("prod/api", "*/*", {}),
                     "egress-without-dns").empty());
    // A namespace that does not deny egress needs no DNS flow.
    EXPECT_TRUE(lint(clean().dns(false).ns("open", true, DirectionSet{true, false}).workload("open", "w", {{"app", "w"}}),
                     "egress-without-dns").size() == 1u);
}

TEST(DesignLint, DnsServerDeniesIngress)
{
    Design managedDns = clean();
    managedDns.namespaces[1].managed = true; // kube-system now denies ingress too
    const Diagnostics found = lint(managedDns, "dns-ingress-denied");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.element, ElementRef::namespaceRef("kube-system", 1));
    EXPECT_NE(found[0].message.find("queries from prod, kube-system"), std::string::npos) << found[0].message;
    managedDns.flows.push_back(Flow{Endpoint::allNamespaces(), Endpoint::workload("kube-system", "coredns"),
                                    {FlowPort::number(53, Protocol::UDP), FlowPort::number(53)}});
    EXPECT_TRUE(lint(managedDns, "dns-ingress-denied").empty());
    EXPECT_TRUE(lint(clean(), "dns-ingress-denied").empty()) << "kube-system unmanaged";
}

TEST(DesignLint, KubeletProbesAndTheNodeCidrOption)
{
    EXPECT_TRUE(lint(clean(), "kubelet-probes").empty()) << "nodeCIDR is set";
    Design noNodes = clean();
    noNodes.options.nodeCidr.clear();
    const Diagnostics found = lint(noNodes, "kubelet-probes");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Info);
    EXPECT_EQ(found[0].location.element.kind, ElementRef::Kind::Options);
    EXPECT_EQ(found[0].location.field, "nodeCIDR");
    EXPECT_NE(found[0].hint.find("nodeCIDR"), std::string::npos);
    noNodes.namespaces[0].defaultDeny.ingress = false;
    EXPECT_TRUE(lint(noNodes, "kubelet-probes").empty()) << "no namespace denies ingress";
}

TEST(DesignLint, WorkloadWithoutLabels)
{
    EXPECT_TRUE(lint(clean(), "workload-without-labels").empty());
    const Diagnostics found = lint(clean().workload("prod", "bare", {}), "workload-without-labels");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.element, ElementRef::workload("prod", "bare", 3));
    EXPECT_EQ(found[0].location.field, "labels");
}

TEST(DesignLint, AmbiguousSelectors)
{
    EXPECT_TRUE(lint(clean(), "ambiguous-selector").empty());
    const Diagnostics wider = lint(clean().workload("prod", "web-canary", {{"app", "web"}, {"track", "canary"}}),
                                   "ambiguous-selector");
    ASSERT_EQ(wider.size(), 1u) << dump(wider);
    EXPECT_EQ(wider[0].location.element, ElementRef::workload("prod", "web", 0));
    EXPECT_NE(wider[0].message.find("also select web-canary"), std::string::npos) << wider[0].message;
    const Diagnostics same = lint(clean().workload("prod", "web2", {{"app", "web"}}), "ambiguous-selector");
    ASSERT_EQ(same.size(), 1u) << "reported once for the pair";
    EXPECT_EQ(same[0].location.element.name, "web2");
    // The same labels in another namespace are told apart by the namespace.
    EXPECT_TRUE(lint(clean().ns("other").workload("other", "web", {{"app", "web"}, {"x", "y"}}),
                     "ambiguous-selector").empty());
}

TEST(DesignLint, NamedPortTheDestinationDoesNotDefine)
{
    EXPECT_TRUE(lint(clean(), "unknown-named-port").empty());
    const Diagnostics missing = lint(clean().flow("prod/api", "prod/web", {"8080/TCP", "metrics/TCP"}), "unknown-named-port");
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].location.element, ElementRef::flow(1));
    EXPECT_EQ(missing[0].location.field, "ports[1]");
    EXPECT_EQ(missing[0].severity, Severity::Error) << "the workload lacks it: the flow allows nothing";
    const Diagnostics protocol = lint(clean().flow("prod/api", "prod/web", {"http/UDP"}), "unknown-named-port");
    ASSERT_EQ(protocol.size(), 1u);
    EXPECT_NE(protocol[0].message.find("defines http for TCP, not UDP"), std::string::npos) << protocol[0].message;
    EXPECT_EQ(protocol[0].severity, Severity::Error);
    EXPECT_EQ(lint(clean().external("partner", "203.0.113.0/24").flow("prod/api", "external/partner", {"https/TCP"}),
                   "unknown-named-port").size(), 1u);
    EXPECT_TRUE(lint(clean().flow("prod/api", "prod/*", {"grpc/TCP"}), "unknown-named-port").empty())
        << "some workload of prod defines it";
    const Diagnostics inNamespace = lint(clean().flow("prod/api", "prod/*", {"nope/TCP"}), "unknown-named-port");
    ASSERT_EQ(inNamespace.size(), 1u);
    EXPECT_EQ(inNamespace[0].severity, Severity::Warning) << "pods not drawn may define it";
}

TEST(DesignLint, PortTheDestinationDoesNotDeclare)
{
    EXPECT_TRUE(lint(clean(), "port-not-declared").empty()) << "9090/TCP is api's grpc port";
    const Diagnostics typo = lint(clean().flow("prod/web", "prod/api", {"8080/TCP", "8008/TCP"}),
                                  "port-not-declared");
    ASSERT_EQ(typo.size(), 1u) << dump(typo);
    EXPECT_EQ(typo[0].severity, Severity::Warning);
    EXPECT_EQ(typo[0].location.element, ElementRef::flow(1));
    EXPECT_EQ(typo[0].location.field, "ports[1]");
    EXPECT_EQ(typo[0].message,
              "prod/web -> prod/api 8080/TCP,8008/TCP: prod/api declares no container port "
              "8008/TCP (it declares 8080/TCP, 9090/TCP)");

    // The protocol must match: 53/TCP does not declare 53/UDP.
    const Design dns = DesignBuilder()
                           .ns("prod")
                           .workload("prod", "web", {{"app", "web"}})
                           .workload("prod", "resolver", {{"app", "resolver"}},
                                     {port(53, "dns-tcp")})
                           .flow("prod/web", "prod/resolver", {"53/UDP", "53/TCP"});
    const Diagnostics udp = lint(dns, "port-not-declared");
    ASSERT_EQ(udp.size(), 1u) << dump(udp);
    EXPECT_EQ(udp[0].location.field, "ports[0]");

    // A range needs one declared port inside it.
    EXPECT_TRUE(
        lint(clean().flow("prod/web", "prod/api", {"9000-9100/TCP"}), "port-not-declared").empty());
    const Diagnostics range = lint(clean().flow("prod/web", "prod/api", {"9091-9100/TCP"}),
                                   "port-not-declared");
    ASSERT_EQ(range.size(), 1u) << dump(range);
    EXPECT_NE(range[0].message.find("declares no container port in 9091-9100/TCP"),
              std::string::npos)
        << range[0].message;

    // Only workloads that declare ports are judged, and named ports and */PROTO are not numbers.
    EXPECT_TRUE(lint(clean()
                         .workload("prod", "bare", {{"app", "bare"}})
                         .flow("prod/web", "prod/bare", {"1234/TCP"}),
                     "port-not-declared")
                    .empty());
    EXPECT_TRUE(
        lint(clean().flow("prod/web", "prod/api", {"*/UDP", "grpc/TCP"}), "port-not-declared")
            .empty());
    // Namespaces, every pod and externals are no single workload.
    EXPECT_TRUE(
        lint(clean().flow("prod/web", "prod/*", {"1234/TCP"}), "port-not-declared").empty());
    EXPECT_TRUE(lint(clean().flow("prod/web", "*/*", {"1234/TCP"}), "port-not-declared").empty());
    EXPECT_TRUE(lint(clean()
                         .external("partner", "203.0.113.0/24")
                         .flow("prod/web", "external/partner", {"1234/TCP"}),
                     "port-not-declared")
                    .empty());
}

TEST(DesignLint, BundledExamplesDeclareTheirFlowPorts)
{
    for (const char *name : {"production.netpol.yaml", "online-shop.netpol.yaml"}) {
        const DesignReadResult read = readDesign(readFile(examplePath(name)), name);
        ASSERT_TRUE(read.design) << name;
        EXPECT_TRUE(lint(*read.design, "port-not-declared").empty()) << name;
    }
}

TEST(DesignLint, DuplicateAndContainedFlows)
{
    EXPECT_TRUE(lint(clean(), "duplicate-flow").empty());
    EXPECT_TRUE(lint(clean(), "redundant-flow").empty());
    const Diagnostics dup = lint(clean().flow("prod/web", "prod/api", {"9090/TCP", "http/TCP"}), "duplicate-flow");
    ASSERT_EQ(dup.size(), 1u);
    EXPECT_EQ(dup[0].location.element, ElementRef::flow(1)) << "on the later one";
    EXPECT_NE(dup[0].message.find("repeats flow #1"), std::string::npos);

    const Diagnostics contained = lint(clean().flow("prod/*", "prod/api", {"8000-9999/TCP", "http/TCP"}), "redundant-flow");
    ASSERT_EQ(contained.size(), 1u);
    EXPECT_EQ(contained[0].location.element, ElementRef::flow(0)) << "the narrower flow is the redundant one";
    EXPECT_NE(contained[0].message.find("already allowed by flow #2"), std::string::npos) << contained[0].message;

    EXPECT_TRUE(lint(clean().flow("prod/*", "prod/api", {"9090/UDP"}), "redundant-flow").empty()) << "other protocol";
    EXPECT_TRUE(lint(clean().flow("prod/api", "prod/web", {"http/TCP", "9090/TCP"}), "redundant-flow").empty())
        << "other direction";
    const Diagnostics everything = lint(clean().flow("*/*", "*/*", {"*/TCP", "*/UDP", "*/SCTP"}), "redundant-flow");
    EXPECT_EQ(everything.size(), 1u) << dump(everything);
    const Design externals = clean()
                                 .external("wide", "10.0.0.0/8", {"10.9.0.0/16"})
                                 .external("narrow", "10.1.0.0/16")
                                 .external("holey", "10.9.1.0/24")
                                 .flow("prod/api", "external/wide", {})
                                 .flow("prod/api", "external/narrow", {"443/TCP"})
                                 .flow("prod/api", "external/holey", {"443/TCP"});
    const Diagnostics ext = lint(externals, "redundant-flow");
    ASSERT_EQ(ext.size(), 1u) << dump(ext);
    EXPECT_EQ(ext[0].location.element, ElementRef::flow(2)) << "holey lies in wide's except";
}

TEST(DesignLint, FlowsIntoUnmanagedNamespaces)
{
    EXPECT_TRUE(lint(clean(), "unmanaged-namespace-flow").empty());
    const Diagnostics found = lint(clean().ns("ingress-nginx", false).flow("ingress-nginx/*", "prod/web", {"8080/TCP"}),
                                   "unmanaged-namespace-flow");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Info);
    EXPECT_EQ(found[0].location.field, "from");
    EXPECT_NE(found[0].message.find("only the ingress side is generated (in prod)"), std::string::npos) << found[0].message;
    const Diagnostics none = lint(clean().ns("a", false).flow("a/*", "kube-system/*", {}), "unmanaged-namespace-flow");
    ASSERT_EQ(none.size(), 1u);
    EXPECT_NE(none[0].message.find("no policy is generated"), std::string::npos) << none[0].message;
}

TEST(DesignLint, AllowAllFlowsDefeatTheDefaultDeny)
{
    EXPECT_TRUE(lint(clean(), "allow-all-flow").empty());
    const Diagnostics same = lint(clean().flow("prod/*", "prod/*", {}), "allow-all-flow");
    ASSERT_EQ(same.size(), 1u);
    EXPECT_NE(same[0].message.find("no longer separates the pods of prod"), std::string::npos) << same[0].message;
    EXPECT_EQ(lint(clean().flow("*/*", "prod/*", {}), "allow-all-flow").size(), 1u);
    EXPECT_TRUE(lint(clean().flow("prod/*", "prod/*", {"8080/TCP"}), "allow-all-flow").empty()) << "ports listed";
    EXPECT_TRUE(lint(clean().flow("kube-system/*", "prod/web", {}), "allow-all-flow").empty()) << "one workload";
}

TEST(DesignLint, FindingsArePlacedInTheFile)
{
    const std::string text = "apiVersion: netpol-designer/v1\n"
                             "kind: Design\n"
                             "options:\n"
                             "  dns: false\n"
                             "namespaces:\n"
                             "  - {name: prod, defaultDeny: [Ingress, Egress]}\n"
                             "workloads:\n"
                             "  - {name: web, namespace: prod, labels: {app: web}}\n"
                             "  - {name: web2, namespace: prod, labels: {app: web}}\n"
                             "flows:\n"
                             "  - {from: prod/web, to: prod/web2, ports: [8080/TCP]}\n"
                             "  - {from: prod/web, to: prod/web2, ports: [8080/TCP]}\n";
    const DesignReadResult read = readDesign(text, "d.netpol.yaml");
    ASSERT_TRUE(read.design) << dump(read.diagnostics);
    Diagnostics all = lintDesign(*read.design);
    read.sourceMap.locate(all);
    auto line = [&](const std::string &code) {
        const Diagnostics found = withCode(all, code);
        return found.empty() ? -1 : found[0].location.line;
    };
    EXPECT_EQ(line("egress-without-dns"), 6) << dump(all);
    EXPECT_EQ(line("ambiguous-selector"), 9);
    EXPECT_EQ(line("duplicate-flow"), 12);
    EXPECT_EQ(line("network-plugin"), 1);
    for (const Diagnostic &d : all)
        EXPECT_EQ(d.format().rfind("d.netpol.yaml:", 0), 0u) << d.format();
}

TEST(DesignLint, ExamplesHaveNoWarningsButTheDocumentedOnes)
{
    const DesignReadResult read = readDesignFile(examplePath("production.netpol.yaml"));
    ASSERT_TRUE(read.design);
    for (const Diagnostic &d : lintDesign(*read.design))
        EXPECT_EQ(d.severity, Severity::Info) << d.format();
}

TEST(DesignLint, SurvivesBrokenDesigns)
{
    Design broken = clean();
    broken.flows.push_back(Flow{Endpoint::workload("nowhere", "x"), Endpoint::external("missing"),
                                {FlowPort::named("http")}});
    broken.workloads.push_back(Workload{"orphan", "undeclared", WorkloadKind::Pod, {}, {}, {}});
    broken.namespaces.push_back(broken.namespaces[0]); // declared twice
    const Diagnostics all = lintDesign(broken);
    EXPECT_FALSE(all.empty());
}
