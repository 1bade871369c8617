#!/usr/bin/env bash
# The web suite: the core as wasm in Node and in headless Chromium (wasm-bindgen-test), the
# npm package (ESM, CommonJS, TypeScript types, a Vite build), the page end to end and the
# browser extension (playwright-core driving Debian's Chromium). Installs what it needs,
# idempotently.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "== installing Debian's chromium and chromium-driver"
  apt_prefix=""
  [ "$(id -u)" -ne 0 ] && apt_prefix="sudo"
  $apt_prefix apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $apt_prefix apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi

echo "== build pkg/ and www/, then the extension from them"
bash scripts/build.sh
SKIP_WASM_BUILD=1 bash scripts/build-extension.sh

echo "== wasm tests in Node"
cargo test --target wasm32-unknown-unknown --test wasm

echo "== wasm tests in headless Chromium"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test wasm

echo "== npm package, page and extension tests"
node --test tests/web/
echo "web suite passed"
