#include "randompolicies.h"

namespace Netpol::Test {

namespace {

const char *kApps[] = {"w1", "w2", "w3", "w4"};
const char *kProtocols[] = {"TCP", "UDP", "SCTP"};

} // namespace

Labels RandomClusters::randomLabels()
{
    Labels labels;
    if (chance(85))
        labels["app"] = kApps[pick(0, 3)];
    if (chance(40))
        labels["tier"] = chance(50) ? "front" : "back";
    if (chance(20))
        labels["canary"] = "";
    return labels;
}

LabelSelector RandomClusters::randomSelector(bool forNamespaces)
{
    LabelSelector s;
    if (chance(30))
        return s;
    if (forNamespaces) {
        if (chance(50))
            s.matchLabels[kNamespaceNameLabel] = "n" + std::to_string(pick(0, m_namespaces - 1));
        else if (chance(60))
            s.matchLabels["team"] = chance(50) ? "red" : "blue";
        if (chance(30))
            s.matchExpressions.push_back({"env", chance(50) ? "NotIn" : "In", {"prod"}});
        if (chance(15))
            s.matchExpressions.push_back({"team", chance(50) ? "Exists" : "DoesNotExist", {}});
        return s;
    }
    if (chance(70))
        s.matchLabels["app"] = kApps[pick(0, 3)];
    if (chance(30)) {
        static const char *ops[] = {"In", "NotIn", "Exists", "DoesNotExist"};
        LabelSelectorRequirement r{chance(50) ? "tier" : "canary", ops[pick(0, 3)], {}};
        if (r.op == "In" || r.op == "NotIn")
            r.values = chance(50) ? std::vector<std::string>{"front"} : std::vector<std::string>{"front", ""};
        s.matchExpressions.push_back(r);
    }
    return s;
}

NetworkPolicyPeer RandomClusters::randomPeer()
{
    NetworkPolicyPeer peer;
    switch (pick(0, 3)) {
    case 0:
        peer.podSelector = randomSelector(false);
        break;
    case 1:
        peer.namespaceSelector = randomSelector(true);
        break;
    case 2:
        peer.podSelector = randomSelector(false);
        peer.namespaceSelector = randomSelector(true);
        break;
    default: {
        IPBlock block;
        block.cidr = chance(50) ? "10.0.0.0/16" : (chance(50) ? "10.0.1.0/24" : "0.0.0.0/0");
        if (chance(50))
            block.except.push_back(chance(50) ? "10.0.1.0/25" : "10.0.0.0/24");
        if (chance(10))
            block.cidr = "fd00::/8";
        peer.ipBlock = block;
        break;
    }
    }
    return peer;
}

NetworkPolicyPort RandomClusters::randomPort()
{
    NetworkPolicyPort port;
    if (chance(70))
        port.protocol = kProtocols[pick(0, 2)];
    switch (pick(0, 4)) {
    case 0:
        port.port = PortValue::fromNumber(chance(50) ? 80 : 53);
        break;
    case 1:
        port.port = PortValue::fromNumber(pick(50, 80));
        port.endPort = pick(80, 8080);
        break;
    case 2:
        port.port = PortValue::fromName(chance(50) ? "http" : (chance(50) ? "dns" : "nope"));
        break;
    case 3:
        port.port = PortValue::fromNumber(8080);
        break;
    default:
        break; // every port of the protocol
    }
    return port;
}

NetworkPolicyRule RandomClusters::randomRule()
{
    NetworkPolicyRule rule;
    const int peers = chance(20) ? 0 : pick(1, 3);
    for (int i = 0; i < peers; ++i)
        rule.peers.push_back(randomPeer());
    const int ports = chance(30) ? 0 : pick(1, 3);
    for (int i = 0; i < ports; ++i)
        rule.ports.push_back(randomPort());
    return rule;
}

RandomCluster RandomClusters::next()
{
    RandomCluster c;
    m_namespaces = pick(1, 4);
    for (int n = 0; n < m_namespaces; ++n) {
        Labels labels{{kNamespaceNameLabel, "n" + std::to_string(n)}};
        if (chance(60))
            labels["team"] = chance(50) ? "red" : "blue";
        if (chance(40))
            labels["env"] = "prod";
        c.namespaceLabels.push_back(labels);
    }
    const int pods = pick(1, 14);
    for (int i = 0; i < pods; ++i) {
        const int n = pick(0, m_namespaces - 1);
        std::vector<ContainerPort> ports;
        if (chance(60))
            ports.push_back({"http", chance(50) ? 80 : 8080, Protocol::TCP});
        if (chance(40))
            ports.push_back({"dns", 53, chance(70) ? Protocol::UDP : Protocol::TCP});
        if (chance(20))
            ports.push_back({"nope", 81, Protocol::SCTP});
        std::optional<IpAddress> ip;
        if (chance(70))
            ip = parseIpAddress("10.0." + std::to_string(pick(0, 2)) + '.' + std::to_string(pick(1, 200)));
        c.peers.push_back(NetworkPeer::pod("n" + std::to_string(n), randomLabels(),
                                           c.namespaceLabels[std::size_t(n)], ports, ip));
    }
    for (const char *ip : {"10.0.1.5", "10.0.1.200", "192.0.2.1", "fd00::1"})
        c.peers.push_back(NetworkPeer::address(*parseIpAddress(ip)));
    const int policies = pick(0, 8);
    for (int i = 0; i < policies; ++i) {
        NetworkPolicy p;
        p.metadata.name = "p" + std::to_string(i);
        p.metadata.ns = "n" + std::to_string(pick(0, m_namespaces - 1));
        p.spec.podSelector = randomSelector(false);
        switch (pick(0, 3)) {
        case 0:
            break; // omitted: defaulting decides
        case 1:
            p.spec.policyTypes = {kPolicyTypeIngress};
            break;
        case 2:
            p.spec.policyTypes = {kPolicyTypeEgress};
            break;
        default:
            p.spec.policyTypes = {kPolicyTypeIngress, kPolicyTypeEgress};
            break;
        }
        for (int r = pick(0, 2); r > 0; --r)
            p.spec.ingress.push_back(randomRule());
        for (int r = pick(0, 2); r > 0; --r)
            p.spec.egress.push_back(randomRule());
        c.policies.push_back(std::move(p));
    }
    return c;
}

Cluster clusterOfRandom(const RandomCluster &random)
{
    Cluster cluster;
    for (std::size_t n = 0; n < random.namespaceLabels.size(); ++n)
        cluster.namespaces.push_back(
            {"n" + std::to_string(n), random.namespaceLabels[n], false, {}});
    for (std::size_t i = 0; i < random.peers.size(); ++i) {
        const NetworkPeer &peer = random.peers[i];
        if (!peer.isPod)
            continue;
        ManifestWorkload w;
        w.ns = peer.ns;
        w.name = "p" + std::to_string(i);
        w.labels = peer.labels;
        w.ports = peer.ports;
        if (peer.ip)
            w.ips.push_back(*peer.ip);
        cluster.workloads.push_back(std::move(w));
    }
    cluster.policies = random.policies;
    cluster.policySources.resize(random.policies.size());
    return cluster;
}

std::vector<NetworkPeer> strangerPeers()
{
    std::vector<NetworkPeer> out;
    const std::vector<Labels> namespaces
        = {{{kNamespaceNameLabel, "fresh"}},
           {{kNamespaceNameLabel, "fresh"}, {"team", "red"}},
           {{kNamespaceNameLabel, "other"}, {"team", "blue"}, {"env", "prod"}}};
    const std::vector<Labels> pods
        = {{}, {{"app", "w1"}}, {{"app", "w2"}, {"tier", "front"}}, {{"canary", ""}}};
    for (const Labels &ns : namespaces) {
        for (const Labels &labels : pods)
            out.push_back(
                NetworkPeer::pod(ns.at(kNamespaceNameLabel), labels, ns,
                                 {{"http", 8080, Protocol::TCP}, {"dns", 53, Protocol::UDP}}));
    }
    for (const char *ip : {"10.0.1.9", "172.16.0.1", "fd00::9"})
        out.push_back(NetworkPeer::address(*parseIpAddress(ip)));
    return out;
}

} // namespace Netpol::Test
