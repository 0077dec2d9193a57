#!/usr/bin/env bash
# Throughput of the idea pages, side by side in one run, on a database with 10,000 ideas and
# 100,000 comments: starts target/release/server once on a scratch database (migrations and
# demo data), fills it with `xtask fill-ideas`, starts it again, starts the yardstick (`xtask
# reference-list`: a hand-written axum + sqlx handler running the list's two queries on the same
# database) and loads each page with scripts/bench-http.mjs. Rows named "@personal" are rendered
# per request (as for a signed-in person); the others are what an anonymous visitor gets.
# Build first: ./santaka build
# Settings: BENCH_IDEAS, BENCH_COMMENTS, BENCH_SECONDS, BENCH_CONCURRENCY.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET_DIR=$(cd "$ROOT/target" && pwd -P)
PORT=${SANTAKA_BENCH_PORT:-3198}
IDEAS=${BENCH_IDEAS:-10000}
COMMENTS=${BENCH_COMMENTS:-100000}
SECONDS_EACH=${BENCH_SECONDS:-10}
CONCURRENCY=${BENCH_CONCURRENCY:-8}
DIR=$(mktemp -d)
PID=
REF=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; [ -n "$REF" ] && kill "$REF" 2>/dev/null; rm -rf "$DIR"' EXIT
source "$ROOT/scripts/bench-common.sh"
bench_start
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
echo "filling: $IDEAS ideas, $COMMENTS comments"
fill=$( { time -p cargo run -q --release -p xtask -- fill-ideas "sqlite://$DIR/bench.db" "$IDEAS" "$COMMENTS"; } 2>&1 )
echo "$fill" | grep -v '^user\|^sys'
sample=$(echo "$fill" | sed -n 's/^sample_idea=\([0-9]*\).*/\1/p')
busiest=$(echo "$fill" | sed -n 's/^busiest_idea=\([0-9]*\).*/\1/p')
bench_start
REF_PORT=$((PORT + 1))
cargo build -q --release -p xtask
"$TARGET_DIR/release/xtask" reference-list "sqlite://$DIR/bench.db" "127.0.0.1:$REF_PORT" >>"$DIR/ref.log" 2>&1 &
REF=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$REF_PORT/ideas" >/dev/null 2>&1 && break; sleep 0.1; done
base="http://127.0.0.1:$PORT"
ref="http://127.0.0.1:$REF_PORT"
filters="sector=youth&stage=shaping&sort=supported&page=3"
node "$ROOT/scripts/bench-http.mjs" "$SECONDS_EACH" "$CONCURRENCY" \
  "reference-list=$ref/ideas" \
  "reference-filtered=$ref/ideas?$filters" \
  "idea-list=$base/ideas" \
  "idea-list@personal=$base/ideas" \
  "filtered@personal=$base/ideas?$filters" \
  "home=$base/" \
  "search=$base/ideas?q=kiemu%20svente" \
  "filtered=$base/ideas?$filters" \
  "idea-page=$base/ideas/$sample" \
  "busy-idea=$base/ideas/$busiest"
echo "cores: $(nproc), $(uname -m); database: $(du -h "$DIR/bench.db" | cut -f1)"
