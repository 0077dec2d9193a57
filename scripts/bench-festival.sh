#!/usr/bin/env bash
# Festival day: the public program, the map, an intervention and the program files, as anonymous
# visitors see them (answered from the server's memory between writes), against the same pages
# rendered per request ("@personal": a cookie makes the server render them) and a static file
# served by the same server, side by side in one run. Then one kept-alive connection fetching the
# CSS file: with TCP_NODELAY missing it drops to about 25 requests per second (40 ms each).
# Starts target/release/server on a scratch database with the demo data. Build first:
# ./santaka build. Settings: BENCH_SECONDS (default 10), BENCH_CONCURRENCY (default 32).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET_DIR=$(cd "$ROOT/target" && pwd -P)
PORT=${SANTAKA_BENCH_PORT:-3197}
SECONDS_EACH=${BENCH_SECONDS:-10}
CONCURRENCY=${BENCH_CONCURRENCY:-32}
source "$ROOT/scripts/bench-common.sh"
bench_scratch
bench_start
base="http://127.0.0.1:$PORT"
css=$(cd "$ROOT/target/site" && ls pkg/*.css | head -1)
id=$(curl -fs "$base/festival/program.geojson" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).features[0].id))')
node "$ROOT/scripts/bench-http.mjs" "$SECONDS_EACH" "$CONCURRENCY" \
  "static-css=$base/$css" \
  "festival=$base/festival" \
  "festival@personal=$base/festival" \
  "map=$base/festival/map" \
  "intervention=$base/festival/i/$id" \
  "intervention@personal=$base/festival/i/$id" \
  "program.ics=$base/festival/program.ics" \
  "program.geojson=$base/festival/program.geojson"
echo "one kept-alive connection (TCP_NODELAY check: thousands per second, not tens):"
node "$ROOT/scripts/bench-http.mjs" 3 1 "static-css=$base/$css" "festival=$base/festival" | tail -n +2
if command -v wrk >/dev/null; then
  # A native load generator (Debian's wrk): the Node client above shares the 2 cores with the
  # server and tops out first, so its p99 measures the client as much as the server.
  echo "wrk, $CONCURRENCY connections, ${SECONDS_EACH}s each (req/s, p50, p99):"
  for target in "static-css=$base/$css" "festival=$base/festival" "map=$base/festival/map" \
    "intervention=$base/festival/i/$id" "program.geojson=$base/festival/program.geojson" \
    "festival-gzip=$base/festival"; do
    name=${target%%=*} url=${target#*=}
    extra=()
    [ "$name" = festival-gzip ] && extra=(-H "Accept-Encoding: gzip")
    wrk -t2 -c"$CONCURRENCY" -d"${SECONDS_EACH}s" --latency "${extra[@]}" "$url" | awk -v n="$name" '
      /Requests\/sec/ { rps = $2 } / 50% / { p50 = $2 } / 99% / { p99 = $2 }
      END { printf "%-24s %10s req/s  p50 %8s  p99 %8s\n", n, rps, p50, p99 }'
  done
else
  echo "(install wrk, e.g. apt-get install wrk, for the native load generator's figures)"
fi
echo "cores: $(nproc), $(uname -m)"
