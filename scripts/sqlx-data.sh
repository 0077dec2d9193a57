#!/usr/bin/env bash
# Keeps `.sqlx/` (the query data that lets the sqlx macros check queries offline) in step with
# the migrations and the code.
#   scripts/sqlx-data.sh prepare   regenerate .sqlx/ from a fresh, migrated database
#   scripts/sqlx-data.sh check     fail if .sqlx/ differs from what the code needs now
# The macros run against a live database when SQLX_OFFLINE=false and write their data into
# SQLX_OFFLINE_DIR; a separate target dir keeps this from invalidating the normal builds.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-check}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target=${CARGO_TARGET_DIR:-$PWD/target}/sqlx-check

cargo run -q -p xtask -- migrate "sqlite://$work/schema.db"
out="$work/sqlx"; mkdir -p "$out"
cargo clean -q -p app --target-dir "$target" 2>/dev/null || true
DATABASE_URL="sqlite://$work/schema.db" SQLX_OFFLINE=false SQLX_OFFLINE_DIR="$out" \
  cargo check -q -p app --features ssr --all-targets --target-dir "$target"

case "$mode" in
  prepare)
    rm -rf .sqlx && mkdir .sqlx && cp "$out"/*.json .sqlx/
    echo "wrote $(ls .sqlx | wc -l) query files to .sqlx/"
    ;;
  check)
    if diff -r .sqlx "$out" >/dev/null; then
      echo ".sqlx/ is up to date ($(ls .sqlx | wc -l) queries)"
    else
      diff -r .sqlx "$out" | head -20
      echo ".sqlx/ is out of date: run scripts/sqlx-data.sh prepare and commit it" >&2
      exit 1
    fi
    ;;
  *) echo "usage: scripts/sqlx-data.sh prepare|check" >&2; exit 2 ;;
esac
