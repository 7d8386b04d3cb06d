#!/usr/bin/env bash
# Builds the app for publishing: installs what is missing, builds the release
# and leaves a self-contained folder (default: dist/) to copy to any static
# host, at any path. Usage: scripts/publish.sh [target-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
trunk build --release --offline
target="${1:-dist}"
if [ "$target" != "dist" ]; then
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -r dist "$target"
fi
echo
echo "Ready to publish: $(cd "$target" && pwd)"
( cd "$target" && ls -l | tail -n +2 | awk '{ printf "  %-40s %10d bytes\n", $9, $5 }' )
echo "Copy this folder to any static web server, GitHub Pages or an intranet share served over http(s)."
