#!/usr/bin/env bash
# Starts a throw-away PostgreSQL (Debian's server binaries) in the folder given, on a free loopback port
# chosen by scripts/free-port.mjs, and prints its URL. Stop it with: pg_ctl -D DIR/data stop (as postgres).
# A port taken between the choice and the start is retried with another.
set -euo pipefail
dir=${1:?usage: start-test-postgres.sh DIR}
here=$(cd "$(dirname "$0")" && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "no PostgreSQL server binaries" >&2; exit 1; }
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
run "$bin/initdb -D $dir/data -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8" >/dev/null
for attempt in 1 2 3 4 5; do
  port=$(node "$here/free-port.mjs")
  if run "$bin/pg_ctl -D $dir/data -l $dir/log -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off' -w start" >/dev/null; then
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    exit 0
  fi
  echo "PostgreSQL did not start on port $port (attempt $attempt), trying another port" >&2
done
tail -20 "$dir/log" >&2
exit 1
