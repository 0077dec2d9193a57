// What a first visit to each public route downloads, by kind, in bytes on the wire (encoded:
// brotli where the server sends it): opens each route in a fresh Chromium context, waits until
// the page is hydrated (or the network is idle), and sums the encoded size of every response.
// With --max-kb N it exits non-zero when a route's WASM + JS passes N KB (the page budget);
// --allow PREFIX=KB sets a higher limit for the routes starting with PREFIX, where `*` stands for
// one path segment (a ratchet for a page that has not reached the budget yet: it may not grow).
// Usage: node scripts/budget.mjs <base-url> [--max-kb N] [--allow /festival/map=290 ...]
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "../end2end/package.json"));
const { chromium } = require("@playwright/test");

const args = process.argv.slice(2);
const base = args[0] ?? "http://127.0.0.1:3000";
const maxAt = args.indexOf("--max-kb");
const maxKb = maxAt >= 0 ? Number(args[maxAt + 1]) : null;
const allowances = args
  .flatMap((a, i) => (a === "--allow" ? [args[i + 1]] : []))
  .map((a) => a.split("="))
  // A `*` in PREFIX stands for one path segment (`/forums/*/live`).
  .map(([prefix, kb]) => ({
    match: new RegExp("^" + prefix.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]+")),
    kb: Number(kb),
  }));
const limitFor = (route) =>
  allowances.filter((a) => a.match.test(route)).reduce((kb, a) => Math.max(kb, a.kb), maxKb);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

async function firstIds() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const geo = await (await page.request.get(`${base}/festival/program.geojson`)).json();
  await page.goto(`${base}/ideas`);
  const hrefs = await page.locator('a[href^="/ideas/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const href = hrefs.find((h) => /^\/ideas\/\d+$/.test(h));
  await page.goto(`${base}/forums`);
  const forumLinks = await page.locator('a[href^="/forums/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const forums = [...new Set(forumLinks.filter((h) => /^\/forums\/\d+$/.test(h)))];
  await context.close();
  return { intervention: geo.features[0]?.id, idea: href, forums };
}

function kindOf(response) {
  const type = response.headers()["content-type"] ?? "";
  const url = response.url();
  if (type.includes("wasm") || url.endsWith(".wasm")) return "wasm";
  if (type.includes("javascript") || url.endsWith(".js")) return "js";
  if (type.includes("css")) return "css";
  if (type.includes("html")) return "html";
  if (type.startsWith("image/")) return "image";
  return "other";
}

async function measure(route) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await client.send("Network.enable");
  const sizes = {};
  const kinds = new Map();
  client.on("Network.responseReceived", (e) => {
    kinds.set(e.requestId, { type: e.response.mimeType, url: e.response.url });
  });
  client.on("Network.loadingFinished", (e) => {
    const k = kinds.get(e.requestId);
    if (!k) return;
    const kind = kindOf({ headers: () => ({ "content-type": k.type }), url: () => k.url });
    sizes[kind] = (sizes[kind] ?? 0) + e.encodedDataLength;
  });
  await page.goto(`${base}${route}`, { waitUntil: "load" });
  await Promise.race([
    page.locator("html[data-hydrated]").waitFor({ timeout: 15_000 }),
    page.waitForLoadState("networkidle"),
  ]).catch(() => {});
  await page.waitForLoadState("networkidle").catch(() => {});
  await context.close();
  return sizes;
}

const ids = await firstIds();
// Every forum of the demo (one past, one upcoming), the live page and the room screen of one.
const forumRoutes = ids.forums.flatMap((f, i) => (i === 0 ? [f, `${f}/live`, `${f}/screen`] : [f]));
const routes = ["/", "/ideas", ids.idea, "/festival", `/festival/i/${ids.intervention}`, "/festival/map", "/workshops", "/workshops/1", "/forums", ...forumRoutes, "/partners", "/partners/1"];
const kb = (n) => ((n ?? 0) / 1024).toFixed(1).padStart(8);
console.log(`route${" ".repeat(24)}    wasm KB    js KB  wasm+js KB   html KB   css KB  other KB`);
let over = [];
for (const route of routes) {
  const s = await measure(route);
  const code = (s.wasm ?? 0) + (s.js ?? 0);
  console.log(
    `${route.padEnd(30)} ${kb(s.wasm)} ${kb(s.js)} ${kb(code)}    ${kb(s.html)} ${kb(s.css)} ${kb((s.image ?? 0) + (s.other ?? 0))}`,
  );
  // The map page carries the map library on purpose: budget-check.sh gives it its own limit.
  if (maxKb !== null && code / 1024 > limitFor(route)) over.push(`${route} (${limitFor(route)} KB)`);
}
await browser.close();
if (over.length) {
  console.error(`over the budget of WASM + JS: ${over.join(", ")}`);
  process.exit(1);
}
