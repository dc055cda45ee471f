#include "model/analysis/externaladdress.h"

#include <algorithm>

namespace Netpol {

namespace {

IpAddress lastAddress(const Cidr &cidr)
{
    IpAddress last = cidr.network();
    for (int i = cidr.prefix; i < last.bitCount(); ++i)
        last.bytes[std::size_t(i / 8)] |= std::uint8_t(1u << (7 - i % 8));
    return last;
}

// The next address, or none past the last one.
std::optional<IpAddress> next(IpAddress ip)
{
    for (int i = ip.bitCount() / 8 - 1; i >= 0; --i) {
        if (++ip.bytes[std::size_t(i)] != 0)
            return ip;
    }
    return std::nullopt;
}

} // namespace

std::optional<IpAddress> addressInside(const Cidr &cidr, const std::vector<Cidr> &except)
{
    auto excepted = [&](const IpAddress &ip) {
        return std::any_of(except.begin(), except.end(), [&](const Cidr &e) { return e.contains(ip); });
    };
    std::vector<IpAddress> candidates{cidr.network()};
    for (const Cidr &e : except)
        if (const auto after = next(lastAddress(e)))
            candidates.push_back(*after);
    candidates.push_back(lastAddress(cidr));
    for (const IpAddress &ip : candidates)
        if (cidr.contains(ip) && !excepted(ip))
            return ip;
    return std::nullopt;
}

std::optional<std::string> probeAddressOf(const External &external)
{
    const CidrParse parsed = parseCidr(external.cidr);
    if (!parsed.cidr)
        return std::nullopt;
    std::vector<Cidr> except;
    for (const std::string &text : external.except)
        if (const CidrParse e = parseCidr(text); e.cidr)
            except.push_back(*e.cidr);
    const auto ip = addressInside(*parsed.cidr, except);
    return ip ? std::optional<std::string>(ip->toString()) : std::nullopt;
}

} // namespace Netpol
