import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { as, closeAsPages, isHydrated, open } from "./helpers";

// The stages of an idea past "team": the steering group assigns a mentor, the team asks for
// sign-off with evidence, the mentor returns it once with a reason, then approves, and a
// follower (Eglė, in neither team) is told and sees the idea at "ready". Both of Rūta's demo teams came to a workshop, so their
// ideas are at the workshop stage; each project takes one.
test.afterEach(async () => {
  await closeAsPages();
});

const story = (info: { project: { name: string } }) =>
  info.project.name === "hydrated"
    ? { idea: "Kiemų kinas Šilainiuose", team: "Šilainių kiemų kino komanda" }
    : { idea: "Tuščios vitrinos – jaunųjų menininkų galerijos centre", team: "Vitrinų galerijos komanda" };

test("a mentor is assigned, returns a request once with a reason, then signs the idea off as ready", async ({ browser }, info) => {
  const { idea, team } = story(info);

  // Eglė of the steering group follows the idea (she is in neither team).
  const egle = await as(browser, info, "egle");
  await open(egle, info, `/ideas?q=${encodeURIComponent(idea.split(" ")[0])}`);
  const link = egle.locator(".idea-card-title a", { hasText: idea }).first();
  const ideaPath = (await link.getAttribute("href"))!.replace(/[?#].*$/, "");
  await open(egle, info, ideaPath);
  const follow = egle.getByRole("button", { name: "Sekti", exact: true });
  if (await follow.isVisible()) {
    await follow.click();
    await expect(egle.getByRole("button", { name: "Sekate" })).toBeVisible();
  }

  // She assigns Aistė: from the ranked suggestions, or (without JavaScript) from the list of
  // every mentor, saying so if Aistė is already at capacity.
  await egle.locator("#gate").waitFor();
  await egle.getByRole("link", { name: team }).first().click();
  await egle.getByRole("link", { name: "Skirti mentorių" }).click();
  await expect(egle.getByRole("heading", { level: 1 })).toHaveText("Skirti mentorių");
  if (isHydrated(info)) {
    const suggestion = egle.getByTestId("mentor-suggestions").locator("li.suggestion", { hasText: "Aistė Vaitkienė" });
    await expect(suggestion.locator(".reasons")).toContainText("laisvų vietų");
    await suggestion.getByRole("button", { name: "Skirti – Aistė Vaitkienė" }).click();
  } else {
    const select = egle.getByLabel("Mentorius", { exact: true });
    const option = await select.locator("option", { hasText: "Aistė Vaitkienė" }).innerText();
    await select.selectOption({ label: option });
    await egle.getByLabel(/^Skirti, nors mentorius jau užimtas/).check();
    await egle.getByRole("button", { name: "Skirti", exact: true }).click();
  }
  await expect(egle.getByText("Mentorius paskirtas; jam pranešta.")).toBeVisible();

  // The team asks, with evidence for every criterion.
  const ruta = await as(browser, info, "ruta");
  await open(ruta, info, ideaPath);
  const gate = ruta.locator("#gate");
  await expect(gate.getByTestId("gate-stage")).toContainText("Dirbtuvės");
  await gate.getByText("Prašyti patvirtinimo").click();
  const answers = gate.getByLabel("Kaip tai įvykdėte");
  const count = await answers.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // First without the budget: refused, and what was typed stays.
  for (let i = 0; i < count; i++) {
    if (i !== 2) await answers.nth(i).fill(`Įrodymas ${i + 1}: aprašyta komandos plane (${info.project.name}).`);
  }
  await gate.getByRole("button", { name: "Siųsti prašymą" }).click();
  await expect(ruta.locator("#gate").getByText("Parašykite, kaip tai įvykdėte, pridėkite nuorodą arba pasirinkite dirbtuvių rezultatą.")).toBeVisible();
  await expect(ruta.locator("#gate").getByLabel("Kaip tai įvykdėte").first()).toHaveValue(/Įrodymas 1/);
  await ruta.locator("#gate").getByLabel("Kaip tai įvykdėte").nth(2).fill("Biudžetas 600 €: projektorius ir garsas iš seniūnijos.");
  await ruta.locator("#gate").getByRole("button", { name: "Siųsti prašymą" }).click();
  await expect(ruta.getByText("Prašymas išsiųstas. Mentorius gavo pranešimą.")).toBeVisible();
  await expect(ruta.getByTestId("gate-waiting")).toBeVisible();

  // Aistė finds it on her start page and returns it with a reason.
  const aiste = await as(browser, info, "aiste");
  await open(aiste, info, "/me");
  await aiste.getByTestId("start-sign_offs").getByRole("link", { name: idea }).click();
  const decide = aiste.locator(".gate-decide");
  await decide.getByLabel("Grąžinti komandai pataisyti").check();
  const reason = `Kas leis rodyti filmus? Reikia licencijos (${info.project.name}).`;
  await decide.getByLabel(/^Pastaba dėl: Yra vieta/).fill(reason);
  await decide.getByRole("button", { name: "Išsaugoti sprendimą" }).click();
  await expect(aiste.getByText("Prašymas grąžintas komandai su jūsų pastabomis.")).toBeVisible();
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page: aiste }).include("#gate").analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }

  // The team sees the reason, answers it, asks again; the form starts from what it gave.
  await open(ruta, info, ideaPath);
  const again = ruta.locator("#gate");
  await expect(again.getByTestId("gate-request").first()).toContainText(reason);
  await expect(again.getByLabel("Kaip tai įvykdėte").first()).toHaveValue(/Įrodymas 1/);
  await again.getByLabel("Kaip tai įvykdėte").nth(3).fill("Leidimas gautas; licencija filmams – per Kino centrą.");
  await again.getByRole("button", { name: "Siųsti prašymą" }).click();
  await expect(ruta.getByText("Prašymas išsiųstas. Mentorius gavo pranešimą.")).toBeVisible();

  // Aistė signs it off on a phone.
  await aiste.setViewportSize({ width: 360, height: 740 });
  await open(aiste, info, ideaPath);
  await aiste.locator(".gate-decide").getByLabel("Patvirtinti: idėja pereina į kitą etapą").check();
  await aiste.locator(".gate-decide").getByRole("button", { name: "Išsaugoti sprendimą" }).click();
  await expect(aiste.getByText("Patvirtinta: idėja perėjo į kitą etapą, sekėjams pranešta.")).toBeVisible();
  const scrollWidth = await aiste.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);

  // The follower is told and sees the idea at "ready", with its history.
  await open(egle, info, "/notifications");
  await expect(egle.locator('.notification[data-kind="followed_activity"]', { hasText: idea }).first()).toBeVisible();
  await open(egle, info, ideaPath);
  await expect(egle.locator("#gate").getByTestId("gate-stage")).toContainText("Parengta");
  await expect(egle.locator("#gate").getByTestId("gate-request")).toHaveCount(2);
});

test("the stages page explains the path and lists what each gate asks", async ({ browser }, info) => {
  const page = await as(browser, info, null);
  await open(page, info, "/stages");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Idėjos etapai");
  await expect(page.locator("#gate-ready")).toContainText("Yra biudžetas");
  await expect(page.getByRole("button", { name: "Išsaugoti kriterijus" })).toHaveCount(0);
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});
