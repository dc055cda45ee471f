// "The result is exact": for random designs, the generated policies allow a connection if and
// only if the design's definition (design-format.md, "complete zero-trust") says so. The
// definition is written out here independently of the generator and checked with the
// evaluator on every pair of pods and addresses, on a spread of ports.

#include "designbuilder.h"
#include "exactnesssupport.h"
#include "randomdesigns.h"

#include "model/analysis/evaluator.h"
#include "model/design/designwriter.h"
#include "model/generate/generator.h"

#include <gtest/gtest.h>

using namespace Netpol;
using namespace Netpol::Test;

TEST(Exactness, GeneratedPoliciesAllowExactlyWhatTheDesignDraws)
{
    const std::pair<int, Protocol> ports[] = {{80, Protocol::TCP},    {8080, Protocol::TCP}, {53, Protocol::UDP},
                                              {53, Protocol::TCP},    {9000, Protocol::SCTP}, {443, Protocol::TCP},
                                              {30005, Protocol::UDP}, {81, Protocol::TCP},   {9000, Protocol::TCP}};
    RandomDesigns designs(20261126);
    long checked = 0;
    long allowed = 0;
    for (int round = 0; round < 300; ++round) {
        const Design design = designs.next();
        const GenerateResult generated = generatePolicies(design);
        ASSERT_TRUE(generated.diagnostics.empty());
        std::vector<NetworkPolicy> policies;
        for (const GeneratedPolicy &g : generated.policies)
            policies.push_back(g.policy);
        const PolicyEvaluator evaluator(policies);
        const std::vector<Probe> probes = probesFor(design);
        for (const Probe &a : probes) {
            for (const Probe &b : probes) {
                if (&a == &b || (!a.workload && !b.workload))
                    continue;
                for (const auto &[port, proto] : ports) {
                    const bool expected = expectedAllowed(design, a, b, port, proto);
                    const bool actual = evaluator.allowed(a.peer, b.peer, port, proto);
                    ++checked;
                    allowed += actual;
                    if (expected != actual) {
                        FAIL() << a.label << " -> " << b.label << " on " << port << '/' << protocolName(proto)
                               << ": the design says " << (expected ? "allowed" : "denied") << ", the policies "
                               << (actual ? "allow" : "deny") << " it. Design:\n"
                               << writeDesign(design);
                    }
                }
            }
        }
    }
    // The random designs must exercise both verdicts a good deal, or the test proves little.
    EXPECT_GT(checked, 100000);
    EXPECT_GT(allowed, checked / 10);
    EXPECT_LT(allowed, checked - checked / 10);
}
