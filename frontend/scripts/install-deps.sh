#!/usr/bin/env bash
# Installs frontend/node_modules with `npm ci` when it is missing or package-lock.json has changed
# since the last install (a checksum is kept in node_modules/.guide-lock.sha256).
set -euo pipefail
cd "$(dirname "$0")/.."

STAMP=node_modules/.guide-lock.sha256
WANT=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] && [ -x node_modules/.bin/next ]; then
  exit 0
fi
echo "==> npm ci (frontend/)"
npm ci --no-audit --no-fund --loglevel=error
echo "$WANT" >"$STAMP"
