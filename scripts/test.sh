#!/usr/bin/env bash
# Installs what is missing and runs every test: formatting and lints, the
# native domain suites, component tests in headless Chromium, and whole
# flows with Playwright against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Formatting"
cargo fmt --all -- --check

step "Lints (native and wasm32)"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "Native tests (domain, scoring, formats, chart builders)"
cargo test --locked

step "Component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test web

step "Release build"
trunk build --release --offline

step "Whole flows in Chromium (Playwright)"
node --test --test-concurrency=1 tests/e2e/
