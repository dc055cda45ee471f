#include "model/k8s/labels.h"

namespace Netpol {

std::string formatLabels(const Labels &labels)
{
    std::string out;
    for (const auto &[key, value] : labels) {
        if (!out.empty())
            out += ',';
        out += key;
        out += '=';
        out += value;
    }
    return out;
}

bool labelsContain(const Labels &superset, const Labels &subset)
{
    for (const auto &[key, value] : subset) {
        const auto it = superset.find(key);
        if (it == superset.end() || it->second != value)
            return false;
    }
    return true;
}

} // namespace Netpol
