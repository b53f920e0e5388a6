#!/usr/bin/env bash
# Runs the app on the embedded database (.data/pglite) with the demo organ, users and reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NEXT_TELEMETRY_DISABLED=1 NIANBAO_DEMO=1
npx next build
port=${PORT:-3000}
echo
echo "年报 is starting on http://localhost:${port}"
echo "Demo accounts (password: nianbao-demo):"
echo "  clerk     张填报  填报人, 演示区长寿湖镇人民政府"
echo "  reviewer  李审核  审核人, 演示区长寿湖镇人民政府"
echo "  office    王主管  审核人 + 管理员, 演示区人民政府 (supervises the town)"
exec npx next start -p "$port"
