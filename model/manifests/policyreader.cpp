#include "model/manifests/policyreader_p.h"
#include "model/core/quoting.h"

#include "model/manifests/yamlscalar.h"

#include <charconv>

namespace Netpol {

namespace {

bool isNullText(const std::string &text)
{
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

std::string yaml11Reading(const std::string &text)
{
    static const char *bools[] = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                                  "true", "True", "TRUE", "false", "False", "FALSE",
                                  "on", "On", "ON", "off", "Off", "OFF"};
    for (const char *b : bools) {
        if (text == b)
            return "a boolean";
    }
    if (text.size() >= 8 && text[4] == '-')
        return "a timestamp";
    return "a number";
}

NetworkPolicyPort readPort(const YAML::Node &node, const std::string &path, Yaml::Context &ctx,
                           SourceMap &sources)
{
    NetworkPolicyPort port;
    if (!ctx.checkMap(node, path, {"protocol", "port", "endPort"}))
        return port;
    if (const YAML::Node p = node["protocol"]) {
        recordField(sources, path + ".protocol", p, ctx);
        if (!p.IsNull())
            port.protocol = readK8sString(p, path + ".protocol", ctx);
    }
    if (const YAML::Node p = node["port"]) {
        recordField(sources, path + ".port", p, ctx);
        if (const auto number = plainInteger(p)) {
            port.port = PortValue::fromNumber(*number);
        } else if (p.IsScalar() && !p.IsNull()) {
            const std::string &text = p.Scalar();
            if (!Yaml::isQuoted(p) && isYaml11NonString(text) && !isNullText(text)) {
                ctx.error(p, "wrong-type",
                          path + ".port: " + text + " is read as " + yaml11Reading(text)
                              + ", but a port is an integer or a port name");
            } else if (!isNullText(text) || Yaml::isQuoted(p)) {
                port.port = PortValue::fromName(text);
            }
        } else if (!p.IsNull()) {
            ctx.error(p, "wrong-type", path + ".port must be an integer or a port name");
        }
    }
    if (const YAML::Node e = node["endPort"]) {
        recordField(sources, path + ".endPort", e, ctx);
        if (const auto number = plainInteger(e))
            port.endPort = *number;
        else if (!e.IsNull())
            ctx.error(e, "wrong-type",
                      path + ".endPort must be an integer, not "
                          + (Yaml::isQuoted(e) ? "the string "
                              + quotedValue(Yaml::scalarText(e)) : std::string("that")),
                      "write endPort without quotes");
    }
    return port;
}

NetworkPolicyPeer readPeer(const YAML::Node &node, const std::string &path, Yaml::Context &ctx,
                           SourceMap &sources)
{
    NetworkPolicyPeer peer;
    if (node.IsNull())
        return peer;
    if (!ctx.checkMap(node, path, {"podSelector", "namespaceSelector", "ipBlock"}))
        return peer;
    // A field written as null (`podSelector:` with nothing after it) is absent for the API
    // server, like an omitted one: `- podSelector:` alone is a peer with nothing in it.
    if (const YAML::Node s = node["podSelector"]; s && !s.IsNull())
        peer.podSelector = readLabelSelector(s, path + ".podSelector", ctx, sources);
    if (const YAML::Node s = node["namespaceSelector"]; s && !s.IsNull())
        peer.namespaceSelector = readLabelSelector(s, path + ".namespaceSelector", ctx, sources);
    if (const YAML::Node b = node["ipBlock"]; b && !b.IsNull()) {
        const std::string blockPath = path + ".ipBlock";
        recordField(sources, blockPath, b, ctx);
        IPBlock block;
        if (ctx.checkMap(b, blockPath, {"cidr", "except"})) {
            if (const YAML::Node c = b["cidr"]) {
                recordField(sources, blockPath + ".cidr", c, ctx);
                block.cidr = readK8sString(c, blockPath + ".cidr", ctx).value_or("");
            }
            if (const YAML::Node e = b["except"])
                block.except = readStringList(e, blockPath + ".except", ctx, sources);
            peer.ipBlock = std::move(block);
        }
    }
    return peer;
}

std::vector<NetworkPolicyRule> readRules(const YAML::Node &node, const std::string &path,
                                         const char *peersKey, Yaml::Context &ctx,
                                         SourceMap &sources)
{
    std::vector<NetworkPolicyRule> rules;
    readList(node, path, ctx, sources, [&](const YAML::Node &item, const std::string &rulePath) {
        NetworkPolicyRule rule;
        if (item.IsNull()) { // "- " alone is an empty rule
            rules.push_back(rule);
            return;
        }
        if (!ctx.checkMap(item, rulePath, {peersKey, "ports"}))
            return;
        if (const YAML::Node peers = item[peersKey]) {
            readList(peers, rulePath + '.' + peersKey, ctx, sources,
                     [&](const YAML::Node &p, const std::string &peerPath) {
                         rule.peers.push_back(readPeer(p, peerPath, ctx, sources));
                     });
        }
        if (const YAML::Node ports = item["ports"]) {
            readList(ports, rulePath + ".ports", ctx, sources,
                     [&](const YAML::Node &p, const std::string &portPath) {
                         rule.ports.push_back(readPort(p, portPath, ctx, sources));
                     });
        }
        rules.push_back(std::move(rule));
    });
    return rules;
}

} // namespace

void recordField(SourceMap &sources, const std::string &path, const YAML::Node &node,
                 Yaml::Context &ctx)
{
    const Location location = ctx.at(node);
    if (location.hasPosition())
        sources.add(path, location.line, location.column);
}

std::optional<long long> plainInteger(const YAML::Node &node)
{
    if (!node.IsScalar() || Yaml::isQuoted(node))
        return std::nullopt;
    std::string_view text = node.Scalar();
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::vector<std::string> readStringList(const YAML::Node &node, const std::string &path,
                                        Yaml::Context &ctx, SourceMap &sources)
{
    std::vector<std::string> values;
    readList(node, path, ctx, sources, [&](const YAML::Node &item, const std::string &itemPath) {
        if (auto s = readK8sString(item, itemPath, ctx))
            values.push_back(std::move(*s));
    });
    return values;
}

void readObjectMeta(const YAML::Node &meta, Yaml::Context &ctx, SourceMap &sources,
                    ObjectMeta &out)
{
    recordField(sources, "metadata", meta, ctx);
    if (!ctx.checkMap(meta, "metadata", objectMetaFields()))
        return;
    if (const YAML::Node n = meta["name"]) {
        recordField(sources, "metadata.name", n, ctx);
        out.name = readK8sString(n, "metadata.name", ctx).value_or("");
    }
    if (const YAML::Node n = meta["generateName"]) {
        recordField(sources, "metadata.generateName", n, ctx);
        out.generateName = readK8sString(n, "metadata.generateName", ctx).value_or("");
    }
    if (const YAML::Node n = meta["namespace"]) {
        recordField(sources, "metadata.namespace", n, ctx);
        out.ns = readK8sString(n, "metadata.namespace", ctx).value_or("");
    }
    if (const YAML::Node l = meta["labels"])
        out.labels = readK8sStringMap(l, "metadata.labels", ctx, sources);
    if (const YAML::Node a = meta["annotations"])
        out.annotations = readK8sStringMap(a, "metadata.annotations", ctx, sources);
}

const std::vector<std::string_view> &objectMetaFields()
{
    static const std::vector<std::string_view> fields = {
        "name", "namespace", "labels", "annotations", "generateName", "uid", "resourceVersion",
        "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
        "finalizers", "ownerReferences", "managedFields", "selfLink"};
    return fields;
}

std::optional<std::string> readK8sString(const YAML::Node &node, const std::string &path,
                                         Yaml::Context &ctx)
{
    if (node.IsNull())
        return std::string();
    if (!node.IsScalar()) {
        ctx.error(node, "wrong-type", path + " must be a string");
        return std::nullopt;
    }
    const std::string &text = node.Scalar();
    if (!Yaml::isQuoted(node) && isYaml11NonString(text) && !isNullText(text)) {
        ctx.error(node, "yaml11-type",
                  path + ": " + text + " is read by kubectl (YAML 1.1) as " + yaml11Reading(text)
                      + ", not the string " + quotedValue(text),
                  "quote it: \"" + text + "\"");
        return std::nullopt;
    }
    return text;
}

Labels readK8sStringMap(const YAML::Node &node, const std::string &path, Yaml::Context &ctx,
                        SourceMap &sources)
{
    Labels labels;
    recordField(sources, path, node, ctx);
    if (node.IsNull())
        return labels;
    if (!ctx.checkUniqueKeys(node, path))
        return labels;
    for (const auto &entry : node) {
        const std::string key = entry.first.Scalar();
        const std::string keyPath = path + '.' + key;
        recordField(sources, keyPath, entry.first, ctx);
        if (auto value = readK8sString(entry.second, keyPath, ctx))
            labels[key] = std::move(*value);
    }
    return labels;
}

LabelSelector readLabelSelector(const YAML::Node &node, const std::string &path,
                                Yaml::Context &ctx, SourceMap &sources)
{
    LabelSelector selector;
    recordField(sources, path, node, ctx);
    if (node.IsNull())
        return selector;
    if (!ctx.checkMap(node, path, {"matchLabels", "matchExpressions"}))
        return selector;
    if (const YAML::Node labels = node["matchLabels"])
        selector.matchLabels = readK8sStringMap(labels, path + ".matchLabels", ctx, sources);
    if (const YAML::Node expressions = node["matchExpressions"]) {
        readList(expressions, path + ".matchExpressions", ctx, sources,
                 [&](const YAML::Node &item, const std::string &itemPath) {
                     if (!ctx.checkMap(item, itemPath, {"key", "operator", "values"}))
                         return;
                     LabelSelectorRequirement r;
                     if (const YAML::Node k = item["key"]) {
                         recordField(sources, itemPath + ".key", k, ctx);
                         r.key = readK8sString(k, itemPath + ".key", ctx).value_or("");
                     }
                     if (const YAML::Node o = item["operator"]) {
                         recordField(sources, itemPath + ".operator", o, ctx);
                         r.op = readK8sString(o, itemPath + ".operator", ctx).value_or("");
                     }
                     if (const YAML::Node v = item["values"])
                         r.values = readStringList(v, itemPath + ".values", ctx, sources);
                     selector.matchExpressions.push_back(std::move(r));
                 });
    }
    return selector;
}

std::optional<NetworkPolicy> readNetworkPolicy(const YAML::Node &node, Yaml::Context &ctx,
                                               SourceMap &sources,
                                               const std::string &listApiVersion)
{
    if (!ctx.checkMap(node, "NetworkPolicy", {"apiVersion", "kind", "metadata", "spec", "status"}))
        return std::nullopt;
    recordField(sources, "", node, ctx);
    NetworkPolicy policy;
    const YAML::Node apiVersion = node["apiVersion"];
    recordField(sources, "apiVersion", apiVersion, ctx);
    const std::string version = apiVersion ? Yaml::scalarText(apiVersion) : listApiVersion;
    const std::string hint = "write apiVersion: networking.k8s.io/v1";
    if (!apiVersion && version.empty())
        ctx.error(node, "wrong-api-version",
                  "the NetworkPolicy has no `apiVersion`: NetworkPolicies are "
                  "networking.k8s.io/v1",
                  hint);
    else if (version != "networking.k8s.io/v1")
        ctx.error(apiVersion ? apiVersion : node, "wrong-api-version",
                  "NetworkPolicy apiVersion must be networking.k8s.io/v1, not "
                      + quotedValue(version)
                      + (apiVersion ? "" : " (the apiVersion of its list)"),
                  hint);
    recordField(sources, "kind", node["kind"], ctx);

    if (const YAML::Node meta = node["metadata"])
        readObjectMeta(meta, ctx, sources, policy.metadata);

    const YAML::Node spec = node["spec"];
    if (!spec || spec.IsNull())
        return policy;
    recordField(sources, "spec", spec, ctx);
    if (!ctx.checkMap(spec, "spec", {"podSelector", "policyTypes", "ingress", "egress"}))
        return policy;
    if (const YAML::Node s = spec["podSelector"])
        policy.spec.podSelector = readLabelSelector(s, "spec.podSelector", ctx, sources);
    if (const YAML::Node t = spec["policyTypes"])
        policy.spec.policyTypes = readStringList(t, "spec.policyTypes", ctx, sources);
    if (const YAML::Node i = spec["ingress"])
        policy.spec.ingress = readRules(i, "spec.ingress", "from", ctx, sources);
    if (const YAML::Node e = spec["egress"])
        policy.spec.egress = readRules(e, "spec.egress", "to", ctx, sources);
    return policy;
}

} // namespace Netpol
