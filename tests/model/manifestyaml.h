#pragma once

// Manifests written in a line, for the manifest lint tests: NetworkPolicies, Namespaces,
// Deployments and Pods as YAML documents (each starts with ---), and helpers to pick findings.

#include "model/core/diagnostic.h"

#include <string>

namespace Netpol::Test {

// A NetworkPolicy; `spec` is the indented body under `spec:`.
std::string np(const std::string &name, const std::string &ns, const std::string &spec);
// A Namespace; `labels` in flow style ("{team: a}") or empty.
std::string namespaceObject(const std::string &name, const std::string &labels = {});
// A Deployment whose pods carry `labels` (flow style) and `ports` (a flow list of container
// ports, "[{name: http, containerPort: 8080}]"); `container` adds fields to the container
// ("livenessProbe: {httpGet: {port: 8080}}").
std::string deployment(const std::string &name, const std::string &ns, const std::string &labels,
                       const std::string &ports = "[]", const std::string &container = {});
// A Pod, with an address when `ip` is given.
std::string podObject(const std::string &name, const std::string &ns, const std::string &labels,
                      const std::string &ports = "[]", const std::string &ip = {});

inline const std::string kDenyAll = "  podSelector: {}\n  policyTypes: [Ingress, Egress]\n";
inline const std::string kAllowDns
    = "  podSelector: {}\n  policyTypes: [Egress]\n"
      "  egress:\n  - to:\n    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: "
      "kube-system}}\n"
      "    ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]\n";

std::string dump(const Diagnostics &all);
// The line (1-based) where `needle` starts in `text`.
int lineOf(const std::string &text, const std::string &needle);
// The manifest lint of `text` read as `file` (without errors); checks that every finding is
// placed in it, has a hint and is no error.
Diagnostics lintText(const std::string &text, const std::string &file = "m.yaml");
Diagnostics withCode(const Diagnostics &all, const std::string &code);

} // namespace Netpol::Test
