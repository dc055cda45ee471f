#include "model/manifests/yamlscalar.h"

#include <array>

namespace Netpol {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string_view stripSign(std::string_view s)
{
    if (!s.empty() && (s.front() == '+' || s.front() == '-'))
        s.remove_prefix(1);
    return s;
}

// Every character satisfies pred (or '_'), and at least one satisfies pred.
template<typename Pred>
bool digitsWithUnderscores(std::string_view s, Pred pred)
{
    bool any = false;
    for (char c : s) {
        if (pred(c))
            any = true;
        else if (c != '_')
            return false;
    }
    return any;
}

bool isBoolOrNull(std::string_view s)
{
    static constexpr std::array<std::string_view, 28> words = {
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON",
        "off", "Off", "OFF", "null", "Null", "NULL", "~", "=", "<<"};
    for (std::string_view w : words) {
        if (s == w)
            return true;
    }
    return false;
}

bool isSpecialFloat(std::string_view s)
{
    s = stripSign(s);
    static constexpr std::array<std::string_view, 6> words = {".inf", ".Inf", ".INF",
                                                              ".nan", ".NaN", ".NAN"};
    for (std::string_view w : words) {
        if (s == w)
            return true;
    }
    return false;
}

bool isInteger(std::string_view s)
{
    s = stripSign(s);
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        return digitsWithUnderscores(s.substr(2), isHex);
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        return digitsWithUnderscores(s.substr(2), [](char c) { return c == '0' || c == '1'; });
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
        return digitsWithUnderscores(s.substr(2), [](char c) { return c >= '0' && c <= '7'; });
    return !s.empty() && isDigit(s.front()) && digitsWithUnderscores(s, isDigit);
}

// [0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?  (YAML 1.1 base 60)
bool isSexagesimal(std::string_view s)
{
    s = stripSign(s);
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || !isDigit(s.front()))
        return false;
    if (!digitsWithUnderscores(s.substr(0, colon), isDigit))
        return false;
    std::string_view rest = s.substr(colon);
    while (!rest.empty() && rest.front() == ':') {
        rest.remove_prefix(1);
        std::size_t n = 0;
        while (n < rest.size() && n < 2 && isDigit(rest[n]))
            ++n;
        if (n == 0 || (n == 2 && rest[0] > '5'))
            return false;
        rest.remove_prefix(n);
    }
    if (rest.empty())
        return true;
    if (rest.front() != '.')
        return false;
    rest.remove_prefix(1);
    return rest.find_first_not_of("0123456789_") == std::string_view::npos;
}

// ([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?  or  [0-9][0-9_]*[eE][-+]?[0-9]+
bool isFloat(std::string_view s)
{
    s = stripSign(s);
    std::size_t i = 0;
    bool mantissaDigit = false;
    while (i < s.size() && (isDigit(s[i]) || (s[i] == '_' && i > 0))) {
        mantissaDigit = mantissaDigit || isDigit(s[i]);
        ++i;
    }
    bool dot = false;
    if (i < s.size() && s[i] == '.') {
        dot = true;
        ++i;
        while (i < s.size() && (isDigit(s[i]) || s[i] == '_')) {
            mantissaDigit = mantissaDigit || isDigit(s[i]);
            ++i;
        }
    }
    if (!mantissaDigit)
        return false;
    bool exponent = false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
        exponent = true;
    }
    return i == s.size() && (dot || exponent);
}

// YYYY-M-D at the start: every YAML 1.1 timestamp begins this way.
bool isTimestamp(std::string_view s)
{
    if (s.size() < 8)
        return false;
    for (int i = 0; i < 4; ++i) {
        if (!isDigit(s[i]))
            return false;
    }
    std::size_t i = 4;
    for (int part = 0; part < 2; ++part) {
        if (i >= s.size() || s[i] != '-')
            return false;
        ++i;
        const std::size_t start = i;
        while (i < s.size() && i - start < 2 && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    }
    return i == s.size() || s[i] == 'T' || s[i] == 't' || s[i] == ' ' || s[i] == '\t';
}

} // namespace

bool isYaml11NonString(std::string_view text)
{
    if (text.empty())
        return true;
    return isBoolOrNull(text) || isSpecialFloat(text) || isInteger(text) || isSexagesimal(text)
           || isFloat(text) || isTimestamp(text);
}

} // namespace Netpol
