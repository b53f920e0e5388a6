#!/usr/bin/env bash
# Starts the production build on a fresh embedded database for the browser tests.
set -euo pipefail
port=$1
data_dir=$2
rm -rf "$data_dir"
export NIANBAO_DATA_DIR="$data_dir" NIANBAO_DEMO=1 NEXT_TELEMETRY_DISABLED=1
unset DATABASE_URL
exec npx next start -H 127.0.0.1 -p "$port"
