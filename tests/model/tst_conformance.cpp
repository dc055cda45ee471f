// Every conformance scenario through the code path of `netpol analyze`: the scenario becomes
// manifests and a probes file as the conformance README says, runAnalysis (what the command
// calls) evaluates the probes and writes JSON, and every verdict must match.

#include "support/scenario.h"
#include "support/testsupport.h"

#include "model/analysis/analysis.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

using namespace Netpol;
using namespace Netpol::Test;

namespace {

std::vector<std::string> scenarioFiles()
{
    return listFiles(sharedPath("conformance/scenarios"), ".yaml");
}

class Conformance : public ::testing::TestWithParam<std::string>
{
};

} // namespace

TEST(ConformanceSet, IsThere)
{
    EXPECT_GE(scenarioFiles().size(), 39u) << sharedPath("conformance/scenarios");
}

TEST_P(Conformance, EveryProbeMatches)
{
    const Scenario scenario = loadScenario(GetParam());
    ASSERT_FALSE(scenario.probes.empty());
    const ManifestSet manifests = readManifests(scenario.manifests, scenario.name + ".yaml");
    for (const Diagnostic &d : manifests.diagnostics)
        ADD_FAILURE() << d.format();
    Diagnostics probeErrors;
    AnalysisOptions options;
    options.probes = parseProbeFile(scenario.probesFile, "probes.txt", probeErrors);
    options.format = AnalysisFormat::Json;
    ASSERT_TRUE(probeErrors.empty()) << probeErrors.front().format();

    std::ostringstream out;
    const AnalysisOutcome outcome = runAnalysis(manifests, options, out);
    for (const Diagnostic &d : outcome.diagnostics)
        ADD_FAILURE() << d.format();
    ASSERT_FALSE(outcome.probeErrors);
    ASSERT_EQ(outcome.probes.size(), scenario.probes.size());
    int wrong = 0;
    for (std::size_t i = 0; i < scenario.probes.size(); ++i) {
        const ScenarioProbe &expected = scenario.probes[i];
        if (outcome.probes[i].allowed != expected.allowed && ++wrong <= 5)
            ADD_FAILURE() << scenario.name << ": " << expected.from << " -> " << expected.to << ' '
                          << expected.port << '/' << expected.protocol << " should be "
                          << (expected.allowed ? "allowed" : "denied");
    }
    EXPECT_EQ(wrong, 0);

    // The JSON the command prints says the same, in probe order.
    const auto rows = parseJsonObjects(out.str());
    ASSERT_EQ(rows.size(), scenario.probes.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ScenarioProbe &expected = scenario.probes[i];
        EXPECT_EQ(rows[i].at("from"), expected.from);
        EXPECT_EQ(rows[i].at("to"), expected.to);
        EXPECT_EQ(rows[i].at("port"), std::to_string(expected.port));
        EXPECT_EQ(rows[i].at("protocol"), expected.protocol);
        ASSERT_EQ(rows[i].at("allowed"), expected.allowed ? "true" : "false") << i;
    }
}

INSTANTIATE_TEST_SUITE_P(Scenarios, Conformance, ::testing::ValuesIn(scenarioFiles()),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             std::string name = std::filesystem::path(info.param).stem().string();
                             for (char &c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return "s" + name;
                         });
