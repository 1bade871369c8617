#!/usr/bin/env bash
# Instructions V8 executes per parse of the typical (5 KB) English and Chinese résumés, counted
# under valgrind: repeatable where wall-clock time on a shared machine is not. TurboFan only
# (no Liftoff, no tier-up), on one thread; (41 parses - 1 parse) / 40 cancels start-up and
# compilation. Needs valgrind and a built pkg/ (npm run build). About two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
harness=$(mktemp --suffix=.mjs)
trap 'rm -f "$harness"' EXIT
cat > "$harness" <<'JS'
import { readFileSync } from 'node:fs';
const [root, lang, runs] = process.argv.slice(2);
const read = (p) => readFileSync(`${root}/tests/fixtures/${p}`, 'utf8');
const pieces = lang === 'zh'
  ? ['zh/markdown-nested-bullets.md', 'zh/pdf-radicals-kv.txt', 'zh/latex-pdf-spaced-dates.txt', 'mixed/chinese-with-english-headings.md']
  : ['en/markdown-basic.md', 'en/pdf-layout-two-column.txt', 'en/pdf-plain-ligatures.txt', 'en/web-theme-copy.txt', 'en/mdhtml-centered-header.md'];
let text = '';
for (let k = 0; text.length < 5000; k++) text += read(pieces[k % pieces.length]) + '\n';
const api = await import(`${root}/pkg/node.mjs`);
api.benchParse(text, Number(runs));
JS
count() {
  valgrind --tool=callgrind --smc-check=all --callgrind-out-file=/dev/null \
    node --single-threaded --no-liftoff --no-wasm-tier-up "$harness" "$PWD" "$1" "$2" 2>&1 \
    | awk '/refs:/ { gsub(",", "", $4); print $4 }'
}
for lang in en zh; do
  one=$(count "$lang" 1)
  many=$(count "$lang" 41)
  echo "$lang: $(( (many - one) / 40 )) instructions per parse"
done
