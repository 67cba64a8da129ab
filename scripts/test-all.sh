#!/usr/bin/env bash
# npm test: installs what the tests need, then type-checks, lints, scans the Electron sources
# with electronegativity (installed outside the lock), builds and runs every test
# (Vitest: domain, database and main-process tests; Playwright: the browser host in Chromium and
# the Electron smoke test). Ends with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --test || { echo "Installing dependencies failed."; echo "0 passed, 1 failed"; exit 1; }
rm -rf reports && mkdir -p reports

failed_steps=()
step() {
  local name=$1
  shift
  echo "› $name"
  "$@" || failed_steps+=("$name")
}

step "type check" npx tsc -b
step "lint" npm run lint --silent
step "security scan (electronegativity)" node scripts/electronegativity.mjs
step "build" npm run build --silent
step "unit and integration tests" npx vitest run
step "end-to-end tests" npx playwright test

node scripts/summarise-tests.mjs reports/vitest.json reports/playwright.json
summary_status=$?
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "Failed steps: ${failed_steps[*]}"
  exit 1
fi
exit $summary_status
