#!/usr/bin/env bash
# Installs whatever this project needs and is missing; skips what is present, so a second run
# takes seconds. Source it (`. scripts/setup.sh`) to get the tools on PATH, or run it.
# Needs: rustup + cargo, node + npm, and apt-get (as root or with sudo) for Chromium.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')"
WASM_BINDGEN_VERSION="${WASM_BINDGEN_VERSION:-0.2.130}"

say() { printf '[setup] %s\n' "$*" >&2; }
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

# Trunk builds with --offline (Trunk.toml), so the page's crates must be downloaded beforehand;
# quick when they are.
if ! (cd "$ROOT" && cargo fetch --locked --quiet 2>/dev/null); then
  say "downloading the project's crates"
  (cd "$ROOT" && cargo fetch --locked)
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # not --locked: its lock file names a crate version the registry no longer serves
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt from npm's binaryen, never Debian's (its output loads as a blank page).
if ! "$TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into .tools/"
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "binaryen@$BINARYEN_VERSION"
fi

if ! command -v chromium >/dev/null 2>&1; then
  say "installing Debian's chromium (browser tests)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# Firefox and WebKit for the core journeys in three engines (tests/browser/engines.test.mjs):
# Debian's firefox-esr (driven by puppeteer-core over WebDriver BiDi), and WebKitGTK's MiniBrowser
# with WebKitWebDriver on a virtual display (xvfb). Never a downloaded browser.
if ! command -v firefox-esr >/dev/null 2>&1 || ! command -v WebKitWebDriver >/dev/null 2>&1 || ! command -v Xvfb >/dev/null 2>&1; then
  say "installing Debian's firefox-esr, webkit2gtk-driver and xvfb (browser tests in Firefox and WebKit)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb >/dev/null
fi

# nginx and its brotli_static module, for the deploy test (tests/browser/deploy.test.mjs); not
# started as a service: the test runs its own.
if [ ! -x /usr/sbin/nginx ] || [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  say "installing Debian's nginx and libnginx-mod-http-brotli-static (deploy test)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null
fi

# A Devanagari font, so that the Hindi screenshots of the browser tests show letters, not boxes.
if ! dpkg -s fonts-lohit-deva >/dev/null 2>&1; then
  say "installing Debian's fonts-lohit-deva (Devanagari for the Hindi screenshots)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-lohit-deva >/dev/null \
    || say "could not install fonts-lohit-deva: Hindi screenshots will show boxes (the tests still run)"
fi

# LibreOffice Calc (headless) and pandas with openpyxl, for the spreadsheet test
# (tests/browser/spreadsheets.test.mjs): the CSV downloads opened as a newsroom opens them.
if ! command -v soffice >/dev/null 2>&1; then
  say "installing Debian's libreoffice-calc-nogui (spreadsheet test)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
if ! python3 -c 'import pandas, openpyxl' >/dev/null 2>&1; then
  say "installing pandas and openpyxl from PyPI (spreadsheet test)"
  python3 -m pip install --quiet pandas openpyxl
fi

if [ ! -d "$ROOT/tests/browser/node_modules/playwright-core" ] || [ ! -d "$ROOT/tests/browser/node_modules/axe-core" ] \
   || [ ! -d "$ROOT/tests/browser/node_modules/csv-parse" ] || [ ! -d "$ROOT/tests/browser/node_modules/puppeteer-core" ]; then
  say "installing the browser-test tools (playwright-core, puppeteer-core, axe-core, csv-parse; no browser download)"
  (cd "$ROOT/tests/browser" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --silent --no-audit --no-fund)
fi

say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $("$TOOLS/node_modules/.bin/wasm-opt" --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -1)"
