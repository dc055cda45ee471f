#include "model/k8s/cidr.h"
#include "model/analysis/externaladdress.h"

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

TEST(ExternalAddress, AnAddressOfTheRangeOutsideEveryExceptedBlock)
{
    auto cidr = [](const char *text) { return *parseCidr(text).cidr; };
    EXPECT_EQ(addressInside(cidr("203.0.113.25/32"), {})->toString(), "203.0.113.25");
    EXPECT_EQ(addressInside(cidr("198.51.100.0/24"), {cidr("198.51.100.128/25")})->toString(), "198.51.100.0");
    EXPECT_EQ(addressInside(cidr("10.0.0.0/8"), {cidr("10.0.0.0/16")})->toString(), "10.1.0.0");
    EXPECT_EQ(addressInside(cidr("10.0.0.0/30"), {cidr("10.0.0.0/31"), cidr("10.0.0.2/32")})->toString(),
              "10.0.0.3");
    EXPECT_FALSE(addressInside(cidr("10.0.0.0/24"), {cidr("10.0.0.0/23")})) << "all excepted";
    EXPECT_EQ(addressInside(cidr("2001:db8::/64"), {cidr("2001:db8::/65")})->toString(), "2001:db8:0:0:8000::");
    External e{"gw", "198.51.100.0/24", {"198.51.100.0/25"}, {}};
    EXPECT_EQ(probeAddressOf(e), std::optional<std::string>("198.51.100.128"));
    EXPECT_FALSE(probeAddressOf(External{"bad", "not-a-cidr", {}, {}}));
}
