#include "model/design/designcheck.h"
#include "model/core/quoting.h"
#include "model/design/guardrailpolicy.h"

#include "model/k8s/cidr.h"
#include "model/k8s/k8snames.h"

#include <set>
#include <unordered_map>
#include <unordered_set>

namespace Netpol {

namespace {

class Checker
{
public:
    explicit Checker(const Design &design) : m_design(design) {}

    Diagnostics run()
    {
        checkOptions();
        for (int i = 0; i < int(m_design.namespaces.size()); ++i)
            checkNamespace(i);
        for (int i = 0; i < int(m_design.workloads.size()); ++i)
            checkWorkload(i);
        for (int i = 0; i < int(m_design.externals.size()); ++i)
            checkExternal(i);
        for (int i = 0; i < int(m_design.flows.size()); ++i)
            checkFlow(i);
        for (Diagnostic &d : checkGuardrails(m_design))
            m_out.push_back(std::move(d));
        return std::move(m_out);
    }

private:
    void error(const ElementRef &element, const std::string &field, std::string code,
               std::string message, std::string hint = {})
    {
        Diagnostic d = makeError(std::move(code), std::move(message));
        d.location.element = element;
        d.location.field = field;
        d.hint = std::move(hint);
        m_out.push_back(std::move(d));
    }

    void nameErrors(const ElementRef &element, const std::string &what, const std::string &name,
                    const std::vector<std::string> &errors)
    {
        if (name.empty()) {
            error(element, "name", "invalid-name", what + " has no name");
        } else if (!errors.empty()) {
            error(element, "name", "invalid-name",
                  what + " name " + quotedValue(name) + " is invalid: " + joinMessages(errors));
        }
    }

    void checkCidr(const ElementRef &element, const std::string &field, const std::string &text,
                   const std::string &what)
    {
        const CidrParse parsed = parseCidr(text);
        if (!parsed.cidr)
            error(element, field, "invalid-cidr", what + " " + quotedValue(text) + " "
                + parsed.error);
    }

    void checkOptions()
    {
        const ElementRef options = ElementRef::options();
        const DnsOptions &dns = m_design.options.dns;
        if (dns.enabled) {
            const auto errors = dns1123LabelErrors(dns.ns);
            if (!errors.empty())
                error(options, "dns.namespace", "invalid-name",
                      "DNS namespace " + quotedValue(dns.ns) + " is invalid: "
                          + joinMessages(errors));
            for (Diagnostic &d : checkLabels(dns.podSelector, options, "dns.podSelector"))
                m_out.push_back(std::move(d));
        }
        if (!m_design.options.nodeCidr.empty())
            checkCidr(options, "nodeCIDR", m_design.options.nodeCidr, "nodeCIDR");
    }

    void checkNamespace(int index)
    {
        const Namespace &ns = m_design.namespaces[std::size_t(index)];
        const ElementRef ref = ElementRef::namespaceRef(ns.name, index);
        nameErrors(ref, "namespace", ns.name, dns1123LabelErrors(ns.name));
        if (ns.name == kExternalPrefix)
            error(ref, "name", "reserved-name",
                  "a namespace cannot be called \"external\" in a design: external/NAME names an "
                  "external peer",
                  "rename the namespace in the design");
        if (!m_namespaces.insert(ns.name).second)
            error(ref, "name", "duplicate-name", "namespace " + quotedValue(ns.name)
                + " is declared twice");
        for (Diagnostic &d : checkLabels(ns.labels, ref, "labels"))
            m_out.push_back(std::move(d));
        const auto own = ns.labels.find(kNamespaceNameLabel);
        if (own != ns.labels.end() && own->second != ns.name)
            error(ref, std::string("labels.") + kNamespaceNameLabel, "invalid-label",
                  std::string("label ") + kNamespaceNameLabel + " is always the namespace's name ("
                      + quotedValue(ns.name) + "), not " + quotedValue(own->second),
                  "remove the label: Kubernetes sets it");
    }

    void checkWorkload(int index)
    {
        const Workload &w = m_design.workloads[std::size_t(index)];
        const ElementRef ref = ElementRef::workload(w.ns, w.name, index);
        nameErrors(ref, "workload", w.name, dns1123SubdomainErrors(w.name));
        if (!m_namespaces.count(w.ns))
            error(ref, "namespace", "unknown-namespace",
                  "workload " + quotedValue(w.name) + " is in namespace " + quotedValue(w.ns)
                      + ", which is not declared",
                  "add the namespace to the design's namespaces");
        if (!m_workloads[w.ns].insert(w.name).second)
            error(ref, "name", "duplicate-name",
                  "workload " + quotedValue(w.ns + '/' + w.name) + " is declared twice");
        for (Diagnostic &d : checkLabels(w.labels, ref, "labels"))
            m_out.push_back(std::move(d));
        std::set<std::string> names;
        std::set<std::pair<int, Protocol>> numbers;
        for (std::size_t i = 0; i < w.ports.size(); ++i) {
            const ContainerPort &p = w.ports[i];
            const std::string field = "ports[" + std::to_string(i) + ']';
            if (!portNumberErrors(p.port).empty())
                error(ref, field, "invalid-port",
                      "container port " + std::to_string(p.port) + " must be between 1 and 65535, inclusive");
            if (!p.name.empty()) {
                const auto errors = portNameErrors(p.name);
                if (!errors.empty())
                    error(ref, field, "invalid-port",
                          "container port name " + quotedValue(p.name) + " is invalid: "
                              + joinMessages(errors));
                if (!names.insert(p.name).second)
                    error(ref, field, "duplicate-port",
                          "container port name " + quotedValue(p.name)
                              + " is used twice in workload " + quotedValue(w.name));
            }
            if (!numbers.insert({p.port, p.protocol}).second)
                error(ref, field, "duplicate-port",
                      "container port " + std::to_string(p.port) + '/' + std::string(protocolName(p.protocol))
                          + " is listed twice in workload " + quotedValue(w.name));
        }
    }

