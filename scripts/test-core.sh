#!/usr/bin/env bash
# The core suite: unit tests, fixture expectations, golden snapshots, property and hostile-input
# tests, and every output validated against the official JSON Resume schema (npm @jsonresume/schema).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo test (unit, expectations, golden, properties)"
cargo test --lib --bins --tests --examples

echo "== JSON Resume schema validation"
cargo test --test schema_outputs --quiet
if [ ! -d tests/schema/node_modules/@jsonresume/schema ]; then
  (cd tests/schema && npm ci --no-audit --no-fund)
fi
node tests/schema/validate.mjs target/tmp/schema-outputs
echo "core suite passed"
