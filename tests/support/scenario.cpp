#include "support/scenario.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

namespace Netpol::Test {

namespace {

// Everything quoted: names like "y" must stay strings for a YAML 1.1 reader.
void emitLabels(YAML::Emitter &out, const YAML::Node &labels)
{
    out << YAML::Flow << YAML::BeginMap;
    for (const auto &entry : labels)
        out << YAML::Key << YAML::DoubleQuoted << entry.first.as<std::string>() << YAML::Value
            << YAML::DoubleQuoted << entry.second.as<std::string>();
    out << YAML::EndMap;
}

} // namespace

Scenario loadScenario(const std::string &path)
{
    Scenario s;
    YAML::Node root;
    try {
        root = YAML::Load(readFile(path));
    } catch (const YAML::Exception &e) {
        ADD_FAILURE() << path << ": " << e.what();
        return s;
    }
    s.name = root["name"].as<std::string>();
    YAML::Emitter out;
    for (const auto &ns : root["namespaces"]) {
        out << YAML::BeginDoc << YAML::BeginMap << YAML::Key << "apiVersion" << YAML::Value << "v1"
            << YAML::Key << "kind" << YAML::Value << "Namespace" << YAML::Key << "metadata" << YAML::Value
            << YAML::BeginMap << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted
            << ns.first.as<std::string>() << YAML::Key << "labels" << YAML::Value;
        emitLabels(out, ns.second);
        out << YAML::EndMap << YAML::EndMap;
    }
    for (const auto &pod : root["pods"]) {
        const std::string key = pod.first.as<std::string>();
        const std::size_t slash = key.find('/');
        out << YAML::BeginDoc << YAML::BeginMap << YAML::Key << "apiVersion" << YAML::Value << "v1"
            << YAML::Key << "kind" << YAML::Value << "Pod" << YAML::Key << "metadata" << YAML::Value
            << YAML::BeginMap << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << key.substr(slash + 1)
            << YAML::Key << "namespace" << YAML::Value << YAML::DoubleQuoted << key.substr(0, slash)
            << YAML::Key << "labels" << YAML::Value;
        emitLabels(out, pod.second["labels"]);
        out << YAML::EndMap << YAML::Key << "spec" << YAML::Value << YAML::BeginMap << YAML::Key
            << "containers" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key << "name"
            << YAML::Value << "server" << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq;
        for (const auto &port : pod.second["ports"])
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted
                << port["name"].as<std::string>() << YAML::Key << "containerPort" << YAML::Value
                << port["port"].as<int>() << YAML::Key << "protocol" << YAML::Value
                << port["protocol"].as<std::string>() << YAML::EndMap;
        out << YAML::EndSeq << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::Key << "status"
            << YAML::Value << YAML::BeginMap << YAML::Key << "podIP" << YAML::Value
            << YAML::DoubleQuoted << pod.second["ip"].as<std::string>() << YAML::EndMap << YAML::EndMap;
    }
    s.inventory = std::string(out.c_str()) + '\n';
    s.manifests = std::string(out.c_str()) + "\n---\n" + root["policies"].as<std::string>();
    for (const auto &probe : root["probes"]) {
        ScenarioProbe p{probe["from"].as<std::string>(), probe["to"].as<std::string>(),
                        probe["port"].as<int>(), probe["protocol"].as<std::string>(),
                        probe["allowed"].as<bool>()};
        s.probesFile += p.from + ' ' + p.to + ' ' + std::to_string(p.port) + '/' + p.protocol + '\n';
        s.probes.push_back(std::move(p));
    }
    return s;
}

std::vector<std::map<std::string, std::string>> parseJsonObjects(const std::string &text)
{
    std::vector<std::map<std::string, std::string>> objects;
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception &e) {
        ADD_FAILURE() << "not JSON: " << e.what() << '\n' << text.substr(0, 400);
        return objects;
    }
    if (!root.IsSequence()) {
        ADD_FAILURE() << "not a JSON list:\n" << text.substr(0, 400);
        return objects;
    }
    for (const auto &item : root) {
        std::map<std::string, std::string> object;
        for (const auto &entry : item) {
            if (entry.second.IsScalar())
                object[entry.first.as<std::string>()] = entry.second.Scalar();
        }
        objects.push_back(std::move(object));
    }
    return objects;
}

} // namespace Netpol::Test
