#pragma once

#include "model/core/diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

// One input of a validation: a name for messages and its text, or why it could not be read.
struct ValidationSource
{
    std::string name;
    std::optional<std::string> text;
    std::string error; // when text is empty: "No such file or directory"
};

struct ValidatedFile
{
    enum class Kind { Design, Manifests, Unreadable };

    std::string name;
    Kind kind = Kind::Manifests;
    int policies = 0;     // NetworkPolicies read from a manifest file
    int clusterPolicies = 0; // ClusterNetworkPolicies and the v1alpha1 kinds
    int otherObjects = 0; // other kinds skipped in a manifest file
};

struct ValidationReport
{
    std::vector<ValidatedFile> files;
    Diagnostics diagnostics; // in input order, then by line and column
    bool unreadable = false; // some input could not be read

    int count(Severity severity) const { return countSeverity(diagnostics, severity); }
    int policies() const;
    int clusterPolicies() const;
    int designs() const;
};

// Is this text a design (apiVersion netpol-designer/...) rather than Kubernetes manifests?
// Decided by content, not by the file name.
bool isDesignText(std::string_view text);

// Everything `netpol validate` reports about designs and manifests: reading errors (syntax,
// unknown fields, wrong types, YAML 1.1 misreadings), the design's structural errors, the API
// server's validation of every NetworkPolicy, and the lint of each design and of all manifests
// together (policies in different files interact, and Namespaces, Pods and workloads in any
// file are the pods the lint judges). The network plugin note appears once; a source named
// twice is read once.
ValidationReport validateSources(const std::vector<ValidationSource> &sources);

// The same for files on disk.
ValidationReport validateFiles(const std::vector<std::string> &paths);

} // namespace Netpol
