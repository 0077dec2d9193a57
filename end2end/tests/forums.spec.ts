import { test, expect, Page, TestInfo, Browser } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { api, as, closeAsPages, isHydrated, linkFromEmail, open, pageErrors } from "./helpers";

// Art of Hosting forums. Hydrated: a host runs a World Café for twelve people, each on their
// own phone (a browser context); everyone's table follows the host's rounds live, and a
// harvest note becomes an idea born in the forum. Without JavaScript: registering, reading a
// published harvest, writing a reflection. axe and 360 px on the forum page, the participant
// page and the room screen.
test.afterEach(async () => {
  await closeAsPages();
});

/** A new confirmed account in its own browser context (the emailed link signs it in). */
async function newPerson(browser: Browser, info: TestInfo, name: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: info.project.use.baseURL, locale: "lt-LT" });
  const page = await context.newPage();
  page.on("pageerror", (err) => pageErrors.push(`${name}: pageerror: ${err.message}`));
  const email = `${name.toLowerCase().replace(/\s+/g, "-")}-${Date.now()}@kaunas.test`;
  const registered = await page.request.post("/api/register", {
    form: { email, display_name: name, password: "Nemunas ir Neris 2027" },
    headers: { accept: "application/json" },
  });
  expect(registered.status(), await registered.text()).toBe(200);
  const link = await linkFromEmail(email, "verify_email", "/confirm");
  const token = new URL(link).searchParams.get("token")!;
  const confirmed = await page.request.post("/api/confirm_email", {
    form: { token },
    headers: { accept: "application/json" },
  });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  return page;
}

const SECTORS = ["youth", "culture", "education", "business"];

