#pragma once

// Is this build instrumented with AddressSanitizer (NETPOL_SANITIZE, NETPOL_FUZZ)? Its shadow
// memory reserves terabytes of address space, so RLIMIT_AS cannot bound a child, and its
// operator new reports an exhausted heap and aborts rather than throwing std::bad_alloc.

// The same as a macro, for what cannot even be compiled into such a build.
#if defined(__SANITIZE_ADDRESS__)
#define NETPOL_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NETPOL_TEST_ASAN 1
#endif
#endif

namespace Netpol::Test {

constexpr bool builtWithAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace Netpol::Test
