#!/usr/bin/env bash
# Screenshots of the designer's review features (the Reachability dock for any port, one port
# and a dark palette; compare mode and after leaving it) under a private Xvfb display, written
# to OUTDIR (default build/screenshots). Look at them before calling the features done.
#   scripts/screenshots.sh [DESIGN] [OUTDIR]      DISPLAY_NUMBER=:94 picks the display
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

design="${1:-$NETPOL_ROOT/resources/examples/online-shop.netpol.yaml}"
outdir="${2:-$NETPOL_BUILD/screenshots}"
display="${DISPLAY_NUMBER:-:94}"
shots="$NETPOL_BUILD/bin/netpol_screenshots"
if [ ! -x "$shots" ]; then
    cmake --build "$NETPOL_BUILD" --target netpol_screenshots
fi

Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
done
# Settings of an earlier run (dock layout) stay out of it.
XDG_CONFIG_HOME="$(mktemp -d)" DISPLAY="$display" QT_QPA_PLATFORM=xcb "$shots" "$design" "$outdir"
