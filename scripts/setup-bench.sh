#!/usr/bin/env bash
# Optional: installs the floors `npm run bench` compares against, Hugo and WeasyPrint, from
# Debian's packages. Not part of `npm run setup`: the build and the tests need neither, and the
# bench says "not installed" for a floor it cannot find.
set -euo pipefail
say() { printf 'setup-bench: %s\n' "$*"; }
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
command -v weasyprint >/dev/null 2>&1 || missing+=(weasyprint)
if [ ${#missing[@]} -eq 0 ]; then say "hugo and weasyprint found"; exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  say "missing: ${missing[*]}. Install them with your package manager (as root: apt-get install ${missing[*]}); the bench runs without them."
  exit 0
fi
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
say "installed with apt-get: ${missing[*]}"
