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

// Well-formed UTF-8? The round trips are checked only then: yaml-cpp keeps a stray byte of
// some scalars as it is but reads it back from the written double-quoted form as U+FFFD, so a
// text that is not UTF-8 need not survive (the readers should refuse it, as the API server
// does; until they do, such input is only checked for crashes, leaks and undefined behaviour).
inline bool isUtf8(const std::string &s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2)
                return false;
        }
        i += n;
    }
    return true;
}

} // namespace Netpol::Fuzz

#define NETPOL_FUZZ_CHECK(condition, detail)                                                       \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::Netpol::Fuzz::fail(#condition, (detail), __FILE__, __LINE__);                        \
    } while (false)
