#pragma once

#include <map>
#include <string>
#include <vector>

namespace Netpol::Test {

struct ScenarioProbe
{
    std::string from;
    std::string to;
    int port = 0;
    std::string protocol;
    bool allowed = false;
};

// A conformance scenario (../shared/conformance/scenarios/*.yaml) turned into what `netpol
// analyze` takes, exactly as the conformance README says: a Namespace object with its labels
// per namespace, a Pod per pod (metadata.labels, spec.containers[].ports with name,
// containerPort and protocol, status.podIP), the policies text as given, and a probes file
// with one `FROM TO PORT/PROTOCOL` a line.
struct Scenario
{
    std::string name;
    std::string manifests;
    std::string inventory; // the Namespaces and Pods of `manifests` alone, without the policies
    std::string probesFile;
    std::vector<ScenarioProbe> probes; // with the expected verdicts
};

Scenario loadScenario(const std::string &path);

// The objects of a JSON list, each as key -> scalar text (nested values are left out), for
// checking what the CLI prints.
std::vector<std::map<std::string, std::string>> parseJsonObjects(const std::string &text);

} // namespace Netpol::Test
