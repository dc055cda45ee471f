#include "model/k8s/policyvalidation.h"

#include "model/k8s/apivalidation_p.h"
#include "model/k8s/k8snames.h"

#include <algorithm>
#include <cctype>

namespace Netpol {

namespace {

using Api::parseSloppy;
using Api::quote;

constexpr std::size_t kAnnotationSizeLimit = 256 * 1024;

bool allDigits(const std::string &text)
{
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

class Validator
{
public:
    explicit Validator(const NetworkPolicy &policy)
        : m_policy(policy)
    {}

    Diagnostics run()
    {
        validateMeta();
        validateSpec();
        return std::move(m_out);
    }

private:
    void add(Severity severity, const char *code, const std::string &message,
             const std::string &locationPath, std::string hint = {})
    {
        Diagnostic d{severity, code, message, {}, std::move(hint)};
        d.location.field = locationPath;
        m_out.push_back(std::move(d));
    }

    void invalid(const char *code, const std::string &path, const std::string &value,
                 const std::string &detail, const std::string &at = {}, std::string hint = {})
    {
        add(Severity::Error, code, path + ": Invalid value: " + value + ": " + detail,
            at.empty() ? path : at, std::move(hint));
    }

    void required(const char *code, const std::string &path, const std::string &detail,
                  std::string hint = {})
    {
        add(Severity::Error, code,
            path + ": Required value" + (detail.empty() ? "" : ": " + detail), path,
            std::move(hint));
    }

    void forbidden(const char *code, const std::string &path, const std::string &detail)
    {
        add(Severity::Error, code, path + ": Forbidden: " + detail, path);
    }

    void unsupported(const char *code, const std::string &path, const std::string &value,
                     const std::string &supported, std::string hint)
    {
        add(Severity::Error, code,
            path + ": Unsupported value: " + quote(value) + ": supported values: " + supported,
            path, std::move(hint));
    }

    void validateMeta()
    {
        const ObjectMeta &meta = m_policy.metadata;
        if (!meta.generateName.empty()) {
            std::string prefix = meta.generateName;
            if (prefix.size() > 1 && prefix.back() == '-')
                prefix.back() = 'a'; // a generated suffix follows the dash
            for (const std::string &m : dns1123SubdomainErrors(prefix))
                invalid("invalid-name", "metadata.generateName", quote(meta.generateName), m);
        }
        if (meta.name.empty()) {
            if (meta.generateName.empty())
                required("invalid-name", "metadata.name", "name or generateName is required",
                         "give the policy a metadata.name");
        } else {
            for (const std::string &m : dns1123SubdomainErrors(meta.name))
                invalid("invalid-name", "metadata.name", quote(meta.name), m, {},
                        "names are lower case letters, digits, '-' and '.'");
        }
        if (!meta.ns.empty()) {
            for (const std::string &m : dns1123LabelErrors(meta.ns))
                invalid("invalid-name", "metadata.namespace", quote(meta.ns), m);
        }
        validateLabels(meta.labels, "metadata.labels");
        std::size_t size = 0;
        for (const auto &[key, value] : meta.annotations) {
            size += key.size() + value.size();
            std::string lower = key;
            for (char &c : lower)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            for (const std::string &m : qualifiedNameErrors(lower))
                invalid("invalid-label", "metadata.annotations", quote(key), m,
                        "metadata.annotations." + key);
        }
        if (size > kAnnotationSizeLimit)
            add(Severity::Error, "invalid-label",
                "metadata.annotations: Too long: may not be more than "
                    + std::to_string(kAnnotationSizeLimit) + " bytes",
                "metadata.annotations");
    }

    void validateLabels(const Labels &labels, const std::string &path)
    {
        for (Diagnostic &d : Api::labelFindings(labels, path))
            m_out.push_back(std::move(d));
    }

    void validateSelector(const LabelSelector &selector, const std::string &path)
    {
        for (Diagnostic &d : Api::selectorFindings(selector, path))
            m_out.push_back(std::move(d));
    }

    void validatePort(const NetworkPolicyPort &port, const std::string &path)
    {
        if (port.protocol && *port.protocol != "TCP" && *port.protocol != "UDP"
            && *port.protocol != "SCTP")
            unsupported("invalid-protocol", path + ".protocol", *port.protocol,
                        "\"TCP\", \"UDP\", \"SCTP\"",
                        "protocols are case-sensitive: TCP, UDP or SCTP");
        const std::string endPath = path + ".endPort";
        if (!port.port) {
            if (port.endPort)
                invalid("invalid-port", endPath, std::to_string(*port.endPort),
                        "may not be specified when `port` is not specified");
            return;
        }
        if (port.port->isName) {
            const std::string &name = port.port->name;
            if (port.endPort)
                invalid("invalid-port", endPath, std::to_string(*port.endPort),
                        "may not be specified when `port` is non-numeric");
            const auto errors = portNameErrors(name);
            for (const std::string &m : errors) {
                if (allDigits(name)) {
                    invalid("invalid-port", path + ".port", quote(name),
                            m + " (\"" + name
                                + "\" is quoted, so it is a port name, not the number " + name
                                + ")",
                            {}, "write the number without quotes: port: " + name);
                } else {
                    invalid(
                        "invalid-port", path + ".port", quote(name), m, {},
                        "a named port is at most 15 characters: a-z, 0-9 and single inner hyphens, "
                        "with at least one letter");
                }
            }
            return;
        }
        const long long number = port.port->number;
        for (const std::string &m : portNumberErrors(number))
            invalid("invalid-port", path + ".port", std::to_string(number), m);
        if (port.endPort) {
            if (*port.endPort < number) // the server names `port`'s value here
                invalid("invalid-port", endPath, std::to_string(number),
                        "must be greater than or equal to `port`");
            for (const std::string &m : portNumberErrors(*port.endPort))
                invalid("invalid-port", endPath, std::to_string(*port.endPort), m);
        }
    }

    void validateCidrText(const std::string &path, const std::string &text)
    {
        for (Diagnostic &d : Api::cidrFindings(path, text))
            m_out.push_back(std::move(d));
    }

    void validateIpBlock(const IPBlock &block, const std::string &path)
    {
        if (block.cidr.empty()) {
            required("invalid-cidr", path + ".cidr", "",
                     "give the block a cidr such as 10.0.0.0/8");
            return;
        }
        validateCidrText(path + ".cidr", block.cidr);
        const auto cidr = parseSloppy(block.cidr);
        if (!cidr)
            return;
        for (std::size_t i = 0; i < block.except.size(); ++i) {
            const std::string at = path + ".except[" + std::to_string(i) + ']';
            validateCidrText(at, block.except[i]);
            const auto except = parseSloppy(block.except[i]);
            if (!except)
                continue;
            const Cidr &outer = cidr->cidr;
            const Cidr &inner = except->cidr;
            if (inner.address.v6 != outer.address.v6 || !outer.contains(inner.network())
                || outer.prefix >= inner.prefix)
                invalid("invalid-cidr", at, quote(block.except[i]),
                        "must be a strict subset of `cidr`", {},
                        "an except range lies inside " + block.cidr + " and is smaller than it");
        }
    }

    void validatePeer(const NetworkPolicyPeer &peer, const std::string &path)
    {
        int fields = 0;
        if (peer.podSelector) {
            ++fields;
            validateSelector(*peer.podSelector, path + ".podSelector");
        }
        if (peer.namespaceSelector) {
            ++fields;
            validateSelector(*peer.namespaceSelector, path + ".namespaceSelector");
        }
        if (peer.ipBlock) {
            ++fields;
            validateIpBlock(*peer.ipBlock, path + ".ipBlock");
        }
        if (fields == 0)
            required("invalid-peer", path, "must specify a peer",
                     "a peer needs podSelector, namespaceSelector or ipBlock; to allow every peer, "
                     "leave the list out");
        else if (fields > 1 && peer.ipBlock)
            forbidden("invalid-peer", path, "may not specify both ipBlock and another peer");
    }

    void validateRules(const std::vector<NetworkPolicyRule> &rules, const std::string &path,
                       const char *peersKey)
    {
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const std::string rulePath = path + '[' + std::to_string(i) + ']';
            for (std::size_t p = 0; p < rules[i].ports.size(); ++p)
                validatePort(rules[i].ports[p], rulePath + ".ports[" + std::to_string(p) + ']');
            for (std::size_t p = 0; p < rules[i].peers.size(); ++p)
                validatePeer(rules[i].peers[p],
                             rulePath + '.' + peersKey + '[' + std::to_string(p) + ']');
        }
    }

    void validateSpec()
    {
        const NetworkPolicySpec &spec = m_policy.spec;
        validateSelector(spec.podSelector, "spec.podSelector");
        validateRules(spec.ingress, "spec.ingress", "from");
        validateRules(spec.egress, "spec.egress", "to");
        if (spec.policyTypes.size() > 2) {
            std::string list;
            for (const std::string &t : spec.policyTypes)
                list += (list.empty() ? "" : ", ") + quote(t);
            invalid("invalid-policy-type", "spec.policyTypes",
                    "[]networking.PolicyType{" + list + '}',
                    "may not specify more than two policyTypes");
            return;
        }
        for (std::size_t i = 0; i < spec.policyTypes.size(); ++i) {
            const std::string &t = spec.policyTypes[i];
            if (t != kPolicyTypeIngress && t != kPolicyTypeEgress)
                unsupported("invalid-policy-type", "spec.policyTypes[" + std::to_string(i) + ']', t,
                            "\"Ingress\", \"Egress\"",
                            "policy types are case-sensitive: Ingress or Egress");
        }
    }

    const NetworkPolicy &m_policy;
    Diagnostics m_out;
};

} // namespace

Diagnostics validateNetworkPolicy(const NetworkPolicy &policy)
{
    return Validator(policy).run();
}

} // namespace Netpol
