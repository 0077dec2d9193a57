import { test, expect, Page, TestInfo } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import * as fs from "node:fs";
import ICAL from "ical.js";
import { as, closeAsPages, isHydrated, open } from "./helpers";

test.afterEach(async () => {
  await closeAsPages();
});

/** Each project proposes its own intervention, so the two runs never meet. */
const titleFor = (info: TestInfo) =>
  isHydrated(info) ? "Kiemų kino plakatų dirbtuvės" : "Kiemo kino afišų pamoka";

/** The start time shown on an intervention's page ("2027-05-22, 15:00–15:45"). */
async function shownTimes(page: Page): Promise<{ day: string; start: string; end: string }> {
  const when = await page.getByTestId("fest-when").innerText();
  const match = when.match(/(\d{4}-\d{2}-\d{2}), (\d{2}:\d{2})–(\d{2}:\d{2})/);
  expect(match, `times in "${when}"`).not.toBeNull();
  return { day: match![1], start: match![2], end: match![3] };
}

/** Reads an iCalendar file with a calendar parser; returns the event titled `title`. */
function eventIn(text: string, title: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  const event = calendar
    .getAllSubcomponents("vevent")
    .map((v: any) => new ICAL.Event(v))
    .find((e: any) => e.summary === title);
  expect(event, `an event "${title}" in the calendar`).toBeTruthy();
  return event;
}

/** 14:30 on 22 May in Vilnius (summer time, UTC+3) as an ISO instant. */
function vilniusToUtc(day: string, time: string): string {
  const [h, m] = time.split(":").map(Number);
  const utc = new Date(`${day}T00:00:00.000Z`);
  utc.setUTCHours(h - 3, m);
  return utc.toISOString();
}

