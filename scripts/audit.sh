#!/usr/bin/env bash
# Offline dependency audit against the RustSec snapshot in ../shared/advisory-db
# (SANTAKA_ADVISORY_DB=/path/to/advisory-db to use another copy); nothing is fetched.
#   cargo audit   every crate in Cargo.lock; exceptions in .cargo/audit.toml
#   cargo deny    advisories and licences of the crate graph; exceptions and licences in deny.toml
# `./santaka audit` installs the two tools and runs this; `./santaka test` runs it as a step.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"

# The snapshot sits beside the working copy (../shared); a clean clone made elsewhere (as CI
# makes one) finds it beside the repository it was cloned from.
find_db() {
  if [ -n "${SANTAKA_ADVISORY_DB:-}" ]; then echo "$SANTAKA_ADVISORY_DB"; return; fi
  local origin candidate
  origin=$(git -C "$ROOT" config --get remote.origin.url 2>/dev/null || true)
  origin=${origin#file://}
  for candidate in "$ROOT/../shared/advisory-db" "${origin:+$origin/../shared/advisory-db}"; do
    [ -n "$candidate" ] && [ -d "$candidate/crates" ] && { echo "$candidate"; return; }
  done
  echo "$ROOT/../shared/advisory-db"
}
DB=$(find_db)

[ -d "$DB/crates" ] || { echo "no RustSec advisory database at $DB (nor beside the repository this was cloned from; set SANTAKA_ADVISORY_DB)" >&2; exit 1; }
DB=$(cd "$DB" && pwd)
for tool in audit deny; do
  command -v "cargo-$tool" >/dev/null || { echo "cargo-$tool is missing: ./santaka audit installs it" >&2; exit 1; }
done
newest=$(grep -rhoE '^date = "[0-9-]+"' "$DB/crates" | tr -dc '0-9-\n' | sort | tail -n 1)
status=0

echo "cargo audit: Cargo.lock against $DB (newest advisory $newest)"
cargo audit --no-fetch --db "$DB" || status=1

# cargo-deny opens <db-path>/advisory-db-<hash of its default URL>/ and dates it by .git/FETCH_HEAD;
# a scratch folder presents the read-only snapshot that way, dated by its newest advisory.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
view=$scratch/advisory-db-3157b0e258782691 # the name cargo-deny 0.20 gives its default database
mkdir -p "$view/.git"
ln -s "$DB/crates" "$view/crates"
touch -d "$newest" "$view/.git/FETCH_HEAD"
# Licences are read from the crates' manifests in cargo's cache; download any that a fresh
# machine lacks (downloads only, nothing is compiled).
cargo metadata --offline --locked --format-version 1 >/dev/null 2>&1 || cargo fetch --locked
echo "cargo deny: advisories and licences of the crate graph"
SANTAKA_DENY_DB_ROOT=$scratch cargo deny --offline --locked check --show-stats advisories licenses \
  || status=1
exit $status
