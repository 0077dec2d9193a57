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
start() {
  SANTAKA_ADDR=127.0.0.1:$PORT DATABASE_URL="sqlite://$DIR/bench.db" \
    SANTAKA_SITE_ROOT="$ROOT/target/site" RUST_LOG=warn \
    SANTAKA_TILE_URL="http://127.0.0.1:9/{z}/{x}/{y}.png" \
    "$TARGET_DIR/release/server" >>"$DIR/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return
    sleep 0.1
  done
  echo "the server did not start:" >&2; cat "$DIR/server.log" >&2; exit 1
}
start
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
cargo run -q --release -p xtask -- fill-festival "sqlite://$DIR/bench.db" "$MARKERS"
start
node "$ROOT/scripts/bench-map.mjs" "http://127.0.0.1:$PORT"
echo "cores: $(nproc), $(uname -m); no map tiles (offline), so the numbers are the markers' own"
