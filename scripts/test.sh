#!/usr/bin/env bash
# Sets up a fresh machine and runs every test; the last line reads "N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The data-layer tests also run against a real PostgreSQL server on loopback when one can be started.
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if url=$(bash scripts/start-test-postgres.sh); then
    export TEST_DATABASE_URL="$url"
  else
    echo "PostgreSQL could not be started: the PostgreSQL lane of the data-layer tests will be skipped" >&2
  fi
fi
exec bash scripts/test-all.sh
