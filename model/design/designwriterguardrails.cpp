#include "model/design/designwriter_p.h"

#include "model/manifests/manifestwriter_p.h"

namespace Netpol {

namespace {

using Yaml::emitString;

void emitKey(YAML::Emitter &out, const char *key)
{
    out << YAML::Key << key << YAML::Value;
}

// {matchLabels: {...}, matchExpressions: [{key, operator, values}]} in flow style; `{}` when
// empty.
void emitSelector(YAML::Emitter &out, const LabelSelector &selector)
{
    out << YAML::Flow;
    emitLabelSelector(out, selector);
}

void emitPeer(YAML::Emitter &out, const GuardrailPeer &peer)
{
    out << YAML::Flow << YAML::BeginMap;
    emitKey(out, guardrailPeerKindName(peer.kind));
    switch (peer.kind) {
    case GuardrailPeer::Kind::Namespaces:
        emitSelector(out, peer.namespaces);
        break;
    case GuardrailPeer::Kind::Pods:
        out << YAML::Flow << YAML::BeginMap;
        emitKey(out, "namespaceSelector");
        emitSelector(out, peer.namespaces);
        emitKey(out, "podSelector");
        emitSelector(out, peer.pods);
        out << YAML::EndMap;
        break;
    case GuardrailPeer::Kind::Nodes:
        emitSelector(out, peer.nodes);
        break;
    case GuardrailPeer::Kind::Networks:
    case GuardrailPeer::Kind::DomainNames:
        out << YAML::Flow << YAML::BeginSeq;
        for (const std::string &v : peer.values)
            emitString(out, v);
        out << YAML::EndSeq;
        break;
    }
    out << YAML::EndMap;
}

const char *actionName(ClusterAction action)
{
    switch (action) {
    case ClusterAction::Accept: return "Accept";
    case ClusterAction::Deny: return "Deny";
    case ClusterAction::Pass: return "Pass";
    }
    return "Deny";
}

void emitRules(YAML::Emitter &out, const char *key, const char *peersKey,
               const std::vector<GuardrailRule> &rules)
{
    if (rules.empty())
        return;
    emitKey(out, key);
    out << YAML::BeginSeq;
    for (const GuardrailRule &rule : rules) {
        out << YAML::BeginMap;
        if (!rule.name.empty()) {
            emitKey(out, "name");
            emitString(out, rule.name);
        }
        emitKey(out, "action");
        out << actionName(rule.action);
        emitKey(out, peersKey);
        out << YAML::BeginSeq;
        for (const GuardrailPeer &peer : rule.peers)
            emitPeer(out, peer);
        out << YAML::EndSeq;
        if (!rule.ports.empty()) {
            emitKey(out, "ports");
            out << YAML::Flow << YAML::BeginSeq;
            for (const FlowPort &p : rule.ports)
                emitString(out, p.toString());
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace

void emitGuardrails(YAML::Emitter &out, const std::vector<Guardrail> &guardrails)
{
    emitKey(out, "guardrails");
    out << YAML::BeginSeq;
    for (const Guardrail &g : guardrails) {
        out << YAML::BeginMap;
        emitKey(out, "name");
        emitString(out, g.name);
        emitKey(out, "tier");
        out << clusterTierName(g.tier);
        emitKey(out, "priority");
        out << std::to_string(g.priority);
        emitKey(out, "subject");
        emitPeer(out, g.subject);
        emitRules(out, "ingress", "from", g.ingress);
        emitRules(out, "egress", "to", g.egress);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace Netpol
