#!/usr/bin/env bash
# Size and speed report (prints numbers; not a test): release wasm raw and gzip, whole page
# transfer gzip, and native model projections per second.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
trunk build --release >/dev/null 2>&1 || { echo "release build failed"; exit 1; }
gz() { gzip -9 -c "$1" | wc -c; }
echo "== size (dist/, release, wasm-opt -Oz; gzip -9)"
total_raw=0; total_gz=0
for f in dist/*; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f"); z=$(gz "$f")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + z))
  printf '  %-52s %8d B raw %8d B gzip\n' "$(basename "$f")" "$raw" "$z"
done
wasm=$(ls dist/*.wasm)
printf 'wasm: %d B raw, %d B gzip\n' "$(wc -c <"$wasm")" "$(gz "$wasm")"
printf 'page total: %d B raw, %d B gzip (budget 200 KB = 204800 B gzip)\n' "$total_raw" "$total_gz"
echo "== speed (headless Chromium, release build)"
(cd tests/browser && node perf.mjs)
echo "== speed (native, release)"
cargo run --release --quiet --example bench
