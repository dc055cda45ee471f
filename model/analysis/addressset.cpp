#include "model/analysis/addressset.h"

#include <algorithm>
#include <map>
#include <set>

namespace Netpol {

namespace {

__extension__ typedef unsigned __int128 U128;

U128 toNumber(const IpAddress &ip)
{
    U128 n = 0;
    for (int i = 0; i < (ip.v6 ? 16 : 4); ++i)
        n = (n << 8) | ip.bytes[std::size_t(i)];
    return n;
}

IpAddress fromNumber(U128 n, bool v6)
{
    IpAddress ip;
    ip.v6 = v6;
    const int count = v6 ? 16 : 4;
    for (int i = count - 1; i >= 0; --i) {
        ip.bytes[std::size_t(i)] = std::uint8_t(n & 0xff);
        n >>= 8;
    }
    return ip;
}

U128 lastOf(bool v6)
{
    return v6 ? ~U128(0) : U128(0xffffffffu);
}

// [first, last] of a CIDR.
std::pair<U128, U128> span(const Cidr &cidr)
{
    const bool v6 = cidr.address.v6;
    const int bits = v6 ? 128 : 32;
    const U128 first = toNumber(cidr.network());
    const U128 size = cidr.prefix == 0 ? lastOf(v6) : (U128(1) << (bits - cidr.prefix)) - 1;
    return {first, first + size};
}

struct Block
{
    bool v6 = false;
    std::pair<U128, U128> cidr;
    std::vector<std::pair<U128, U128>> except;

    bool contains(U128 n) const
    {
        if (n < cidr.first || n > cidr.second)
            return false;
        return std::none_of(except.begin(), except.end(),
                            [n](const auto &e) { return n >= e.first && n <= e.second; });
    }
};

std::vector<Block> collectBlocks(const std::vector<const std::vector<NetworkPolicy> *> &sets)
{
    std::set<std::string> seen;
    std::vector<Block> blocks;
    for (const auto *policies : sets) {
        for (const NetworkPolicy &policy : *policies) {
            for (const auto *rules : {&policy.spec.ingress, &policy.spec.egress}) {
                for (const NetworkPolicyRule &rule : *rules) {
                    for (const NetworkPolicyPeer &peer : rule.peers) {
                        if (!peer.ipBlock)
                            continue;
                        std::string key = peer.ipBlock->cidr;
                        for (const std::string &e : peer.ipBlock->except)
                            key += ' ' + e;
                        if (!seen.insert(key).second)
                            continue;
                        const auto cidr = parseCidr(peer.ipBlock->cidr).cidr;
                        if (!cidr)
                            continue;
                        Block block{cidr->address.v6, span(*cidr), {}};
                        for (const std::string &e : peer.ipBlock->except) {
                            if (const auto except = parseCidr(e).cidr;
                                except && except->address.v6 == block.v6)
                                block.except.push_back(span(*except));
                        }
                        blocks.push_back(std::move(block));
                    }
                }
            }
        }
    }
    return blocks;
}

std::string rangeText(const std::pair<IpAddress, IpAddress> &range)
{
    return range.first.toString() + '-' + range.second.toString();
}

} // namespace

std::string AddressSet::toString() const
{
    if (ranges.size() == 1) {
        const U128 first = toNumber(ranges.front().first);
        const U128 last = toNumber(ranges.front().second);
        const int bits = v6 ? 128 : 32;
        for (int prefix = 0; prefix <= bits; ++prefix) {
            const U128 size = prefix == 0 ? lastOf(v6) : (U128(1) << (bits - prefix)) - 1;
            if (last - first == size && (first & size) == 0)
                return ranges.front().first.toString() + '/' + std::to_string(prefix);
        }
    }
    std::string out;
    for (const auto &range : ranges)
        out += (out.empty() ? "" : ",") + rangeText(range);
    return out;
}

std::vector<AddressSet> partitionAddresses(
    const std::vector<const std::vector<NetworkPolicy> *> &policySets)
{
    const std::vector<Block> blocks = collectBlocks(policySets);
    std::vector<AddressSet> out;
    for (bool v6 : {false, true}) {
        std::set<U128> starts{0};
        auto addBoundary = [&](const std::pair<U128, U128> &s) {
            starts.insert(s.first);
            if (s.second != lastOf(v6))
                starts.insert(s.second + 1);
        };
        std::vector<const Block *> family;
        for (const Block &b : blocks) {
            if (b.v6 != v6)
                continue;
            family.push_back(&b);
            addBoundary(b.cidr);
            for (const auto &e : b.except)
                addBoundary(e);
        }
        // Elementary intervals, grouped by the blocks that hold them.
        std::map<std::vector<bool>, std::size_t> bySignature;
        const std::size_t first = out.size();
        for (auto it = starts.begin(); it != starts.end(); ++it) {
            const U128 start = *it;
            const auto next = std::next(it);
            const U128 end = next == starts.end() ? lastOf(v6) : *next - 1;
            std::vector<bool> signature;
            for (const Block *b : family)
                signature.push_back(b->contains(start));
            auto [found, added] = bySignature.emplace(std::move(signature), out.size());
            if (added)
                out.push_back({v6, {}});
            auto &ranges = out[found->second].ranges;
            const IpAddress a = fromNumber(start, v6);
            const IpAddress z = fromNumber(end, v6);
            if (!ranges.empty() && toNumber(ranges.back().second) + 1 == start)
                ranges.back().second = z;
            else
                ranges.emplace_back(a, z);
        }
        std::sort(out.begin() + std::ptrdiff_t(first), out.end(),
                  [](const AddressSet &x, const AddressSet &y) {
                      return x.representative() < y.representative();
                  });
    }
    return out;
}

} // namespace Netpol
