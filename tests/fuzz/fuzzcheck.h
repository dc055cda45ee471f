#pragma once

// What the fuzz harnesses share: the libFuzzer entry point and a check that aborts (so that
// libFuzzer, or the replay of the seeds in ctest, reports the input) when a property fails.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace Netpol::Fuzz {

[[noreturn]] inline void fail(const char *what, const std::string &detail, const char *file,
                              int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n%s\n", file, line, what, detail.c_str());
    std::abort();
}

inline std::string text(const std::uint8_t *data, std::size_t size)
{
    return std::string(reinterpret_cast<const char *>(data), size);
}

} // namespace Netpol::Fuzz

#define NETPOL_FUZZ_CHECK(condition, detail)                                                       \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::Netpol::Fuzz::fail(#condition, (detail), __FILE__, __LINE__);                        \
    } while (false)
