#!/usr/bin/env bash
# Every test of the project, from a fresh clone: installs what it needs (idempotently), then
# runs the core suite (unit, golden, expectations, property, schema) and the web suite
# (wasm in Node and Chromium, the npm package, the page end to end).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo >/dev/null || { echo "cargo is required (https://rustup.rs)"; exit 1; }

if [ -f scripts/test-core.sh ]; then
  bash scripts/test-core.sh
else
  cargo test --all-targets
fi
if [ -f scripts/test-web.sh ]; then
  bash scripts/test-web.sh
fi
echo "all test suites passed"
