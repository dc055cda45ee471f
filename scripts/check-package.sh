#!/usr/bin/env bash
# Builds the Debian package and the tarball from a built tree and checks them as Debian would:
# the .deb is unpacked into a scratch root with `dpkg -x`, every file in it must sit where the
# FHS and Debian policy put it (and nothing elsewhere, nothing under usr/local), the files a
# user relies on must be there, the dependencies must name Qt, yaml-cpp and Graphviz, and
# lintian must report no error.
#   bash scripts/check-package.sh [BUILD_DIR]      (default: build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
scratch="$build/package-check"
rm -rf "$scratch" && mkdir -p "$scratch/out" "$scratch/root"
failures=0
fail() {
    echo "check-package: $*" >&2
    failures=$((failures + 1))
}

# Up to date first (a no-op after scripts/test.sh's build): cpack packs what is built.
cmake --build "$build" --parallel "$(nproc)" >"$scratch/build.log" 2>&1 || {
    cat "$scratch/build.log" >&2
    exit 1
}
echo "check-package: cpack -G DEB -G TGZ in $scratch/out"
(cd "$build" && cpack -G "DEB;TGZ" -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || {
    cat "$scratch/cpack.log" >&2
    echo "check-package: cpack failed" >&2
    exit 1
}
deb=$(ls "$scratch"/out/netpol-designer_*.deb)
tgz=$(ls "$scratch"/out/netpol-designer-*.tar.gz)
dpkg -x "$deb" "$scratch/root"

# Where each file may be: FHS and Debian policy for an application package.
allowed='^usr/bin/(netpol|netpol-designer|kubectl-netpol)$'
allowed+='|^usr/share/man/man1/[a-z-]+\.1\.gz$'
allowed+='|^usr/share/applications/io\.netpoldesigner\.NetpolDesigner\.desktop$'
allowed+='|^usr/share/metainfo/io\.netpoldesigner\.NetpolDesigner\.metainfo\.xml$'
allowed+='|^usr/share/mime/packages/io\.netpoldesigner\.NetpolDesigner\.xml$'
allowed+='|^usr/share/icons/hicolor/(scalable|[0-9]+x[0-9]+)/apps/io\.netpoldesigner\.NetpolDesigner\.(svg|png)$'
allowed+='|^usr/share/doc/netpol-designer/.+'
allowed+='|^usr/share/bash-completion/completions/(netpol|kubectl-netpol)$'
allowed+='|^usr/share/zsh/vendor-completions/_netpol$'
allowed+='|^usr/share/fish/vendor_completions\.d/(netpol|kubectl-netpol)\.fish$'
allowed+='|^usr/share/netpol-designer/(examples|templates)/[a-z0-9-]+\.netpol\.yaml$'
count=0
while IFS= read -r file; do
    count=$((count + 1))
    [[ $file =~ $allowed ]] || fail "file in a place it does not belong: /$file"
done < <(cd "$scratch/root" && find . \( -type f -o -type l \) | sed 's|^\./||' | sort)
[ "$count" -gt 0 ] || fail "the package holds no file"

required=(usr/bin/netpol usr/bin/netpol-designer usr/bin/kubectl-netpol
    usr/share/man/man1/netpol.1.gz usr/share/man/man1/netpol-designer.1.gz
    usr/share/applications/io.netpoldesigner.NetpolDesigner.desktop
    usr/share/metainfo/io.netpoldesigner.NetpolDesigner.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/io.netpoldesigner.NetpolDesigner.svg
    usr/share/doc/netpol-designer/copyright usr/share/doc/netpol-designer/changelog.gz
    usr/share/bash-completion/completions/netpol usr/share/zsh/vendor-completions/_netpol
    usr/share/fish/vendor_completions.d/netpol.fish)
for file in "${required[@]}"; do
    [ -e "$scratch/root/$file" ] || fail "missing: /$file"
done
[ "$(readlink "$scratch/root/usr/bin/kubectl-netpol" 2>/dev/null)" = netpol ] ||
    fail "/usr/bin/kubectl-netpol is not a link to netpol"
for page in "$scratch"/root/usr/share/man/man1/*.1.gz; do
    [ -L "$page" ] || gzip -t "$page" || fail "not gzip: $page"
done
"$scratch/root/usr/bin/netpol" --version >/dev/null || fail "the packaged netpol does not run"
"$scratch/root/usr/bin/kubectl-netpol" --help | grep -q '^Usage: kubectl netpol ' ||
    fail "kubectl-netpol does not introduce itself as kubectl netpol"

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6svg6 libyaml-cpp libcgraph6 graphviz; do
    [[ $depends == *"$dep"* ]] || fail "Depends lacks $dep: $depends"
done

# The tarball holds the same files under its top folder.
diff <(cd "$scratch/root" && find . \( -type f -o -type l \) | sed 's|^\./||' | sort) \
    <(tar tzf "$tgz" | grep -v '/$' | cut -d/ -f2- | sort) >"$scratch/tgz.diff" ||
    fail "the tarball and the .deb hold different files: $(cat "$scratch/tgz.diff")"

# lintian: errors fail, warnings are shown.
lintian --fail-on error --tag-display-limit 0 "$deb" >"$scratch/lintian.log" 2>&1 ||
    fail "lintian reports errors"
cat "$scratch/lintian.log"

if [ "$failures" -gt 0 ]; then
    echo "check-package: $failures problems in $(basename "$deb")" >&2
    exit 1
fi
echo "check-package: $(basename "$deb") and $(basename "$tgz"): $count files in place, lintian: no errors"
