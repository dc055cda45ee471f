#include "model/manifests/yamlscalar.h"

#include <gtest/gtest.h>

using Netpol::isYaml11NonString;

TEST(YamlScalar, BooleansAndNullsOfYaml11)
{
    for (const char *s : {"y", "Y", "n", "N", "yes", "No", "ON", "off", "True", "false", "null", "~", ""})
        EXPECT_TRUE(isYaml11NonString(s)) << s;
}

TEST(YamlScalar, NumbersOfEveryYaml11Form)
{
    for (const char *s : {"53", "0123", "-7", "+8", "1_000", "0x1F", "0b101", "0o17", "1.10", ".5",
                          "1e3", "1.5e-3", "-1.0", ".inf", "-.Inf", ".NaN", "1:30", "190:20:30.15"})
        EXPECT_TRUE(isYaml11NonString(s)) << s;
}

TEST(YamlScalar, Timestamps)
{
    EXPECT_TRUE(isYaml11NonString("2024-01-01"));
    EXPECT_TRUE(isYaml11NonString("2001-12-14t21:59:43.10-05:00"));
    EXPECT_TRUE(isYaml11NonString("2001-12-14 21:59:43.10 -5"));
}

TEST(YamlScalar, OrdinaryStringsStayPlain)
{
    for (const char *s : {"frontend", "api-server", "v1.2.3", "123-abc", "1.2.3", "kube-dns", "prod",
                          "yes-please", "x", "z", "a", "e", "1e", "0x", "10.0.0.0/8", "8080/TCP",
                          "2024-01", "app.kubernetes.io/name", "1-2"})
        EXPECT_FALSE(isYaml11NonString(s)) << s;
}
