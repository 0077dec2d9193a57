#!/usr/bin/env bash
# How the festival map copes with many markers: starts target/release/server on a scratch
# database (migrations and the demo edition), adds BENCH_MARKERS published interventions
# (default 1000) with `xtask fill-festival`, starts it again and measures the map page in
# Chromium with scripts/bench-map.mjs (time to markers, frame times while panning and zooming).
# Build first: ./santaka build. Needs end2end's npm packages (./santaka test installs them).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET_DIR=$(cd "$ROOT/target" && pwd -P)
PORT=${SANTAKA_BENCH_PORT:-3199}
MARKERS=${BENCH_MARKERS:-1000}
DIR=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$DIR"' EXIT
source "$ROOT/scripts/bench-common.sh"
export SANTAKA_TILE_URL="http://127.0.0.1:9/{z}/{x}/{y}.png"
bench_start
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
cargo run -q --release -p xtask -- fill-festival "sqlite://$DIR/bench.db" "$MARKERS"
bench_start
node "$ROOT/scripts/bench-map.mjs" "http://127.0.0.1:$PORT"
echo "cores: $(nproc), $(uname -m); no map tiles (offline), so the numbers are the markers' own"
