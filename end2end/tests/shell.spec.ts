import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { as, closeAsPages, failOnPageErrors, isHydrated, open } from "./helpers";

test.describe("the Santaka shell", () => {
  let errors: string[] = [];
  let expect404 = false;
  test.beforeEach(({ page }) => {
    errors = failOnPageErrors(page);
    expect404 = false;
  });
  test.afterEach(() => {
    // A 404 document is itself reported by the browser as a failed resource.
    const unexpected = errors.filter((e) => !(expect404 && e.includes("status of 404")));
    expect(unexpected, "the page logged errors").toEqual([]);
  });

  test("a visitor sees the home page in Lithuanian with live figures", async ({ page }, info) => {
    const response = await open(page, info, "/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "lt");
    await expect(page).toHaveTitle("Santaka – idėjos Kaunui");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kur susitinka miesto idėjos");
    // The demo ideas and any shared by earlier tests, counted by the database.
    await expect(page.locator('[data-figure="ideas"]')).toHaveText(/^\d+$/);
    expect(Number(await page.locator('[data-figure="ideas"]').textContent())).toBeGreaterThanOrEqual(35);
    await expect(page.locator('[data-figure="sectors"]')).toHaveText("5");
    await expect(page.locator('[data-figure="festival"]')).toHaveText(/^\d+\s*iš\s*100$/);
    await expect(page.getByRole("heading", { name: "Jaunimas" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Pagrindinė navigacija" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("Nemuno ir Neries santakoje");
  });

  test("a visitor switches to English and the choice is kept", async ({ page }, info) => {
    // The pages are rendered on the server (islands), so the switch loads the same address
    // again in the other language, with JavaScript or without it.
    await open(page, info, "/");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where the city's ideas meet");
    await expect(page.getByRole("heading", { name: "Youth" })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await open(page, info, "/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where the city's ideas meet");
    await page.getByRole("link", { name: "Lietuvių" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "lt");
  });

  test("an unknown address answers 404 with a translated page", async ({ page }, info) => {
    expect404 = true;
    const response = await page.goto("/tokio-puslapio-nera");
    expect(response?.status()).toBe(404);
    if (isHydrated(info)) {
      await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Puslapis nerastas");
    await page.getByRole("link", { name: "Grįžti į pradžią" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kur susitinka miesto idėjos");
  });

  test("the skip link leads keyboard users to the main content", async ({ page }, info) => {
    await open(page, info, "/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Pereiti prie turinio" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator("main")).toBeFocused();
  });

  for (const [lang, scheme] of [["lt", "light"], ["en", "dark"]] as const) {
    test(`the home page has no accessibility violations (${lang}, ${scheme})`, async ({ page, context }, info) => {
      // axe runs as a script inside the page, which a JavaScript-disabled page cannot do.
      test.skip(!isHydrated(info), "axe needs JavaScript in the page");
      await context.addCookies([{ name: "i18n_pref_locale", value: lang, url: info.project.use.baseURL! }]);
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, info, "/");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }

  test("on a phone the navigation folds into a menu that opens with the keyboard, without JavaScript too", async ({ page }, info) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await open(page, info, "/");
    const nav = page.getByRole("navigation", { name: "Pagrindinė navigacija" });
    await expect(nav).toBeHidden();
    // Brand and menu button on one line instead of three lines of links.
    const header = await page.locator(".site-header").boundingBox();
    expect(header!.height).toBeLessThan(90);
    const toggle = page.getByTestId("menu-toggle");
    await expect(toggle).toHaveText("Meniu");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(nav).toBeVisible();
    await expect(page.getByRole("link", { name: "English" })).toBeVisible();
    await nav.getByRole("link", { name: "Festivalis" }).click();
    await expect(page).toHaveURL(/\/festival$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("100 intervencijų");
    // The next page starts with the menu folded again.
    await expect(nav).toBeHidden();
  });

  test("on a wide screen the navigation lies open, without a menu button", async ({ page }, info) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, info, "/");
    await expect(page.getByRole("navigation", { name: "Pagrindinė navigacija" })).toBeVisible();
    await expect(page.getByTestId("menu-toggle")).toBeHidden();
  });

  test("the footer leads to the privacy notice and the participation rules, in both languages", async ({ page }, info) => {
    await open(page, info, "/");
    await expect(page.getByTestId("hero-cta")).toHaveAttribute("href", "/ideas/new");
    await page.getByRole("contentinfo").getByRole("link", { name: "Privatumo pranešimas" }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privatumo pranešimas");
    await expect(page.getByRole("heading", { name: "Vaikai ir globėjai" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Slapukai: tik būtinieji" })).toBeVisible();
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
    await page.getByRole("contentinfo").getByRole("link", { name: "Participation rules" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Participation rules");
    await page.getByRole("link", { name: "Lietuvių" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dalyvavimo taisyklės");
    if (isHydrated(info)) {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    }
    await open(page, info, "/register");
    await expect(page.getByRole("link", { name: "dalyvavimo taisyklėmis" })).toHaveAttribute("href", "/terms");
    await expect(page.getByRole("link", { name: "privatumo pranešime" })).toHaveAttribute("href", "/privacy");
  });

  test("the home page fits a 360 px wide phone without sideways scrolling", async ({ page }, info) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, info, "/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("the frame, signed in", () => {
  test.afterEach(async () => {
    await closeAsPages();
  });

  // The frame holds for the person with the most links (the steering group), at every width.
  for (const [width, lang] of [[360, "lt"], [768, "lt"], [1024, "lt"], [1024, "en"], [1280, "lt"]] as const) {
    test(`signed in as the steering group, the header holds at ${width} px (${lang})`, async ({ browser }, info) => {
      const page = await as(browser, info, "egle");
      await page.setViewportSize({ width, height: 800 });
      await open(page, info, lang === "en" ? "/lang/en?next=%2Fme" : "/me");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const header = (await page.locator(".site-header").boundingBox())!;
      // One row: brand, navigation, the account button and the languages (a phone: brand and
      // menu button); 768 px may take two.
      expect(header.height).toBeLessThan(width === 768 ? 150 : 90);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      if (width >= 1024) {
        const account = page.getByTestId("account-toggle");
        await account.focus();
        await page.keyboard.press("Enter");
        await expect(page.getByRole("link", { name: lang === "en" ? "Administration" : "Administravimas" })).toBeVisible();
        await expect(page.getByRole("button", { name: lang === "en" ? "Log out" : "Atsijungti" })).toBeVisible();
      }
    });
  }
});
