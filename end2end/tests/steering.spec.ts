import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import * as fs from "node:fs";
import { as, closeAsPages, isHydrated } from "./helpers";

test.afterEach(closeAsPages);

const panels = ["Idėjų kelias", "Sektoriai", "Jaunimas", "Mentoriai", "Dirbtuvės ir forumai", "Festivalis", "Partneriai"];

// Eglė of the steering group reads the desk (every panel, its charts named for screen readers
// and their tables), changes the period, is told when a range is not one, and downloads a
// panel as CSV. axe (the SVG charts' text alternatives included) and 360 px.
test("the steering group reads the desk, changes the period and downloads a panel", async ({ browser }, info) => {
  const page = await as(browser, info, "egle");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/steering");
  await expect(page.getByRole("heading", { level: 1, name: "Iniciatyvinės grupės skydelis" })).toBeVisible();
  for (const name of panels) {
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }
  // A chart is an image with a name, and the same numbers are a table with that caption.
  const funnelTitle = "Idėjos kiekviename etape dabar ir pasiekusios jį per laikotarpį";
  await expect(page.getByRole("img", { name: funnelTitle })).toBeVisible();
  const funnelTable = page.getByRole("table", { name: funnelTitle });
  await expect(funnelTable.getByRole("rowheader", { name: "Kibirkštis" })).toBeVisible();
  await expect(page.getByLabel("Šie metai")).toBeChecked();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }

  // All time: the period is in the URL and the form shows it.
  await page.getByLabel("Visas laikas").check();
  await page.getByRole("button", { name: "Rodyti" }).click();
  await expect(page).toHaveURL(/period=all/);
  await expect(page.getByLabel("Visas laikas")).toBeChecked();
  const ideasNow = Number(
    await funnelTable.getByRole("row", { name: /Kibirkštis/ }).getByRole("cell").first().textContent(),
  );
  expect(ideasNow).toBeGreaterThan(0);

  // A range whose end is before its start: said so, on the field, and this year is shown.
  await page.getByLabel("Nuo–iki").check();
  await page.getByLabel("Nuo", { exact: true }).fill("2026-05-02");
  await page.getByLabel("Iki", { exact: true }).fill("2026-05-01");
  await page.getByRole("button", { name: "Rodyti" }).click();
  await expect(page.getByRole("alert")).toContainText("Šio laikotarpio parodyti negalima");
  await expect(page.getByLabel("Iki", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Iki", { exact: true })).toHaveValue("2026-05-01");

  // A right range, then the funnel's CSV for it.
  await page.getByLabel("Nuo", { exact: true }).fill("2026-01-01");
  await page.getByLabel("Iki", { exact: true }).fill("2026-12-31");
  await page.getByRole("button", { name: "Rodyti" }).click();
  await expect(page).toHaveURL(/period=range&from=2026-01-01&to=2026-12-31/);
  const funnel = page.getByTestId("desk-funnel");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    funnel.getByRole("link", { name: /Atsisiųsti CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("santaka-funnel-2026-01-01-2026-12-31.csv");
  const csv = fs.readFileSync((await download.path())!, "utf-8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("measure,key,value");
  expect(lines.some((l) => /^ideas_now,spark,\d+$/.test(l))).toBe(true);
  expect(lines.some((l) => l.startsWith("median_days_spark_to_team,,"))).toBe(true);
});

// Nobody else reads the desk or its files.
test("the desk is the steering group's only", async ({ browser }, info) => {
  const page = await as(browser, info, "ruta");
  const desk = await page.request.get("/steering");
  expect(desk.status()).toBe(403);
  expect(await desk.text()).not.toContain("desk-funnel");
  expect((await page.request.get("/steering/funnel.csv")).status()).toBe(403);
  const anonymous = await as(browser, info, null);
  expect((await anonymous.request.get("/steering/youth.csv?period=all")).status()).toBe(401);
});

// A visitor finds the partners from the menu, filters them by what they offer, opens one and
// sees its places (numbered on a small map and in a list) and the ideas it backed.
test("a visitor finds a partner and what it backed", async ({ browser }, info) => {
  const page = await as(browser, info, null);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/partners");
  await expect(page.getByRole("heading", { level: 1, name: "Partneriai" })).toBeVisible();
  const list = page.getByTestId("partner-list");
  const all = await list.getByRole("listitem").count();
  expect(all).toBeGreaterThan(5);
  await page.getByLabel("Siūlo").selectOption({ label: "Erdvės" });
  await page.getByRole("button", { name: "Rodyti" }).click();
  await expect(page).toHaveURL(/offer=venue/);
  const venues = await list.getByRole("listitem").count();
  expect(venues).toBeGreaterThan(0);
  expect(venues).toBeLessThan(all);
  for (const card of await list.getByRole("listitem").all()) {
    await expect(card).toContainText("Erdvės");
  }
  // Back to everyone; open the first partner that backed something.
  await page.getByLabel("Siūlo").selectOption({ label: "Bet kuri" });
  await page.getByRole("button", { name: "Rodyti" }).click();
  const backer = list.getByRole("listitem").filter({ hasText: /Parėmė idėjų: [1-9]/ }).first();
  const name = (await backer.getByRole("heading").textContent())!.trim();
  await backer.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("partner-backed").getByRole("link").first()).toBeVisible();
  const places = page.getByTestId("partner-places");
  if ((await places.count()) > 0) {
    await expect(page.getByRole("img", { name: `${name} vietos žemėlapyje; sąrašas po juo` })).toBeVisible();
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
  // The backed idea's page opens from there.
  await page.getByTestId("partner-backed").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/ideas\/\d+$/);
});
