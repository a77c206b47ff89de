#!/usr/bin/env bash
# npm test: the jest suites (arguments go to jest), then the console's browser tests (Playwright on Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
npx jest "$@"
npx playwright test
