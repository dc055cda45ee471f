#include "manifestyaml.h"

#include "model/lint/manifestlint.h"
#include "model/manifests/manifestreader.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace Netpol::Test {

std::string np(const std::string &name, const std::string &ns, const std::string &spec)
{
    return "---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: " + name
           + "\n  namespace: " + ns + "\nspec:\n" + spec;
}

std::string namespaceObject(const std::string &name, const std::string &labels)
{
    return "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + name + '\n'
           + (labels.empty() ? std::string() : "  labels: " + labels + '\n');
}

std::string deployment(const std::string &name, const std::string &ns, const std::string &labels,
                       const std::string &ports, const std::string &container)
{
    return "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name
           + "\n  namespace: " + ns + "\nspec:\n  selector: {matchLabels: " + labels
           + "}\n  template:\n    metadata: {labels: " + labels
           + "}\n    spec:\n      containers:\n      - name: main\n        image: example\n"
             "        ports: "
           + ports + '\n' + (container.empty() ? std::string() : "        " + container + '\n');
}

std::string podObject(const std::string &name, const std::string &ns, const std::string &labels,
                      const std::string &ports, const std::string &ip)
{
    return "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n  namespace: " + ns
           + "\n  labels: " + labels
           + "\nspec:\n  containers:\n  - name: main\n    image: example\n" + "    ports: " + ports
           + '\n' + (ip.empty() ? std::string() : "status: {podIP: " + ip + "}\n");
}

std::string dump(const Diagnostics &all)
{
    std::string out;
    for (const Diagnostic &d : all)
        out += d.format() + '\n';
    return out;
}

int lineOf(const std::string &text, const std::string &needle)
{
    const std::size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    return 1 + int(std::count(text.begin(), text.begin() + std::ptrdiff_t(at), '\n'));
}

Diagnostics lintText(const std::string &text, const std::string &file)
{
    const ManifestSet set = readManifests(text, file);
    EXPECT_TRUE(set.diagnostics.empty()) << dump(set.diagnostics);
    const Diagnostics all = lintManifests(set);
    for (const Diagnostic &d : all) {
        EXPECT_NE(d.severity, Severity::Error) << d.format();
        EXPECT_GT(d.location.line, 0) << d.format();
        EXPECT_EQ(d.location.file, file) << d.format();
        EXPECT_FALSE(d.hint.empty()) << d.code;
    }
    return all;
}

Diagnostics withCode(const Diagnostics &all, const std::string &code)
{
    Diagnostics out;
    for (const Diagnostic &d : all) {
        if (d.code == code)
            out.push_back(d);
    }
    return out;
}

} // namespace Netpol::Test
