// `netpol validate` on any text, design or manifests (decided by content): reading, the design
// check, the API server's validation, the lints. It must not crash, hang or leak; it reports
// one file, never an `unreadable` input, and every finding has a code and is one line.

#include "fuzzcheck.h"

#include "model/lint/validator.h"

using namespace Netpol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::vector<ValidationSource> sources{{"fuzz.yaml", Fuzz::text(data, size), {}}};
    const ValidationReport report = validateSources(sources);
    NETPOL_FUZZ_CHECK(report.files.size() == 1, "one source gives " + std::to_string(report.files.size())
                                                    + " files");
    NETPOL_FUZZ_CHECK(!report.unreadable, "a text given in memory is reported unreadable");
    for (const Diagnostic &d : report.diagnostics) {
        const std::string line = d.format();
        NETPOL_FUZZ_CHECK(!d.code.empty() && line.find('\n') == std::string::npos,
                          "a finding without a code or on several lines: " + line);
    }
    return 0;
}
