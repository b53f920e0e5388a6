#!/usr/bin/env bash
# Sets up a fresh machine and runs every test; the last line reads "N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The data-layer tests also run against a real PostgreSQL server on loopback when one can be started:
# a throw-away one in a fresh folder, on a port the operating system has free, stopped at the end.
pg_dir=""
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  pg_dir=$(mktemp -d /tmp/nianbao-test-pg.XXXXXX)
  if url=$(bash scripts/start-test-postgres.sh "$pg_dir"); then
    export TEST_DATABASE_URL="$url"
  else
    echo "PostgreSQL could not be started: the PostgreSQL lane of the data-layer tests will be skipped" >&2
  fi
fi
stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  if [ -f "$pg_dir/data/postmaster.pid" ]; then
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$bin/pg_ctl -D $pg_dir/data -m fast -w stop" >/dev/null 2>&1
    else "$bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1; fi
  fi
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
set +e
bash scripts/test-all.sh
status=$?
exit $status
