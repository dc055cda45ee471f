#pragma once

#include "model/k8s/clusterpolicy.h"

#include <random>
#include <vector>

namespace Netpol::Test {

// Random guardrails over the vocabulary of RandomClusters (namespace labels team, env and the
// name; pod labels app, tier), with every action, tier, peer kind and port form. With
// `endpoints`, egress rules also name nodes (by kubernetes.io/hostname n1 or n2, or every
// node) and, in Admin Accept rules, domain names.
class RandomGuardrails
{
public:
    explicit RandomGuardrails(unsigned seed, bool endpoints = false)
        : m_random(seed), m_endpoints(endpoints)
    {}

    std::vector<ClusterPolicy> next(int namespaces);

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    bool chance(int percent) { return pick(1, 100) <= percent; }
    LabelSelector selector(bool forNamespaces, int namespaces);
    ClusterPolicyPeer podPeer(int namespaces);
    ClusterPolicyPeer endpointPeer(const ClusterPolicy &p, const std::string &action);
    ClusterPolicyRule rule(const ClusterPolicy &p, bool egress, int namespaces);

    std::mt19937 m_random;
    bool m_endpoints = false;
};

} // namespace Netpol::Test
