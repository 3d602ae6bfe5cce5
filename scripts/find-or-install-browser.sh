#!/usr/bin/env bash
# PDFs are printed by a Chromium-family browser, and the print checks read
# PDFs with poppler's tools. No npm package may download a browser, so on
# Debian/Ubuntu this installs the system's `chromium` and `poppler-utils`
# when they are missing. Elsewhere it says what to install.
set -euo pipefail

have_browser() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  for b in chromium chromium-browser google-chrome google-chrome-stable microsoft-edge; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  return 1
}

missing=()
have_browser || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing ${missing[*]} (Debian packages) …"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "samling needs: ${missing[*]}. Install Chromium (or Chrome/Edge, or set CHROME_PATH) and poppler's pdftotext, or build without PDFs: npm run build -- --no-pdf" >&2
  exit 1
fi
