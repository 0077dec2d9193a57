import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { api, as, closeAsPages, isHydrated, open } from "./helpers";

// Open Space and Pro Action Café, with and without JavaScript. A host plans both; Rūta brings
// her idea as a case; in the Open Space she posts a session, two people say "I'll go", the host
// places it in a space too small and the console's suggestion moves it to the hall; in the Pro
// Action Café Rūta hosts her case's table and records next steps, which land on her idea.
test.afterEach(async () => {
  await closeAsPages();
});

test("Open Space grid and Pro Action Café cases: post, go, place, move to a bigger space, next steps on the idea", async ({ browser }, info) => {
  test.setTimeout(180_000);
  const tag = info.project.name;
  const egle = await as(browser, info, "egle");
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toLocaleDateString("sv-SE", { timeZone: "Europe/Vilnius" });
  const created = await api(egle, "create_forum", [
    ["title", `Šančių jaunimo forumas (${tag})`],
    ["calling", "Ką Šančių jaunimas nori sukurti prie Nemuno per ateinančius metus?"],
    ["lang", "lt"],
    ["day", tomorrow],
    ["starts", "09:00"],
    ["ends", "18:00"],
    ["place", "online"],
    ["online_url", "https://meet.jit.si/granu-forumas"],
    ["capacity", "30"],
  ]);
  const id = created.match(/\/forums\/(\d+)/)![1];

  // The host plans an Open Space through the form: one 45-minute slot, a hall and a corner.
  await open(egle, info, `/forums/${id}`);
  const flow = egle.locator("#flow");
  await flow.getByLabel(/^Formatas/).selectOption("open_space");
  await flow.getByLabel(/^Pradžia/).fill("09:10");
  await flow.getByLabel(/^Pabaiga/).fill("09:55");
  await flow.getByLabel(/^Klausimai/).fill("Ką kuriame prie Nemuno?");
  await flow.getByLabel(/^Minučių ratui/).fill("45");
  await flow.getByLabel(/^Open Space erdvės/).fill("Didžioji salė, 30\nKampelis, 1");
  await flow.getByRole("button", { name: "Pridėti dalį" }).click();
  await expect(egle.getByText("Dalis pridėta prie eigos.")).toBeVisible();
  await expect(egle.getByTestId("fo-flow")).toContainText("Didžioji salė (30)");
  await api(egle, "add_segment", [
    ["id", id], ["kind", "pro_action"], ["starts", "10:00"], ["ends", "11:30"],
    ["questions", "Koks tavo siekis?\nKo trūksta?\nKoks kitas žingsnis?"], ["round_min", "25"], ["tables", "3"],
  ]);

  const ruta = await as(browser, info, "ruta");
  const aiste = await as(browser, info, "aiste");
  const mindaugas = await as(browser, info, "mindaugas");
  for (const [page, sector] of [[ruta, "youth"], [aiste, "education"], [mindaugas, "business"]] as const) {
    await api(page, "register_forum", [["id", id], ["sectors[]", sector]]);
  }

  // Rūta brings one of her ideas as a case, on a phone.
  await ruta.setViewportSize({ width: 360, height: 740 });
  await open(ruta, info, `/forums/${id}`);
  const cases = ruta.getByTestId("fo-cases");
  await cases.getByLabel(/^Idėja/).selectOption({ index: 1 });
  const quest = `Kaip rasti salę ir savanorių rudeniui? (${tag})`;
  await cases.getByLabel(/^Jūsų klausimas/).fill(quest);
  await cases.getByRole("button", { name: "Atsinešti atvejį" }).click();
  await expect(ruta.getByTestId("fo-case-brought")).toBeVisible();
  await expect(ruta.getByTestId("fo-cases")).toContainText(quest);
  expect(await ruta.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Everyone is checked in; the host begins: the Open Space is on.
  await open(egle, info, `/forums/${id}/console`);
  const seats = await egle.locator("#seats li[id^=seat-]").evaluateAll((items) => items.map((li) => li.id.replace("seat-", "")));
  expect(seats.length).toBe(3);
  for (const user of seats) await api(egle, "check_in_forum", [["id", id], ["user_id", user], ["here", "yes"]]);
  await open(egle, info, `/forums/${id}/console`);
  await egle.getByRole("button", { name: "Pradėti forumą" }).click();
  await expect(egle.getByTestId("fo-now")).toContainText("Atvira erdvė");

  // Rūta posts a session from the marketplace form on her phone.
  await open(ruta, info, `/forums/${id}/live`);
  await expect(ruta.getByTestId("fo-open-space")).toContainText("Didžioji salė");
  const title = `Lieptas ir valtys Šančiuose (${tag})`;
  await ruta.getByLabel(/^Sesijos pavadinimas/).fill(title);
  await ruta.getByRole("button", { name: "Pasiūlyti sesiją" }).click();
  await expect(ruta.getByTestId("fo-open-space")).toContainText(title);

  // Two people say "I'll go".
  for (const page of [aiste, mindaugas]) {
    await open(page, info, `/forums/${id}/live`);
    const card = page.locator(".os-session", { hasText: title });
    await card.getByRole("button", { name: "Eisiu" }).click();
    await expect(page.locator(".os-session", { hasText: title }).getByRole("button", { name: "Neisiu" })).toBeVisible();
  }

  // The host places it in the corner (one seat): too small, and the console says where to go.
  await open(egle, info, `/forums/${id}/live`);
  const card = egle.locator(".os-session", { hasText: title });
  await card.getByLabel("Vieta tinklelyje").selectOption({ label: "Kampelis · 1" });
  await card.getByRole("button", { name: "Perkelti", exact: true }).click();
  await expect(egle.locator(".os-cell", { hasText: "Kampelis" })).toContainText(title);
  await expect(egle.locator(".os-session", { hasText: title })).toContainText("verta ieškoti didesnės erdvės");
  await open(egle, info, `/forums/${id}/console`);
  const moves = egle.getByTestId("fo-moves");
  await expect(moves).toContainText(title);
  await expect(moves).toContainText("Didžioji salė (30)");
  await moves.getByRole("button", { name: "Perkelti ten" }).click();
  await open(egle, info, `/forums/${id}/console`);
  await expect(egle.getByTestId("fo-moves")).toHaveCount(0);
  // The room screen (no sign-in) shows the grid too.
  const room = await as(browser, info, null);
  await open(room, info, `/forums/${id}/screen`);
  await expect(room.locator(".os-cell", { hasText: "Didžioji salė" })).toContainText(title);

  // Rūta's phone shows the grid; it passes axe and fits 360 px.
  await open(ruta, info, `/forums/${id}/live`);
  await expect(ruta.locator(".os-cell", { hasText: "Didžioji salė" })).toContainText(title);
  expect(await ruta.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page: ruta }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }

  // The Pro Action Café: Rūta hosts table 1, her case.
  await open(egle, info, `/forums/${id}/console`);
  await egle.getByLabel("Baigti šį ratą anksčiau").check();
  await egle.locator(".console-next").getByRole("button").click();
  await expect(egle.getByTestId("fo-now")).toContainText("Veiksmo kavinė");
  await open(ruta, info, `/forums/${id}/live`);
  await expect(ruta.getByTestId("fo-my-table")).toContainText("1");
  await expect(ruta.getByTestId("fo-now")).toContainText("Atvejis");

  // She records the next steps: a comment on her idea.
  await open(ruta, info, `/forums/${id}`);
  const mine = ruta.locator(".case", { hasText: quest });
  await mine.getByLabel(/^Tolesni žingsniai/).fill(`Paskambinti Šančių bendruomenei (${tag})\nSurinkti penkis savanorius`);
  await mine.getByRole("button", { name: "Įrašyti tolesnius žingsnius" }).click();
  await expect(ruta.getByTestId("fo-steps-recorded")).toBeVisible();
  await expect(ruta.getByTestId("fo-next-steps")).toContainText("Surinkti penkis savanorius");
  await ruta.locator(".case", { hasText: quest }).getByRole("link").first().click();
  await expect(ruta.locator("body")).toContainText(`Paskambinti Šančių bendruomenei (${tag})`);
});
