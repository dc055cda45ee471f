#pragma once

#include "model/design/guardrail.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

// The one-line text form of guardrail subjects and peers that the designer's inspector edits:
//   namespaces: team=a,env=prod     pods: team=a / app=web (namespaces, " / ", pods)
//   pods: app=web                   nodes: role=ingress
//   networks: 10.0.0.0/8, 192.168.0.0/16    domainNames: api.example.com, *.example.org
// A selector is `key=value` pairs joined by commas; empty or `{}` selects everything.
// Selectors with expressions are shown in formatSelector's form and cannot be typed.

inline constexpr std::size_t kMaxGuardrailItems = 25; // rules, peers, CIDRs, names (the CRD)

std::string formatGuardrailPeer(const GuardrailPeer &peer);
// Nothing, with a sentence in `error`, for what the API would refuse: an unknown kind, a bad
// label key or value, a CIDR or domain name that is not one, more than 25 values.
std::optional<GuardrailPeer> parseGuardrailPeer(std::string_view text, std::string *error);

// A `key=value,...` selector (matchLabels only); nothing and `error` when invalid.
std::optional<LabelSelector> parseSelectorText(std::string_view text, std::string *error);

// Ports as a flow writes them ("53/UDP, 443"), every one checked with parseFlowPort.
std::string formatGuardrailPorts(const std::vector<FlowPort> &ports);
std::optional<std::vector<FlowPort>> parseGuardrailPorts(std::string_view text,
                                                          std::string *error);

} // namespace Netpol
