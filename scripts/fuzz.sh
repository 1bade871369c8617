#!/usr/bin/env bash
# Runs the cargo-fuzz target over `parse` for SECONDS (default 300), seeded with the project's
# fixtures. Needs the nightly toolchain and cargo-fuzz (installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
mkdir -p fuzz/corpus/parse
cp tests/fixtures/*/* fuzz/corpus/parse/ 2>/dev/null || true
cd fuzz
cargo +nightly fuzz run parse corpus/parse -- -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 2>&1 | grep -v '^\s*Compiling' | tail -60
