#!/usr/bin/env bash
# The long proofs (issue 8), outside the default test run: crash safety with many SIGKILLs, two instances on
# one PostgreSQL, the database unreachable for a while, and the hostile-input fuzz tests. Bounded in count and
# time, loopback only. Uses the production build in NEXT_DIST_DIR (default .next; built if missing).
# Ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
passed=0
failed=0
step() {
  echo
  echo "== $1"
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}
# The proofs start their own PostgreSQL (scripts/proof-lib.ts testPostgresUrl) unless TEST_DATABASE_URL is set;
# every server gets a free port from scripts/free-port.mjs.
step "crash safety: 12 clerks, 5 SIGKILLs, PGlite and PostgreSQL" npx tsx scripts/proof-crash.ts --clerks 12 --rounds 5
step "two instances on one PostgreSQL" npx tsx scripts/proof-two-instances.ts
step "PostgreSQL unreachable for 8 s (route level)" npx tsx scripts/proof-outage.ts
step "hostile input: fuzz tests" npx vitest run --reporter=dot lib/domain/normalize.fuzz.test.ts lib/domain/canonical.fuzz.test.ts \
  lib/import/docx-reader.fuzz.test.ts lib/import/import.fuzz.test.ts lib/render/inert-markup.test.ts lib/server/http/http.test.ts lib/db/postgres.test.ts
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
