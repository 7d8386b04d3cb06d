#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it at
# http://127.0.0.1:8080 (rebuilding on change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --release --offline