test("a host runs a World Café for twelve phones; tables follow the rounds live; a note becomes an idea", async ({ browser }, info) => {
  test.skip(!isHydrated(info), "live updates need JavaScript");
  test.setTimeout(240_000);
  const egle = await as(browser, info, "egle");
  await open(egle, info, "/forums/new");
  await egle.getByLabel("Pavadinimas").fill("Žaliakalnio kiemų forumas");
  await egle.getByLabel("Kviečiantis klausimas").fill("Kaip Žaliakalnio kiemai gali tapti susitikimų vietomis visus metus?");
  // Tomorrow, so registration (open until it starts) is open; the host may start it early.
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toLocaleDateString("sv-SE", { timeZone: "Europe/Vilnius" });
  await egle.getByLabel(/^Data/).fill(tomorrow);
  await egle.getByLabel(/^Pradžia/).fill("09:00");
  await egle.getByLabel(/^Pabaiga/).fill("18:00");
  await egle.getByLabel(/^Kur/).selectOption("online");
  await egle.getByLabel(/^Nuoroda prisijungti/).fill("https://meet.jit.si/zaliakalnio-forumas");
  await egle.getByLabel(/^Vietų/).fill("30");
  await egle.getByRole("button", { name: "Sukurti forumą" }).click();
  await expect(egle.getByText("Forumas sukurtas.")).toBeVisible();
  const forumUrl = egle.url().replace(/[?#].*$/, "");
  const id = forumUrl.split("/").pop()!;

  // The flow: one World Café, three rounds of twenty minutes at three tables.
  const flow = egle.locator("#flow");
  await flow.getByLabel(/^Formatas/).selectOption("cafe");
  await flow.getByLabel(/^Pradžia/).fill("09:10");
  await flow.getByLabel(/^Pabaiga/).fill("17:50");
  await flow.getByLabel(/^Klausimai/).fill("Kas kieme jau vyksta?\nKo trūksta?\nKą darysime kartu?");
  await flow.getByLabel(/^Minučių ratui/).fill("20");
  await flow.getByLabel(/^Staliukai/).fill("3");
  await flow.getByRole("button", { name: "Pridėti dalį" }).click();
  await expect(egle.getByText("Dalis pridėta prie eigos.")).toBeVisible();
  await expect(egle.getByTestId("fo-flow")).toContainText("Pasaulio kavinė");

  // Twelve people register (three demo accounts and nine new ones), each with a sector.
  const people: { page: Page; name: string }[] = [];
  for (const who of ["ruta", "mindaugas", "aiste"]) {
    const page = await as(browser, info, who);
    people.push({ page, name: "" });
  }
  // Without a birth year the room screen shows first names only: each new person has their own.
  const firstNames = ["Austėja", "Benediktas", "Dovilė", "Gediminas", "Ingrida", "Jokūbas", "Karolina", "Laurynas", "Miglė"];
  for (const first of firstNames) {
    people.push({ page: await newPerson(browser, info, `${first} Kiemaitis`), name: first });
  }
  for (const [i, p] of people.entries()) {
    await api(p.page, "register_forum", [["id", id], ["sectors[]", SECTORS[i % 4]]]);
  }

  // The host checks them in from the console on a phone: the first by the button, the rest
  // through the same server function.
  await egle.setViewportSize({ width: 360, height: 740 });
  await open(egle, info, `/forums/${id}/console`);
  await egle.getByRole("button", { name: /^Pažymėti atvykusį: Rūta/ }).click();
  await expect(egle.getByRole("button", { name: /^Atšaukti atvykimą: Rūta/ })).toBeVisible();
  const seats = await egle.locator("#seats li[id^=seat-]").evaluateAll((items) => items.map((li) => li.id.replace("seat-", "")));
  for (const user of seats) {
    await api(egle, "check_in_forum", [["id", id], ["user_id", user], ["here", "yes"]]);
  }

  // Everyone opens the live view on their phone before the café starts.
  for (const p of people) {
    await p.page.setViewportSize({ width: 360, height: 740 });
    await open(p.page, info, `/forums/${id}/live`);
    await expect(p.page.locator(".live-status")).toHaveAttribute("data-live", "on");
    await expect(p.page.getByTestId("fo-now")).toContainText("Forumas dabar nevyksta");
  }
  const extra = Number(process.env.SANTAKA_FORUM_SCREENS ?? 0);
  const screens: Page[] = [];
  for (let i = 0; i < extra; i++) {
    const screen = await as(browser, info, null);
    await open(screen, info, `/forums/${id}/screen`);
    await expect(screen.locator(".live-status")).toHaveAttribute("data-live", "on");
    screens.push(screen);
  }

  await open(egle, info, `/forums/${id}/console`);
  await egle.getByRole("button", { name: "Pradėti forumą" }).click();
  for (const p of people) {
    await expect(p.page.getByTestId("fo-now")).toContainText("Ratas 1 / 3");
    await expect(p.page.getByTestId("fo-my-table")).toContainText(/Jūsų staliukas: \d/);
  }
  const firstTables = await Promise.all(people.map((p) => p.page.getByTestId("fo-my-table").innerText()));

  // Round 2, ended early by the host: every phone changes without a reload.
  await expect(egle.getByTestId("fo-now")).toContainText("Ratas 1 / 3");
  await egle.getByLabel("Baigti šį ratą anksčiau").check();
  const clicked = Date.now();
  await egle.getByRole("button", { name: "Pradėti ratą 2" }).click();
  const seen = await Promise.all(
    [...people.map((p) => p.page), ...screens].map(async (page) => {
      await expect(page.getByTestId("fo-now")).toContainText("Ratas 2 / 3", { timeout: 20_000 });
      return Date.now() - clicked;
    }),
  );
  const slowest = Math.max(...seen);
  console.log(`live update: ${seen.length} browsers saw round 2 within ${slowest} ms of the host's click (median ${seen.sort((a, b) => a - b)[Math.floor(seen.length / 2)]} ms)`);
  info.annotations.push({ type: "live-update", description: `${seen.length} browsers, slowest ${slowest} ms` });
  const secondTables = await Promise.all(people.map((p) => p.page.getByTestId("fo-my-table").innerText()));
  expect(secondTables.every((t) => /Jūsų staliukas: \d/.test(t))).toBe(true);
  expect(secondTables).not.toEqual(firstTables);

  // The room screen (no sign-in) lists each new participant at the table their phone shows.
  const room = await as(browser, info, null);
  await open(room, info, `/forums/${id}/screen`);
  await expect(room.getByTestId("fo-now")).toContainText("Ratas 2 / 3");
  for (const [i, p] of people.entries()) {
    if (!p.name) continue;
    const table = secondTables[i].match(/Jūsų staliukas: (\d+)/)![1];
    await expect(room.locator(".room-table", { hasText: `Staliukas ${table}` })).toContainText(p.name);
  }
  const axeRoom = await new AxeBuilder({ page: room }).analyze();
  expect(axeRoom.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  // A note from one table reaches the others live; it becomes an idea born in the forum.
  const writer = people[3].page;
  const note = `Kiemo suolai ir bendras kalendorius (${info.project.name})`;
  await writer.getByLabel(/^Derliaus užrašas/).fill(note);
  await writer.getByRole("button", { name: "Pridėti užrašą" }).click();
  await expect(people[7].page.getByTestId("fo-notes")).toContainText(note);
  const axe = await new AxeBuilder({ page: writer }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  expect(await writer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await writer.getByTestId("fo-notes").locator("li", { hasText: note }).getByRole("link", { name: "Paversti idėja" }).click();
  await expect(writer.getByTestId("born-in-forum")).toBeVisible();
  await expect(writer.getByLabel(/^Santrauka/)).toHaveValue(note);
  await writer.getByLabel(/^Pavadinimas/).fill("Žaliakalnio kiemų suolai ir kalendorius");
  await writer.getByLabel("Socialinis sektorius").check();
  await writer.getByRole("button", { name: "Pasidalyti idėja" }).click();
  await expect(writer.getByTestId("idea-born-in-forum")).toContainText("Žaliakalnio kiemų forumas");
  await open(egle, info, `/forums/${id}`);
  await expect(egle.getByTestId("fo-born")).toContainText("Žaliakalnio kiemų suolai ir kalendorius");

  // The host publishes that table's part of the harvest alone: a visitor reads the note.
  const table = secondTables[3].match(/Jūsų staliukas: (\d+)/)![1];
  const part = egle.getByTestId("fo-parts").locator("li", { hasText: `Staliukas ${table}` });
  await expect(part).toContainText("nepaskelbta");
  await part.getByRole("button", { name: "Paskelbti šią dalį" }).click();
  await expect(egle.getByTestId("fo-part-notice")).toBeVisible();
  await expect(egle.getByTestId("fo-harvest-state")).toContainText("Dalis derliaus paskelbta");
  await open(room, info, `/forums/${id}`);
  await expect(room.getByTestId("fo-notes")).toContainText(note);
  for (const p of people.slice(3)) await p.page.context().close();
});

test("without JavaScript: register with sectors, read a published harvest, reflect; pages pass axe at 360 px", async ({ browser }, info) => {
  const who = isHydrated(info) ? "aiste" : "egle";
  const person = await as(browser, info, who);
  await person.setViewportSize({ width: 360, height: 740 });
  await open(person, info, "/forums");
  await person.getByRole("link", { name: "Jaunimo Kaunas 2027: ką kuriame kartu?" }).click();
  await expect(person.getByRole("heading", { level: 1 })).toHaveText("Jaunimo Kaunas 2027: ką kuriame kartu?");
  await expect(person.getByTestId("fo-flow")).toContainText("Atvira erdvė");
  await expect(person.getByTestId("fo-flow")).toContainText("Veiksmo kavinė");
  const register = person.locator("#register");
  await register.getByLabel("Man reikia likti prie vieno staliuko").check();
  await register.getByRole("button", { name: "Registruotis" }).click();
  await expect(person.locator("#register").getByText("Pasirinkite bent vieną sektorių")).toBeVisible();
  await expect(person.locator("#register").getByLabel("Man reikia likti prie vieno staliuko")).toBeChecked();
  await person.locator("#register").getByLabel("Švietimas").check();
  await person.locator("#register").getByRole("button", { name: "Registruotis" }).click();
  await expect(person.getByTestId("fo-mine")).toContainText("Jūs užsiregistravę");
  expect(await person.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page: person }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }

  // The past café's harvest is public, and the ideas born there with it.
  const visitor = await as(browser, info, null);
  await visitor.setViewportSize({ width: 360, height: 740 });
  await open(visitor, info, "/forums");
  await visitor.getByRole("link", { name: "Kaunas po 2022-ųjų: kas turi likti?" }).click();
  await expect(visitor.locator("#harvest")).toContainText("Kiemų šventės Eiguliuose");
  await expect(visitor.getByTestId("fo-born")).toContainText("Kaimynų pietūs Eigulių kiemuose");
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Rūta took part: she writes her reflection, which only she reads.
  const ruta = await as(browser, info, "ruta");
  await ruta.setViewportSize({ width: 360, height: 740 });
  await open(ruta, info, visitor.url().replace(/^https?:\/\/[^/]+/, ""));
  const reflection = ruta.locator("#reflection");
  await expect(reflection).toContainText("Ką darysi kitaip nuo rytojaus?");
  await reflection.getByLabel(/^Jūsų atsakymas/).fill(`Kviesiu kaimynus į kiemo kiną kas mėnesį (${info.project.name}).`);
  await reflection.getByRole("button", { name: "Išsaugoti refleksiją" }).click();
  await expect(ruta.getByTestId("fo-reflected")).toBeVisible();
  await expect(ruta.locator("#reflection").getByLabel(/^Jūsų atsakymas/)).toHaveValue(/kas mėnesį/);
  await open(visitor, info, visitor.url().replace(/^https?:\/\/[^/]+/, ""));
  await expect(visitor.locator("body")).not.toContainText("kas mėnesį");

  // The participant page and the room screen of a forum that is not running.
  await open(ruta, info, `${visitor.url().replace(/^https?:\/\/[^/]+/, "").replace(/[?#].*$/, "")}/live`);
  await expect(ruta.getByTestId("fo-now")).toContainText("Forumas dabar nevyksta");
  await expect(ruta.getByRole("link", { name: "Įkelti iš naujo" })).toBeVisible();
  expect(await ruta.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page: ruta }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});
