#pragma once

#include "model/analysis/cluster.h"
#include "model/analysis/evaluator.h"

#include <random>
#include <vector>

namespace Netpol::Test {

// Random small clusters with random policies using every feature of the API (selectors with
// every operator, peers of every shape, ipBlocks with except, numbered, ranged, named and
// protocol-only ports, every policyTypes form), to check fast paths against the evaluator.
struct RandomCluster
{
    std::vector<Labels> namespaceLabels; // index i: namespace "n<i>" (name label included)
    std::vector<NetworkPeer> peers;      // pods first, then a few addresses
    std::vector<NetworkPolicy> policies;
};

class RandomClusters
{
public:
    explicit RandomClusters(unsigned seed) : m_random(seed) {}
    RandomCluster next();

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(int percent) { return pick(1, 100) <= percent; }
    Labels randomLabels();
    LabelSelector randomSelector(bool forNamespaces);
    NetworkPolicyPeer randomPeer();
    NetworkPolicyPort randomPort();
    NetworkPolicyRule randomRule();

    std::mt19937 m_random;
    int m_namespaces = 0;
};

// A Cluster of the random one's pods (named p<i>) and policies.
Cluster clusterOfRandom(const RandomCluster &random);
// Pods of namespaces no input has, with labels the random selectors look at, and addresses.
std::vector<NetworkPeer> strangerPeers();

} // namespace Netpol::Test
