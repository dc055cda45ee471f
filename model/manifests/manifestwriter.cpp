#include "model/manifests/manifestwriter.h"

#include "model/manifests/manifestwriter_p.h"
#include "model/manifests/yamlsupport_p.h"

namespace Netpol {

namespace {

using Yaml::emitString;
using Yaml::emitStringMap;

void emitKey(YAML::Emitter &out, const char *key)
{
    out << YAML::Key << key << YAML::Value;
}

void emitSelector(YAML::Emitter &out, const LabelSelector &selector)
{
    emitLabelSelector(out, selector);
}

void emitPeer(YAML::Emitter &out, const NetworkPolicyPeer &peer)
{
    out << YAML::BeginMap;
    if (peer.namespaceSelector) {
        emitKey(out, "namespaceSelector");
        emitSelector(out, *peer.namespaceSelector);
    }
    if (peer.podSelector) {
        emitKey(out, "podSelector");
        emitSelector(out, *peer.podSelector);
    }
    if (peer.ipBlock) {
        emitKey(out, "ipBlock");
        out << YAML::BeginMap;
        emitKey(out, "cidr");
        emitString(out, peer.ipBlock->cidr);
        if (!peer.ipBlock->except.empty()) {
            emitKey(out, "except");
            out << YAML::BeginSeq;
            for (const std::string &e : peer.ipBlock->except)
                emitString(out, e);
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

void emitPort(YAML::Emitter &out, const NetworkPolicyPort &port)
{
    out << YAML::BeginMap;
    if (port.protocol) {
        emitKey(out, "protocol");
        emitString(out, *port.protocol);
    }
    if (port.port) {
        emitKey(out, "port");
        if (port.port->isName)
            emitString(out, port.port->name); // "80" stays quoted: a name, not a number
        else
            out << std::to_string(port.port->number);
    }
    if (port.endPort) {
        emitKey(out, "endPort");
        out << std::to_string(*port.endPort);
    }
    out << YAML::EndMap;
}

void emitRules(YAML::Emitter &out, const char *key, const char *peersKey,
               const std::vector<NetworkPolicyRule> &rules)
{
    emitKey(out, key);
    out << YAML::BeginSeq;
    for (const NetworkPolicyRule &rule : rules) {
        if (rule.peers.empty() && rule.ports.empty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            continue;
        }
        out << YAML::BeginMap;
        if (!rule.peers.empty()) {
            emitKey(out, peersKey);
            out << YAML::BeginSeq;
            for (const NetworkPolicyPeer &peer : rule.peers)
                emitPeer(out, peer);
            out << YAML::EndSeq;
        }
        if (!rule.ports.empty()) {
            emitKey(out, "ports");
            out << YAML::BeginSeq;
            for (const NetworkPolicyPort &port : rule.ports)
                emitPort(out, port);
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace

std::string writePolicy(const NetworkPolicy &policy)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    emitKey(out, "apiVersion");
    out << "networking.k8s.io/v1";
    emitKey(out, "kind");
    out << "NetworkPolicy";
    emitKey(out, "metadata");
    out << YAML::BeginMap;
    emitKey(out, "name");
    emitString(out, policy.metadata.name);
    if (!policy.metadata.generateName.empty()) {
        emitKey(out, "generateName");
        emitString(out, policy.metadata.generateName);
    }
    if (!policy.metadata.ns.empty()) {
        emitKey(out, "namespace");
        emitString(out, policy.metadata.ns);
    }
    if (!policy.metadata.labels.empty()) {
        emitKey(out, "labels");
        emitStringMap(out, policy.metadata.labels);
    }
    if (!policy.metadata.annotations.empty()) {
        emitKey(out, "annotations");
        emitStringMap(out, policy.metadata.annotations);
    }
    out << YAML::EndMap;
    emitKey(out, "spec");
    out << YAML::BeginMap;
    emitKey(out, "podSelector");
    emitSelector(out, policy.spec.podSelector);
    if (!policy.spec.policyTypes.empty()) {
        emitKey(out, "policyTypes");
        out << YAML::BeginSeq;
        for (const std::string &t : policy.spec.policyTypes)
            emitString(out, t);
        out << YAML::EndSeq;
    }
    if (!policy.spec.ingress.empty())
        emitRules(out, "ingress", "from", policy.spec.ingress);
    if (!policy.spec.egress.empty())
        emitRules(out, "egress", "to", policy.spec.egress);
    out << YAML::EndMap;
    out << YAML::EndMap;
    std::string text = out.c_str();
    text += '\n';
    return text;
}

std::string commentBlock(const std::string &text)
{
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos)
            end = text.size();
        const std::string line = text.substr(pos, end - pos);
        out += line.empty() ? "#\n" : "# " + line + '\n';
        pos = end + 1;
    }
    return out;
}

std::string joinDocuments(const std::string &header, const std::vector<std::string> &documents)
{
    std::size_t size = header.size();
    for (const std::string &d : documents)
        size += d.size() + 4;
    std::string out;
    out.reserve(size);
    out += header;
    for (const std::string &d : documents) {
        out += "---\n";
        out += d;
    }
    return out;
}

std::string writeManifests(const std::vector<NetworkPolicy> &policies, const std::string &header)
{
    std::vector<std::string> documents;
    documents.reserve(policies.size());
    for (const NetworkPolicy &p : policies)
        documents.push_back(writePolicy(p));
    return joinDocuments(commentBlock(header), documents);
}

void emitLabelSelector(YAML::Emitter &out, const LabelSelector &selector)
{
    if (selector.isEmpty()) {
        out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
        return;
    }
    out << YAML::BeginMap;
    if (!selector.matchLabels.empty()) {
        out << YAML::Key << "matchLabels" << YAML::Value;
        emitStringMap(out, selector.matchLabels);
    }
    if (!selector.matchExpressions.empty()) {
        out << YAML::Key << "matchExpressions" << YAML::Value;
        out << YAML::BeginSeq;
        for (const LabelSelectorRequirement &r : selector.matchExpressions) {
            out << YAML::BeginMap;
            out << YAML::Key << "key" << YAML::Value;
            emitString(out, r.key);
            out << YAML::Key << "operator" << YAML::Value;
            emitString(out, r.op);
            if (!r.values.empty()) {
                out << YAML::Key << "values" << YAML::Value;
                out << YAML::BeginSeq;
                for (const std::string &v : r.values)
                    emitString(out, v);
                out << YAML::EndSeq;
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

} // namespace Netpol
