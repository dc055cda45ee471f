#!/usr/bin/env bash
# `netpol validate --format sarif` against the published SARIF 2.1.0 JSON schema, with a real
# validator (Python's jsonschema, Debian's python3-jsonschema), plus what GitHub code scanning
# requires beyond the schema. The schema comes from the npm package @microsoft/jest-sarif,
# installed once into the build tree.
#   sarifschema.sh NETPOL SOURCE_DIR WORK_DIR
set -euo pipefail
netpol="$1" source="$2" work="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

schema="$work/npm/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"
if [ ! -f "$schema" ]; then
    mkdir -p "$work/npm"
    npm install --prefix "$work/npm" --no-save --no-audit --no-fund --ignore-scripts \
        --omit=dev @microsoft/jest-sarif@1.0.0-beta.0 >"$work/npm-install.log" 2>&1 || {
        cat "$work/npm-install.log" >&2
        echo "sarifschema: cannot install the SARIF schema with npm" >&2
        exit 1
    }
fi

# Inputs with errors, warnings and infos, in files below the working directory and beside it.
scratch="$work/inputs"
rm -rf "$scratch" && mkdir -p "$scratch/deploy dir"
cat >"$scratch/deploy dir/bad.yaml" <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web
  namespace: shop
spec:
  podSelector: {}
  ingress:
    - ports:
        - port: "80"
YAML
cd "$scratch"
status=0
"$netpol" validate --format sarif "deploy dir/bad.yaml" "$source/tests/data/seed/complete-example.yaml" \
    "$source/resources/examples/production.netpol.yaml" >"$work/out.sarif" || status=$?
if [ "$status" -ne 1 ]; then
    echo "sarifschema: expected exit 1 (the input has errors), got $status" >&2
    exit 1
fi
python3 "$here/checksarif.py" "$schema" "$work/out.sarif" \
    --expect-relative "deploy%20dir/bad.yaml" --expect-levels error,warning,note
# Nothing to report is a valid log too.
"$netpol" validate --format sarif "$source/tests/data/seed/deny-all.yaml" >"$work/clean.sarif" || true
python3 "$here/checksarif.py" "$schema" "$work/clean.sarif"
