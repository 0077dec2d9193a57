import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import * as fs from "node:fs";
import { isHydrated, open } from "./helpers";

// A visitor finds the open data from the footer, reads what each dataset holds, and downloads
// the ideas as CSV (a header row, then the public ideas). axe and 360 px.
test("a visitor downloads the ideas as CSV from the open data page", async ({ page }, info) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, info, "/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Atviri duomenys" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Atviri duomenys" })).toBeVisible();
  const datasets = page.getByTestId("od-datasets");
  for (const name of ["Idėjos", "Komandos", "Dirbtuvės", "Forumai", "Forumų derlius", "Partnerių organizacijos"]) {
    await expect(datasets.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "CC BY 4.0" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }

  const ideas = datasets.locator("li", { has: page.getByRole("heading", { name: "Idėjos", exact: true }) });
  const [download] = await Promise.all([page.waitForEvent("download"), ideas.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("santaka-ideas.csv");
  const csv = fs.readFileSync((await download.path())!, "utf-8");
  expect(csv.split("\r\n")[0]).toMatch(/^id,title,summary,stage,district,sectors/);
  // Rūta's idea, with her public name (she is an adult); no e-mail address anywhere.
  const line = csv.split("\r\n").find((l) => l.includes("Kiemų kinas Šilainiuose"));
  expect(line).toContain("Rūta Petraitytė");
  expect(csv).not.toContain("@santaka.test");
});
