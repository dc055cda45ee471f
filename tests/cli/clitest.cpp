#include "clitest.h"

#include "support/scenario.h"

#include "model/core/fileio.h"

#include <gtest/gtest.h>

namespace Netpol::Test {

std::string writeTemp(const std::string &dir, const std::string &name, const std::string &text)
{
    std::string error;
    const std::string path = dir + '/' + name;
    EXPECT_TRUE(writeFileAtomically(path, text, &error)) << error;
    return path;
}

void expectScenarioVerdicts(const Scenario &s, const std::string &dir)
{
    const std::string manifests = writeTemp(dir, "manifests.yaml", s.manifests);
    const std::string probes = writeTemp(dir, "probes.txt", "# from to port\n" + s.probesFile);
    const ProcessResult r = netpol({"analyze", manifests, "--probes", probes, "--format", "json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    const auto rows = parseJsonObjects(r.out);
    ASSERT_EQ(rows.size(), s.probes.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ScenarioProbe &p = s.probes[i];
        EXPECT_EQ(rows[i].at("from"), p.from);
        EXPECT_EQ(rows[i].at("to"), p.to);
        EXPECT_EQ(rows[i].at("allowed"), p.allowed ? "true" : "false")
            << p.from << " -> " << p.to << ' ' << p.port << '/' << p.protocol;
    }
}

} // namespace Netpol::Test
