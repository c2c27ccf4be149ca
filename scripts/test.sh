#!/usr/bin/env bash
# `npm test`: everything — typecheck, lint, dependency lint, unit, integration (embedded database, plus
# PostgreSQL when DATABASE_URL names a local server), build, system tests (whole portal processes), e2e
# in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$*"; }

step "typecheck"
npx tsc --noEmit
step "lint"
npx eslint --max-warnings=0 .
step "format (prettier --check; npm run format rewrites)"
npx prettier --check . --log-level warn
step "dependency lint"
npm run --silent lint:deps
step "unit tests"
npx vitest run --project unit
step "integration tests (${DATABASE_URL:+PostgreSQL and }embedded database)"
npx vitest run --project integration
step "build"
npx next build
step "system tests (several portal processes: federation)"
npx vitest run --project system
step "e2e tests (Chromium)"
bash scripts/e2e.sh
