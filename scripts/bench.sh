#!/usr/bin/env bash
# All performance measurements in one run: native per-résumé times (criterion), native scaling
# 10 KB .. 10 MB, the wasm build in Node and headless Chromium (parse inside wasm, full call
# from JS, page ready time, 10 MB), and the sizes of what a browser downloads.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
bash scripts/build.sh | sed -n '/== size/,$p'
echo "== native, per résumé (criterion; target/criterion/ has the full report)"
cargo bench --bench parse -- --warm-up-time 1 --measurement-time 3 2>/dev/null | grep -E '^parse/|time:|thrpt:'
echo "== native, scaling"
cargo run --release --quiet --example scaling
echo "== wasm"
node scripts/bench-js.mjs
