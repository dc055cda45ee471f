#!/usr/bin/env bash
# Every test on a fresh Debian 12 machine: install what is missing, build, run ctest.
# Expects the shared conformance cases in ../shared beside the checkout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

netpol_install_missing
netpol_build
ctest --test-dir "$NETPOL_BUILD" --output-on-failure --parallel "$(nproc)" "$@"
