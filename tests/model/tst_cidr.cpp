#include "model/k8s/cidr.h"

#include <gtest/gtest.h>

using namespace Netpol;

TEST(Cidr, ParsesIpv4AndContains)
{
    const CidrParse p = parseCidr("10.1.0.0/16");
    ASSERT_TRUE(p.cidr) << p.error;
    EXPECT_TRUE(p.cidr->contains(*parseIpAddress("10.1.255.3")));
    EXPECT_FALSE(p.cidr->contains(*parseIpAddress("10.2.0.1")));
    EXPECT_FALSE(p.cidr->hasHostBits());
    EXPECT_EQ(p.cidr->toString(), "10.1.0.0/16");
}

TEST(Cidr, PrefixIsMandatoryAndBounded)
{
    EXPECT_FALSE(parseCidr("10.0.0.0").cidr);
    EXPECT_FALSE(parseCidr("10.0.0.0/33").cidr);
    EXPECT_FALSE(parseCidr("10.0.0.0/").cidr);
    EXPECT_FALSE(parseCidr("10.0.0/8").cidr);
    EXPECT_FALSE(parseCidr("10.0.0.0.1/8").cidr);
    EXPECT_FALSE(parseCidr("256.0.0.0/8").cidr);
    EXPECT_FALSE(parseCidr("not-a-cidr").cidr);
    EXPECT_NE(parseCidr("10.0.0.0").error.find("valid CIDR"), std::string::npos);
    EXPECT_TRUE(parseCidr("0.0.0.0/0").cidr);
}

TEST(Cidr, HostBitsAndLeadingZerosAreAcceptedButVisible)
{
    const CidrParse host = parseCidr("10.0.0.1/24");
    ASSERT_TRUE(host.cidr);
    EXPECT_TRUE(host.cidr->hasHostBits());
    EXPECT_EQ(host.cidr->canonical(), "10.0.0.0/24");
    const CidrParse zeros = parseCidr("010.0.0.0/8");
    ASSERT_TRUE(zeros.cidr);
    EXPECT_TRUE(zeros.leadingZeros);
}

TEST(Cidr, Ipv6)
{
    const CidrParse p = parseCidr("2001:db8::/32");
    ASSERT_TRUE(p.cidr) << p.error;
    EXPECT_TRUE(p.cidr->contains(*parseIpAddress("2001:db8:1::5")));
    EXPECT_FALSE(p.cidr->contains(*parseIpAddress("2001:db9::1")));
    EXPECT_FALSE(p.cidr->contains(*parseIpAddress("10.0.0.1")));
    EXPECT_TRUE(parseCidr("::/0").cidr);
    EXPECT_TRUE(parseCidr("::ffff:10.0.0.0/104").cidr);
    EXPECT_FALSE(parseCidr("2001:db8::/129").cidr);
    EXPECT_FALSE(parseCidr("2001:db8:::1/64").cidr);
    EXPECT_EQ(parseIpAddress("2001:0db8:0:0:0:0:0:1")->toString(), "2001:db8::1");
}

TEST(Cidr, BlockContainment)
{
    const Cidr outer = *parseCidr("203.0.113.0/24").cidr;
    EXPECT_TRUE(outer.contains(*parseCidr("203.0.113.128/25").cidr));
    EXPECT_FALSE(outer.contains(*parseCidr("203.0.112.0/23").cidr));
    EXPECT_FALSE(outer.contains(*parseCidr("2001:db8::/64").cidr));
}
