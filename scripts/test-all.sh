#!/usr/bin/env bash
# Every test: lint, types, unit and property tests, then a production build and the browser tests.
# Ends with one line "N passed, M failed" read by CI.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
export NEXT_TELEMETRY_DISABLED=1
status=0
step() { echo; echo "== $*"; }

step "lint"; npx eslint . || status=1
step "typecheck"; npx tsc --noEmit || status=1
step "unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1
step "production build"
if npx next build; then
  step "browser tests (playwright, Debian chromium)"
  npx playwright test || status=1
else
  status=1
  echo "build failed: browser tests not run" >&2
fi

node scripts/summarize-results.mjs test-results/unit.json test-results/e2e.json || status=1
exit $status
