#include "model/design/guardrailtext.h"

#include "model/k8s/cidr.h"
#include "model/k8s/k8snames.h"
#include "model/k8s/selectorlogic.h"

#include <algorithm>
#include <cctype>

namespace Netpol {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

std::vector<std::string> splitList(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    while (true) {
        const std::size_t at = text.find(separator);
        const std::string_view part = trimmed(text.substr(0, at));
        if (!part.empty())
            parts.emplace_back(part);
        if (at == std::string_view::npos)
            return parts;
        text.remove_prefix(at + 1);
    }
}

std::string selectorText(const LabelSelector &selector)
{
    if (selector.isEmpty())
        return "{}";
    if (selector.matchExpressions.empty()) {
        std::string text;
        for (const auto &[key, value] : selector.matchLabels)
            text += (text.empty() ? "" : ",") + key + "=" + value;
        return text;
    }
    return formatSelector(selector);
}

bool validDomainName(std::string_view name)
{
    if (name.starts_with("*."))
        name.remove_prefix(2);
    return isDns1123Subdomain(name) && name.find('.') != std::string_view::npos;
}

} // namespace

namespace {

// The terms of a selector text, split at the commas outside parentheses ("a in (x,y),b");
// nothing when the parentheses do not pair up.
std::optional<std::vector<std::string>> selectorTerms(std::string_view text)
{
    std::vector<std::string> terms;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        const char c = end ? ',' : text[i];
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth < 0 || depth > 1 || (end && depth != 0))
            return std::nullopt;
        if (c == ',' && depth == 0) {
            const std::string_view term = trimmed(text.substr(start, i - start));
            if (!term.empty())
                terms.emplace_back(term);
            start = i + 1;
        }
    }
    return terms;
}

bool checkKey(const std::string &key, std::string *error)
{
    if (isQualifiedName(key))
        return true;
    *error = "label key \"" + key + "\": " + joinMessages(qualifiedNameErrors(key));
    return false;
}

bool checkValue(const std::string &value, std::string *error)
{
    if (isLabelValue(value))
        return true;
    *error = "label value \"" + value + "\": " + joinMessages(labelValueErrors(value));
    return false;
}

// "key in (a,b)" or "key notin (a,b)": the requirement, or nothing when the term is not one.
std::optional<LabelSelectorRequirement> setTerm(const std::string &term, std::string *error,
                                                bool *failed)
{
    const std::size_t open = term.find('(');
    if (open == std::string::npos || term.back() != ')')
        return std::nullopt;
    const std::string head(trimmed(std::string_view(term).substr(0, open)));
    const std::size_t space = head.find_last_of(" \t");
    if (space == std::string::npos)
        return std::nullopt;
    const std::string op(trimmed(std::string_view(head).substr(space + 1)));
    if (op != "in" && op != "notin")
        return std::nullopt;
    LabelSelectorRequirement r;
    r.key = std::string(trimmed(std::string_view(head).substr(0, space)));
    r.op = op == "in" ? "In" : "NotIn";
    *failed = true;
    if (!checkKey(r.key, error))
        return std::nullopt;
    const std::string_view inside
        = std::string_view(term).substr(open + 1, term.size() - open - 2);
    for (const std::string &value : splitList(inside, ',')) {
        if (!checkValue(value, error))
            return std::nullopt;
        r.values.push_back(value);
    }
    if (r.values.empty()) {
        *error = "\"" + term + "\" lists no value";
        return std::nullopt;
    }
    *failed = false;
    return r;
}

} // namespace

// The text selectorText writes, read back: key=value pairs (matchLabels) and the set-based
// terms of kubectl's -l (key in (a,b), key notin (a,b), key, !key, key!=value).
std::optional<LabelSelector> parseSelectorText(std::string_view text, std::string *error)
{
    LabelSelector selector;
    text = trimmed(text);
    if (text.empty() || text == "{}")
        return selector;
    const auto terms = selectorTerms(text);
    if (!terms) {
        *error = "\"" + std::string(text) + "\": the parentheses do not pair up";
        return std::nullopt;
    }
    for (const std::string &term : *terms) {
        bool failed = false;
        if (auto r = setTerm(term, error, &failed)) {
            selector.matchExpressions.push_back(std::move(*r));
            continue;
        }
        if (failed)
            return std::nullopt;
        if (term.front() == '!') {
            const std::string key(trimmed(std::string_view(term).substr(1)));
            if (!checkKey(key, error))
                return std::nullopt;
            selector.matchExpressions.push_back({key, "DoesNotExist", {}});
            continue;
        }
        const std::size_t eq = term.find('=');
        if (eq == std::string::npos) {
            if (!isQualifiedName(term)) {
                *error = "\"" + term + "\" is not key=value, key in (...), key notin (...), "
                         "key or !key";
                return std::nullopt;
            }
            selector.matchExpressions.push_back({term, "Exists", {}});
            continue;
        }
        const bool negated = eq > 0 && term[eq - 1] == '!';
        const std::string key(trimmed(std::string_view(term).substr(0, negated ? eq - 1 : eq)));
        std::size_t from = eq + 1;
        if (!negated && from < term.size() && term[from] == '=')
            ++from; // key==value
        const std::string value(trimmed(std::string_view(term).substr(from)));
        if (!checkKey(key, error) || !checkValue(value, error))
            return std::nullopt;
        if (negated) {
            selector.matchExpressions.push_back({key, "NotIn", {value}});
            continue;
        }
        if (selector.matchLabels.count(key)) {
            *error = "label key \"" + key + "\" is given twice";
            return std::nullopt;
        }
        selector.matchLabels[key] = value;
    }
    return selector;
}

