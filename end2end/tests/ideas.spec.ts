import { test, expect, Page, TestInfo } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { as, closeAsPages, isHydrated, linkFromEmail, open } from "./helpers";

/** A word that differs between the two projects, so each finds its own idea. */
const word = (info: TestInfo) => (isHydrated(info) ? "Vėjarodžių" : "Saulėlydžių");
const folded = (info: TestInfo) => (isHydrated(info) ? "vejarodziu" : "saulelydziu");

async function share(page: Page, info: TestInfo, title: string, summary: string): Promise<string> {
  await open(page, info, "/ideas/new");
  await page.getByLabel(/^Pavadinimas/).fill(title);
  await page.getByLabel("Santrauka").fill(summary);
  await page.getByLabel("Jaunimas").check();
  await page.getByLabel("Kultūra").check();
  await page.getByRole("button", { name: "Pasidalyti idėja" }).click();
  await expect(page).toHaveURL(/\/ideas\/\d+\?shared=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return new URL(page.url()).pathname;
}

/** The page of the first idea whose title matches, found through the list. */
async function findIdea(page: Page, info: TestInfo, search: string, title: string | RegExp): Promise<string> {
  await open(page, info, `/ideas?q=${encodeURIComponent(search)}`);
  const link = page.locator(".idea-card-title a", { hasText: title }).first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href")) ?? "";
}

test.describe("ideas", () => {
  test.afterEach(async () => {
    await closeAsPages();
  });

  test("a participant shares an idea and finds it through search", async ({ browser }, info) => {
    const page = await as(browser, info, "ruta");
    if (isHydrated(info)) {
      // While the title is typed, similar ideas already shared appear.
      await open(page, info, "/ideas/new");
      await page.getByLabel(/^Pavadinimas/).pressSequentially("Kiemų kinas");
      await expect(page.getByTestId("similar-ideas")).toContainText("Kiemų kinas Šilainiuose");
    }
    const title = `${word(info)} kiemas Aleksote`;
    await share(page, info, title, "Vėjarodžiai ir vėliavėlės ant Aleksoto šlaito, kad vaikai matytų vėją.");
    await expect(page.getByText("Jūsų idėja paskelbta.")).toBeVisible();
    await expect(page.locator(".stage-step-current")).toHaveText("Kibirkštis");

    await open(page, info, "/ideas");
    await page.getByLabel("Paieška", { exact: true }).fill(folded(info));
    await page.getByRole("button", { name: "Rodyti idėjas" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${folded(info)}`));
    await expect(page.locator(".idea-card-title a", { hasText: title })).toBeVisible();
    await expect(page.locator(".idea-card", { hasText: title })).toHaveCount(1);
    // The filters stay in the URL: a shared link shows the same list.
    await page.getByLabel("Sektorius", { exact: true }).selectOption("business");
    await page.getByRole("button", { name: "Rodyti idėjas" }).click();
    await expect(page).toHaveURL(/sector=business/);
    await expect(page.getByText(/Pagal šiuos filtrus idėjų nerasta/)).toBeVisible();
  });

  test("a co-author edits the idea and the history shows both versions", async ({ browser }, info) => {
    const author = await as(browser, info, "ruta");
    const title = `${word(info)} suoliukai prie Nemuno`;
    const path = await share(author, info, title, "Suoliukai iš upės išplauto medžio Nemuno krantinėje.");
    await open(author, info, `${path.split("?")[0]}/edit`);
    await author.getByLabel(/^El\. paštas/).fill("mindaugas@santaka.test");
    await author.getByRole("button", { name: "Siųsti kvietimą" }).click();
    await expect(author.getByText("Kvietimas išsiųstas.")).toBeVisible();

    const link = await linkFromEmail("mindaugas@santaka.test", "coauthor_invite", "/ideas/invite");
    const coauthor = await as(browser, info, "mindaugas");
    await open(coauthor, info, link);
    await coauthor.getByRole("button", { name: "Priimti kvietimą" }).click();
    await expect(coauthor).toHaveURL(new RegExp(`${path.split("?")[0]}$`));
    await expect(coauthor.locator(".authors")).toContainText("Mindaugas Kazlauskas");
    await coauthor.getByRole("link", { name: "Redaguoti" }).click();
    await expect(coauthor.getByRole("heading", { level: 1 })).toHaveText("Idėjos plėtojimas");
    if (isHydrated(info)) {
      await expect(coauthor.locator("html")).toHaveAttribute("data-hydrated", "true");
    }
    await coauthor.getByLabel("Aprašymas", { exact: true }).fill("## Medžiagos\n\nDirbtuvės duoda įrankius ir **šeštadienio** erdvę.");
    await coauthor.getByRole("button", { name: "Išsaugoti naują versiją" }).click();
    await expect(coauthor).toHaveURL(/\?saved=1$/);
    await expect(coauthor.getByText("Išsaugota. Dabartinė versija: 2")).toBeVisible();
    await expect(coauthor.locator(".idea-description h3")).toHaveText("Medžiagos");

    await coauthor.getByRole("link", { name: /^Versijos/ }).click();
    await expect(coauthor.getByRole("heading", { level: 1 })).toHaveText("Versijų istorija");
    await expect(coauthor.locator(".versions li")).toHaveCount(2);
    await expect(coauthor.locator(".versions li").first()).toContainText("Mindaugas Kazlauskas");
    await expect(coauthor.locator(".versions li").last()).toContainText("Rūta Petraitytė");
    await expect(coauthor.getByTestId("diff").locator("ins")).toContainText("šeštadienio");
  });

  test("support and follow are islands: they change in place, with no hydration or console error", async ({ browser }, info) => {
    test.skip(!isHydrated(info), "without JavaScript the same forms post and the page comes back (other stories)");
    const page = await as(browser, info, "ruta");
    const path = await findIdea(page, info, "Taisymo kavinė", "Taisymo kavinė Dainavoje");
    await open(page, info, path);
    await expect(page.locator("leptos-island").first()).toBeAttached();
    const button = page.getByTestId("support-button");
    const before = Number(await button.getByTestId("support-count").textContent());
    const wasPressed = (await button.getAttribute("aria-pressed")) === "true";
    let loads = 0;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) loads += 1;
    });
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", wasPressed ? "false" : "true");
    await expect(button.getByTestId("support-count")).toHaveText(String(before + (wasPressed ? -1 : 1)));
    // Back as it was, so the story can run again on the same database.
    await button.click();
    await expect(button.getByTestId("support-count")).toHaveText(String(before));
    expect(loads, "the page was not loaded again").toBe(0);
  });

  test("a mentor leaves feedback and the author sees it marked and marks it addressed", async ({ browser }, info) => {
    const mentor = await as(browser, info, "aiste");
    const path = await findIdea(mentor, info, "garažų kvartale", "Gatvės menas Šilainių garažų kvartale");
    await open(mentor, info, path);
    const question = `Ar garažų savininkai sutiko? (${info.project.name})`;
    await mentor.getByLabel("Jūsų komentaras").fill(question);
    await mentor.getByLabel("Kaip mentorius skelbiate tai kaip").selectOption("question");
    await mentor.getByRole("button", { name: "Skelbti komentarą" }).click();
    const mine = mentor.locator("li.comment", { hasText: question });
    await expect(mine.locator(".feedback-badge")).toHaveText("Mentoriaus atsiliepimas: klausimas");

    const author = await as(browser, info, "ruta");
    await open(author, info, `${path}?feedback=1`);
    const feedback = author.locator("li.comment", { hasText: question });
    await expect(feedback).toHaveClass(/feedback-question/);
    await expect(feedback.locator(".badge-mentor")).toHaveText("Mentorius");
    // Only mentor feedback is listed under the filter.
    await expect(author.locator("ol.comments > li.comment:not(.feedback)")).toHaveCount(0);
    await feedback.getByRole("button", { name: "Pažymėti, kad atsižvelgta" }).click();
    await expect(author.locator("li.comment", { hasText: question }).getByTestId("addressed")).toHaveText("Atsižvelgta");
  });

  test("the steering group hides a reported comment and a visitor sees it hidden", async ({ browser }, info) => {
    const partner = await as(browser, info, "mindaugas");
    const path = await findIdea(partner, info, "Žalgiris", /Žalgiris/);
    await open(partner, info, path);
    const spam = `Pigios plytos tik šiandien, skambinkite! (${info.project.name})`;
    await partner.getByLabel("Jūsų komentaras").fill(spam);
    await partner.getByRole("button", { name: "Skelbti komentarą" }).click();
    await expect(partner.locator("li.comment", { hasText: spam })).toBeVisible();

    const reporter = await as(browser, info, "ruta");
    await open(reporter, info, path);
    const comment = reporter.locator("li.comment", { hasText: spam });
    await comment.locator("details.report summary").click();
    await comment.getByLabel("Priežastis").selectOption("spam");
    await comment.getByRole("button", { name: "Siųsti pranešimą" }).click();
    await expect(reporter.getByText("Ačiū. Koordinacinė grupė peržiūrės jūsų pranešimą.").first()).toBeVisible();

    const steering = await as(browser, info, "egle");
    await open(steering, info, "/moderation");
    const report = steering.locator(".report-card", { hasText: spam });
    await expect(report).toContainText("Šlamštas ar reklama");
    await report.getByRole("button", { name: "Paslėpti" }).click();
    await expect(steering.locator(".report-card", { hasText: spam })).toHaveCount(0);

    const visitor = await as(browser, info, null);
    await open(visitor, info, path);
    await expect(visitor.getByText(spam)).toHaveCount(0);
    await expect(visitor.getByTestId("comment-hidden").first()).toHaveText("Paslėpė moderatorius");
  });
});

test.describe("idea pages for everyone", () => {
  test.afterEach(async () => {
    await closeAsPages();
  });

  for (const [path, scheme] of [
    ["/ideas", "light"],
    ["/ideas?q=kiemai", "dark"],
  ] as const) {
    test(`${path} (${scheme}) passes axe and fits a 360 px phone`, async ({ browser }, info) => {
      test.skip(!isHydrated(info), "axe needs JavaScript");
      const page = await as(browser, info, "ruta");
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, info, path);
      await expect(page.locator(".idea-card").first()).toBeVisible();
      let results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      // An idea with mentor feedback, replies and every control of the discussion.
      await page.locator(".idea-card-title a").first().click();
      await expect(page.locator(".discussion")).toBeVisible();
      results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }

  test("an idea page describes itself for link previews, without JavaScript too", async ({ browser }, info) => {
    const page = await as(browser, info, null);
    const response = await open(page, info, "/ideas?sort=discussed");
    expect(response?.status()).toBe(200);
    const link = page.locator(".idea-card-title a").first();
    const title = (await link.textContent()) ?? "";
    await open(page, info, (await link.getAttribute("href")) ?? "");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /.{20,}/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.getByRole("link", { name: /^Tik mentorių atsiliepimai/ }).click();
    await expect(page).toHaveURL(/\?feedback=1$/);
    await expect(page.locator("ol.comments > li.comment:not(.feedback)")).toHaveCount(0);
  });
});
