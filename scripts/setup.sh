#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine: npm packages, and (as root, when missing)
# Debian's chromium for browser tests, poppler and LibreOffice to inspect documents, PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for pkg in chromium poppler-utils libreoffice-writer-nogui fonts-noto-cjk postgresql; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian packages: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
  else
    echo "missing Debian packages (install them as root): ${need[*]}" >&2
  fi
fi
# Playwright drives Debian's chromium: never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# `npm ci` installs exactly the locked tree (the lock file lists every platform's optional packages).
# It is skipped when node_modules already matches the lock file.
if [ ! -d node_modules ] || ! cmp -s package-lock.json node_modules/.package-lock.json.ci 2>/dev/null; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.package-lock.json.ci
fi
