#include "model/k8s/k8snames.h"

#include <gtest/gtest.h>

using namespace Netpol;

TEST(K8sNames, Dns1123Label)
{
    EXPECT_TRUE(isDns1123Label("production"));
    EXPECT_TRUE(isDns1123Label("a1-b2"));
    EXPECT_TRUE(isDns1123Label("0abc"));
    EXPECT_FALSE(isDns1123Label(""));
    EXPECT_FALSE(isDns1123Label("Prod"));
    EXPECT_FALSE(isDns1123Label("-a"));
    EXPECT_FALSE(isDns1123Label("a-"));
    EXPECT_FALSE(isDns1123Label("a.b"));
    EXPECT_TRUE(isDns1123Label(std::string(63, 'a')));
    const auto errors = dns1123LabelErrors(std::string(64, 'a'));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors.front(), "must be no more than 63 characters");
}

TEST(K8sNames, Dns1123Subdomain)
{
    EXPECT_TRUE(isDns1123Subdomain("allow-frontend-to-api"));
    EXPECT_TRUE(isDns1123Subdomain("example.com"));
    EXPECT_FALSE(isDns1123Subdomain("a..b"));
    EXPECT_FALSE(isDns1123Subdomain(".a"));
    EXPECT_FALSE(isDns1123Subdomain("UPPER"));
    EXPECT_FALSE(isDns1123Subdomain("under_score"));
    EXPECT_TRUE(isDns1123Subdomain(std::string(253, 'a')));
    EXPECT_FALSE(isDns1123Subdomain(std::string(254, 'a')));
    const auto errors = dns1123SubdomainErrors("Bad");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors.front().find("a lowercase RFC 1123 subdomain"), std::string::npos);
}

TEST(K8sNames, QualifiedNameForLabelKeys)
{
    EXPECT_TRUE(isQualifiedName("app"));
    EXPECT_TRUE(isQualifiedName("kubernetes.io/metadata.name"));
    EXPECT_TRUE(isQualifiedName("My_Key.v2"));
    EXPECT_FALSE(isQualifiedName("a/b/c"));
    EXPECT_FALSE(isQualifiedName("/name"));
    EXPECT_FALSE(isQualifiedName("prefix/"));
    EXPECT_FALSE(isQualifiedName("has space"));
    EXPECT_FALSE(isQualifiedName("Upper.Prefix/name"));
    EXPECT_TRUE(isQualifiedName(std::string(63, 'k')));
    const auto errors = qualifiedNameErrors(std::string(64, 'k'));
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front(), "name part must be no more than 63 characters");
}

TEST(K8sNames, LabelValues)
{
    EXPECT_TRUE(isLabelValue(""));
    EXPECT_TRUE(isLabelValue("v1.2_3-x"));
    EXPECT_FALSE(isLabelValue("-x"));
    EXPECT_FALSE(isLabelValue("a b"));
    EXPECT_FALSE(isLabelValue(std::string(64, 'v')));
}

TEST(K8sNames, PortNamesFollowIanaServiceNames)
{
    EXPECT_TRUE(isPortName("http"));
    EXPECT_TRUE(isPortName("serve-80-tcp"));
    EXPECT_TRUE(isPortName("h2c"));
    const auto number = portNameErrors("80");
    ASSERT_EQ(number.size(), 1u);
    EXPECT_EQ(number.front(), "must contain at least one letter (a-z)");
    EXPECT_EQ(portNameErrors("a--b").front(), "must not contain consecutive hyphens");
    EXPECT_EQ(portNameErrors("-http").front(), "must not begin or end with a hyphen");
    EXPECT_EQ(portNameErrors("HTTP").front(),
              "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    EXPECT_EQ(portNameErrors("a-very-long-port-name").front(), "must be no more than 15 characters");
}

TEST(K8sNames, PortNumbers)
{
    EXPECT_TRUE(portNumberErrors(1).empty());
    EXPECT_TRUE(portNumberErrors(65535).empty());
    EXPECT_FALSE(portNumberErrors(0).empty());
    EXPECT_FALSE(portNumberErrors(65536).empty());
    EXPECT_FALSE(portNumberErrors(-1).empty());
}
