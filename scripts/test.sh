#!/usr/bin/env bash
# Every test on a fresh Debian 12 machine: install what is missing, build, run ctest. Then,
# unless told otherwise, the extra checks (each skipped with a message when its tools are
# missing or the time budget would be overrun):
#   NETPOL_FUZZ_SECONDS=N     run each libFuzzer harness N seconds (default 20; 0: skip),
#                             built with clang in build-fuzz (scripts/fuzz.sh)
#   NETPOL_SANITIZE_TESTS=0   skip the model and command line tests built with ASan and UBSan
#                             in build-sanitize (default 1)
#   NETPOL_PACKAGE_CHECK=0    skip building and checking the .deb (scripts/check-package.sh)
#   NETPOL_TIME_BUDGET=S      seconds the whole script should stay within (default 2700, 45
#                             minutes); an extra step that would not fit is skipped
# Expects the shared conformance cases in ../shared beside the checkout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

fuzzSeconds="${NETPOL_FUZZ_SECONDS:-20}"
sanitizeTests="${NETPOL_SANITIZE_TESTS:-1}"
budget="${NETPOL_TIME_BUDGET:-2700}"

# Would a step of about `estimate` seconds still end within the budget?
fits() {
    local estimate="$1" what="$2"
    if [ $((SECONDS + estimate)) -gt "$budget" ]; then
        echo "test.sh: skipping $what: about $estimate s more would pass the budget of $budget s" \
            "($SECONDS s used; NETPOL_TIME_BUDGET sets it)"
        return 1
    fi
}

netpol_install_missing
netpol_build
ctest --test-dir "$NETPOL_BUILD" --output-on-failure --parallel "$(nproc)" "$@"

# The .deb: files where Debian wants them, lintian without errors (about a minute).
if [ "${NETPOL_PACKAGE_CHECK:-1}" != 0 ] && fits 120 "the package check"; then
    bash "$NETPOL_ROOT/scripts/check-package.sh" "$NETPOL_BUILD"
fi

if [ "$fuzzSeconds" -gt 0 ]; then
    if ! command -v clang++ >/dev/null 2>&1; then
        echo "test.sh: skipping the fuzzers: clang++ is not installed"
    elif fits $((420 + 4 * fuzzSeconds)) "the fuzzers"; then
        # A fixed seed, so that a run and its rerun try the same mutations first.
        NETPOL_FUZZ_SEED="${NETPOL_FUZZ_SEED:-1}" bash "$NETPOL_ROOT/scripts/fuzz.sh" "$fuzzSeconds"
    fi
fi

if [ "$sanitizeTests" != 0 ] && fits 1200 "the sanitizer build of the model tests"; then
    # -O1 -g1 with assertions on: half the compile time of -O2 -g, line numbers in reports.
    sanitizeBuild="$NETPOL_ROOT/build-sanitize"
    if [ ! -f "$sanitizeBuild/CMakeCache.txt" ]; then
        generator=()
        command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
        cmake -S "$NETPOL_ROOT" -B "$sanitizeBuild" "${generator[@]}" \
            -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DNETPOL_SANITIZE=ON \
            -DNETPOL_BUILD_GUI=OFF -DNETPOL_BUILD_BENCHMARKS=OFF
    fi
    cmake --build "$sanitizeBuild" --parallel "$(nproc)"
    ctest --test-dir "$sanitizeBuild" --output-on-failure --parallel "$(nproc)"
fi
