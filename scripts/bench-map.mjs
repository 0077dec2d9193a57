// The festival map under load (run by scripts/bench-map.sh): opens /festival/map in Chromium,
// reports how long until the markers show and until every one is added, then records every
// animation frame while the map is dragged and zoomed with the mouse, and prints the frame
// times (a frame over 50 ms is a visible stutter).
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "../end2end/package.json"));
const { chromium } = require("@playwright/test");
const base = process.argv[2] ?? "http://127.0.0.1:3199";

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const started = Date.now();
await page.goto(`${base}/festival/map`);
await page.locator("html[data-hydrated]").waitFor();
const hydrated = Date.now() - started;
await page.locator(".leaflet-marker-icon, .marker-cluster").first().waitFor();
const firstMarkers = Date.now() - started;
const items = Number(await page.getByTestId("fest-shown").innerText());

// Record frames while dragging and zooming.
await page.evaluate(() => {
  window.__frames = [];
  let last = performance.now();
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (window.__frames.length < 100000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
const box = await page.locator("#festival-map").boundingBox();
const cx = box.x + box.width / 2;
const cy = box.y + box.height / 2;
const interaction = Date.now();
for (let round = 0; round < 4; round++) {
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 250, cy + 120, { steps: 25 });
  await page.mouse.move(cx - 150, cy - 80, { steps: 25 });
  await page.mouse.up();
  for (let z = 0; z < 3; z++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(300);
  }
  for (let z = 0; z < 3; z++) {
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(300);
  }
}
const interactionMs = Date.now() - interaction;
const frames = (await page.evaluate(() => window.__frames)).slice(1).sort((a, b) => a - b);
const pick = (q) => frames[Math.min(frames.length - 1, Math.floor(frames.length * q))];
const stutters = frames.filter((f) => f > 50).length;
const shown = await page.locator(".leaflet-marker-icon, .marker-cluster").count();
console.log(`interventions on the map: ${items}; marker and group icons drawn at the end: ${shown}`);
console.log(`hydrated after ${hydrated} ms; first markers after ${firstMarkers} ms`);
console.log(
  `${frames.length} frames in ${interactionMs} ms of dragging and zooming: median ${pick(0.5).toFixed(1)} ms, ` +
    `p95 ${pick(0.95).toFixed(1)} ms, slowest ${frames[frames.length - 1].toFixed(1)} ms; frames over 50 ms: ${stutters}`,
);
await browser.close();
