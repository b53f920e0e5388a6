#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on 127.0.0.1:55432 (Debian's server binaries) and prints its URL.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "no PostgreSQL server binaries" >&2; exit 1; }
port=55432
dir=/tmp/nianbao-test-pg
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if ! run "$bin/pg_isready -h 127.0.0.1 -p $port -q"; then
  rm -rf "$dir"; mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  run "$bin/initdb -D $dir/data -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8" >/dev/null
  run "$bin/pg_ctl -D $dir/data -l $dir/log -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off' -w start" >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$port/postgres"
