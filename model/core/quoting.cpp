#include "model/core/quoting.h"

#include <algorithm>

namespace Netpol {

namespace {

const char hexDigits[] = "0123456789abcdef";

void appendHex(std::string &out, unsigned char c)
{
    out += "\\x";
    out += hexDigits[c >> 4];
    out += hexDigits[c & 15];
}

// The length of the UTF-8 sequence at the start of `text` (1 to 4), or 0 when it is not one
// (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF, cut short).
std::size_t utf8Length(std::string_view text, char32_t *codePoint)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    char32_t value = 0;
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        value = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        value = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        value = lead & 0x07;
    } else {
        return 0;
    }
    if (text.size() < length)
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xc0) != 0x80)
            return 0;
        value = (value << 6) | (byte(i) & 0x3f);
    }
    if ((length == 3 && (value < 0x800 || (value >= 0xd800 && value <= 0xdfff)))
        || (length == 4 && (value < 0x10000 || value > 0x10ffff)))
        return 0;
    *codePoint = value;
    return length;
}

void appendEscaped(std::string &out, std::string_view character, char32_t codePoint)
{
    switch (codePoint) {
    case 0:
        out += "\\0";
        return;
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\a':
        out += "\\a";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    case '\v':
        out += "\\v";
        return;
    default:
        break;
    }
    if (codePoint < 0x20 || codePoint == 0x7f) {
        appendHex(out, static_cast<unsigned char>(codePoint));
    } else if ((codePoint >= 0x80 && codePoint < 0xa0) || codePoint == 0x2028
               || codePoint == 0x2029) {
        // C1 controls and the line and paragraph separators would break a message's line.
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hexDigits[(codePoint >> shift) & 15];
    } else {
        out += character;
    }
}

} // namespace

std::string quoted(std::string_view text, QuoteStyle style)
{
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20) {
                out += style == QuoteStyle::Json ? "\\u00" : "\\x";
                out += hexDigits[c >> 4];
                out += hexDigits[c & 15];
            } else {
                out += char(c);
            }
        }
    }
    return out + '"';
}

std::string quotedValue(std::string_view text, bool withLength)
{
    std::string out = "\"";
    std::size_t characters = 0;
    std::size_t pos = 0;
    bool elided = false;
    while (pos < text.size()) {
        char32_t codePoint = 0;
        std::size_t length = utf8Length(text.substr(pos), &codePoint);
        if (characters < kQuotedValueMaxCharacters) {
            if (length == 0)
                appendHex(out, static_cast<unsigned char>(text[pos]));
            else
                appendEscaped(out, text.substr(pos, length), codePoint);
        } else {
            elided = true;
        }
        pos += length == 0 ? 1 : length;
        ++characters;
    }
    if (!elided)
        return out + '"';
    if (!withLength)
        return out + "…\"";
    return out + "…\" (" + groupedNumber(characters) + " characters)";
}

std::string wordOrQuoted(std::string_view text)
{
    const bool plain = !text.empty() && text.size() <= kQuotedValueMaxCharacters
                       && std::all_of(text.begin(), text.end(), [](char c) {
                              return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                                     || (c >= '0' && c <= '9') || c == '-' || c == '_'
                                     || c == '.' || c == '/';
                          });
    return plain ? std::string(text) : quotedValue(text);
}

std::string groupedNumber(std::uint64_t value)
{
    std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace Netpol
