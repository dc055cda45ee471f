#!/usr/bin/env bash
# `netpol test --format junit` against tests/cli/junit.xsd (the JUnit XML CI systems read),
# with xmllint, for designs whose checks pass and one whose check fails.
#   junitschema.sh NETPOL SOURCE_DIR WORK_DIR
set -euo pipefail
netpol="$1" source="$2" work="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rm -rf "$work" && mkdir -p "$work"
example="$source/resources/examples/online-shop.netpol.yaml"
{
    cat "$example"
    echo "  - {from: storefront/web, to: data/postgres, port: 5432/TCP, allowed: true}"
} >"$work/failing.netpol.yaml"
status=0
"$netpol" test "$example" "$work/failing.netpol.yaml" --format junit -o "$work/report.xml" || status=$?
if [ "$status" -ne 1 ]; then
    echo "junitschema: expected exit 1 (a check fails), got $status" >&2
    exit 1
fi
grep -q '<failure ' "$work/report.xml" || { echo "junitschema: no failure element" >&2; exit 1; }
xmllint --noout --schema "$here/junit.xsd" "$work/report.xml"
"$netpol" test "$example" --format junit -o "$work/passing.xml"
xmllint --noout --schema "$here/junit.xsd" "$work/passing.xml"
