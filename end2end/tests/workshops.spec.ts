import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { as, closeAsPages, isHydrated, open } from "./helpers";

// Creative workshops: the public calendar, a lead registering team members, a facilitator
// marking attendance on a phone. Each project uses its own workshop of the demo's spring
// series, so the two runs do not meet.
test.afterEach(async () => {
  await closeAsPages();
});

test("a lead registers two members; the facilitator marks one as come on a phone", async ({ browser }, info) => {
  const title = isHydrated(info) ? "3 vakaras: biudžetas ir rėmėjai" : "4 vakaras: vieta, leidimai ir pristatymas";
  const ruta = await as(browser, info, "ruta");
  await open(ruta, info, "/workshops?stage=workshop");
  await ruta.getByRole("link", { name: title }).click();
  await expect(ruta.getByRole("heading", { level: 1 })).toHaveText(title);
  const team = ruta.locator("form.team-registration", { hasText: "Šilainių kiemų kino komanda" });
  await team.getByLabel("Rūta Petraitytė").check();
  await team.getByLabel(/^Tomas/).check();
  await team.getByRole("button", { name: "Registruoti pažymėtus" }).click();
  await expect(ruta.getByTestId("ws-registered")).toContainText("Užregistruota vietų: 2");
  await expect(ruta.getByTestId("ws-mine")).toContainText("Jūs užsiregistravę");
  const url = ruta.url().replace(/\?.*$/, "");

  const aiste = await as(browser, info, "aiste");
  await aiste.setViewportSize({ width: 360, height: 740 });
  await open(aiste, info, url.replace(/^https?:\/\/[^/]+/, ""));
  const list = aiste.locator("#seats");
  await expect(list.getByRole("heading", { name: "Dalyvių sąrašas" })).toBeVisible();
  await list.getByRole("button", { name: /^Atėjo – Tomas/ }).click();
  await expect(aiste.getByText("Lankomumas pažymėtas.")).toBeVisible();
  await expect(aiste.getByTestId("ws-attendance-count")).toContainText("atėjo: 1");
  await expect(aiste.locator("#seats").getByRole("button", { name: /^Atėjo – Tomas/ })).toHaveAttribute("aria-pressed", "true");
  const scrollWidth = await aiste.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);

  // Afterwards: the team's outcome, whose next step becomes a task in its workspace.
  const step = `Surinkti kiemų bendrijų sutikimus (${info.project.name})`;
  const outcomes = aiste.locator("#outcomes");
  const form = outcomes.locator("details", { hasText: "Šilainių kiemų kino komanda" });
  await form.getByText("Užrašyti rezultatą komandai").click();
  await form.getByLabel("Pastabos: ką komanda nuveikė ir ką sutarė").fill("Sąmata sudaryta; trūksta dviejų bendrijų sutikimų.");
  await form.getByLabel("Žingsnis 1", { exact: true }).fill(step);
  await form.getByLabel("Atsakingas už žingsnį 1").selectOption({ label: (await form.getByLabel("Atsakingas už žingsnį 1").locator("option", { hasText: /^Tomas/ }).first().innerText()) });
  await form.getByLabel("Terminas žingsniui 1").fill("2099-05-20");
  await form.getByRole("button", { name: "Išsaugoti rezultatą" }).click();
  await expect(aiste.getByTestId("ws-outcome-saved")).toContainText("1");
  await expect(aiste.getByTestId("ws-outcome").filter({ hasText: step })).toBeVisible();
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page: aiste }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }

  await open(ruta, info, "/me");
  const href = await ruta.getByTestId("start-my_teams").getByRole("link", { name: "Šilainių kiemų kino komanda" }).first().getAttribute("href");
  await open(ruta, info, `${href!.replace(/[?#].*$/, "").replace(/\/workspace$/, "")}/workspace`);
  await expect(ruta.getByText(step).first()).toBeVisible();
});

test("the calendar filters in the URL, a full workshop offers the waitlist, and passes axe on a phone", async ({ browser }, info) => {
  const visitor = await as(browser, info, null);
  await visitor.setViewportSize({ width: 360, height: 740 });
  await open(visitor, info, "/workshops");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Kūrybinės dirbtuvės");
  await visitor.getByLabel("Tik su laisvomis vietomis").check();
  await visitor.getByRole("button", { name: "Rodyti" }).click();
  await expect(visitor).toHaveURL(/free=1/);
  await expect(visitor.getByRole("link", { name: /Pristatymas per 3 minutes/ })).toHaveCount(0);
  const scrollWidth = await visitor.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page: visitor }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }

  const mindaugas = await as(browser, info, "mindaugas");
  await open(mindaugas, info, "/workshops");
  await mindaugas.getByRole("link", { name: /Pristatymas per 3 minutes/ }).click();
  await expect(mindaugas.getByText(/Vietų nebėra: užsiregistravę pateksite į laukiančiųjų sąrašą/)).toBeVisible();
  await expect(mindaugas.getByRole("button", { name: "Stoti į laukiančiųjų sąrašą" })).toBeVisible();
  await expect(mindaugas.getByRole("link", { name: "Įtraukti į kalendorių (.ics)" })).toBeVisible();
});

test("someone who came shares an idea born in the workshop, and both pages show it", async ({ browser }, info) => {
  const ruta = await as(browser, info, "ruta");
  await open(ruta, info, "/workshops");
  await ruta.getByRole("link", { name: "Nuo idėjos iki plano per vieną vakarą" }).first().click();
  await ruta.getByRole("link", { name: "Pasidalyti čia gimusia idėja" }).click();
  await expect(ruta.getByTestId("born-in-workshop")).toBeVisible();
  if (isHydrated(info)) {
    await expect(ruta.locator("html")).toHaveAttribute("data-hydrated", "true");
  }
  const title = `Kiemų kino savanorių mokykla (${info.project.name})`;
  await ruta.getByLabel(/^Pavadinimas/).fill(title);
  await ruta.getByLabel("Santrauka").fill("Paaugliai išmoksta rodyti filmus kiemuose ir patys rengia vakarus kaimynams.");
  await ruta.getByLabel("Jaunimas").check();
  await ruta.getByRole("button", { name: "Pasidalyti idėja" }).click();
  await expect(ruta).toHaveURL(/\/ideas\/\d+\?shared=1$/);
  const born = ruta.getByTestId("idea-born-in");
  await expect(born).toContainText("Nuo idėjos iki plano per vieną vakarą");
  await born.getByRole("link").click();
  await expect(ruta.getByTestId("ws-born")).toContainText(title);
});
