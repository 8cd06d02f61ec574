#!/usr/bin/env bash
# Runs medmarket's whole test suite, installing what the tests need when it is missing:
# Node.js and npm (solc-js recompiles the contracts to check the committed artifacts) and
# Chromium (the web UI's browser tests, which are required here, never skipped).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "test.sh: installing nodejs and npm"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  echo "test.sh: installing chromium (browser tests of the web UI)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  echo "test.sh: chromium is still missing; the browser tests cannot run" >&2
  exit 1
fi
export MEDMARKET_BROWSER_TESTS=require
if [ ! -d token/contracts/node_modules ]; then
  echo "test.sh: installing the pinned solc-js and OpenZeppelin (token/contracts/package-lock.json)"
  npm ci --prefix token/contracts --no-audit --no-fund --loglevel=error
fi

echo "test.sh: gofmt and go vet"
# Tracked and new Go files that exist (a file deleted but not yet committed is skipped).
files=$(git ls-files --cached --others --exclude-standard '*.go' 2>/dev/null) ||
  files=$(find . -name '*.go' -not -path './*/node_modules/*')
unformatted=$(for f in $files; do [ -e "$f" ] && echo "$f"; done | xargs -r gofmt -l)
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi
go vet ./...

echo "test.sh: go test"
go test -count=1 -timeout 30m "$@" ./...
