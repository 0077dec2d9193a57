#!/usr/bin/env bash
# The steering group's desk, timed: starts target/release/server on a scratch database with the
# demo data, fills it with BENCH_IDEAS ideas (default 10,000) and BENCH_COMMENTS comments
# (default 30,000) through `xtask fill-ideas`, starts it again, signs in as the demo steering
# member and asks for the desk BENCH_ROUNDS times (default 30) per period: the page
# (/steering, rendered with all seven panels) and the server function alone
# (/api/get_desk); then uploads a CSV of 1,000 organisations and asks for its preview. Prints
# p50, p95 and max of the whole request as curl saw it.
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
# BENCH_IDEAS=0 BENCH_COMMENTS=0 times the demo data alone (and builds nothing).
if [ "$IDEAS" -gt 0 ] || [ "$COMMENTS" -gt 0 ]; then
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  echo "filling: $IDEAS ideas, $COMMENTS comments"
  cargo run -q --release -p xtask -- fill-ideas "sqlite://$DIR/bench.db" "$IDEAS" "$COMMENTS" >"$DIR/fill.log"
  bench_start
fi
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
# The import's preview of a 1,000-row file (BENCH_IMPORT_ROWS): every row checked against the
# organisations in Santaka and the rest of the file. Timed: the upload (stored, then sent on to
# its preview) and the preview page alone.
ROWS=${BENCH_IMPORT_ROWS:-1000}
sectors=(youth culture education business social)
kinds=(business ngo school university cultural_institution municipality)
{
  echo "name,sector,kind,website,description,offers"
  for i in $(seq 1 "$ROWS"); do
    echo "Kauno tinklo organizacija Nr. $i,${sectors[$((i % 5))]},${kinds[$((i % 6))]},https://org$i.santaka.test,\"Dirbtuvės, erdvė ir mentoriai jaunimui ($i)\",venue;materials"
  done
} >"$DIR/network.csv"
upload=$(curl -s -o /dev/null -b "$DIR/jar" -H "Origin: $BASE" -w '%{time_total} %{redirect_url}' \
  -F kind=organisations -F "file=@$DIR/network.csv;type=text/csv" "$BASE/steering/import")
preview=${upload#* }
case "$preview" in */steering/import/[0-9]*) ;; *) echo "upload failed: $upload" >&2; exit 1 ;; esac
printf '%-34s %s rows: %4.0f ms (stored and sent on to its preview)\n' "import upload" "$ROWS" \
  "$(awk -v t="${upload%% *}" 'BEGIN { print t * 1000 }')"
summary=$(curl -fs -b "$DIR/jar" "$preview" | grep -o 'data-testid="import-summary">[^<]*' | cut -d'>' -f2)
[ -n "$summary" ] || { echo "the preview of $preview shows no summary" >&2; exit 1; }
echo "the preview says: $summary"
measure "import preview of $ROWS rows" "$preview"
echo "cores: $(nproc), $(uname -m)"
