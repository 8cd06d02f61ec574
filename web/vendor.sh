#!/usr/bin/env bash
# Copies the pinned front-end packages (package.json, package-lock.json) into static/vendor,
# which is committed and embedded in the binary: medmarket never loads code from a CDN.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund >/dev/null
mkdir -p static/vendor
cp node_modules/react/umd/react.production.min.js static/vendor/
cp node_modules/react-dom/umd/react-dom.production.min.js static/vendor/
cp node_modules/graphiql/graphiql.min.js node_modules/graphiql/graphiql.min.css static/vendor/
# ethers v6 (ESM build): EIP-712 and EIP-191 signing, keccak, HMAC for the study-key HKDF.
cp node_modules/ethers/dist/ethers.min.js static/vendor/ethers.min.js
cp node_modules/ethers/LICENSE.md static/vendor/ethers.LICENSE.md
