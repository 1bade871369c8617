#!/usr/bin/env bash
# Instructions per parse of the benchmark résumés in the native release build, counted under
# callgrind: (51 parses - 1 parse) / 50 cancels start-up. Repeatable to the instruction where
# wall-clock time on a shared machine is not. Inputs: the typical (5 KB) English and Chinese
# résumés, the 10 KB mixed text of examples/scaling, and the typical English one with the
# output the wasm parse() returns (UTF-16 spans and JSON text).
# OPT=z counts a size-optimised native build instead, a stand-in for the wasm build's profile.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=release
if [ "${OPT:-}" = z ]; then export CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_TARGET_DIR=target/opt-z; fi
cargo build --quiet --profile "$profile" --example typical
bin=${CARGO_TARGET_DIR:-target}/$profile/examples/typical
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 2>&1 | awk '/refs:/ { gsub(",", "", $4); print $4 }'
}
for input in en zh mixed "en --json"; do
  read -r lang flag <<<"$input"
  one=$(count "$lang" 1 $flag)
  many=$(count "$lang" 51 $flag)
  echo "${input}: $(( (many - one) / 50 )) instructions per parse"
done
