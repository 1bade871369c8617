#!/usr/bin/env bash
# Builds the browser extension: a loadable folder (dist/extension/) and a zip of it
# (dist/resume-parser-extension.zip). It reuses the page's rendering, strings and worker and
# the package's web build, so it runs scripts/build.sh first unless SKIP_WASM_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${SKIP_WASM_BUILD:-0}" != 1 ] || [ ! -f pkg/web/resume_parser_bg.wasm ]; then
  bash scripts/build.sh
fi

out=dist/extension
rm -rf "$out" dist/resume-parser-extension.zip
mkdir -p "$out/pkg"
cp extension/manifest.json extension/*.html extension/*.js extension/*.css "$out/"
# One implementation, two hosts: the page's own files, unchanged (the worker warms up on the examples).
cp www/render.js www/i18n.js www/worker.js www/examples.js www/style.css "$out/"
cp pkg/web/resume_parser.js pkg/web/resume_parser_bg.wasm "$out/pkg/"

python3 - "$out" dist/resume-parser-extension.zip <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as z:
    for root, _, files in os.walk(src):
        for f in sorted(files):
            path = os.path.join(root, f)
            z.write(path, os.path.relpath(path, src))
PY
echo "extension: $out/ (load unpacked) and dist/resume-parser-extension.zip"
