// The manifest reader on any text (YAML or JSON, many documents, Lists, any kind): it must not
// crash, hang or leak, and every policy it reads without errors that the API server would take
// survives writing and reading back.

#include "policyroundtrip.h"

#include "model/manifests/manifestvalidation.h"

using namespace Netpol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string input = Fuzz::text(data, size);
    ManifestSet set = readManifests(input, "fuzz.yaml");
    NETPOL_FUZZ_CHECK(set.policyErrors.size() == set.policies.size()
                          && set.policySources.size() == set.policies.size(),
                      "the parallel policy lists differ in length");
    (void)validateAndMarkRefused(set);
    if (!Fuzz::isUtf8(input))
        return 0; // see isUtf8
    for (std::size_t i = 0; i < set.policies.size(); ++i) {
        if (set.policyErrors[i] == 0)
            Fuzz::checkPolicyRoundTrip(set.policies[i]);
    }
    return 0;
}
