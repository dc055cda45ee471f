#pragma once

// Shared by the harnesses: a NetworkPolicy the API server would take survives writing and
// reading back, equal to itself.

#include "fuzzcheck.h"

#include "model/k8s/policyvalidation.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestwriter.h"

namespace Netpol::Fuzz {

inline void checkPolicyRoundTrip(const NetworkPolicy &policy)
{
    if (!validateNetworkPolicy(policy).empty())
        return;
    const std::string written = writePolicy(policy);
    const ManifestSet back = readManifests(written, "written.yaml");
    NETPOL_FUZZ_CHECK(back.policies.size() == 1 && back.diagnostics.empty(),
                      "a valid policy does not read back alone and cleanly:\n" + written
                          + (back.diagnostics.empty() ? std::string()
                                                      : back.diagnostics.front().format()));
    NETPOL_FUZZ_CHECK(back.policies.front() == policy,
                      "a valid policy reads back different:\n" + written);
    NETPOL_FUZZ_CHECK(writePolicy(back.policies.front()) == written,
                      "writing a valid policy read back gives another text:\n" + written);
}

} // namespace Netpol::Fuzz
