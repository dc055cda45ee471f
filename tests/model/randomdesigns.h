#pragma once

#include "model/design/design.h"

#include <random>

namespace Netpol::Test {

// Random designs using every feature of the format (managed and unmanaged namespaces, every
// defaultDeny, workloads with named ports, DNS on and off with either selector, both
// granularities, node CIDR, externals with except, flows between every kind of endpoint with
// every port form), for exactness and round-trip tests.
class RandomDesigns
{
public:
    explicit RandomDesigns(unsigned seed) : m_random(seed) {}

    Design next();

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    std::mt19937 m_random;
};

} // namespace Netpol::Test
