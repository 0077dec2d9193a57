#!/usr/bin/env bash
# Open data's streaming, measured: starts target/release/server on a scratch database with the
# demo data, fills it with BENCH_IDEAS ideas (default 100,000; `xtask fill-ideas`), starts it
# again and downloads /open-data/ideas.csv and ideas.json with curl while sampling the server's
# resident memory (VmRSS) every 20 ms. Prints the rows, bytes, time and how far the memory
# rose above what the server held before the download. Build first: ./santaka build
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET_DIR=$(cd "$ROOT/target" && pwd -P)
PORT=${SANTAKA_BENCH_PORT:-3197}
IDEAS=${BENCH_IDEAS:-100000}
command -v curl >/dev/null || { echo "this benchmark needs curl (Debian: apt-get install curl)" >&2; exit 1; }
source "$ROOT/scripts/bench-common.sh"
bench_scratch
bench_start
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
echo "filling: $IDEAS ideas"
cargo run -q --release -p xtask -- fill-ideas "sqlite://$DIR/bench.db" "$IDEAS" 0 >"$DIR/fill.log"
bench_start
rss() { awk '/^VmRSS/ {print $2}' "/proc/$PID/status"; }
# Warm the server (a page and one small download) so the baseline holds what any request costs.
curl -fs "http://127.0.0.1:$PORT/open-data" >/dev/null
curl -fs "http://127.0.0.1:$PORT/open-data/organisations.csv" >/dev/null
for file in ideas.csv ideas.json; do
  before=$(rss)
  peak=$before
  start=$(date +%s.%N)
  curl -fs "http://127.0.0.1:$PORT/open-data/$file" -o "$DIR/$file" &
  CURL=$!
  while kill -0 "$CURL" 2>/dev/null; do
    now=$(rss); [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.02
  done
  wait "$CURL"
  end=$(date +%s.%N)
  case $file in
    *.csv) rows=$(($(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))))" "$DIR/$file") - 1)) ;;
    *.json) rows=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1], encoding='utf-8'))))" "$DIR/$file") ;;
  esac
  bytes=$(stat -c %s "$DIR/$file")
  python3 -c 'import sys; f, rows, b, s, e, before, peak = sys.argv[1:]; print(f"{f:<11} {int(rows):7d} rows  {int(b)/1048576:6.1f} MB  {float(e)-float(s):5.2f} s  server memory {int(before)/1024:6.1f} MB before, peak +{(int(peak)-int(before))/1024:.1f} MB")' \
    "$file" "$rows" "$bytes" "$start" "$end" "$before" "$peak"
done
