#include "model/design/designwriter.h"

#include "model/design/designreader.h"
#include "model/design/designwriter_p.h"
#include "model/manifests/yamlsupport_p.h"

#include <charconv>

namespace Netpol {

std::string formatNumber(double value)
{
    if (value == 0)
        return "0"; // also for -0
    char buffer[64];
    const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, ptr) : std::string("0");
}

namespace {

using Yaml::emitString;
using Yaml::emitStringMap;

void emitKey(YAML::Emitter &out, const char *key)
{
    out << YAML::Key << key << YAML::Value;
}

void emitNumber(YAML::Emitter &out, const char *key, double value)
{
    emitKey(out, key);
    out << formatNumber(value);
}

void emitDirections(YAML::Emitter &out, const DirectionSet &set)
{
    out << YAML::Flow << YAML::BeginSeq;
    if (set.ingress)
        out << "Ingress";
    if (set.egress)
        out << "Egress";
    out << YAML::EndSeq;
}

void emitOptions(YAML::Emitter &out, const Options &options)
{
    emitKey(out, "options");
    out << YAML::BeginMap;
    emitKey(out, "dns");
    out << YAML::BeginMap;
    emitKey(out, "enabled");
    out << (options.dns.enabled ? "true" : "false");
    emitKey(out, "namespace");
    emitString(out, options.dns.ns);
    emitKey(out, "podSelector");
    emitStringMap(out, options.dns.podSelector, true);
    out << YAML::EndMap;
    emitKey(out, "policyGranularity");
    out << std::string(granularityName(options.granularity));
    emitKey(out, "nodeCIDR");
    out << YAML::DoubleQuoted << options.nodeCidr;
    // Left out at their defaults, so that designs without guardrails read as before.
    if (options.clusterPolicyApi != ClusterPolicyApi::V1beta1) {
        emitKey(out, "clusterPolicyApi");
        out << clusterPolicyApiName(options.clusterPolicyApi);
    }
    if (options.baselineDefaultDeny) {
        emitKey(out, "baselineDefaultDeny");
        out << "true";
    }
    out << YAML::EndMap;
}

void emitNamespace(YAML::Emitter &out, const Namespace &ns)
{
    out << YAML::BeginMap;
    emitKey(out, "name");
    emitString(out, ns.name);
    if (!ns.labels.empty()) {
        emitKey(out, "labels");
        emitStringMap(out, ns.labels, true);
    }
    emitKey(out, "managed");
    out << (ns.managed ? "true" : "false");
    if (ns.managed || !(ns.defaultDeny == DirectionSet::both())) {
        emitKey(out, "defaultDeny");
        emitDirections(out, ns.defaultDeny);
    }
    emitKey(out, "geometry");
    out << YAML::Flow << YAML::BeginMap;
    emitNumber(out, "x", ns.geometry.x);
    emitNumber(out, "y", ns.geometry.y);
    emitNumber(out, "width", ns.geometry.width);
    emitNumber(out, "height", ns.geometry.height);
    out << YAML::EndMap;
    out << YAML::EndMap;
}

void emitPosition(YAML::Emitter &out, const Point &p)
{
    emitKey(out, "position");
    out << YAML::Flow << YAML::BeginMap;
    emitNumber(out, "x", p.x);
    emitNumber(out, "y", p.y);
    out << YAML::EndMap;
}

void emitWorkload(YAML::Emitter &out, const Workload &w)
{
    out << YAML::BeginMap;
    emitKey(out, "name");
    emitString(out, w.name);
    emitKey(out, "namespace");
    emitString(out, w.ns);
    emitKey(out, "kind");
    out << std::string(workloadKindName(w.kind));
    emitKey(out, "labels");
    emitStringMap(out, w.labels, true);
    if (!w.ports.empty()) {
        emitKey(out, "ports");
        out << YAML::BeginSeq;
        for (const ContainerPort &p : w.ports) {
            out << YAML::Flow << YAML::BeginMap;
            if (!p.name.empty()) {
                emitKey(out, "name");
                emitString(out, p.name);
            }
            emitKey(out, "port");
            out << std::to_string(p.port);
            emitKey(out, "protocol");
            out << std::string(protocolName(p.protocol));
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    emitPosition(out, w.position);
    out << YAML::EndMap;
}

void emitExternal(YAML::Emitter &out, const External &e)
{
    out << YAML::BeginMap;
    emitKey(out, "name");
    emitString(out, e.name);
    emitKey(out, "cidr");
    emitString(out, e.cidr);
    if (!e.except.empty()) {
        emitKey(out, "except");
        out << YAML::Flow << YAML::BeginSeq;
        for (const std::string &x : e.except)
            emitString(out, x);
        out << YAML::EndSeq;
    }
    emitPosition(out, e.position);
    out << YAML::EndMap;
}

void emitFlow(YAML::Emitter &out, const Flow &flow)
{
    out << YAML::Flow << YAML::BeginMap;
    emitKey(out, "from");
    emitString(out, flow.from.toString());
    emitKey(out, "to");
    emitString(out, flow.to.toString());
    if (!flow.ports.empty()) {
        emitKey(out, "ports");
        out << YAML::Flow << YAML::BeginSeq;
        for (const FlowPort &p : flow.ports)
            emitString(out, p.toString());
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

void emitExpectation(YAML::Emitter &out, const Expectation &e)
{
    out << YAML::Flow << YAML::BeginMap;
    emitKey(out, "from");
    emitString(out, e.from.toString());
    emitKey(out, "to");
    emitString(out, e.to.toString());
    emitKey(out, "port");
    emitString(out, e.port.toString());
    emitKey(out, "allowed");
    out << (e.allowed ? "true" : "false");
    out << YAML::EndMap;
}

template<typename T, typename Fn>
void emitList(YAML::Emitter &out, const char *key, const std::vector<T> &items, Fn emitItem)
{
    emitKey(out, key);
    if (items.empty()) {
        out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
        return;
    }
    out << YAML::BeginSeq;
    for (const T &item : items)
        emitItem(out, item);
    out << YAML::EndSeq;
}

} // namespace

std::string writeDesign(const Design &design)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    emitKey(out, "apiVersion");
    out << kDesignApiVersion;
    emitKey(out, "kind");
    out << kDesignKind;
    emitKey(out, "metadata");
    out << YAML::BeginMap;
    emitKey(out, "name");
    if (design.metadata.name.empty())
        out << YAML::DoubleQuoted << "";
    else
        emitString(out, design.metadata.name);
    if (!design.metadata.description.empty()) {
        emitKey(out, "description");
        emitString(out, design.metadata.description);
    }
    out << YAML::EndMap;
    emitOptions(out, design.options);
    emitList(out, "namespaces", design.namespaces, emitNamespace);
    emitList(out, "workloads", design.workloads, emitWorkload);
    emitList(out, "externals", design.externals, emitExternal);
    emitList(out, "flows", design.flows, emitFlow);
    if (!design.expectations.empty()) // older readers know no `expect:`: left out when empty
        emitList(out, "expect", design.expectations, emitExpectation);
    if (!design.guardrails.empty()) // likewise `guardrails:`
        emitGuardrails(out, design.guardrails);
    out << YAML::EndMap;
    std::string text = out.c_str();
    text += '\n';
    return text;
}

} // namespace Netpol
