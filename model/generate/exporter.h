#pragma once

#include "model/k8s/clusterpolicy.h"
#include "model/k8s/networkpolicy.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

// How generated policies are laid out on disk. Shared by `netpol generate` and the designer's
// File > Export YAML, so both write the same files.
enum class ExportLayout { Single, PerNamespace, Kustomize };

std::optional<ExportLayout> parseExportLayout(std::string_view text); // single|per-namespace|kustomize
std::string_view exportLayoutName(ExportLayout layout);

struct ExportFile
{
    std::string name;    // relative file name; empty for the single-file layout
    std::string content;
};

struct ExportOptions
{
    ExportLayout layout = ExportLayout::Single;
    std::string designName;   // metadata.name of the design
    std::string designSource; // the design file, as the user named it (may be empty)
};

// The comment at the top of every generated file.
std::string exportHeader(const ExportOptions &options);

// The file holding one namespace's policies: "<namespace>-networkpolicies.yaml".
std::string namespaceFileName(const std::string &ns);

// The file holding the cluster-scoped policies (guardrails): "cluster-policies.yaml".
inline constexpr const char *kClusterPoliciesFileName = "cluster-policies.yaml";

// Single: one file, every policy (the cluster policies after the NetworkPolicies).
// PerNamespace: a file per namespace, in namespace order, then kClusterPoliciesFileName when
// there are cluster policies. Kustomize: the same plus kustomization.yaml listing them.
std::vector<ExportFile> buildExport(const std::vector<NetworkPolicy> &policies,
                                    const ExportOptions &options,
                                    const std::vector<ClusterPolicy> &clusterPolicies = {});

// Writes per-namespace/kustomize files into `dir` (created when missing), each atomically.
bool writeExport(const std::string &dir, const std::vector<ExportFile> &files, std::string *error);

} // namespace Netpol
