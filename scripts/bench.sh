#!/usr/bin/env bash
# Benchmark (not a test): installs what is missing, builds the release and,
# as the baseline, the build before issue 26 (preload by route; in a git
# worktree under target/, built once and reused), then prints sizes, timings
# and Lighthouse figures measured in Chromium, both builds in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
trunk build --release --offline

BASELINE_COMMIT="${BASELINE_COMMIT:-df20325}"
BASELINE_TREE="$(pwd)/target/bench-baseline"
BASELINE_DIST="$(pwd)/target/bench-baseline-dist"
if [ "$(cat "$BASELINE_DIST/.commit" 2>/dev/null)" != "$BASELINE_COMMIT" ]; then
  printf '\033[1m==> Building the baseline (%s, before preload by route) once\033[0m\n' "$BASELINE_COMMIT"
  git worktree remove --force "$BASELINE_TREE" 2>/dev/null || rm -rf "$BASELINE_TREE"
  git worktree prune
  git worktree add --detach "$BASELINE_TREE" "$BASELINE_COMMIT"
  ln -s "$(pwd)/node_modules" "$BASELINE_TREE/node_modules"
  (cd "$BASELINE_TREE" && PATH="$BASELINE_TREE/node_modules/.bin:$PATH" \
    CARGO_TARGET_DIR="$(pwd)/../bench-baseline-target" \
    trunk build --release --offline --dist "$BASELINE_DIST")
  echo "$BASELINE_COMMIT" > "$BASELINE_DIST/.commit"
fi

BASELINE_DIST="$BASELINE_DIST" BASELINE_LABEL="before issue 26 ($BASELINE_COMMIT)" \
  RUNS="${RUNS:-5}" node scripts/bench.mjs