    void checkExternal(int index)
    {
        const External &e = m_design.externals[std::size_t(index)];
        const ElementRef ref = ElementRef::external(e.name, index);
        nameErrors(ref, "external", e.name, dns1123SubdomainErrors(e.name));
        if (!m_externals.insert(e.name).second)
            error(ref, "name", "duplicate-name", "external " + quotedValue(e.name)
                + " is declared twice");
        const CidrParse cidr = parseCidr(e.cidr);
        if (!cidr.cidr) {
            error(ref, "cidr", "invalid-cidr", "cidr " + quotedValue(e.cidr) + " " + cidr.error);
            return;
        }
        for (std::size_t i = 0; i < e.except.size(); ++i) {
            const std::string field = "except[" + std::to_string(i) + ']';
            const CidrParse ex = parseCidr(e.except[i]);
            if (!ex.cidr) {
                error(ref, field, "invalid-cidr", "except " + quotedValue(e.except[i]) + " "
                    + ex.error);
            } else if (ex.cidr->address.v6 != cidr.cidr->address.v6 || !cidr.cidr->contains(*ex.cidr)
                       || ex.cidr->prefix <= cidr.cidr->prefix) {
                error(ref, field, "invalid-cidr",
                      "except " + quotedValue(e.except[i]) + " must be a strict subset of `cidr` ("
                          + e.cidr + ')');
            }
        }
    }

    void checkEndpoint(int index, const std::string &field, const Endpoint &endpoint)
    {
        const ElementRef ref = ElementRef::flow(index);
        const std::string text = endpoint.toString();
        switch (endpoint.kind) {
        case Endpoint::Kind::AllNamespaces:
            return;
        case Endpoint::Kind::External:
            if (!m_externals.count(endpoint.name))
                error(ref, field, "unknown-endpoint",
                      "flow " + field + " " + quotedValue(text) + ": no external named "
                          + quotedValue(endpoint.name) + " is declared");
            return;
        case Endpoint::Kind::Namespace:
            if (!m_namespaces.count(endpoint.ns))
                error(ref, field, "unknown-endpoint",
                      "flow " + field + " " + quotedValue(text) + ": namespace "
                          + quotedValue(endpoint.ns) + " is not declared");
            return;
        case Endpoint::Kind::Workload: {
            const auto it = m_workloads.find(endpoint.ns);
            if (!m_namespaces.count(endpoint.ns))
                error(ref, field, "unknown-endpoint",
                      "flow " + field + " " + quotedValue(text) + ": namespace "
                          + quotedValue(endpoint.ns) + " is not declared");
            else if (it == m_workloads.end() || !it->second.count(endpoint.name))
                error(ref, field, "unknown-endpoint",
                      "flow " + field + " " + quotedValue(text) + ": no workload "
                          + quotedValue(endpoint.name) + " is declared in namespace "
                          + quotedValue(endpoint.ns));
            return;
        }
        }
    }

    void checkFlow(int index)
    {
        const Flow &flow = m_design.flows[std::size_t(index)];
        const ElementRef ref = ElementRef::flow(index);
        checkEndpoint(index, "from", flow.from);
        checkEndpoint(index, "to", flow.to);
        if (flow.from.isExternal() && flow.to.isExternal())
            error(ref, "to", "invalid-flow",
                  "a flow between two externals never enters the cluster, so no policy can allow it",
                  "connect at least one end to a workload or namespace");
        for (std::size_t i = 0; i < flow.ports.size(); ++i) {
            const std::string message = flowPortError(flow.ports[i]);
            if (!message.empty())
                error(ref, "ports[" + std::to_string(i) + ']', "invalid-port", message);
        }
    }

    const Design &m_design;
    Diagnostics m_out;
    std::unordered_set<std::string> m_namespaces;
    std::unordered_map<std::string, std::unordered_set<std::string>> m_workloads;
    std::unordered_set<std::string> m_externals;
};

} // namespace

Diagnostics checkLabels(const Labels &labels, const ElementRef &element, const std::string &field)
{
    Diagnostics out;
    for (const auto &[key, value] : labels) {
        const std::string keyField = field + '.' + key;
        const auto keyErrors = qualifiedNameErrors(key);
        if (!keyErrors.empty()) {
            Diagnostic d = makeError("invalid-label",
                                     "label key " + quotedValue(key) + " is invalid: "
                                         + joinMessages(keyErrors));
            d.location.element = element;
            d.location.field = keyField;
            out.push_back(std::move(d));
        }
        const auto valueErrors = labelValueErrors(value);
        if (!valueErrors.empty()) {
            Diagnostic d = makeError("invalid-label", "label value " + quotedValue(value) + " of "
                + quotedValue(key) + " is invalid: " + joinMessages(valueErrors));
            d.location.element = element;
            d.location.field = keyField;
            out.push_back(std::move(d));
        }
    }
    return out;
}

Diagnostics checkDesign(const Design &design)
{
    return Checker(design).run();
}

} // namespace Netpol
