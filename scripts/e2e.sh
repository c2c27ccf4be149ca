#!/usr/bin/env bash
# Playwright e2e against the built portal on a fresh embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
[ -f .next/BUILD_ID ] || npx next build
E2E_DATA_DIR="$(mktemp -d /tmp/dataloft-e2e-XXXXXX)"
export E2E_DATA_DIR
trap 'rm -rf "$E2E_DATA_DIR"' EXIT
npx playwright test "$@"