test("a team proposes, steering meets a conflict, the auto-scheduler places the rest, and the program is published", async ({ browser }, info) => {
  // A long story: without JavaScript every step reloads the steering desk (about a hundred
  // interventions, each with its forms).
  test.setTimeout(90_000);
  const title = titleFor(info);

  // Rūta proposes for her team.
  const ruta = await as(browser, info, "ruta");
  await open(ruta, info, "/festival/propose");
  await ruta.getByLabel(/^Pavadinimas/).fill(title);
  await ruta.getByLabel("Kas vyks").fill("Kaimynų vaikai kartu su dailininke piešia kino vakaro plakatus.");
  await ruta.locator("#f-sector").selectOption("education");
  await ruta.locator("#f-category").selectOption("talk");
  await ruta.getByLabel(/^Trukmė/).fill("45");
  await ruta.getByLabel(/^Tikimasi žiūrovų/).fill("40");
  await ruta.getByLabel(/^Anksčiausia pradžia/).fill("15:00");
  await ruta.getByLabel(/^Vėliausia pradžia/).fill("16:00");
  await ruta.getByLabel("Santakos parkas (1000)").check();
  await ruta.getByLabel("Rūta Petraitytė").check();
  await ruta.getByRole("button", { name: "Pateikti pasiūlymą" }).click();
  await expect(ruta).toHaveURL(/\/festival\/i\/\d+\?proposed=1$/);
  await expect(ruta.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(ruta.getByText("Dar neskelbiama")).toBeVisible();

  // Eglė (steering) accepts it: the desk opens on the proposals; accepting moves it on.
  const egle = await as(browser, info, "egle");
  await open(egle, info, "/festival/manage");
  await expect(egle.getByRole("link", { name: /^Pasiūlyta/, exact: false })).toHaveAttribute("aria-current", "page");
  await egle.getByTestId("manage-item").filter({ hasText: title }).getByRole("button", { name: "Priimti" }).click();
  await expect(egle).toHaveURL(/status=accepted/);
  const item = egle.getByTestId("manage-item").filter({ hasText: title });
  await item.getByTestId("place-on-grid").click();

  // On the day grid, placing it over the opening at the same venue is refused, with the
  // opening named.
  await expect(egle).toHaveURL(/view=grid/);
  const grid = egle.getByTestId("day-grid");
  const opening = grid.getByRole("link", { name: /Rotušės aikštės atidarymas/ });
  const start = (await opening.locator(".grid-time").innerText()).slice(0, 5);
  await expect(egle.getByLabel("Intervencija")).toHaveValue(/\d+/);
  await egle.getByLabel("Vieta", { exact: true }).selectOption({ label: "Rotušės aikštė (800)" });
  await egle.getByLabel(/^Pradžia/).fill(start);
  await egle.getByRole("button", { name: "Paskirti", exact: true }).click();
  const conflicts = egle.getByTestId("conflicts");
  await expect(conflicts).toContainText("Vieta tuo metu užimta");
  await expect(conflicts).toContainText("«Rotušės aikštės atidarymas: 100 intervencijų pradžia»");
  await expect(grid.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);

  // The auto-scheduler shows what it would do first; applying places it, and the run can be
  // undone and applied again.
  await egle.getByTestId("auto-preview").click();
  const preview = egle.getByTestId("schedule-preview");
  await expect(preview).toContainText(title);
  await preview.getByRole("button", { name: /^Paskirstyti, kaip parodyta/ }).click();
  await expect(egle.getByTestId("auto-result")).toBeVisible();
  await expect(egle.getByTestId("day-grid").getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await egle.getByRole("button", { name: "Atšaukti paskutinį paskirstymą" }).click();
  await expect(egle.getByTestId("undo-result")).toBeVisible();
  await open(egle, info, "/festival/manage?status=accepted");
  await expect(egle.getByTestId("manage-item").filter({ hasText: title }).getByTestId("placed-at")).toHaveCount(0);
  await egle.getByTestId("auto-preview").click();
  await egle.getByTestId("schedule-preview").getByRole("button", { name: /^Paskirstyti, kaip parodyta/ }).click();
  await expect(egle.getByTestId("auto-result")).toBeVisible();
  await expect(egle.locator("#flagged-title")).toHaveCount(0);

  // A visitor's program (answered from the server's memory) does not show it yet.
  const visitor = await as(browser, info, null);
  const filtered = "/festival?sector=education&category=talk";
  await open(visitor, info, filtered);
  await open(visitor, info, filtered);
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);

  // Publishing asks first and says what becomes public.
  await egle.getByRole("link", { name: "Paskelbti programą…" }).click();
  const confirm = egle.getByTestId("publish-confirm");
  await expect(confirm).toContainText(title);
  await confirm.getByRole("button", { name: /^Taip, paskelbti/ }).click();
  await expect(egle.locator(".notice-success", { hasText: /Paskelbta: \d+/ })).toBeVisible();

  // It is public now, with its time, for the visitor at once too.
  await open(ruta, info, filtered);
  await expect(ruta.getByRole("link", { name: title })).toBeVisible();
  await open(visitor, info, filtered);
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
});

test("a visitor filters the map by sector, opens an intervention from a marker and from the list, stars it and takes the calendar", async ({ browser }, info) => {
  test.skip(!isHydrated(info), "the interactive map and a visitor's browser agenda need JavaScript");
  const title = titleFor(info);
  const visitor = await as(browser, info, null);
  // No tile server in the tests (SANTAKA_TILE_URL points nowhere): the markers still show.
  await open(visitor, info, "/festival/map");
  await expect(visitor.locator(".leaflet-container")).toBeVisible();
  await expect(visitor.locator(".leaflet-marker-icon, .marker-cluster").first()).toBeVisible();

  await visitor.getByLabel("Sektorius").selectOption("education");
  await visitor.getByLabel("Kategorija").selectOption("talk");
  await visitor.getByRole("button", { name: "Rodyti" }).click();
  await expect(visitor).toHaveURL(/sector=education/);
  // The filtered page is a new page: its map (an island) draws the filtered markers.
  await expect(visitor.locator("html")).toHaveAttribute("data-hydrated", "true");
  await expect(visitor.locator(".leaflet-marker-icon, .marker-cluster").first()).toBeVisible();
  const list = visitor.locator(".map-list");
  await expect(list.getByRole("link", { name: title })).toBeVisible();
  const shown = Number(await visitor.getByTestId("fest-shown").innerText());
  expect(shown).toBeLessThan(10);

  // The marker: zoom into a group until it stands alone.
  const marker = visitor.locator(`.leaflet-marker-icon[title$="${title}"]`);
  for (let attempt = 0; attempt < 5 && !(await marker.isVisible()); attempt++) {
    await visitor.locator(".marker-cluster").first().click();
    await visitor.waitForTimeout(600);
  }
  await marker.click();
  const popupLink = visitor.locator(".leaflet-popup").getByTestId("popup-link");
  await expect(popupLink).toHaveText(title);
  await popupLink.click();
  await expect(visitor).toHaveURL(/\/festival\/i\/\d+$/);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  const page = new URL(visitor.url()).pathname;

  // And from the list.
  await visitor.goBack();
  await expect(visitor.locator(".map-list").getByRole("link", { name: title })).toBeVisible();
  await visitor.locator(".map-list").getByRole("link", { name: title }).click();
  await expect(visitor).toHaveURL(new RegExp(`${page}$`));
  // A new page: its star is an island that answers once it has hydrated.
  await expect(visitor.locator("html")).toHaveAttribute("data-hydrated", "true");
  const times = await shownTimes(visitor);

  // Starred in the browser, kept in the agenda.
  const star = visitor.getByRole("button", { name: `Įtraukti į mano darbotvarkę – ${title}` });
  await star.click();
  await expect(visitor.getByRole("button", { name: `Išimti iš mano darbotvarkės – ${title}` })).toHaveAttribute("aria-pressed", "true");
  await open(visitor, info, "/festival/agenda");
  await expect(visitor.locator(".fest-list").getByRole("link", { name: title })).toBeVisible();

  // The agenda as iCalendar: a parser reads the right instant back.
  const [download] = await Promise.all([visitor.waitForEvent("download"), visitor.getByTestId("agenda-ics").click()]);
  const text = fs.readFileSync((await download.path())!, "utf8");
  const event = eventIn(text, title);
  expect(event.startDate.timezone).toBe("Europe/Vilnius");
  expect(event.startDate.toJSDate().toISOString()).toBe(vilniusToUtc(times.day, times.start));
  expect(event.endDate.toJSDate().toISOString()).toBe(vilniusToUtc(times.day, times.end));
  expect(event.location).toContain("Kaunas");
  expect(String(event.component.getFirstPropertyValue("url"))).toContain(page);
});

test("without JavaScript the map is a list with addresses, the filters work, and a signed-in person's agenda is stored", async ({ browser }, info) => {
  test.skip(isHydrated(info), "the no-JavaScript path");
  test.setTimeout(60_000);
  const title = titleFor(info);
  const visitor = await as(browser, info, null);
  await open(visitor, info, "/festival/map");
  await expect(visitor.locator(".festival-map")).toBeHidden();
  await expect(visitor.getByText("Interaktyviam žemėlapiui reikia JavaScript")).toBeVisible();
  await visitor.getByLabel("Sektorius").selectOption("education");
  await visitor.getByLabel("Kategorija").selectOption("talk");
  await visitor.getByRole("button", { name: "Rodyti" }).click();
  await expect(visitor).toHaveURL(/sector=education&category=talk/);
  const row = visitor.getByTestId("fest-item").filter({ hasText: title });
  await expect(row).toContainText("Kaunas");
  // No star for a visitor without JavaScript (it would have nowhere to be kept).
  await expect(row.getByRole("button")).toHaveCount(0);
  await row.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  const path = new URL(visitor.url()).pathname;
  const times = await shownTimes(visitor);

  // The whole program as a file.
  const response = await visitor.request.get("/festival/program.ics");
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const event = eventIn(await response.text(), title);
  expect(event.startDate.toJSDate().toISOString()).toBe(vilniusToUtc(times.day, times.start));

  // Rūta stars it with a plain form; it is kept with her account.
  const ruta = await as(browser, info, "ruta");
  await open(ruta, info, path);
  await ruta.getByRole("button", { name: `Įtraukti į mano darbotvarkę – ${title}` }).click();
  await expect(ruta.getByRole("button", { name: `Išimti iš mano darbotvarkės – ${title}` })).toBeVisible();
  await open(ruta, info, "/festival/agenda");
  await expect(ruta.locator(".fest-list").getByRole("link", { name: title })).toBeVisible();
  const href = await ruta.getByTestId("agenda-ics").getAttribute("href");
  const agenda = await ruta.request.get(href!);
  const mine = eventIn(await agenda.text(), title);
  expect(mine.endDate.toJSDate().toISOString()).toBe(vilniusToUtc(times.day, times.end));
});

test("the program reads by time, venue and sector, shows a moment of the day, and passes axe on a phone", async ({ browser }, info) => {
  const visitor = await as(browser, info, null);
  await visitor.setViewportSize({ width: 360, height: 800 });
  await open(visitor, info, "/festival");
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("100 intervencijų");
  const count = Number(await visitor.getByTestId("fest-count").innerText());
  expect(count).toBeGreaterThan(80);
  await visitor.getByRole("link", { name: "Pagal vietą" }).click();
  await expect(visitor).toHaveURL(/view=venue/);
  await expect(visitor.getByRole("heading", { name: "Santakos parkas" })).toBeVisible();
  await visitor.getByRole("link", { name: "Pagal sektorių" }).click();
  await expect(visitor.getByRole("heading", { name: "Kultūra" })).toBeVisible();
  await open(visitor, info, "/festival?at=14:00&now=1");
  await expect(visitor.locator(".fest-now h2")).toContainText("14:00");
  const on = Number(await visitor.getByTestId("fest-shown").innerText());
  expect(on).toBeGreaterThan(0);
  const scrollWidth = await visitor.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page: visitor }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await open(visitor, info, "/festival/map");
    await expect(visitor.locator(".leaflet-container")).toBeVisible();
    const map = await new AxeBuilder({ page: visitor }).analyze();
    expect(map.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
});

test("a visitor stars from the program; the star stays after a reload and is in the agenda", async ({ browser }, info) => {
  test.skip(!isHydrated(info), "a visitor's stars are kept in the browser");
  const visitor = await as(browser, info, null);
  await open(visitor, info, "/festival");
  await expect(visitor.locator("html")).toHaveAttribute("data-hydrated", "true");
  const row = visitor.getByTestId("fest-item").nth(2);
  const title = (await row.locator(".fest-title").innerText()).trim();
  await row.getByRole("button", { name: `Įtraukti į mano darbotvarkę – ${title}` }).click();
  const starred = row.getByRole("button", { name: `Išimti iš mano darbotvarkės – ${title}` });
  await expect(starred).toHaveAttribute("aria-pressed", "true");
  await expect(starred).toHaveText("★");
  await visitor.reload();
  await expect(visitor.locator("html")).toHaveAttribute("data-hydrated", "true");
  await expect(visitor.getByTestId("fest-item").nth(2).getByRole("button", { name: `Išimti iš mano darbotvarkės – ${title}` })).toHaveAttribute("aria-pressed", "true");
  await open(visitor, info, "/festival/agenda");
  await expect(visitor.locator(".fest-list").getByRole("link", { name: title })).toBeVisible();
  // Unstarred in the agenda, it is gone from the program's star too.
  await visitor.locator(".fest-list").getByRole("button", { name: `Išimti iš mano darbotvarkės – ${title}` }).click();
  await expect(visitor.locator(".fest-list").getByRole("link", { name: title })).toHaveCount(0);
  await open(visitor, info, "/festival");
  await expect(visitor.locator("html")).toHaveAttribute("data-hydrated", "true");
  await expect(visitor.getByTestId("fest-item").nth(2).getByRole("button", { name: `Įtraukti į mano darbotvarkę – ${title}` })).toHaveAttribute("aria-pressed", "false");
});

for (const path of [
  "/festival/manage",
  "/festival/manage?view=grid&item=1",
  "/festival/manage?preview=1",
  "/festival/manage?confirm=publish",
  "/festival/manage?view=venues",
]) {
  test(`the steering desk ${path} passes axe on a laptop`, async ({ browser }, info) => {
    test.skip(!isHydrated(info), "axe needs JavaScript in the page");
    const egle = await as(browser, info, "egle");
    await egle.setViewportSize({ width: 1280, height: 800 });
    await open(egle, info, path);
    await expect(egle.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page: egle }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}