std::string formatGuardrailPeer(const GuardrailPeer &peer)
{
    std::string text = std::string(guardrailPeerKindName(peer.kind)) + ": ";
    auto joined = [](const std::vector<std::string> &values) {
        std::string out;
        for (const std::string &value : values)
            out += (out.empty() ? "" : ", ") + value;
        return out;
    };
    switch (peer.kind) {
    case GuardrailPeer::Kind::Namespaces: return text + selectorText(peer.namespaces);
    case GuardrailPeer::Kind::Pods:
        if (peer.namespaces.isEmpty())
            return text + selectorText(peer.pods);
        return text + selectorText(peer.namespaces) + " / " + selectorText(peer.pods);
    case GuardrailPeer::Kind::Nodes: return text + selectorText(peer.nodes);
    case GuardrailPeer::Kind::Networks:
    case GuardrailPeer::Kind::DomainNames: return text + joined(peer.values);
    }
    return text;
}

std::optional<GuardrailPeer> parseGuardrailPeer(std::string_view text, std::string *error)
{
    text = trimmed(text);
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos) {
        *error = "write KIND: VALUE (namespaces, pods, nodes, networks or domainNames)";
        return std::nullopt;
    }
    const std::string_view kindText = trimmed(text.substr(0, colon));
    const std::string_view rest = trimmed(text.substr(colon + 1));
    GuardrailPeer peer;
    bool known = false;
    for (auto kind : {GuardrailPeer::Kind::Namespaces, GuardrailPeer::Kind::Pods,
                      GuardrailPeer::Kind::Nodes, GuardrailPeer::Kind::Networks,
                      GuardrailPeer::Kind::DomainNames}) {
        if (kindText == guardrailPeerKindName(kind)) {
            peer.kind = kind;
            known = true;
        }
    }
    if (!known) {
        *error = "\"" + std::string(kindText)
                 + "\" is not one of namespaces, pods, nodes, networks, domainNames";
        return std::nullopt;
    }
    switch (peer.kind) {
    case GuardrailPeer::Kind::Namespaces: {
        auto selector = parseSelectorText(rest, error);
        if (!selector)
            return std::nullopt;
        peer.namespaces = *selector;
        return peer;
    }
    case GuardrailPeer::Kind::Nodes: {
        auto selector = parseSelectorText(rest, error);
        if (!selector)
            return std::nullopt;
        peer.nodes = *selector;
        return peer;
    }
    case GuardrailPeer::Kind::Pods: {
        // Label keys hold "/" (kubernetes.io/metadata.name): the two selectors are apart by
        // " / ", spaces around.
        const std::size_t slash = rest.find(" / ");
        const std::string_view nsText = slash == std::string_view::npos ? std::string_view()
                                                                        : rest.substr(0, slash);
        const std::string_view podText = slash == std::string_view::npos
                                             ? rest
                                             : rest.substr(slash + 3);
        auto namespaces = parseSelectorText(nsText, error);
        if (!namespaces)
            return std::nullopt;
        auto pods = parseSelectorText(podText, error);
        if (!pods)
            return std::nullopt;
        peer.namespaces = *namespaces;
        peer.pods = *pods;
        return peer;
    }
    case GuardrailPeer::Kind::Networks:
    case GuardrailPeer::Kind::DomainNames:
        peer.values = splitList(rest, ',');
        if (peer.values.empty()) {
            *error = "give at least one value";
            return std::nullopt;
        }
        if (peer.values.size() > kMaxGuardrailItems) {
            *error = "at most 25 values";
            return std::nullopt;
        }
        for (const std::string &value : peer.values) {
            if (peer.kind == GuardrailPeer::Kind::Networks) {
                const CidrParse cidr = parseCidr(value);
                if (!cidr.cidr) {
                    *error = "\"" + value + "\": " + cidr.error;
                    return std::nullopt;
                }
            } else if (!validDomainName(value)) {
                *error = "\"" + value + "\" is not a domain name (a.example.com, *.example.com)";
                return std::nullopt;
            }
        }
        return peer;
    }
    return peer;
}

std::string formatGuardrailPorts(const std::vector<FlowPort> &ports)
{
    std::string text;
    for (const FlowPort &port : ports)
        text += (text.empty() ? "" : ", ") + port.toString();
    return text;
}

std::optional<std::vector<FlowPort>> parseGuardrailPorts(std::string_view text,
                                                          std::string *error)
{
    std::vector<FlowPort> ports;
    for (const std::string &part : splitList(text, ',')) {
        std::string problem;
        auto port = parseFlowPort(part, &problem);
        if (!port) {
            *error = "\"" + part + "\": " + problem;
            return std::nullopt;
        }
        if (std::find(ports.begin(), ports.end(), *port) == ports.end())
            ports.push_back(*port);
    }
    if (ports.size() > kMaxGuardrailItems) {
        *error = "at most 25 ports";
        return std::nullopt;
    }
    return ports;
}

} // namespace Netpol
