#include "model/design/endpoint.h"
#include "model/design/flowport.h"

#include <gtest/gtest.h>

using namespace Netpol;

TEST(Endpoint, EveryFormRoundTrips)
{
    for (const char *text : {"production/frontend", "ingress-nginx/*", "*/*", "external/partner-api"}) {
        std::string error;
        const auto e = parseEndpoint(text, &error);
        ASSERT_TRUE(e) << text << ": " << error;
        EXPECT_EQ(e->toString(), text);
    }
    EXPECT_EQ(parseEndpoint("a/b", nullptr)->kind, Endpoint::Kind::Workload);
    EXPECT_EQ(parseEndpoint("a/*", nullptr)->kind, Endpoint::Kind::Namespace);
    EXPECT_EQ(parseEndpoint("*/*", nullptr)->kind, Endpoint::Kind::AllNamespaces);
    EXPECT_EQ(parseEndpoint("external/x", nullptr)->kind, Endpoint::Kind::External);
}

TEST(Endpoint, BadFormsSayWhy)
{
    for (const char *text : {"", "frontend", "a/b/c", "/x", "x/", "*/frontend", "external/*"}) {
        std::string error;
        EXPECT_FALSE(parseEndpoint(text, &error)) << text;
        EXPECT_FALSE(error.empty()) << text;
    }
}

TEST(Endpoint, TouchesNamespace)
{
    EXPECT_TRUE(Endpoint::workload("a", "w").touchesNamespace("a"));
    EXPECT_FALSE(Endpoint::workload("a", "w").touchesNamespace("b"));
    EXPECT_TRUE(Endpoint::allNamespaces().touchesNamespace("b"));
    EXPECT_FALSE(Endpoint::external("x").touchesNamespace("x"));
}

TEST(FlowPort, CanonicalForms)
{
    struct Case
    {
        const char *text;
        FlowPort expected;
    } cases[] = {
        {"8080/TCP", FlowPort::number(8080, Protocol::TCP)},
        {"30000-32767/TCP", FlowPort::range(30000, 32767, Protocol::TCP)},
        {"http/TCP", FlowPort::named("http", Protocol::TCP)},
        {"*/UDP", FlowPort::allPorts(Protocol::UDP)},
        {"53/UDP", FlowPort::number(53, Protocol::UDP)},
        {"9/SCTP", FlowPort::number(9, Protocol::SCTP)},
    };
    for (const Case &c : cases) {
        std::string error;
        const auto port = parseFlowPort(c.text, &error);
        ASSERT_TRUE(port) << c.text << ": " << error;
        EXPECT_EQ(*port, c.expected) << c.text;
        EXPECT_EQ(port->toString(), c.text);
    }
}

TEST(FlowPort, ShortFormsImplyTcp)
{
    EXPECT_EQ(*parseFlowPort("8080", nullptr), FlowPort::number(8080));
    EXPECT_EQ(*parseFlowPort("http", nullptr), FlowPort::named("http"));
    EXPECT_EQ(*parseFlowPort("*", nullptr), FlowPort::allPorts(Protocol::TCP));
    EXPECT_EQ(parseFlowPort("8080", nullptr)->toString(), "8080/TCP");
}

TEST(FlowPort, BadFormsSayWhy)
{
    const char *bad[] = {"0/TCP", "65536/TCP", "80/tcp", "80/ICMP", "90-80/TCP", "1-70000/TCP",
                         "HTTP/TCP", "a--b/TCP", "/TCP", "-1/TCP", "1-/TCP"};
    for (const char *text : bad) {
        std::string error;
        EXPECT_FALSE(parseFlowPort(text, &error)) << text;
        EXPECT_FALSE(error.empty()) << text;
    }
    std::string error;
    parseFlowPort("80/tcp", &error);
    EXPECT_NE(error.find("case-sensitive"), std::string::npos) << error;
}

TEST(FlowPort, Matching)
{
    EXPECT_TRUE(FlowPort::number(80).matchesNumber(80, Protocol::TCP));
    EXPECT_FALSE(FlowPort::number(80).matchesNumber(80, Protocol::UDP));
    EXPECT_TRUE(FlowPort::range(10, 20).matchesNumber(20, Protocol::TCP));
    EXPECT_FALSE(FlowPort::range(10, 20).matchesNumber(21, Protocol::TCP));
    EXPECT_TRUE(FlowPort::allPorts(Protocol::UDP).matchesNumber(5, Protocol::UDP));
    EXPECT_TRUE(FlowPort::named("http").matchesNumber(8080, Protocol::TCP, 8080));
    EXPECT_FALSE(FlowPort::named("http").matchesNumber(8080, Protocol::TCP, std::nullopt));
}
