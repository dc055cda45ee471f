#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

// Kubernetes' name and label rules (k8s.io/apimachinery/pkg/util/validation). Each function
// returns the API server's messages for what is wrong; an empty list means valid.

std::vector<std::string> dns1123LabelErrors(std::string_view value);     // namespaces
std::vector<std::string> dns1123SubdomainErrors(std::string_view value); // most object names
std::vector<std::string> qualifiedNameErrors(std::string_view value);    // label keys
std::vector<std::string> labelValueErrors(std::string_view value);
std::vector<std::string> portNameErrors(std::string_view value);         // IANA_SVC_NAME
std::vector<std::string> portNumberErrors(long long value);              // 1..65535

inline bool isDns1123Label(std::string_view v) { return dns1123LabelErrors(v).empty(); }
inline bool isDns1123Subdomain(std::string_view v) { return dns1123SubdomainErrors(v).empty(); }
inline bool isQualifiedName(std::string_view v) { return qualifiedNameErrors(v).empty(); }
inline bool isLabelValue(std::string_view v) { return labelValueErrors(v).empty(); }
inline bool isPortName(std::string_view v) { return portNameErrors(v).empty(); }

// Joins messages with "; " for a one-line diagnostic.
std::string joinMessages(const std::vector<std::string> &messages);

} // namespace Netpol
