#!/usr/bin/env bash
# Set up whatever is missing, then serve the calculator on http://127.0.0.1:8080/
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
echo "Serving on http://127.0.0.1:${PORT:-8080}/  (Ctrl-C stops)"
exec trunk serve --release --port "${PORT:-8080}"
