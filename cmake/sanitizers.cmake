# NETPOL_SANITIZE: everything built with AddressSanitizer (leaks included) and
# UndefinedBehaviorSanitizer, any finding fatal. GCC or clang; use a build directory of its
# own (scripts/test.sh uses build-asan). The suppressions of findings in system libraries we do
# not build are in cmake/sanitizers/ and are given to the tests by ctest (tests/CMakeLists.txt).
#
# NETPOL_FUZZ: clang's coverage instrumentation for libFuzzer on all our code, with the same
# sanitizers; the harnesses in tests/fuzz link libFuzzer's main.
set(NETPOL_SANITIZER_FLAGS
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)

if(NETPOL_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "NETPOL_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link ${NETPOL_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
elseif(NETPOL_SANITIZE)
    add_compile_options(${NETPOL_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
    # GCC 12 with ASan warns in libstdc++'s std::regex (std::function members "may be used
    # uninitialized"): false positives, and the build stays free of warnings.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        add_compile_options(-Wno-maybe-uninitialized)
    endif()
endif()
