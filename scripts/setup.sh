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
# `npm install`, not `npm ci`: the registry mirror here lacks some other platforms' optional
# packages (e.g. @next/swc-darwin-arm64), which leaves them out of the lock file and makes `npm ci`
# refuse it. With the lock file present, `npm install` installs exactly the locked versions.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
