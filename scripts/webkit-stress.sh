#!/usr/bin/env bash
# WebKit with its WebAssembly JIT tiers on, run again and again (issue 35, item 6): a measurement,
# not a test. Runs the WebKit core journeys (tests/browser/engines.test.mjs) N times against the
# release build in dist/ with WEBKIT_JIT=1, optionally with every core kept busy (LOAD=1: one
# `yes` per core, as a parallel build would), and prints each failure's first error line and the
# count. WebKitGTK 2.50's JIT trapped in 9 of 65 runs on an earlier build ("Out of bounds memory
# access" in a closure trampoline during load); the suite runs WebKit without the JIT until a build
# shows 0 failures in at least 100 runs here.
#
# A run can also fail on the journeys' own time limits when the machine is busy ("the page still
# changed after 5000 ms", "test did not finish"): those are counted apart from the traps.
# tests/browser/webkit-loads.mjs repeats only the loads (each panel open), faster per load.
#
#   bash scripts/webkit-stress.sh [N=20]        LOAD=1 bash scripts/webkit-stress.sh 50
#   DIST_DIR=/path/to/another/dist bash scripts/webkit-stress.sh 30
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-20}"
export DIST_DIR="${DIST_DIR:-$ROOT/dist}"
[ -d "$DIST_DIR" ] || { echo "no $DIST_DIR: run trunk build --release first"; exit 2; }
load=()
if [ "${LOAD:-0}" = "1" ]; then
  for _ in $(seq "$(nproc)"); do yes > /dev/null & load+=($!); done
  trap 'kill "${load[@]}" 2>/dev/null' EXIT
fi
failed=0
traps=0
for i in $(seq "$N"); do
  out=$(cd "$ROOT/tests/browser" && ENGINES=webkit WEBKIT_JIT=1 timeout 600 node --test --test-timeout=300000 engines.test.mjs 2>&1)
  if echo "$out" | grep -q '^# fail 0'; then
    echo "run $i: ok"
  else
    failed=$((failed + 1))
    why=$(echo "$out" | grep -m1 -oE 'RuntimeError[^"]*' || echo "$out" | grep -m1 -A2 -E 'error:' | tr '\n' ' ')
    case "$why" in RuntimeError*) traps=$((traps + 1)) ;; esac
    echo "run $i: FAILED: $(echo "$why" | cut -c1-200)"
  fi
done
echo "webkit with the JIT on$([ "${LOAD:-0}" = "1" ] && echo ", cores loaded"): $failed of $N runs failed, $traps of them with a RuntimeError ($DIST_DIR)"
