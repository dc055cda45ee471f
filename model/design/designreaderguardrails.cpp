#include "model/design/designreader_p.h"
#include "model/core/quoting.h"

#include "model/manifests/policyreader_p.h"

#include <algorithm>

namespace Netpol {

// guardrails: [{name, tier, priority, subject, ingress, egress}, ...] (design-format in
// README.md, docs/cluster-policies.md section 6). What the CRD would refuse of the values read
// here (ranges, list sizes, CIDRs, selectors) is checked with the object the guardrail
// generates, in checkDesign; this reader refuses what cannot be read at all.
void DesignReader::readGuardrail(const YAML::Node &item, std::size_t index)
{
    const std::string path = indexedPath("guardrails", index);
    Guardrail g;
    if (!m_ctx.checkMap(item, path, {"name", "tier", "priority", "subject", "ingress", "egress"})) {
        m_design.guardrails.push_back(std::move(g)); // keeps the indexes of the others
        return;
    }
    recordValues(path, item);
    g.name = requiredString(item, "name", path);
    const YAML::Node tier = item["tier"];
    if (!tier || tier.IsNull()) {
        m_ctx.error(item, "missing-field", path + ".tier is required", "write Admin or Baseline");
    } else {
        const std::string text = m_ctx.string(tier, path + ".tier").value_or("");
        if (text == "Admin")
            g.tier = ClusterTier::Admin;
        else if (text == "Baseline")
            g.tier = ClusterTier::Baseline;
        else if (tier.IsScalar())
            m_ctx.error(tier, "invalid-guardrail",
                        "Unsupported value: " + quotedValue(text)
                            + ": supported values: \"Admin\", \"Baseline\"");
    }
    const YAML::Node priority = item["priority"];
    if (!priority || priority.IsNull())
        m_ctx.error(item, "missing-field", path + ".priority is required",
                    "priorities run from 0 (first) to 1000");
    else if (const auto value = m_ctx.integer(priority, path + ".priority"))
        g.priority = int(std::clamp<long long>(*value, -1, 1001)); // the check names the range
    const YAML::Node subject = item["subject"];
    if (!subject || subject.IsNull())
        m_ctx.error(item, "missing-field", path + ".subject is required",
                    "write subject: {namespaces: {}} or subject: {pods: {...}}");
    else
        g.subject = readGuardrailPeer(subject, path + ".subject", {"namespaces", "pods"});
    if (const YAML::Node ingress = item["ingress"])
        g.ingress = readGuardrailRules(ingress, path + ".ingress", false);
    if (const YAML::Node egress = item["egress"])
        g.egress = readGuardrailRules(egress, path + ".egress", true);
    m_design.guardrails.push_back(std::move(g));
}

GuardrailPeer DesignReader::readGuardrailPeer(const YAML::Node &node, const std::string &path,
                                              std::initializer_list<std::string_view> kinds)
{
    GuardrailPeer peer;
    record(path, node);
    if (!m_ctx.checkMap(node, path, kinds))
        return peer;
    if (node.size() != 1) {
        std::string names;
        for (std::string_view k : kinds)
            names += (names.empty() ? "" : ", ") + std::string(k);
        m_ctx.error(node, "invalid-guardrail",
                    path + " must have exactly one of " + names + " ("
                        + std::to_string(node.size()) + " are set)",
                    node.size() > 1 ? "split it into one peer per field" : "");
        return peer;
    }
    const std::string key = node.begin()->first.Scalar();
    const YAML::Node value = node.begin()->second;
    const std::string at = path + '.' + key;
    if (key == "namespaces") {
        peer.kind = GuardrailPeer::Kind::Namespaces;
        peer.namespaces = readSelector(value, at);
    } else if (key == "pods") {
        peer.kind = GuardrailPeer::Kind::Pods;
        record(at, value);
        if (m_ctx.checkMap(value, at, {"namespaceSelector", "podSelector"})) {
            if (const YAML::Node s = value["namespaceSelector"])
                peer.namespaces = readSelector(s, at + ".namespaceSelector");
            if (const YAML::Node s = value["podSelector"])
                peer.pods = readSelector(s, at + ".podSelector");
        }
    } else if (key == "nodes") {
        peer.kind = GuardrailPeer::Kind::Nodes;
        peer.nodes = readSelector(value, at);
    } else {
        peer.kind = key == "networks" ? GuardrailPeer::Kind::Networks
                                      : GuardrailPeer::Kind::DomainNames;
        if (value.IsScalar() && !value.IsNull())
            m_ctx.error(value, "wrong-type", at + " must be a list");
        else
            peer.values = readStringList(value, at, m_ctx, m_result.sourceMap);
    }
    return peer;
}

std::vector<GuardrailRule> DesignReader::readGuardrailRules(const YAML::Node &node,
                                                            const std::string &path, bool egress)
{
    std::vector<GuardrailRule> rules;
    record(path, node);
    if (node.IsNull())
        return rules;
    if (!node.IsSequence()) {
        m_ctx.error(node, "wrong-type", path + " must be a list of rules");
        return rules;
    }
    const char *peersKey = egress ? "to" : "from";
    for (std::size_t i = 0; i < node.size(); ++i) {
        const YAML::Node item = node[i];
        const std::string rulePath = indexedPath(path, i);
        GuardrailRule rule;
        if (!m_ctx.checkMap(item, rulePath, {"name", "action", peersKey, "ports"})) {
            rules.push_back(std::move(rule));
            continue;
        }
        recordValues(rulePath, item);
        if (const YAML::Node n = item["name"])
            rule.name = m_ctx.string(n, rulePath + ".name").value_or("");
        const YAML::Node action = item["action"];
        if (!action || action.IsNull()) {
            m_ctx.error(item, "missing-field", rulePath + ".action is required",
                        "write Accept, Deny or Pass");
        } else {
            const std::string text = m_ctx.string(action, rulePath + ".action").value_or("");
            if (text == "Accept")
                rule.action = ClusterAction::Accept;
            else if (text == "Deny")
                rule.action = ClusterAction::Deny;
            else if (text == "Pass")
                rule.action = ClusterAction::Pass;
            else if (action.IsScalar())
                m_ctx.error(action, "invalid-guardrail",
                            "Unsupported value: " + quotedValue(text)
                                + ": supported values: \"Accept\", \"Deny\", \"Pass\"",
                            text == "Allow" ? "a design writes Accept; v1alpha1 output says Allow"
                                            : "");
        }
        const YAML::Node peers = item[peersKey];
        const std::string peersPath = rulePath + '.' + peersKey;
        if (!peers || peers.IsNull()) {
            m_ctx.error(item, "missing-field", peersPath + " is required",
                        "list at least one peer, e.g. [{namespaces: {}}]");
        } else if (!peers.IsSequence()) {
            m_ctx.error(peers, "wrong-type", peersPath + " must be a list of peers");
        } else {
            for (std::size_t p = 0; p < peers.size(); ++p) {
                const std::string peerPath = indexedPath(peersPath, p);
                rule.peers.push_back(
                    egress ? readGuardrailPeer(peers[p], peerPath,
                                               {"namespaces", "pods", "nodes", "networks",
                                                "domainNames"})
                           : readGuardrailPeer(peers[p], peerPath, {"namespaces", "pods"}));
            }
        }
        if (const YAML::Node ports = item["ports"]) {
            record(rulePath + ".ports", ports);
            if (!ports.IsSequence()) {
                m_ctx.error(ports, "wrong-type", rulePath + ".ports must be a list like [53/UDP]");
            } else {
                for (std::size_t p = 0; p < ports.size(); ++p) {
                    if (auto port = readFlowPort(ports[p], indexedPath(rulePath + ".ports", p)))
                        rule.ports.push_back(std::move(*port));
                }
            }
        }
        rules.push_back(std::move(rule));
    }
    return rules;
}

// Records the position of each value of a map under `path`: the checks of the generated object
// point at the value they refuse (`priority: 1001` at 1001).
void DesignReader::recordValues(const std::string &path, const YAML::Node &node)
{
    record(path, node);
    for (const auto &entry : node)
        record(joinPath(path, entry.first.Scalar()), entry.second);
}

LabelSelector DesignReader::readSelector(const YAML::Node &node, const std::string &path)
{
    return readLabelSelector(node, path, m_ctx, m_result.sourceMap);
}

} // namespace Netpol
