#include "model/analysis/analysis.h"
#include "model/analysis/probespec_p.h"

#include "model/core/quoting.h"
#include "model/k8s/clusterpolicyvalidation.h"
#include "model/k8s/k8snames.h"

#include <algorithm>
#include <memory>
#include <sstream>

namespace Netpol {

bool isProbePortNumber(const std::string &text)
{
    return !text.empty()
           && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> probeEndpointParts(const std::string &text)
{
    std::vector<std::string> parts;
    std::istringstream in(text);
    for (std::string part; std::getline(in, part, '/');)
        parts.push_back(part);
    return parts;
}

std::string probeWithoutBrackets(const std::string &text)
{
    if (text.size() > 2 && text.front() == '[' && text.back() == ']')
        return text.substr(1, text.size() - 2);
    return text;
}

bool probeSpecialEndpoint(const std::string &text, std::string *kind, std::string *name)
{
    const std::string bare = probeWithoutBrackets(text);
    for (const char *prefix : {"node:", "dns:"}) {
        const std::string p = prefix;
        if (bare.compare(0, p.size(), p) == 0) {
            *kind = p.substr(0, p.size() - 1);
            *name = bare.substr(p.size());
            return true;
        }
    }
    return false;
}

std::string probeEndpointFormError(const std::string &text)
{
    if (parseIpAddress(probeWithoutBrackets(text)))
        return {};
    std::string kind;
    std::string name;
    if (probeSpecialEndpoint(text, &kind, &name)) {
        const bool ok = kind == "node"
                            ? isDns1123Subdomain(name)
                            : name.find('*') == std::string::npos && isValidDomainPattern(name);
        return ok ? std::string()
                  : quotedValue(name) + " is not a " + (kind == "node" ? "node" : "domain")
                        + " name";
    }
    const std::vector<std::string> parts = probeEndpointParts(text);
    if (parts.size() < 2 || parts.size() > 3 || parts.front().empty() || parts.back().empty())
        return quotedValue(text)
               + " is not NAMESPACE/NAME, NAMESPACE/KIND/NAME, an IP address, node:NAME or "
                 "dns:HOST";
    return {};
}

namespace {

std::vector<std::string> splitProbeArgument(std::string_view text, std::string *error)
{
    std::vector<std::string> parts;
    std::string current;
    bool bracket = false;
    for (char c : text) {
        if (c == '[' && current.empty() && !bracket) {
            bracket = true;
        } else if (c == ']' && bracket) {
            bracket = false;
        } else if (c == ':' && !bracket) {
            parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (bracket && error)
        *error = "unbalanced [ in " + quotedValue(std::string(text));
    parts.push_back(current);
    return parts;
}

// PORT[/PROTOCOL] into `spec`: a port number in range or a port name, a known protocol.
bool splitPort(const std::string &text, ProbeSpec &spec, std::string *error)
{
    std::string port = text;
    if (const auto slash = text.find('/'); slash != std::string::npos) {
        port = text.substr(0, slash);
        const std::string protocol = text.substr(slash + 1);
        spec.protocol = parseProtocol(protocol);
        if (!spec.protocol) {
            *error = "unknown protocol " + quotedValue(protocol) + " (expected TCP, UDP or SCTP)";
            return false;
        }
    }
    if (port.empty()) {
        *error = "the port is missing";
        return false;
    }
    if (isProbePortNumber(port)) {
        if (!parseTrafficPort(port, error))
            return false;
    } else if (const auto errors = portNameErrors(port); !errors.empty()) {
        *error = quotedValue(port) + " is neither a port number nor a port name: "
                 + joinMessages(errors);
        return false;
    }
    spec.port = port;
    return true;
}

// The endpoints and the port of `spec`, or the reason they are malformed.
bool checkProbeForm(const std::string &from, const std::string &to, const std::string &port,
                    ProbeSpec &spec, std::string *error)
{
    for (const std::string *endpoint : {&from, &to}) {
        *error = probeEndpointFormError(*endpoint);
        if (!error->empty())
            return false;
    }
    if (!splitPort(port, spec, error))
        return false;
    spec.from = from;
    spec.to = to;
    return true;
}

} // namespace

std::optional<ProbeSpec> parseProbeArgument(std::string_view text, std::string *error)
{
    std::string reason;
    const std::vector<std::string> parts = splitProbeArgument(text, &reason);
    ProbeSpec spec;
    spec.argument = std::string(text);
    if (reason.empty() && parts.size() != 3)
        reason = "expected FROM:TO:PORT[/PROTOCOL], not " + quotedValue(std::string(text));
    if (reason.empty() && (parts[0].empty() || parts[1].empty()))
        reason = "FROM and TO must not be empty in " + quotedValue(std::string(text));
    if (reason.empty())
        checkProbeForm(parts[0], parts[1], parts[2], spec, &reason);
    if (!reason.empty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return spec;
}

std::vector<ProbeSpec> parseProbeFile(const std::string &text, const std::string &file,
                                      Diagnostics &diagnostics)
{
    std::vector<ProbeSpec> probes;
    const auto shared = std::make_shared<const std::string>(file);
    std::istringstream lines(text);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        if (const auto hash = line.find('#'); hash != std::string::npos)
            line.erase(hash);
        std::vector<std::string> tokens;
        std::vector<int> columns; // 1-based, of each token
        for (std::size_t pos = line.find_first_not_of(" \t\r"); pos != std::string::npos;) {
            const std::size_t end = std::min(line.find_first_of(" \t\r", pos), line.size());
            tokens.push_back(line.substr(pos, end - pos));
            columns.push_back(int(pos) + 1);
            pos = line.find_first_not_of(" \t\r", end);
        }
        if (tokens.empty())
            continue;
        ProbeSpec spec;
        spec.file = shared;
        spec.line = number;
        spec.column = columns.front();
        std::string error;
        int column = columns.front();
        if (tokens.size() != 3) {
            error = "expected FROM TO PORT/PROTOCOL, found " + std::to_string(tokens.size())
                    + (tokens.size() == 1 ? " word" : " words");
        } else {
            spec.toColumn = columns[1];
            spec.portColumn = columns[2];
            if (!checkProbeForm(tokens[0], tokens[1], tokens[2], spec, &error))
                column = !probeEndpointFormError(tokens[0]).empty()   ? columns[0]
                         : !probeEndpointFormError(tokens[1]).empty() ? columns[1]
                                                                 : columns[2];
        }
        if (!error.empty()) {
            diagnostics.push_back(makeError("invalid-probe", error,
                                            Location::inFile(file, number, column)));
            continue;
        }
        probes.push_back(std::move(spec));
    }
    return probes;
}

Location ProbeSpec::location() const
{
    return file ? Location::inFile(*file, line, column) : Location{};
}

std::optional<AnalysisFormat> parseAnalysisFormat(std::string_view text)
{
    if (text == "text")
        return AnalysisFormat::Text;
    if (text == "json")
        return AnalysisFormat::Json;
    if (text == "csv")
        return AnalysisFormat::Csv;
    if (text == "md")
        return AnalysisFormat::Markdown;
    return std::nullopt;
}

} // namespace Netpol
