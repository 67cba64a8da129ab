#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages from the lock (only when the
# lock changed since the last install) and, with --test, the Debian packages the tests use
# (Chromium for Playwright, poppler for reading PDFs, CJK fonts so Chinese renders, PostgreSQL for the
# office server's tests, which start a throwaway cluster of their own).
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.install-stamp
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  echo "› npm ci"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi

if [ "${1:-}" = "--test" ]; then
  missing=()
  for pkg in chromium poppler-utils fonts-liberation fonts-noto-cjk postgresql openssl; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "› apt-get install ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
