#include "model/k8s/k8snames.h"

namespace Netpol {

namespace {

constexpr std::size_t kDns1123LabelMax = 63;
constexpr std::size_t kDns1123SubdomainMax = 253;
constexpr std::size_t kQualifiedNameMax = 63;
constexpr std::size_t kLabelValueMax = 63;
constexpr std::size_t kPortNameMax = 15;

const char kLabelFormat[] =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and "
    "must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex "
    "used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const char kSubdomainFormat[] =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or "
    "'.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used "
    "for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const char kQualifiedNameFormat[] =
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for "
    "validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const char kLabelValueFormat[] =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or "
    "'.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "
    "'my_value',  or '12345', regex used for validation is "
    "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

bool isLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool isAlnum(char c) { return isLowerAlnum(c) || (c >= 'A' && c <= 'Z'); }

// [a-z0-9]([-a-z0-9]*[a-z0-9])?
bool matchesLabelPattern(std::string_view v)
{
    if (v.empty() || !isLowerAlnum(v.front()) || !isLowerAlnum(v.back()))
        return false;
    for (char c : v) {
        if (!isLowerAlnum(c) && c != '-')
            return false;
    }
    return true;
}

// ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]
bool matchesQualifiedPattern(std::string_view v)
{
    if (v.empty() || !isAlnum(v.front()) || !isAlnum(v.back()))
        return false;
    for (char c : v) {
        if (!isAlnum(c) && c != '-' && c != '_' && c != '.')
            return false;
    }
    return true;
}

std::string maxLengthMessage(std::size_t max)
{
    return "must be no more than " + std::to_string(max) + " characters";
}

} // namespace

std::vector<std::string> dns1123LabelErrors(std::string_view value)
{
    std::vector<std::string> errors;
    if (value.size() > kDns1123LabelMax)
        errors.push_back(maxLengthMessage(kDns1123LabelMax));
    if (!matchesLabelPattern(value))
        errors.emplace_back(kLabelFormat);
    return errors;
}

std::vector<std::string> dns1123SubdomainErrors(std::string_view value)
{
    std::vector<std::string> errors;
    if (value.size() > kDns1123SubdomainMax)
        errors.push_back(maxLengthMessage(kDns1123SubdomainMax));
    bool ok = !value.empty();
    std::size_t start = 0;
    while (ok && start <= value.size()) {
        const std::size_t dot = value.find('.', start);
        const std::size_t end = dot == std::string_view::npos ? value.size() : dot;
        ok = matchesLabelPattern(value.substr(start, end - start));
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    if (!ok)
        errors.emplace_back(kSubdomainFormat);
    return errors;
}

std::vector<std::string> qualifiedNameErrors(std::string_view value)
{
    std::vector<std::string> errors;
    std::string_view name = value;
    const auto slash = value.find('/');
    if (slash != std::string_view::npos) {
        if (value.find('/', slash + 1) != std::string_view::npos) {
            errors.push_back(std::string("a qualified name ") + kQualifiedNameFormat
                             + " with an optional DNS subdomain prefix and '/' (e.g. "
                               "'example.com/MyName')");
            return errors;
        }
        const std::string_view prefix = value.substr(0, slash);
        name = value.substr(slash + 1);
        if (prefix.empty()) {
            errors.emplace_back("prefix part must be non-empty");
        } else {
            for (const std::string &e : dns1123SubdomainErrors(prefix))
                errors.push_back("prefix part " + e);
        }
    }
    // As IsQualifiedName: an empty name part also fails the pattern.
    if (name.empty())
        errors.emplace_back("name part must be non-empty");
    else if (name.size() > kQualifiedNameMax)
        errors.push_back("name part " + maxLengthMessage(kQualifiedNameMax));
    if (!matchesQualifiedPattern(name))
        errors.push_back(std::string("name part ") + kQualifiedNameFormat);
    return errors;
}

std::vector<std::string> labelValueErrors(std::string_view value)
{
    std::vector<std::string> errors;
    if (value.empty())
        return errors;
    if (value.size() > kLabelValueMax)
        errors.push_back(maxLengthMessage(kLabelValueMax));
    if (!matchesQualifiedPattern(value))
        errors.emplace_back(kLabelValueFormat);
    return errors;
}

std::vector<std::string> portNameErrors(std::string_view value)
{
    std::vector<std::string> errors;
    if (value.size() > kPortNameMax)
        errors.push_back(maxLengthMessage(kPortNameMax));
    bool onlyAllowed = !value.empty(); // the server's charset pattern needs one character
    bool hasLetter = false;
    for (char c : value) {
        if (c >= 'a' && c <= 'z')
            hasLetter = true;
        else if (!(c >= '0' && c <= '9') && c != '-')
            onlyAllowed = false;
    }
    // In the order IsValidPortName reports them.
    if (!onlyAllowed)
        errors.emplace_back("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    if (!hasLetter)
        errors.emplace_back("must contain at least one letter (a-z)");
    if (value.find("--") != std::string_view::npos)
        errors.emplace_back("must not contain consecutive hyphens");
    if (!value.empty() && (value.front() == '-' || value.back() == '-'))
        errors.emplace_back("must not begin or end with a hyphen");
    return errors;
}

std::vector<std::string> portNumberErrors(long long value)
{
    if (value < 1 || value > 65535)
        return {"must be between 1 and 65535, inclusive"};
    return {};
}

std::string joinMessages(const std::vector<std::string> &messages)
{
    std::string out;
    for (const std::string &m : messages) {
        if (!out.empty())
            out += "; ";
        out += m;
    }
    return out;
}

} // namespace Netpol
