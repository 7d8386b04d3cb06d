#!/usr/bin/env bash
# Installs whatever is missing to build (and, with --browser, to test) Align
# 180. Idempotent: each step checks first and does nothing when the right
# version is already there. Downloads only from package registries
# (the Rust crate registry, npm, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly: read it from the lockfile.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "Installing Trunk $TRUNK_VERSION (about 10 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # --locked is not used: one of its locked dependencies is missing from the registry.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

# leptos' wasm splitter: the post-build hook (scripts/split-wasm.mjs) cuts the
# app's wasm into pieces loaded on demand.
WASM_SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "Installing wasm-split-cli $WASM_SPLIT_VERSION (about a minute)"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --locked --features build-binary --force
fi

# npm packages (ECharts, binaryen's wasm-opt, playwright-core), exactly as locked.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi

# Debian's Chromium: the build draws each way in's first screen with it
# (scripts/first-screen.mjs); with --browser, also the driver the component
# tests need.
want_driver=""; [ "${1:-}" = "--browser" ] && want_driver=1
if [ ! -x /usr/bin/chromium ] || { [ -n "$want_driver" ] && [ ! -x /usr/bin/chromedriver ]; }; then
  say "Installing Debian's chromium${want_driver:+ and chromium-driver}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium ${want_driver:+chromium-driver}
fi
