#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Netpol {

struct IpAddress
{
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes{}; // IPv4 uses the first 4

    int bitCount() const { return v6 ? 128 : 32; }
    bool bit(int index) const { return (bytes[std::size_t(index / 8)] >> (7 - index % 8)) & 1; }
    std::string toString() const;

    bool operator==(const IpAddress &) const = default;
    auto operator<=>(const IpAddress &) const = default;
};

// "10.1.2.3" or "2001:db8::1". Leading zeros in IPv4 octets are read as decimal, as the API
// server's legacy parser does (`leadingZeros` tells).
std::optional<IpAddress> parseIpAddress(std::string_view text, bool *leadingZeros = nullptr);

struct Cidr
{
    IpAddress address; // as written (may have host bits set)
    int prefix = 0;

    IpAddress network() const; // host bits cleared
    bool hasHostBits() const { return !(network() == address); }
    bool contains(const IpAddress &ip) const;
    // True when every address of `other` is in this block.
    bool contains(const Cidr &other) const;
    std::string toString() const; // as written: address/prefix
    std::string canonical() const; // network/prefix

    bool operator==(const Cidr &) const = default;
};

struct CidrParse
{
    std::optional<Cidr> cidr;
    std::string error;         // set when cidr is empty
    bool leadingZeros = false; // accepted, but ambiguous
};

// A CIDR with a mandatory prefix, as the API server's ipBlock validation wants it.
CidrParse parseCidr(std::string_view text);

} // namespace Netpol
