#!/usr/bin/env bash
# Every benchmark of benchmarks/, built if needed, and their figures as one table: what, size,
# figure, goal. Each program's own output goes to $NETPOL_BUILD/bench-logs/NAME.log.
#   scripts/bench.sh                      all of them (about half an hour on 2 cores)
#   scripts/bench.sh analysis validate    only bench_analysis and bench_validate
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

all=(analysis canvas designer generator layout reachability validate)
chosen=("$@")
[ ${#chosen[@]} -eq 0 ] && chosen=("${all[@]}")
targets=()
for name in "${chosen[@]}"; do
    if [ ! -f "$NETPOL_ROOT/benchmarks/bench_$name.cpp" ]; then
        echo "bench.sh: no benchmark '$name' (there are: ${all[*]})" >&2
        exit 2
    fi
    targets+=("bench_$name")
done

netpol_install_missing >&2
if [ ! -f "$NETPOL_BUILD/CMakeCache.txt" ]; then
    netpol_build >&2
else
    cmake --build "$NETPOL_BUILD" --parallel "$(nproc)" --target "${targets[@]}" >&2
fi

logs="$NETPOL_BUILD/bench-logs"
mkdir -p "$logs"
figures="$(mktemp)"
trap 'rm -f "$figures"' EXIT
failed=0
for target in "${targets[@]}"; do
    echo "running $target (output in $logs/$target.log)" >&2
    if ! NETPOL_BENCH_FIGURES=1 "$NETPOL_BUILD/bin/$target" >"$logs/$target.log" 2>&1; then
        echo "bench.sh: $target failed, see $logs/$target.log" >&2
        failed=1
    fi
    grep '^figure	' "$logs/$target.log" | sed "s/^figure	/${target#bench_}	/" >>"$figures" || true
done

# One table, columns as wide as their longest cell.
awk -F'\t' '
    BEGIN { n = 0; w[1] = 5; w[2] = 4; w[3] = 6; w[4] = 4 }
    {
        ++n; cell[n, 1] = $1 ": " $2; cell[n, 2] = $3; cell[n, 3] = $4; cell[n, 4] = $5
        for (c = 1; c <= 4; ++c) if (length(cell[n, c]) > w[c]) w[c] = length(cell[n, c])
    }
    END {
        fmt = "%-" w[1] "s  %-" w[2] "s  %" w[3] "s  %-" w[4] "s\n"
        printf fmt, "what", "size", "figure", "goal"
        for (r = 1; r <= n; ++r) printf fmt, cell[r, 1], cell[r, 2], cell[r, 3], cell[r, 4]
    }' "$figures"
exit $failed
