#include "model/manifests/workloadreader_p.h"
#include "model/core/quoting.h"

#include "model/k8s/k8snames.h"
#include "model/manifests/policyreader_p.h"

#include <algorithm>
#include <charconv>

namespace Netpol {

namespace {

// A field that must be a map when present; null and absent read as nothing.
YAML::Node mapField(const YAML::Node &parent, const char *key, const std::string &path,
                    Yaml::Context &ctx)
{
    const YAML::Node node = parent[key];
    if (!node || node.IsNull())
        return YAML::Node(YAML::NodeType::Undefined);
    if (!node.IsMap()) {
        ctx.error(node, "wrong-type", path + " must be a map");
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return node;
}

YAML::Node listField(const YAML::Node &parent, const char *key, const std::string &path,
                     Yaml::Context &ctx)
{
    const YAML::Node node = parent[key];
    if (!node || node.IsNull())
        return YAML::Node(YAML::NodeType::Undefined);
    if (!node.IsSequence()) {
        ctx.error(node, "wrong-type", path + " must be a list");
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return node;
}

std::optional<long long> plainInteger(const YAML::Node &node)
{
    if (!node.IsScalar() || Yaml::isQuoted(node))
        return std::nullopt;
    std::string_view text = node.Scalar();
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

// The message for an object without metadata.name, placed on its first line.
std::string missingNameMessage(const std::string &kind)
{
    return "the " + kind + " has no `metadata.name`: every Kubernetes object has a name "
           + "(metadata.name: Required value)";
}

struct Meta
{
    std::string name;
    std::string ns;
    Labels labels;
};

Meta readMeta(const YAML::Node &object, const std::string &path, Yaml::Context &ctx)
{
    Meta meta;
    const YAML::Node node = mapField(object, "metadata", path, ctx);
    if (!node)
        return meta;
    SourceMap ignored;
    if (const YAML::Node n = node["name"])
        meta.name = readK8sString(n, path + ".name", ctx).value_or("");
    if (const YAML::Node n = node["namespace"])
        meta.ns = readK8sString(n, path + ".namespace", ctx).value_or("");
    if (const YAML::Node l = node["labels"])
        meta.labels = readK8sStringMap(l, path + ".labels", ctx, ignored);
    return meta;
}

ContainerPort readContainerPort(const YAML::Node &node, const std::string &path, Yaml::Context &ctx)
{
    ContainerPort port;
    if (!node.IsMap()) {
        ctx.error(node, "wrong-type", path + " must be a map with containerPort");
        return port;
    }
    const YAML::Node number = node["containerPort"];
    if (!number) {
        ctx.error(node, "missing-field", path + ".containerPort: Required value");
    } else if (const auto value = plainInteger(number)) {
        const auto errors = portNumberErrors(*value);
        if (errors.empty())
            port.port = int(*value);
        else
            ctx.error(number, "invalid-port",
                      path + ".containerPort: Invalid value: " + std::to_string(*value) + ": "
                          + joinMessages(errors));
    } else {
        ctx.error(number, "wrong-type", path + ".containerPort must be an integer");
    }
    if (const YAML::Node name = node["name"]) {
        if (auto text = readK8sString(name, path + ".name", ctx)) {
            const auto errors = portNameErrors(*text);
            if (text->empty() || errors.empty())
                port.name = *text;
            else
                ctx.error(name, "invalid-port",
                          path + ".name: Invalid value: " + quotedValue(*text) + ": "
                              + joinMessages(errors));
        }
    }
    if (const YAML::Node protocol = node["protocol"]) {
        const std::string text = readK8sString(protocol, path + ".protocol", ctx).value_or("TCP");
        if (const auto parsed = parseProtocol(text.empty() ? "TCP" : text))
            port.protocol = *parsed;
        else
            ctx.error(protocol, "invalid-protocol",
                      path + ".protocol: Unsupported value: " + quotedValue(text)
                          + ": supported values: \"SCTP\", \"TCP\", \"UDP\"");
    }
    return port;
}

// The liveness, readiness and startup probes of a container at `path`: their handler and port.
void readProbes(const YAML::Node &container, const std::string &path, Yaml::Context &ctx,
                std::vector<ManifestProbe> &out)
{
    for (const char *type : {"liveness", "readiness", "startup"}) {
        const std::string key = std::string(type) + "Probe";
        const YAML::Node probe = mapField(container, key.c_str(), path + '.' + key, ctx);
        if (!probe)
            continue;
        ManifestProbe p;
        p.type = type;
        p.container = Yaml::scalarText(container["name"]);
        p.location = ctx.at(probe);
        for (const char *handler : {"httpGet", "tcpSocket", "grpc", "exec"}) {
            const YAML::Node h = probe[handler];
            if (!h || h.IsNull())
                continue;
            p.handler = handler;
            const YAML::Node port = h.IsMap() ? h["port"] : YAML::Node();
            if (port && port.IsScalar()) {
                if (const auto number = plainInteger(port))
                    p.port = PortValue::fromNumber(*number);
                else
                    p.port = PortValue::fromName(port.Scalar());
            }
            break;
        }
        out.push_back(std::move(p));
    }
}

// spec.containers[] of a pod spec at `path`: their ports and probes.
void readPodSpec(const YAML::Node &podSpec, const std::string &path, Yaml::Context &ctx,
                 ManifestWorkload &out)
{
    const YAML::Node containers = listField(podSpec, "containers", path + ".containers", ctx);
    if (!containers)
        return;
    for (std::size_t c = 0; c < containers.size(); ++c) {
        const std::string cpath = path + ".containers[" + std::to_string(c) + ']';
        if (!containers[c].IsMap()) {
            ctx.error(containers[c], "wrong-type", cpath + " must be a map");
            continue;
        }
        readProbes(containers[c], cpath, ctx, out.probes);
        const YAML::Node list = listField(containers[c], "ports", cpath + ".ports", ctx);
        if (!list)
            continue;
        for (std::size_t p = 0; p < list.size(); ++p)
            out.ports.push_back(
                readContainerPort(list[p], cpath + ".ports[" + std::to_string(p) + ']', ctx));
    }
}

void readPodIps(const YAML::Node &object, ManifestWorkload &out, Yaml::Context &ctx)
{
    const YAML::Node status = mapField(object, "status", "status", ctx);
    if (!status)
        return;
    auto add = [&](const YAML::Node &node, const std::string &path) {
        const auto text = readK8sString(node, path, ctx);
        if (!text || text->empty())
            return;
        const auto ip = parseIpAddress(*text);
        if (!ip) {
            ctx.error(node, "invalid-ip", path + ": " + quotedValue(*text)
                + " is not an IP address");
            return;
        }
        if (std::find(out.ips.begin(), out.ips.end(), *ip) == out.ips.end())
            out.ips.push_back(*ip);
    };
    if (const YAML::Node ip = status["podIP"])
        add(ip, "status.podIP");
    const YAML::Node list = listField(status, "podIPs", "status.podIPs", ctx);
    for (std::size_t i = 0; list && i < list.size(); ++i) {
        const std::string path = "status.podIPs[" + std::to_string(i) + ']';
        if (list[i].IsMap() && list[i]["ip"])
            add(list[i]["ip"], path + ".ip");
        else
            ctx.error(list[i], "wrong-type", path + " must be a map with ip");
    }
}

} // namespace

std::optional<ManifestNamespace> readNamespaceObject(const YAML::Node &node, Yaml::Context &ctx)
{
    const int errorsBefore = ctx.errorCount();
    ManifestNamespace ns;
    ns.location = ctx.at(node);
    const Meta meta = readMeta(node, "metadata", ctx);
    ns.name = meta.name;
    ns.labels = meta.labels;
    if (ns.name.empty())
        ctx.error(node, "missing-field", missingNameMessage("Namespace"), "add metadata.name");
    else if (const auto errors = dns1123LabelErrors(ns.name); !errors.empty())
        ctx.error(node["metadata"]["name"], "invalid-name",
                  "Namespace name " + quotedValue(ns.name) + " is invalid: "
                      + joinMessages(errors));
    if (ctx.errorCount() != errorsBefore)
        return std::nullopt;
    return ns;
}

std::optional<ManifestWorkload> readWorkloadObject(const YAML::Node &node, WorkloadKind kind,
                                                   Yaml::Context &ctx)
{
    const int errorsBefore = ctx.errorCount();
    const std::string kindName(workloadKindName(kind));
    ManifestWorkload w;
    w.kind = kind;
    w.location = ctx.at(node);
    const Meta meta = readMeta(node, "metadata", ctx);
    w.name = meta.name;
    w.ns = meta.ns;
    if (w.name.empty())
        ctx.error(node, "missing-field", missingNameMessage(kindName), "add metadata.name");

    if (kind == WorkloadKind::Pod) {
        w.labels = meta.labels;
        if (const YAML::Node spec = mapField(node, "spec", "spec", ctx))
            readPodSpec(spec, "spec", ctx, w);
        readPodIps(node, w, ctx);
    } else {
        // The pod template: spec.template, or spec.jobTemplate.spec.template for a CronJob.
        std::string path = "spec";
        YAML::Node spec = mapField(node, "spec", path, ctx);
        if (spec && kind == WorkloadKind::CronJob) {
            const YAML::Node job = mapField(spec, "jobTemplate", path + ".jobTemplate", ctx);
            path += ".jobTemplate.spec";
            spec = job ? mapField(job, "spec", path, ctx) : job;
        }
        const YAML::Node tmpl = spec ? mapField(spec, "template", path + ".template", ctx) : spec;
        if (tmpl) {
            w.labels = readMeta(tmpl, path + ".template.metadata", ctx).labels;
            if (const YAML::Node podSpec = mapField(tmpl, "spec", path + ".template.spec", ctx))
                readPodSpec(podSpec, path + ".template.spec", ctx, w);
        } else if (ctx.errorCount() == errorsBefore) {
            ctx.error(node, "missing-field",
                      "the " + kindName + ' ' + w.name + " has no pod template (" + path
                          + ".template): policies select its pods by the template's labels");
        }
    }
    if (ctx.errorCount() != errorsBefore)
        return std::nullopt;
    return w;
}

} // namespace Netpol
