#!/usr/bin/env bash
# Size and speed report (prints numbers; not a test): release wasm raw and gzip, whole page
# transfer gzip and brotli, slider-to-screen time in Chromium, native model projections per second.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
trunk build --release >/dev/null 2>&1 || { echo "release build failed"; exit 1; }
echo "== size (dist/, release, wasm-opt -Oz)"
node scripts/sizes.mjs dist
echo "== languages (their text in the wasm)"
node scripts/lang-cost.mjs dist
echo "== speed (headless Chromium, release build)"
(cd tests/browser && node perf.mjs)
echo "== speed (native, release)"
cargo run --release --quiet -p trade-core --example bench
