// Screenshots of each demo role's start page (phone 390 px and laptop 1280 px) and of the
// festival desk's day grid, and the workshops' calendar and a facilitator's workshop page, for notes and reviews (not a test). Needs a running Santaka with
// demo data: `node scripts/screenshots.mjs [base-url] [out-dir]`.
import { createRequire } from "node:module";
import * as fs from "node:fs";
const require = createRequire(new URL("../end2end/package.json", import.meta.url));
const { chromium } = require("@playwright/test");

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "target/screenshots";
fs.mkdirSync(out, { recursive: true });
const roles = ["ruta", "jonukas", "aiste", "mindaugas", "egle"];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const who of roles) {
  for (const [label, width, height] of [["phone", 390, 844], ["laptop", 1280, 800]]) {
    const context = await browser.newContext({ viewport: { width, height }, locale: "lt-LT" });
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel(/^El\. paštas/).fill(`${who}@santaka.test`);
    await page.getByLabel(/^Slaptažodis/).fill(`${who}-demo-2026`);
    await page.getByRole("button", { name: "Prisijungti" }).click();
    await page.waitForURL(/\/me/);
    await page.screenshot({ path: `${out}/me-${who}-${label}.png`, fullPage: true });
    if (who === "aiste") {
      await page.goto(`${base}/workshops`);
      await page.screenshot({ path: `${out}/workshops-${label}.png`, fullPage: true });
      await page.getByRole("link", { name: /Kiemo renginio biudžetas/ }).click();
      await page.screenshot({ path: `${out}/workshop-facilitator-${label}.png`, fullPage: true });
    }
    if (who === "egle" && label === "laptop") {
      await page.goto(`${base}/festival/manage?view=grid`);
      await page.screenshot({ path: `${out}/desk-grid-laptop.png`, fullPage: true });
      await page.goto(`${base}/festival/manage?preview=1#preview`);
      await page.screenshot({ path: `${out}/desk-preview-laptop.png`, fullPage: false });
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
