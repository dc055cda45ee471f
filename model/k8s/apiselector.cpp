#include "model/k8s/apivalidation_p.h"

#include "model/k8s/k8snames.h"

namespace Netpol::Api {

namespace {

Diagnostic invalidValue(const char *code, const std::string &path, const std::string &value,
                        const std::string &detail, const std::string &at, std::string hint = {})
{
    Diagnostic d{Severity::Error, code, path + ": Invalid value: " + value + ": " + detail, {},
                 std::move(hint)};
    d.location.field = at.empty() ? path : at;
    return d;
}

} // namespace

Diagnostics labelFindings(const Labels &labels, const std::string &path)
{
    Diagnostics out;
    for (const auto &[key, value] : labels) {
        const std::string at = path + '.' + key;
        for (const std::string &m : qualifiedNameErrors(key))
            out.push_back(invalidValue("invalid-label", path, quote(key), m, at));
        for (const std::string &m : labelValueErrors(value))
            out.push_back(invalidValue("invalid-label", path, quote(value), m, at));
    }
    return out;
}

Diagnostics selectorFindings(const LabelSelector &selector, const std::string &path)
{
    Diagnostics out = labelFindings(selector.matchLabels, path + ".matchLabels");
    for (std::size_t i = 0; i < selector.matchExpressions.size(); ++i) {
        const LabelSelectorRequirement &r = selector.matchExpressions[i];
        const std::string at = path + ".matchExpressions[" + std::to_string(i) + ']';
        if (r.op == "In" || r.op == "NotIn") {
            if (r.values.empty()) {
                Diagnostic d{Severity::Error, "invalid-selector",
                             at + ".values: Required value: must be specified when `operator` "
                                  "is 'In' or 'NotIn'",
                             {}, "list at least one value, or use Exists / DoesNotExist"};
                d.location.field = at + ".values";
                out.push_back(std::move(d));
            }
        } else if (r.op == "Exists" || r.op == "DoesNotExist") {
            if (!r.values.empty()) {
                Diagnostic d{Severity::Error, "invalid-selector",
                             at + ".values: Forbidden: may not be specified when `operator` is "
                                  "'Exists' or 'DoesNotExist'",
                             {}, {}};
                d.location.field = at + ".values";
                out.push_back(std::move(d));
            }
        } else {
            out.push_back(invalidValue(
                "invalid-selector", at + ".operator", quote(r.op), "not a valid selector operator",
                {}, "operators are In, NotIn, Exists and DoesNotExist (case-sensitive)"));
        }
        for (const std::string &m : qualifiedNameErrors(r.key))
            out.push_back(invalidValue("invalid-label", at + ".key", quote(r.key), m, {}));
        for (std::size_t v = 0; v < r.values.size(); ++v) {
            for (const std::string &m : labelValueErrors(r.values[v]))
                out.push_back(invalidValue("invalid-label",
                                           at + ".values[" + std::to_string(v) + ']',
                                           quote(r.values[v]), m, {}));
        }
    }
    return out;
}

} // namespace Netpol::Api
