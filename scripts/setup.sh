#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine: the npm packages (exactly as
# locked) and a headless Chromium for Puppeteer, plus poppler's PDF tools for the tests and
# qpdf for npm run check.
# Safe to run again: it only installs what is missing. Runs before node_modules exists,
# hence shell rather than TypeScript.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
fail() { printf 'setup: %s\n' "$*" >&2; exit 1; }

# Puppeteer must never download a browser during install: it cannot on a closed network,
# and we print with a system Chromium instead.
export PUPPETEER_SKIP_DOWNLOAD=1
if ! npm ci --no-audit --no-fund --loglevel=error >/dev/null; then
  fail "npm ci failed; see the messages above. Node $(node --version 2>/dev/null || echo '(none)') and npm $(npm --version 2>/dev/null || echo '(none)') are installed; the project needs Node 20.19 or newer."
fi
say "npm packages installed from package-lock.json"

is_root() { [ "$(id -u)" = "0" ]; }
can_apt() { is_root && command -v apt-get >/dev/null 2>&1; }
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The browser: an explicit PUPPETEER_EXECUTABLE_PATH, else a system Chromium or Chrome,
# else Debian's chromium (as root), else Puppeteer's own browser download.
mkdir -p .cache
browser=""
how=""
if [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ]; then
  [ -x "$PUPPETEER_EXECUTABLE_PATH" ] || fail "PUPPETEER_EXECUTABLE_PATH is $PUPPETEER_EXECUTABLE_PATH, which is not an executable file. Fix or unset it."
  browser="$PUPPETEER_EXECUTABLE_PATH"; how="found (PUPPETEER_EXECUTABLE_PATH)"
else
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    if path=$(command -v "$candidate" 2>/dev/null); then browser="$path"; how="found"; break; fi
  done
  if [ -z "$browser" ] && can_apt; then
    apt_install chromium || fail "apt-get install chromium failed; install Chromium yourself and set PUPPETEER_EXECUTABLE_PATH."
    browser="$(command -v chromium)"; how="installed with apt-get"
  fi
  if [ -z "$browser" ]; then
    if npx --yes @puppeteer/browsers install chrome-headless-shell@stable --path .cache/puppeteer >/dev/null 2>&1; then
      browser="$(find .cache/puppeteer -type f -name 'chrome-headless-shell' -perm -u+x | head -n 1)"
      how="installed with @puppeteer/browsers"
    fi
  fi
fi
[ -n "$browser" ] || fail "no Chromium found and none could be installed. Install Chromium or Chrome and set PUPPETEER_EXECUTABLE_PATH to its binary, then run npm run setup again."
"$browser" --version >/dev/null 2>&1 || fail "$browser does not run ($("$browser" --version 2>&1 | head -n 1)). Install a working Chromium and set PUPPETEER_EXECUTABLE_PATH."
# The build reads the browser's path from here, so it uses exactly what setup chose.
printf '%s\n' "$(cd "$(dirname "$browser")" && pwd)/$(basename "$browser")" > .cache/chromium-path
browser_line="$($browser --version 2>/dev/null | head -n 1) at $browser, $how"

# poppler-utils: the tests read PDFs' fonts and pages with pdffonts and pdftoppm.
if command -v pdffonts >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
  poppler_line="poppler-utils found"
elif can_apt; then
  apt_install poppler-utils || fail "apt-get install poppler-utils failed."
  poppler_line="poppler-utils installed with apt-get"
else
  poppler_line="poppler-utils missing (install it for npm test: pdffonts, pdftoppm)"
fi

# qpdf: npm run check verifies each PDF's structure with qpdf --check.
if command -v qpdf >/dev/null 2>&1; then
  qpdf_line="qpdf found"
elif can_apt; then
  apt_install qpdf || fail "apt-get install qpdf failed."
  qpdf_line="qpdf installed with apt-get"
else
  qpdf_line="qpdf missing (install it for npm run check)"
fi

say "browser: $browser_line; $poppler_line; $qpdf_line"
