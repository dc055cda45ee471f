# Shared by scripts/run.sh and scripts/test.sh: install what is missing, configure, build.
# Sourced, not run.

NETPOL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NETPOL_BUILD="${NETPOL_BUILD:-$NETPOL_ROOT/build}"

# Debian 12 packages the build, the tests and the GUI checks need (clang and its runtimes:
# the fuzzers of scripts/fuzz.sh; zsh and fish: the completion tests; python3-jsonschema and
# libxml2-utils: the SARIF and JUnit schema tests; dpkg-dev, file and lintian: the package
# and scripts/check-package.sh).
NETPOL_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev
    libyaml-cpp-dev libgraphviz-dev graphviz
    libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth fonts-dejavu-core
    desktop-file-utils appstream
    zsh fish python3-jsonschema libxml2-utils
    dpkg-dev file lintian
    git
    clang libclang-rt-14-dev
)

netpol_install_missing() {
    local missing=()
    local p
    for p in "${NETPOL_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    # npm (the SARIF schema test installs the published schema with it): Debian's package
    # where no npm is on the PATH; a Node.js that brings its own npm is left alone.
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: these packages are missing and this is not root (and there is no sudo):" >&2
            echo "  apt-get install ${missing[*]}" >&2
            return 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

netpol_build() {
    local generator=()
    if [ ! -f "$NETPOL_BUILD/CMakeCache.txt" ]; then
        command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
        cmake -S "$NETPOL_ROOT" -B "$NETPOL_BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    elif [ $# -gt 0 ]; then
        cmake -S "$NETPOL_ROOT" -B "$NETPOL_BUILD" "$@"
    fi
    cmake --build "$NETPOL_BUILD" --parallel "$(nproc)"
}
