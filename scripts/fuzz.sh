#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang (AddressSanitizer and UBSan on, in
# $NETPOL_FUZZ_BUILD, default build-fuzz) and runs each for SECONDS (default 30) from its seed
# corpora. New inputs that add coverage go to $NETPOL_FUZZ_BUILD/corpus/NAME and seed the next
# run; a crash or a failed round-trip check leaves crash-* files in $NETPOL_FUZZ_BUILD/artifacts.
#   scripts/fuzz.sh                 every harness, 30 s each
#   scripts/fuzz.sh 3600 design     the design reader for an hour
# Replay one input: build-fuzz/bin/fuzz_design build-fuzz/artifacts/crash-...
# NETPOL_FUZZ_SEED=N fixes libFuzzer's random seed (default 0: a new one each run).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-30}"
shift || true
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(design manifests parsers validate)
fuzzBuild="${NETPOL_FUZZ_BUILD:-$NETPOL_ROOT/build-fuzz}"
cxx="${NETPOL_FUZZ_CXX:-clang++}"

if ! command -v "$cxx" >/dev/null 2>&1; then
    echo "fuzz.sh: $cxx is not installed (apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
fi
if [ ! -f "$fuzzBuild/CMakeCache.txt" ]; then
    generator=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    cmake -S "$NETPOL_ROOT" -B "$fuzzBuild" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$cxx" -DNETPOL_FUZZ=ON -DNETPOL_BUILD_TESTS=OFF \
        -DNETPOL_BUILD_BENCHMARKS=OFF -DNETPOL_BUILD_GUI=OFF
fi
targets=()
for name in "${names[@]}"; do
    targets+=("fuzz_$name")
done
cmake --build "$fuzzBuild" --parallel "$(nproc)" --target "${targets[@]}"

mkdir -p "$fuzzBuild/artifacts"
failed=()
for name in "${names[@]}"; do
    corpus="$fuzzBuild/corpus/$name"
    mkdir -p "$corpus"
    seeds=()
    while IFS= read -r dir; do
        [ -n "$dir" ] && [ -e "$dir" ] && seeds+=("$dir")
    done <"$fuzzBuild/fuzz-seeds/$name.txt"
    echo "fuzzing $name for $seconds s (seeds: ${seeds[*]})"
    # The first corpus directory is the one libFuzzer writes to; the seeds stay as they are.
    if ASAN_OPTIONS="detect_leaks=1:${ASAN_OPTIONS:-}" "$fuzzBuild/bin/fuzz_$name" \
        -max_total_time="$seconds" -seed="${NETPOL_FUZZ_SEED:-0}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$fuzzBuild/artifacts/$name-" "$corpus" "${seeds[@]}" \
        >"$fuzzBuild/fuzz-$name.log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$fuzzBuild/fuzz-$name.log" \
            | sed "s/^/  /" || true
    else
        echo "fuzz.sh: fuzz_$name failed; the end of $fuzzBuild/fuzz-$name.log:" >&2
        tail -n 40 "$fuzzBuild/fuzz-$name.log" >&2
        failed+=("$name")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: failed: ${failed[*]} (inputs in $fuzzBuild/artifacts)" >&2
    exit 1
fi
echo "fuzz.sh: ${#names[@]} harnesses ran $seconds s each without a finding"
