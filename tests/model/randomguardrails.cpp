#include "randomguardrails.h"

#include "model/k8s/labels.h"

namespace Netpol::Test {

std::vector<ClusterPolicy> RandomGuardrails::next(int namespaces)
{
    std::vector<ClusterPolicy> out;
    for (int i = pick(1, 5); i > 0; --i) {
        ClusterPolicy p;
        const int kind = pick(0, 5);
        p.kind = kind == 4 ? ClusterPolicyKind::AdminNetworkPolicy
                 : kind == 5 ? ClusterPolicyKind::BaselineAdminNetworkPolicy
                             : ClusterPolicyKind::ClusterNetworkPolicy;
        p.metadata.name = "g" + std::to_string(out.size());
        p.tier = chance(60) ? "Admin" : "Baseline";
        if (p.kind != ClusterPolicyKind::BaselineAdminNetworkPolicy)
            p.priority = pick(0, 3); // ties on purpose
        p.subject = podPeer(namespaces);
        for (bool egress : {false, true}) {
            for (int r = pick(0, 3); r > 0; --r)
                (egress ? p.egress : p.ingress).push_back(rule(p, egress, namespaces));
        }
        out.push_back(std::move(p));
    }
    return out;
}

LabelSelector RandomGuardrails::selector(bool forNamespaces, int namespaces)
{
    LabelSelector s;
    if (chance(35))
        return s;
    if (forNamespaces) {
        if (chance(50))
            s.matchLabels[kNamespaceNameLabel] = "n" + std::to_string(pick(0, namespaces - 1));
        else
            s.matchExpressions.push_back({"team", chance(50) ? "In" : "NotIn", {"red"}});
    } else {
        s.matchLabels["app"] = chance(50) ? "w1" : "w2";
        if (chance(30))
            s.matchExpressions.push_back({"tier", "Exists", {}});
    }
    return s;
}

ClusterPolicyPeer RandomGuardrails::podPeer(int namespaces)
{
    ClusterPolicyPeer peer;
    if (chance(50)) {
        peer.written = {"namespaces"};
        peer.namespaces = selector(true, namespaces);
    } else {
        peer.written = {"pods"};
        peer.pods = ClusterPodSelector{chance(70) ? std::optional(selector(true, namespaces))
                                                  : std::nullopt,
                                       selector(false, namespaces)};
    }
    return peer;
}

ClusterPolicyRule RandomGuardrails::rule(const ClusterPolicy &p, bool egress, int namespaces)
{
    ClusterPolicyRule r;
    const bool cnp = p.kind == ClusterPolicyKind::ClusterNetworkPolicy;
    const int action = pick(0, p.kind == ClusterPolicyKind::BaselineAdminNetworkPolicy ? 1 : 2);
    r.action = action == 0 ? (cnp ? "Accept" : "Allow") : action == 1 ? "Deny" : "Pass";
    r.hasPeers = true;
    for (int i = pick(1, 2); i > 0; --i) {
        if (egress && m_endpoints && chance(25)) {
            r.peers.push_back(endpointPeer(p, r.action));
        } else if (egress && chance(35)) {
            ClusterPolicyPeer peer;
            peer.written = {"networks"};
            static const char *cidrs[] = {"10.0.0.0/16", "10.0.1.0/24", "0.0.0.0/0", "192.0.2.0/24",
                                          "::/0"};
            peer.networks = std::vector<std::string>{cidrs[pick(0, 4)]};
            r.peers.push_back(std::move(peer));
        } else {
            r.peers.push_back(podPeer(namespaces));
        }
    }
    if (chance(50))
        return r; // every port
    r.hasPorts = true;
    bool nonPod = false;
    for (const ClusterPolicyPeer &peer : r.peers)
        nonPod = nonPod || peer.networks || peer.nodes || peer.domainNames;
    for (int i = pick(1, 2); i > 0; --i) {
        ClusterPolicyPort port;
        static const char *protocols[] = {"TCP", "UDP", "SCTP"};
        port.protocol = protocols[pick(0, 2)];
        switch (pick(0, nonPod ? 1 : 2)) {
        case 0:
            port.number = chance(50) ? 80 : 53;
            break;
        case 1:
            port.isRange = true;
            port.start = pick(50, 80);
            port.end = pick(81, 8080);
            break;
        default:
            port.namedPort = chance(50) ? "http" : "dns";
            port.protocol.clear();
            break;
        }
        r.ports.push_back(std::move(port));
    }
    return r;
}

ClusterPolicyPeer RandomGuardrails::endpointPeer(const ClusterPolicy &p, const std::string &action)
{
    ClusterPolicyPeer peer;
    const bool admin = p.effectiveTier() == ClusterTier::Admin;
    if (admin && (action == "Accept" || action == "Allow") && chance(50)) {
        peer.written = {"domainNames"};
        static const char *names[] = {"api.example.com", "*.example.com", "db.example.org"};
        peer.domainNames = std::vector<std::string>{names[pick(0, 2)]};
        return peer;
    }
    peer.written = {"nodes"};
    LabelSelector nodes;
    if (chance(70))
        nodes.matchLabels["kubernetes.io/hostname"] = chance(50) ? "n1" : "n2";
    peer.nodes = nodes;
    return peer;
}

} // namespace Netpol::Test
