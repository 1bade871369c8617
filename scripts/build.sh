#!/usr/bin/env bash
# Builds the npm package (pkg/) and the static page (www/) from the Rust core.
# Installs, idempotently, the wasm target and the wasm-bindgen CLI pinned to Cargo.lock's version.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  rustup target add wasm32-unknown-unknown
fi
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (once per machine)"
  cargo install wasm-bindgen-cli --version "=$want"
fi

cargo build --profile wasm --lib --target wasm32-unknown-unknown
wasm=target/wasm32-unknown-unknown/wasm/resume_parser.wasm

rm -rf pkg
mkdir -p pkg
for target in web nodejs bundler; do
  dir=$target; [ "$target" = nodejs ] && dir=node
  wasm-bindgen --target "$target" --remove-name-section --remove-producers-section --out-dir "pkg/$dir" "$wasm"
done
# The web glue keeps its instance in module variables; add a way to start a new instance
# from the compiled module after a trap (used by pkg/web/index.js).
glue=pkg/web/resume_parser.js
grep -q '^let wasmModule, wasmInstance, wasm;$' "$glue" || { echo "unexpected wasm-bindgen glue: update scripts/build.sh"; exit 1; }
cat >> "$glue" <<'JS'

// Added by scripts/build.sh: a fresh instance from the already compiled module.
export function __resume_parser_restart() {
    const module = wasmModule;
    wasm = undefined;
    initSync({ module });
}
JS
cp pkg-template/web-index.js pkg/web/index.js
# The nodejs glue is CommonJS; keep it so under any parent "type".
echo '{ "type": "commonjs" }' > pkg/node/package.json
cp pkg-template/index.cjs pkg/node/index.cjs
cp pkg-template/package.json pkg-template/index.d.ts pkg-template/node.mjs pkg/
cp README.md pkg/README.md
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
node -e "const f='pkg/package.json';const p=JSON.parse(require('fs').readFileSync(f));p.version='$version';require('fs').writeFileSync(f,JSON.stringify(p,null,2)+'\n')"

# The page serves the web build from www/pkg/.
rm -rf www/pkg
mkdir -p www/pkg
cp pkg/web/resume_parser.js pkg/web/resume_parser_bg.wasm pkg/web/index.js www/pkg/

# Size report: what a browser downloads.
report() { printf '%-32s %8d bytes raw %8d bytes gzip\n' "$1" "$(wc -c < "$1")" "$(gzip -9c "$1" | wc -c)"; }
echo "== size"
report pkg/web/resume_parser_bg.wasm
report pkg/web/resume_parser.js
