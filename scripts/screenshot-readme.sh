#!/usr/bin/env bash
# The README's screenshot: the real designer window on the bundled production example, drawn
# under Xvfb and grabbed with ImageMagick's import, written to docs/images/designer.png.
# Run it after changing the window, then look at the picture and commit it.
#   bash scripts/screenshot-readme.sh [OUT.png]
# Needs a build (scripts/run.sh or scripts/test.sh make one); installs xvfb and imagemagick
# when they are missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

out="${1:-$NETPOL_ROOT/docs/images/designer.png}"
designer="$NETPOL_BUILD/bin/netpol-designer"
example="$NETPOL_ROOT/resources/examples/production.netpol.yaml"
width=1440 height=900

NETPOL_PACKAGES=(xvfb xauth imagemagick x11-utils fonts-dejavu-core)
netpol_install_missing
[ -x "$designer" ] || netpol_build

scratch="$(mktemp -d)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$scratch"
}
trap cleanup EXIT

# Xvfb picks a free display and writes its number to the pipe.
exec {displayfd}<> <(:)
Xvfb -displayfd "$displayfd" -screen 0 "${width}x${height}x24" -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
pids+=($!)
read -r -t 10 -u "$displayfd" display || { cat "$scratch/xvfb.log" >&2; exit 1; }
export DISPLAY=":$display"

# A fresh profile: no saved window state, no recovery files from another session.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8

"$designer" "$example" >"$scratch/designer.log" 2>&1 &
pids+=($!)

# Wait for the window to be mapped, let it lay out and compute (YAML, findings), then grab.
for _ in $(seq 1 100); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"Netpol Designer\|production-zero-trust'; then
        break
    fi
    sleep 0.1
done
sleep "${NETPOL_SCREENSHOT_SETTLE:-4}"
window=$(xwininfo -root -tree | grep -m1 'production-zero-trust' | awk '{print $1}')
mkdir -p "$(dirname "$out")"
if [ -n "$window" ]; then
    import -window "$window" "$out"
else
    import -window root "$out"
fi
echo "screenshot-readme: wrote $out ($(identify -format '%wx%h' "$out" 2>/dev/null || echo '?'))"
