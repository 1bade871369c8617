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
const [root, lang, runs] = process.argv.slice(2);
const { EN, ZH, grow } = await import(`${root}/scripts/bench-inputs.mjs`);
const text = grow(lang === 'zh' ? ZH : EN, 5000);
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
