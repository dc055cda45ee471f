#include "model/core/quoting.h"

#include <gtest/gtest.h>

using namespace Netpol;

TEST(Quoting, JsonAndGoStyles)
{
    const std::string text = std::string("a\"b\\c\nd\te\rf") + char(1) + "g";
    EXPECT_EQ(quoted(text, QuoteStyle::Json), "\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\"");
    EXPECT_EQ(quoted(text, QuoteStyle::Go), "\"a\\\"b\\\\c\\nd\\te\\rf\\x01g\"");
    EXPECT_EQ(quoted("", QuoteStyle::Json), "\"\"");
    EXPECT_EQ(quoted("naïve", QuoteStyle::Go), "\"naïve\"") << "bytes above 0x7f pass through";
}
