#!/usr/bin/env bash
# The steering group's desk, timed: starts target/release/server on a scratch database with the
# demo data, fills it with BENCH_IDEAS ideas (default 10,000) and BENCH_COMMENTS comments
# (default 30,000) through `xtask fill-ideas`, starts it again, signs in as the demo steering
# member and asks for the desk BENCH_ROUNDS times (default 30) per period: the page
# (/steering, rendered with all seven panels) and the server function alone
# (/api/get_desk). Prints p50, p95 and max of the whole request as curl saw it.
# Build first: ./santaka build
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET_DIR=$(cd "$ROOT/target" && pwd -P)
PORT=${SANTAKA_BENCH_PORT:-3196}
IDEAS=${BENCH_IDEAS:-10000}
COMMENTS=${BENCH_COMMENTS:-30000}
ROUNDS=${BENCH_ROUNDS:-30}
command -v curl >/dev/null || { echo "this benchmark needs curl (Debian: apt-get install curl)" >&2; exit 1; }
source "$ROOT/scripts/bench-common.sh"
bench_scratch
bench_start
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
echo "filling: $IDEAS ideas, $COMMENTS comments"
cargo run -q --release -p xtask -- fill-ideas "sqlite://$DIR/bench.db" "$IDEAS" "$COMMENTS" >"$DIR/fill.log"
bench_start
BASE="http://127.0.0.1:$PORT"
code=$(curl -s -o "$DIR/login" -w '%{http_code}' -c "$DIR/jar" -H 'accept: application/json' \
  --data-urlencode "email=egle@santaka.test" --data-urlencode "password=egle-demo-2026" "$BASE/api/login")
[ "$code" = 200 ] || { echo "sign-in failed ($code): $(cat "$DIR/login")" >&2; exit 1; }
ideas=$(curl -fs -b "$DIR/jar" "$BASE/steering/funnel.csv?period=all" | awk -F, '$1 == "ideas_now" { n += $3 } END { print n }')
echo "the desk counts $ideas ideas now (all stages, hidden ones left out)"
measure() {
  local label=$1 url=$2
  curl -fs -b "$DIR/jar" -o /dev/null "$url" # warm
  for _ in $(seq 1 "$ROUNDS"); do
    curl -fs -b "$DIR/jar" -o /dev/null -w '%{time_total}\n' "$url"
  done | sort -n | awk -v label="$label" '
    { v[NR] = $1 * 1000 }
    END { printf "%-34s %3d requests: p50 %4.0f ms, p95 %4.0f ms, max %4.0f ms\n",
          label, NR, v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.5)], v[NR] }'
}
for period in year all; do
  measure "page /steering?period=$period" "$BASE/steering?period=$period"
  measure "get_desk period=$period" "$BASE/api/get_desk?period=$period"
done
echo "cores: $(nproc), $(uname -m)"
