#include "model/manifests/clusterpolicywriter.h"

#include "model/manifests/manifestwriter_p.h"

namespace Netpol {

namespace {

using Yaml::emitString;

void emitKey(YAML::Emitter &out, const char *key)
{
    out << YAML::Key << key << YAML::Value;
}

void emitStrings(YAML::Emitter &out, const std::vector<std::string> &values)
{
    out << YAML::BeginSeq;
    for (const std::string &v : values)
        emitString(out, v);
    out << YAML::EndSeq;
}

void emitPods(YAML::Emitter &out, const ClusterPodSelector &pods)
{
    out << YAML::BeginMap;
    if (pods.namespaceSelector) {
        emitKey(out, "namespaceSelector");
        emitLabelSelector(out, *pods.namespaceSelector);
    }
    emitKey(out, "podSelector");
    emitLabelSelector(out, pods.podSelector.value_or(LabelSelector()));
    out << YAML::EndMap;
}

void emitPeer(YAML::Emitter &out, const ClusterPolicyPeer &peer)
{
    out << YAML::BeginMap;
    if (peer.namespaces) {
        emitKey(out, "namespaces");
        emitLabelSelector(out, *peer.namespaces);
    }
    if (peer.pods) {
        emitKey(out, "pods");
        emitPods(out, *peer.pods);
    }
    if (peer.nodes) {
        emitKey(out, "nodes");
        emitLabelSelector(out, *peer.nodes);
    }
    if (peer.networks) {
        emitKey(out, "networks");
        emitStrings(out, *peer.networks);
    }
    if (peer.domainNames) {
        emitKey(out, "domainNames");
        emitStrings(out, *peer.domainNames);
    }
    out << YAML::EndMap;
}

void emitRange(YAML::Emitter &out, const ClusterPolicyPort &port)
{
    emitKey(out, "start");
    out << std::to_string(port.start.value_or(0));
    emitKey(out, "end");
    out << std::to_string(port.end.value_or(0));
}

void emitPort(YAML::Emitter &out, const ClusterPolicyPort &port, bool cnp)
{
    out << YAML::BeginMap;
    if (port.namedPort) {
        emitKey(out, cnp ? "destinationNamedPort" : "namedPort");
        emitString(out, *port.namedPort);
    } else if (cnp) {
        const std::string key = port.protocol == "UDP"    ? "udp"
                                : port.protocol == "SCTP" ? "sctp"
                                                          : "tcp";
        emitKey(out, key.c_str());
        out << YAML::BeginMap;
        emitKey(out, "destinationPort");
        out << YAML::BeginMap;
        if (port.isRange) {
            emitKey(out, "range");
            out << YAML::BeginMap;
            emitRange(out, port);
            out << YAML::EndMap;
        } else {
            emitKey(out, "number");
            out << std::to_string(port.number.value_or(0));
        }
        out << YAML::EndMap;
        out << YAML::EndMap;
    } else {
        emitKey(out, port.isRange ? "portRange" : "portNumber");
        out << YAML::BeginMap;
        emitKey(out, "protocol");
        emitString(out, port.protocol);
        if (port.isRange) {
            emitRange(out, port);
        } else {
            emitKey(out, "port");
            out << std::to_string(port.number.value_or(0));
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

void emitRules(YAML::Emitter &out, const char *key, bool egress,
               const std::vector<ClusterPolicyRule> &rules, bool cnp)
{
    if (rules.empty())
        return;
    emitKey(out, key);
    out << YAML::BeginSeq;
    for (const ClusterPolicyRule &rule : rules) {
        out << YAML::BeginMap;
        if (!rule.name.empty()) {
            emitKey(out, "name");
            emitString(out, rule.name);
        }
        emitKey(out, "action");
        emitString(out, rule.action);
        emitKey(out, egress ? "to" : "from");
        out << YAML::BeginSeq;
        for (const ClusterPolicyPeer &peer : rule.peers)
            emitPeer(out, peer);
        out << YAML::EndSeq;
        if (!rule.ports.empty()) {
            emitKey(out, cnp ? "protocols" : "ports");
            out << YAML::BeginSeq;
            for (const ClusterPolicyPort &port : rule.ports)
                emitPort(out, port, cnp);
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace

std::string writeClusterPolicy(const ClusterPolicy &policy)
{
    const bool cnp = policy.kind == ClusterPolicyKind::ClusterNetworkPolicy;
    YAML::Emitter out;
    out << YAML::BeginMap;
    emitKey(out, "apiVersion");
    emitString(out, policy.apiVersion);
    emitKey(out, "kind");
    out << clusterPolicyKindName(policy.kind);
    emitKey(out, "metadata");
    out << YAML::BeginMap;
    emitKey(out, "name");
    emitString(out, policy.metadata.name);
    if (!policy.metadata.labels.empty()) {
        emitKey(out, "labels");
        Yaml::emitStringMap(out, policy.metadata.labels);
    }
    out << YAML::EndMap;
    emitKey(out, "spec");
    out << YAML::BeginMap;
    if (cnp) {
        emitKey(out, "tier");
        emitString(out, policy.tier);
    }
    if (policy.priority) {
        emitKey(out, "priority");
        out << std::to_string(*policy.priority);
    }
    emitKey(out, "subject");
    out << YAML::BeginMap;
    if (policy.subject.namespaces) {
        emitKey(out, "namespaces");
        emitLabelSelector(out, *policy.subject.namespaces);
    } else if (policy.subject.pods) {
        emitKey(out, "pods");
        emitPods(out, *policy.subject.pods);
    }
    out << YAML::EndMap;
    emitRules(out, "ingress", false, policy.ingress, cnp);
    emitRules(out, "egress", true, policy.egress, cnp);
    out << YAML::EndMap;
    out << YAML::EndMap;
    std::string text = out.c_str();
    text += '\n';
    return text;
}

} // namespace Netpol
