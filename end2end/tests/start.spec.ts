import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { as, closeAsPages, isHydrated, open } from "./helpers";

// My Santaka: each person's start page, where signing in leads (the sign-in form's landing is
// checked by every story that signs in through `logIn`).
test.describe("My Santaka", () => {
  test.afterEach(async () => {
    await closeAsPages();
  });

  for (const [who, first] of [
    ["aiste", "start-sign_offs"],
    ["egle", "start-steering"],
    ["jonukas", "start-account"],
    ["ruta", "start-lead_requests"],
  ] as const) {
    test(`${who}'s page starts with what waits on them`, async ({ browser }, info) => {
      const page = await as(browser, info, who);
      await open(page, info, "/me");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mano Santaka");
      await expect(page.locator(".start-list").first()).toHaveAttribute("data-testid", first);
    });
  }

  test("a child waiting for consent keeps a private draft of an idea on their page", async ({ browser }, info) => {
    const page = await as(browser, info, "jonukas");
    await open(page, info, "/me");
    const draft = page.getByTestId("draft");
    const title = `Kiemo krepšinio turnyras (${info.project.name})`;
    await draft.getByLabel(/^Pavadinimas/).fill(title);
    await draft.getByRole("button", { name: "Išsaugoti juodraštį" }).click();
    await expect(page.getByText("Juodraštis išsaugotas. Jį matote tik jūs.")).toBeVisible();
    await expect(page.getByTestId("draft").getByLabel(/^Pavadinimas/)).toHaveValue(title);
    await expect(page.getByRole("link", { name: "Pasidalyti dabar" })).toHaveCount(0);
  });

  test("a partner sees the ideas that need what the organisation has", async ({ browser }, info) => {
    const page = await as(browser, info, "mindaugas");
    await open(page, info, "/me");
    const matches = page.getByTestId("start-partner_matches");
    await expect(matches.getByRole("heading")).toContainText("Idėjos, kurioms reikia to, ką turi jūsų organizacija");
    const first = matches.locator(".start-item").first();
    await expect(first).toContainText("reikia to, ką siūlote:");
    await expect(first.locator(".start-tags .tag").first()).toHaveText(/^(erdvę|medžiagų)$/);
  });

  test("a mentor follows “where I am needed” to an idea, leaves feedback, and it leaves her list", async ({ browser }, info) => {
    const mentor = await as(browser, info, "aiste");
    await open(mentor, info, "/me");
    const needed = mentor.getByTestId("start-needed");
    const first = needed.locator(".start-item a").first();
    const title = (await first.textContent())?.trim() ?? "";
    expect(title).not.toBe("");
    await first.click();
    await expect(mentor.getByRole("heading", { level: 1 })).toHaveText(title);
    if (isHydrated(info)) await expect(mentor.locator("html")).toHaveAttribute("data-hydrated", "true");
    await mentor.getByLabel("Jūsų komentaras").fill(`Kas bus atsakingas už leidimus? (${info.project.name})`);
    await mentor.getByLabel("Kaip mentorius skelbiate tai kaip").selectOption("question");
    await mentor.getByRole("button", { name: "Skelbti komentarą" }).click();
    await expect(mentor.locator(".feedback-badge").first()).toBeVisible();
    await open(mentor, info, "/me");
    await expect(mentor.getByTestId("start-needed").locator(".start-item a", { hasText: title })).toHaveCount(0);
  });

  test("the start page passes axe and fits a 360 px phone", async ({ browser }, info) => {
    test.skip(!isHydrated(info), "axe needs JavaScript");
    const page = await as(browser, info, "ruta");
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, info, "/me");
    await expect(page.locator(".start-list").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
