#include "model/k8s/cidr.h"

#include <charconv>
#include <cstdio>
#include <vector>

namespace Netpol {

namespace {

std::optional<IpAddress> parseIpv4(std::string_view text, bool *leadingZeros)
{
    IpAddress ip;
    int part = 0;
    std::size_t pos = 0;
    bool atEnd = false;
    while (part < 4 && !atEnd) {
        std::size_t end = text.find('.', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view octet = text.substr(pos, end - pos);
        if (octet.empty() || octet.size() > 3)
            return std::nullopt;
        int value = 0;
        for (char c : octet) {
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + (c - '0');
        }
        if (value > 255)
            return std::nullopt;
        if (octet.size() > 1 && octet.front() == '0' && leadingZeros)
            *leadingZeros = true;
        ip.bytes[std::size_t(part)] = std::uint8_t(value);
        ++part;
        atEnd = end == text.size();
        pos = end + 1;
    }
    if (part != 4 || !atEnd)
        return std::nullopt;
    return ip;
}

std::optional<IpAddress> parseIpv6(std::string_view text)
{
    IpAddress ip;
    ip.v6 = true;
    std::vector<std::uint16_t> head, tail;
    bool compressed = false;
    std::optional<IpAddress> embeddedV4;

    const auto dc = text.find("::");
    if (dc != std::string_view::npos) {
        if (text.find("::", dc + 1) != std::string_view::npos)
            return std::nullopt;
        compressed = true;
    }
    auto parseGroups = [&](std::string_view part, std::vector<std::uint16_t> &groups,
                           bool allowV4) -> bool {
        if (part.empty())
            return true;
        std::size_t pos = 0;
        while (true) {
            std::size_t end = part.find(':', pos);
            const bool last = end == std::string_view::npos;
            if (last)
                end = part.size();
            const std::string_view group = part.substr(pos, end - pos);
            if (last && allowV4 && group.find('.') != std::string_view::npos) {
                embeddedV4 = parseIpv4(group, nullptr);
                return embeddedV4.has_value();
            }
            if (group.empty() || group.size() > 4)
                return false;
            unsigned value = 0;
            const auto [ptr, ec] = std::from_chars(group.data(), group.data() + group.size(), value, 16);
            if (ec != std::errc() || ptr != group.data() + group.size())
                return false;
            groups.push_back(std::uint16_t(value));
            if (last)
                return true;
            pos = end + 1;
        }
    };
    if (compressed) {
        if (!parseGroups(text.substr(0, dc), head, false) || !parseGroups(text.substr(dc + 2), tail, true))
            return std::nullopt;
    } else if (!parseGroups(text, head, true)) {
        return std::nullopt;
    }
    const std::size_t v4Groups = embeddedV4 ? 2 : 0;
    const std::size_t total = head.size() + tail.size() + v4Groups;
    if (compressed ? total > 7 : total != 8)
        return std::nullopt;
    std::vector<std::uint16_t> groups = head;
    groups.resize(8 - tail.size() - v4Groups, 0);
    groups.insert(groups.end(), tail.begin(), tail.end());
    for (std::size_t i = 0; i < groups.size(); ++i) {
        ip.bytes[2 * i] = std::uint8_t(groups[i] >> 8);
        ip.bytes[2 * i + 1] = std::uint8_t(groups[i] & 0xff);
    }
    if (embeddedV4) {
        for (std::size_t i = 0; i < 4; ++i)
            ip.bytes[12 + i] = embeddedV4->bytes[i];
    }
    return ip;
}

} // namespace

std::string IpAddress::toString() const
{
    char buffer[64];
    if (!v6) {
        std::snprintf(buffer, sizeof buffer, "%u.%u.%u.%u", bytes[0], bytes[1], bytes[2], bytes[3]);
        return buffer;
    }
    // RFC 5952: compress the longest run of zero groups (at least two).
    std::array<unsigned, 8> groups{};
    for (std::size_t i = 0; i < 8; ++i)
        groups[i] = unsigned(bytes[2 * i]) << 8 | bytes[2 * i + 1];
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        if (groups[std::size_t(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[std::size_t(j)] == 0)
            ++j;
        if (j - i > bestLength && j - i >= 2) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out += ':';
        std::snprintf(buffer, sizeof buffer, "%x", groups[std::size_t(i)]);
        out += buffer;
    }
    return out;
}

std::optional<IpAddress> parseIpAddress(std::string_view text, bool *leadingZeros)
{
    if (text.find(':') != std::string_view::npos)
        return parseIpv6(text);
    return parseIpv4(text, leadingZeros);
}

IpAddress Cidr::network() const
{
    IpAddress net = address;
    const int bits = address.bitCount();
    for (int i = prefix; i < bits; ++i)
        net.bytes[std::size_t(i / 8)] &= std::uint8_t(~(1u << (7 - i % 8)));
    return net;
}

bool Cidr::contains(const IpAddress &ip) const
{
    if (ip.v6 != address.v6)
        return false;
    // Whole bytes first, then the bits of a partial byte.
    const int fullBytes = prefix / 8;
    for (int i = 0; i < fullBytes; ++i) {
        if (ip.bytes[std::size_t(i)] != address.bytes[std::size_t(i)])
            return false;
    }
    const int rest = prefix % 8;
    if (rest == 0)
        return true;
    const auto mask = std::uint8_t(0xFF << (8 - rest));
    return (ip.bytes[std::size_t(fullBytes)] & mask) == (address.bytes[std::size_t(fullBytes)] & mask);
}

bool Cidr::contains(const Cidr &other) const
{
    return other.address.v6 == address.v6 && other.prefix >= prefix && contains(other.address);
}

std::string Cidr::toString() const
{
    return address.toString() + '/' + std::to_string(prefix);
}

std::string Cidr::canonical() const
{
    return network().toString() + '/' + std::to_string(prefix);
}

CidrParse parseCidr(std::string_view text)
{
    CidrParse result;
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) {
        result.error = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64): the /prefix is missing";
        return result;
    }
    const auto ip = parseIpAddress(text.substr(0, slash), &result.leadingZeros);
    const std::string_view prefixText = text.substr(slash + 1);
    int prefix = -1;
    const auto [ptr, ec] = std::from_chars(prefixText.data(), prefixText.data() + prefixText.size(), prefix);
    const bool prefixOk = ec == std::errc() && ptr == prefixText.data() + prefixText.size()
                          && !prefixText.empty() && prefixText.size() <= 3;
    if (!ip || !prefixOk || prefix < 0 || prefix > ip->bitCount()) {
        result.error = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";
        result.leadingZeros = false;
        return result;
    }
    result.cidr = Cidr{*ip, prefix};
    return result;
}

} // namespace Netpol
