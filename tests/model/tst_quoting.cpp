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

TEST(Quoting, ValuesInMessages)
{
    EXPECT_EQ(quotedValue("web"), "\"web\"");
    EXPECT_EQ(quotedValue(std::string("we\0\b \n\t\x1b\x7f", 9)), "\"we\\0\\b \\n\\t\\x1b\\x7f\"");
    EXPECT_EQ(quotedValue("a\"b\\c"), "\"a\\\"b\\\\c\"");
    EXPECT_EQ(quotedValue("\xff\xc3(ok"), "\"\\xff\\xc3(ok\"") << "bytes that are not UTF-8";
    EXPECT_EQ(quotedValue("\xed\xa0\x80"), "\"\\xed\\xa0\\x80\"") << "a surrogate is not UTF-8";
    EXPECT_EQ(quotedValue("naïve \xc2\x85"), "\"naïve \\u0085\"") << "C1 controls escaped";
    EXPECT_EQ(quotedValue(std::string(80, 'a')), '"' + std::string(80, 'a') + '"');
    EXPECT_EQ(quotedValue(std::string(1048576, 'a')),
              '"' + std::string(80, 'a') + "…\" (1,048,576 characters)");
    std::string accents;
    for (int i = 0; i < 81; ++i)
        accents += "é";
    EXPECT_EQ(quotedValue(accents), '"' + accents.substr(0, 160) + "…\" (81 characters)")
        << "characters, not bytes";
    EXPECT_EQ(quotedValue(std::string(81, 'a'), false), '"' + std::string(80, 'a') + "…\"");
    EXPECT_EQ(groupedNumber(0), "0");
    EXPECT_EQ(groupedNumber(999), "999");
    EXPECT_EQ(groupedNumber(1000), "1,000");
    EXPECT_EQ(groupedNumber(1048576), "1,048,576");
}

TEST(Quoting, WordsAsTheyAreOtherValuesQuoted)
{
    EXPECT_EQ(wordOrQuoted("NetworkPolicy"), "NetworkPolicy");
    EXPECT_EQ(wordOrQuoted("cert-manager.io/v1"), "cert-manager.io/v1");
    EXPECT_EQ(wordOrQuoted("Evil\nKind"), "\"Evil\\nKind\"");
    EXPECT_EQ(wordOrQuoted(""), "\"\"");
    EXPECT_EQ(wordOrQuoted(std::string(81, 'K')), '"' + std::string(80, 'K') + "…\" (81 characters)");
}
