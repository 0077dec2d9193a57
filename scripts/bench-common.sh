# Shared by the bench scripts (sourced): `bench_start` starts target/release/server on the
# scratch database $DIR/bench.db at $PORT (variables exported before it reach the server),
# waits until /healthz answers and sets PID; the server's log goes to $DIR/server.log.
# `bench_scratch` makes $DIR and stops the server and removes $DIR when the script exits.
bench_scratch() {
  DIR=$(mktemp -d)
  PID=
  trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$DIR"' EXIT
}

bench_start() {
  SANTAKA_ADDR=127.0.0.1:$PORT DATABASE_URL="sqlite://$DIR/bench.db" \
    SANTAKA_SITE_ROOT="$ROOT/target/site" RUST_LOG=warn \
    "$TARGET_DIR/release/server" >>"$DIR/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return
    sleep 0.1
  done
  echo "the server did not start:" >&2
  cat "$DIR/server.log" >&2
  exit 1
}
