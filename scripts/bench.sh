#!/usr/bin/env bash
# Benchmark (not a test): installs what is missing, builds the release, and
# prints sizes and timings measured in Chromium, with a baseline in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
trunk build --release --offline
RUNS="${RUNS:-5}" node scripts/bench.mjs
