#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is missing, build, then open the
# designer on the bundled example, or, without a display, print the example's policies.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Set-up talks on standard error, so that standard output holds only the policies.
netpol_install_missing >&2
netpol_build >&2

example="$NETPOL_ROOT/resources/examples/production.netpol.yaml"
designer="$NETPOL_BUILD/bin/netpol-designer"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$designer" ]; then
    exec "$designer" "$example"
fi

"$NETPOL_BUILD/bin/netpol" generate "$example"
echo >&2
if [ -x "$designer" ]; then
    echo "No display here, so the policies above were printed instead. To draw the design," >&2
    echo "run this on a desktop, or: $designer $example" >&2
else
    echo "These are the example's policies. The designer window is not part of this build yet;" >&2
    echo "'$NETPOL_BUILD/bin/netpol --help' lists what the command line does." >&2
fi
