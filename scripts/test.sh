#!/usr/bin/env bash
# Set up whatever is missing, then run every test suite (`--fast`: the same up to the release
# build, then only the browser smoke test of the core journeys, calculator.test.mjs; for every
# change, while the full run is for CI and before a push):
#   1. formatting and lints;  2. native core and CLI tests (cargo test, which never compiles Leptos);
#   3. the release build (trunk, wasm-opt);  4. browser tests (Playwright + Debian's Chromium).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh || { echo "setup failed"; exit 1; }
set +e

passed=0; failed=0; failed_names=()
suite() {
  local name="$1"; shift
  echo; echo "=== $name: $*"
  if "$@"; then passed=$((passed + 1)); return 0; fi
  failed=$((failed + 1)); failed_names+=("$name"); return 1
}

suite "format" cargo fmt --all -- --check
suite "lints" cargo clippy --workspace --all-targets --quiet -- -D warnings
suite "lints (wasm page)" cargo clippy -p india-russia-trade --features web --target wasm32-unknown-unknown --lib --quiet -- -D warnings
suite "lints (wasm worker)" cargo clippy -p india-russia-trade --features worker --target wasm32-unknown-unknown --bin insight-worker --quiet -- -D warnings
suite "structure (no import cycles, no function over 60 lines, the code map)" node scripts/structure.mjs --check
suite "native tests" cargo test --workspace --quiet
suite "command-line build" cargo build --release --quiet --bin trade-balance
if suite "release build" trunk build --release; then
  suite "first-load weight (at most 3 % over tests/first-load.json)" node scripts/sizes.mjs dist --check
  # a test that hangs fails after 3 minutes instead of holding CI to its time limit
  if [ "${1:-}" = "--fast" ]; then
    suite "browser smoke test" bash -c 'cd tests/browser && node --test --test-concurrency=1 --test-timeout=180000 calculator.test.mjs'
  else
    suite "browser tests" bash -c 'cd tests/browser && node --test --test-concurrency=1 --test-timeout=180000 *.test.mjs'
  fi
else
  failed=$((failed + 1)); failed_names+=("browser tests (no build)")
fi

# the screenshots the browser tests wrote: artifacts to look at (the tests assert what they show)
shots=$(ls tests/browser/screenshots/*.png 2>/dev/null | wc -l)
[ "$shots" -gt 0 ] && echo && echo "screenshots (artifacts): $shots in tests/browser/screenshots/"
echo
[ "$failed" -eq 0 ] || echo "failed: ${failed_names[*]}"
echo "test suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
