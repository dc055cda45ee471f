// The design reader on any text: it must not crash, hang or leak, and a design it reads must
// come back equal from its canonical text (readDesign(writeDesign(d)) == d), which must itself
// be a fixed point of writing. A design without structural errors generates policies, and each
// of them survives writing and reading back.

#include "policyroundtrip.h"

#include "model/design/designcheck.h"
#include "model/design/designreader.h"
#include "model/design/designwriter.h"
#include "model/generate/generator.h"

using namespace Netpol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string input = Fuzz::text(data, size);
    const DesignReadResult read = readDesign(input, "fuzz.netpol.yaml");
    if (!read.design || !Fuzz::isUtf8(input))
        return 0;
    const std::string written = writeDesign(*read.design);
    const DesignReadResult again = readDesign(written, "written.netpol.yaml");
    NETPOL_FUZZ_CHECK(again.design.has_value(), "the written design does not read back:\n" + written
                                                    + (again.diagnostics.empty()
                                                           ? std::string()
                                                           : again.diagnostics.front().format()));
    NETPOL_FUZZ_CHECK(*again.design == *read.design,
                      "the design read back differs from the one written:\n" + written);
    NETPOL_FUZZ_CHECK(writeDesign(*again.design) == written,
                      "writing the design read back gives another text:\n" + written);
    if (countSeverity(checkDesign(*read.design), Severity::Error) > 0)
        return 0;
    for (const GeneratedPolicy &generated : generatePolicies(*read.design).policies)
        Fuzz::checkPolicyRoundTrip(generated.policy);
    return 0;
}
