#pragma once

// Reading one NetworkPolicy object from a yaml-cpp node (private to model/).

#include "model/core/sourcemap.h"
#include "model/k8s/networkpolicy.h"
#include "model/manifests/yamlsupport_p.h"

#include <optional>
#include <string>
#include <vector>

namespace Netpol {

// Reads a NetworkPolicy document the way `kubectl apply` (strict field validation) would take
// it: unknown fields, wrong types and YAML 1.1 misreadings are located errors in `ctx`. The
// policy is returned whenever it is a map at all, so that its other fields can still be shown
// and checked; `sources` receives the position of every field. `listApiVersion` is the
// apiVersion of the typed list (NetworkPolicyList) the object is an item of, if any: an item
// without its own takes the list's.
std::optional<NetworkPolicy> readNetworkPolicy(const YAML::Node &node, Yaml::Context &ctx,
                                               SourceMap &sources,
                                               const std::string &listApiVersion = {});

// Reads a metav1.LabelSelector at `path` (shared with the readers of other kinds).
LabelSelector readLabelSelector(const YAML::Node &node, const std::string &path,
                                Yaml::Context &ctx, SourceMap &sources);

// A string field as kubectl reads it: a plain scalar that YAML 1.1 takes for a boolean, a
// number or a timestamp is an error that says so (a label value `y` is `true`).
std::optional<std::string> readK8sString(const YAML::Node &node, const std::string &path,
                                         Yaml::Context &ctx);

// metadata.labels / annotations and matchLabels: string -> string with the same checks.
Labels readK8sStringMap(const YAML::Node &node, const std::string &path, Yaml::Context &ctx,
                        SourceMap &sources);

// The fields of ObjectMeta that manifests from `kubectl get -o yaml` carry.
const std::vector<std::string_view> &objectMetaFields();
// `metadata` into `out`: name, generateName, namespace, labels, annotations, the rest checked.
void readObjectMeta(const YAML::Node &meta, Yaml::Context &ctx, SourceMap &sources,
                    ObjectMeta &out);

// The position of `node` recorded for `path`.
void recordField(SourceMap &sources, const std::string &path, const YAML::Node &node,
                 Yaml::Context &ctx);
// Plain integer text ("80", "-1", "+5"), unquoted; nothing otherwise.
std::optional<long long> plainInteger(const YAML::Node &node);

// A list at `path`: null or absent is empty, anything but a sequence is an error; each item is
// recorded and handed to `readItem(node, itemPath)`.
template<typename Fn>
void readList(const YAML::Node &node, const std::string &path, Yaml::Context &ctx,
              SourceMap &sources, Fn readItem)
{
    recordField(sources, path, node, ctx);
    if (!node || node.IsNull())
        return;
    if (!node.IsSequence()) {
        ctx.error(node, "wrong-type", path + " must be a list");
        return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
        const std::string itemPath = path + '[' + std::to_string(i) + ']';
        recordField(sources, itemPath, node[i], ctx);
        readItem(node[i], itemPath);
    }
}

// A list of strings, each read as readK8sString does.
std::vector<std::string> readStringList(const YAML::Node &node, const std::string &path,
                                        Yaml::Context &ctx, SourceMap &sources);

} // namespace Netpol
