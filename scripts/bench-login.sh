#!/usr/bin/env bash
# Login latency of the release server on this machine: starts target/release/server on a
# scratch database with demo data, signs in 25 times over HTTP (5 per demo account, inside the
# rate limits) with curl, and prints p50, p90 and max of the whole request (Argon2id
# verification, session write, cookie). Build first: ./santaka build
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET_DIR=$(cd "$ROOT/target" && pwd -P)
PORT=${SANTAKA_BENCH_PORT:-3199}
DIR=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DIR"' EXIT
SANTAKA_ADDR=127.0.0.1:$PORT DATABASE_URL="sqlite://$DIR/bench.db" \
  SANTAKA_SITE_ROOT="$ROOT/target/site" RUST_LOG=warn \
  "$TARGET_DIR/release/server" >"$DIR/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
times=()
for round in 1 2 3 4 5; do
  for who in ruta jonukas aiste mindaugas egle; do
    t=$(curl -s -o "$DIR/out" -w '%{http_code} %{time_total}' \
      -H 'accept: application/json' \
      --data-urlencode "email=$who@santaka.test" --data-urlencode "password=$who-demo-2026" \
      "http://127.0.0.1:$PORT/api/login")
    code=${t%% *}
    [ "$code" = 200 ] || { echo "login of $who failed ($code): $(cat "$DIR/out")" >&2; exit 1; }
    times+=("${t#* }")
  done
done
printf '%s\n' "${times[@]}" | sort -n | awk '
  { v[NR] = $1 * 1000 }
  END { printf "login over HTTP, %d requests: p50 %.0f ms, p90 %.0f ms, max %.0f ms\n",
        NR, v[int((NR + 1) / 2)], v[int(NR * 0.9 + 0.5)], v[NR] }'
echo "cores: $(nproc), $(uname -m)"
