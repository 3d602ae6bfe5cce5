#!/usr/bin/env bash
# Set-up on a fresh clone: install the locked dependencies and a browser to print
# with, then build the site with a PDF per report.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("samling needs Node 20.19 or newer (found "+process.versions.node+")"); process.exit(1) }'

npm ci --no-audit --no-fund
bash scripts/find-or-install-browser.sh
npm run build
