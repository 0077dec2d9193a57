#!/usr/bin/env bash
# Lighthouse, mobile (its default: a mid-range phone on a slow 4G link, simulated), on the
# public routes of the release server with the demo data: performance score, largest
# contentful paint, time to interactive and total blocking time per route. A benchmark, not a
# test. Installs Lighthouse (tools/lighthouse) on first use; uses the Debian Chromium.
# Build first: ./santaka build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
PORT=${SANTAKA_BENCH_PORT:-3195}
source "$ROOT/scripts/bench-common.sh"
bench_scratch
(cd "$ROOT/tools/lighthouse" && [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null)
export CHROME_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
bench_start
base="http://127.0.0.1:$PORT"
idea=$(curl -fs "$base/ideas" | grep -o 'href="/ideas/[0-9]*"' | head -1 | cut -d'"' -f2)
item=$(curl -fs "$base/festival/program.geojson" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).features[0].id))')
printf '%-28s %5s %8s %8s %8s %8s %8s %8s\n' route perf "FCP s" "LCP s" "SI s" "TTI s" "TBT ms" CLS
for route in ${LIGHTHOUSE_ROUTES:-/ /ideas "$idea" /festival "/festival/i/$item" /festival/map}; do
  "$ROOT/tools/lighthouse/node_modules/.bin/lighthouse" "$base$route" --quiet \
    --only-categories=performance --output=json --output-path="$DIR/lh.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" >/dev/null 2>&1 || true
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const a = r.audits, n = (k) => a[k]?.numericValue ?? NaN;
    const s = (k) => (n(k) / 1000).toFixed(1).padStart(8);
    console.log(process.argv[2].padEnd(28), String(Math.round(r.categories.performance.score * 100)).padStart(5),
      s("first-contentful-paint"), s("largest-contentful-paint"), s("speed-index"), s("interactive"),
      String(Math.round(n("total-blocking-time"))).padStart(8), n("cumulative-layout-shift").toFixed(3).padStart(8));
  ' "$DIR/lh.json" "$route" || echo "$route: no result"
done
