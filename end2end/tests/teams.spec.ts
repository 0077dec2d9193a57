import { test, expect, Page, TestInfo } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { as, closeAsPages, dbDir, isHydrated, open, serverBin } from "./helpers";

test.afterEach(async () => {
  await closeAsPages();
});

/** Eglė (steering) shares an idea and forms its team; returns the team's path. */
async function formTeam(page: Page, info: TestInfo, name: string): Promise<string> {
  await open(page, info, "/ideas/new");
  await page.getByLabel(/^Pavadinimas/).fill(`${name}: idėja Petrašiūnų kiemams`);
  await page.getByLabel("Santrauka").fill("Suburiame kaimynus ir jaunimą atnaujinti kiemo erdvę prie Petrašiūnų bibliotekos.");
  await page.getByLabel("Socialinis").check();
  await page.getByRole("button", { name: "Pasidalyti idėja" }).click();
  await expect(page).toHaveURL(/\/ideas\/\d+\?shared=1$/);
  await page.getByRole("link", { name: "Suburti komandą" }).click();
  await expect(page).toHaveURL(/\/teams\/new\?idea=\d+$/);
  if (isHydrated(info)) await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  await page.getByLabel(/^Komandos pavadinimas/).fill(name);
  await page.getByRole("button", { name: "Suburti komandą" }).click();
  await expect(page).toHaveURL(/\/teams\/\d+\?formed=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return new URL(page.url()).pathname;
}

test("a person asks to join, the lead accepts, both are notified; a new role reaches the person who fits and they answer it", async ({ browser }, info) => {
  const name = isHydrated(info) ? "Kiemo sodininkai" : "Kiemo dailidės";
  const egle = await as(browser, info, "egle");
  const team = await formTeam(egle, info, name);

  // Mindaugas asks to join.
  const mindaugas = await as(browser, info, "mindaugas");
  await open(mindaugas, info, team);
  const join = mindaugas.locator(".join-box");
  await join.getByLabel("Žinutė komandos vadovams").fill("Galiu atvežti medienos ir padėti sukalti lysves.");
  await join.getByRole("button", { name: "Prašyti prisijungti" }).click();
  await expect(mindaugas.getByTestId("request-waiting")).toBeVisible();

  // Eglė sees it in her notifications and accepts on the team page.
  await open(egle, info, "/notifications");
  await expect(egle.locator('.notification[data-kind="join_request"]', { hasText: name })).toBeVisible();
  await open(egle, info, team);
  const request = egle.getByTestId("request").filter({ hasText: "Mindaugas Kazlauskas" });
  await request.getByRole("button", { name: "Priimti" }).click();
  await expect(egle.locator(".member-list")).toContainText("Mindaugas Kazlauskas");

  // Mindaugas is told, with a count in the header.
  await open(mindaugas, info, team);
  await expect(mindaugas.getByTestId("unread-count")).toBeVisible();
  await open(mindaugas, info, "/notifications");
  const answer = mindaugas.locator('.notification[data-kind="join_answer"]', { hasText: name });
  await expect(answer).toContainText("priimta");

  // Eglė opens a role that fits Rūta (open to join; photography and design, youth).
  await open(egle, info, team);
  await egle.locator(".role-form summary").click();
  await egle.getByLabel(/^Vaidmuo/).fill("Kiemo istorijos fotografas(-ė)");
  await egle.getByLabel("Įgūdžiai").fill("Fotografija, Grafinis dizainas");
  await egle.locator("#f-role-sector").selectOption("youth");
  await egle.locator(".role-form button[type=submit]").click();
  const role = egle.getByTestId("open-role").filter({ hasText: "Kiemo istorijos fotografas(-ė)" });
  await expect(role.getByTestId("suggestions")).toContainText("Rūta Petraitytė");
  await expect(role.getByTestId("suggestions")).toContainText("turi įgūdį: Fotografija");

  // Rūta finds it among her notifications and answers the role.
  const ruta = await as(browser, info, "ruta");
  await open(ruta, info, "/notifications");
  const match = ruta.locator('.notification[data-kind="role_match"]', { hasText: name });
  await expect(match).toContainText("Kiemo istorijos fotografas(-ė)");
  await match.getByRole("link", { name }).click();
  await expect(ruta).toHaveURL(new RegExp(`${team}#role-\\d+$`));
  if (isHydrated(info)) await expect(ruta.locator("html")).toHaveAttribute("data-hydrated", "true");
  const open_role = ruta.getByTestId("open-role").filter({ hasText: "Kiemo istorijos fotografas(-ė)" });
  await open_role.locator("summary").click();
  await open_role.getByLabel("Žinutė komandos vadovams").fill("Fotografuoju Petrašiūnus jau trejus metus, mielai prisidėsiu.");
  await open_role.getByRole("button", { name: "Atsiliepti į šį vaidmenį" }).click();
  await expect(ruta.getByTestId("request-waiting")).toBeVisible();

  // The lead sees the answer, with the role it answers.
  await open(egle, info, `${team}?from=notification#requests`);
  await expect(egle.getByTestId("request").filter({ hasText: "Rūta Petraitytė" })).toContainText("Kiemo istorijos fotografas(-ė)");
  // The role lists who asked for it, and the matcher says why it suggests someone (no score).
  const asked = egle.getByTestId("open-role").filter({ hasText: "Kiemo istorijos fotografas(-ė)" });
  await expect(asked.getByTestId("applicants")).toContainText("Rūta Petraitytė");
  await expect(asked.locator(".score")).toHaveCount(0);
  // Accepting says what happened: she is in, and the role she asked for is filled.
  await egle.getByTestId("request").filter({ hasText: "Rūta Petraitytė" }).getByTestId("accept").click();
  await expect(egle.getByTestId("team-notice")).toContainText("Prašymas priimtas");
  await expect(egle.getByTestId("team-notice")).toContainText("užpildytas ir uždarytas");
  await expect(egle.getByTestId("open-role").filter({ hasText: "Kiemo istorijos fotografas(-ė)" })).toHaveCount(0);

  // From a mentor's public page, the lead invites her to guide the team.
  await open(egle, info, "/people");
  await egle.getByRole("link", { name: "Aistė Vaitkienė" }).first().click();
  await expect(egle.getByRole("heading", { level: 1 })).toContainText("Aistė Vaitkienė");
  if (isHydrated(info)) await expect(egle.locator("html")).toHaveAttribute("data-hydrated", "true");
  await egle.getByLabel("Komanda", { exact: true }).selectOption({ label: name });
  await egle.getByLabel("Kaip komandos mentorių").check();
  await egle.locator(".invite-person").getByRole("button", { name: "Pakviesti" }).click();
  await expect(egle.getByText("Kvietimas išsiųstas.")).toBeVisible();
  await open(egle, info, `${team}?from=invite#requests`);
  await expect(egle.getByTestId("request").filter({ hasText: "Aistė Vaitkienė" })).toContainText("pakviesta, laukiama atsakymo");
});

test("without JavaScript the workspace is plain forms: post, add a task, tick it", async ({ browser }, info) => {
  test.skip(isHydrated(info), "the hydrated project checks the live workspace below");
  const egle = await as(browser, info, "egle");
  const team = await formTeam(egle, info, "Komanda be JavaScript");
  await open(egle, info, `${team}/workspace`);
  await expect(egle.getByText("Žinučių dar nėra – parašykite pirmą.")).toBeVisible();
  await egle.getByLabel("Žinutė komandai").fill("Pirmas susitikimas – pirmadienį Vilijampolės bibliotekoje.");
  await egle.getByRole("button", { name: "Siųsti" }).click();
  await expect(egle).toHaveURL(new RegExp(`${team}/workspace#post-\\d+$`));
  await expect(egle.getByTestId("posts")).toContainText("Pirmas susitikimas");
  await egle.getByLabel(/^Užduotis/).fill("Paskambinti seniūnijai dėl leidimo");
  await egle.getByLabel("Terminas").fill("2026-12-15");
  await egle.getByRole("button", { name: "Pridėti užduotį" }).click();
  const task = egle.getByTestId("tasks").locator("li", { hasText: "Paskambinti seniūnijai dėl leidimo" });
  await expect(task).toContainText("iki 2026-12-15");
  await task.getByRole("button", { name: /Atlikta/ }).click();
  await expect(egle.getByTestId("tasks").locator('li[data-done="true"]', { hasText: "Paskambinti seniūnijai" })).toBeVisible();
  // A task past its due date is marked.
  await egle.getByLabel(/^Užduotis/).fill("Grąžinti bibliotekos raktą");
  await egle.getByLabel("Terminas").fill("2026-11-20");
  await egle.getByRole("button", { name: "Pridėti užduotį" }).click();
  await expect(egle.getByTestId("tasks").locator("li", { hasText: "Grąžinti bibliotekos raktą" }).getByTestId("overdue")).toHaveText("Vėluoja");
  // Sent empty, the form answers with Santaka's own message (no browser bubble stops it).
  await egle.getByRole("button", { name: "Pridėti užduotį" }).click();
  await expect(egle.locator("#f-task-title-error")).toBeVisible();
  // A title too short comes back with a message next to it, and the date typed is kept.
  await egle.getByLabel(/^Užduotis/).fill("Da");
  await egle.getByLabel("Terminas").fill("2026-12-20");
  await egle.getByRole("button", { name: "Pridėti užduotį" }).click();
  await expect(egle.locator("#f-task-title-error")).toHaveText("Per trumpa: parašykite bent tris ženklus.");
  await expect(egle.getByLabel("Terminas")).toHaveValue("2026-12-20");
});

test("two people in one workspace see each other's messages and task changes live", async ({ browser }, info) => {
  test.skip(!isHydrated(info), "live updates need JavaScript; without it the workspace is plain forms");
  const egle = await as(browser, info, "egle");
  const team = await formTeam(egle, info, "Gyvai dirbanti komanda");
  const mindaugas = await as(browser, info, "mindaugas");
  await open(mindaugas, info, team);
  await mindaugas.locator(".join-box").getByRole("button", { name: "Prašyti prisijungti" }).click();
  await expect(mindaugas.getByTestId("request-waiting")).toBeVisible();
  await open(egle, info, team);
  await egle.getByTestId("request").getByRole("button", { name: "Priimti" }).click();
  await expect(egle.locator(".member-list")).toContainText("Mindaugas Kazlauskas");

  await open(egle, info, `${team}/workspace`);
  await open(mindaugas, info, `${team}/workspace`);
  await expect(egle.locator('[data-live="on"]')).toBeVisible();
  await expect(mindaugas.locator('[data-live="on"]')).toBeVisible();

  const delays: number[] = [];
  // A message from Eglė appears for Mindaugas without a reload.
  const message = "Susitinkame šeštadienį 10 val. prie Petrašiūnų bibliotekos.";
  await egle.getByLabel("Žinutė komandai").fill(message);
  let start = Date.now();
  await egle.getByRole("button", { name: "Siųsti" }).click();
  await expect(mindaugas.getByTestId("posts")).toContainText(message, { timeout: 2000 });
  delays.push(Date.now() - start);

  // A task Mindaugas adds appears for Eglė; Eglė ticks it and Mindaugas sees it done.
  await mindaugas.getByLabel(/^Užduotis/).fill("Atvežti lentas lysvėms");
  start = Date.now();
  await mindaugas.getByRole("button", { name: "Pridėti užduotį" }).click();
  const task = egle.getByTestId("tasks").locator("li", { hasText: "Atvežti lentas lysvėms" });
  await expect(task).toBeVisible({ timeout: 2000 });
  delays.push(Date.now() - start);
  start = Date.now();
  await task.getByRole("button", { name: /Atlikta/ }).click();
  await expect(mindaugas.getByTestId("tasks").locator('li[data-done="true"]', { hasText: "Atvežti lentas lysvėms" })).toBeVisible({ timeout: 2000 });
  delays.push(Date.now() - start);
  console.log(`live update delays (ms, click to visible in the other browser): ${delays.join(", ")}`);

  // The live channel drops and cannot reconnect for a while (the server ends each stream
  // after a few seconds in this test setup; the reconnection fails): the page says so and
  // keeps working; a message sent meanwhile appears once the connection is back, no reload.
  await mindaugas.route("**/live/teams/**", (route) => route.abort("internetdisconnected"));
  await expect(mindaugas.locator('[data-live="off"]')).toBeVisible({ timeout: 10000 });
  const missed = "Kas atneš kastuvus? Aš turiu du.";
  await egle.getByLabel("Žinutė komandai").fill(missed);
  await egle.getByRole("button", { name: "Siųsti" }).click();
  await expect(egle.getByTestId("posts")).toContainText(missed);
  await expect(mindaugas.getByTestId("posts")).not.toContainText(missed);
  await mindaugas.unroute("**/live/teams/**");
  await expect(mindaugas.locator('[data-live="on"]')).toBeVisible({ timeout: 10000 });
  await expect(mindaugas.getByTestId("posts")).toContainText(missed);

  // The workspace passes axe-core.
  const results = await new AxeBuilder({ page: egle }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
});

test("the team list filters by sector and by looking for people, and works on a phone", async ({ page }, info) => {
  await open(page, info, "/teams?looking=1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Komandos");
  const cards = page.locator(".team-card");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    await expect(card.locator(".looking")).toBeVisible();
  }
  await open(page, info, "/teams?sector=business");
  await expect(cards.first()).toBeVisible();
  if (isHydrated(info)) {
    await page.setViewportSize({ width: 360, height: 740 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  }
});

/** Runs the server's digest command against the test database on the given clock. */
function digestsAt(at: Date): number {
  const out = execFileSync(serverBin, ["digest", "--at", at.toISOString()], {
    env: { ...process.env, DATABASE_URL: `sqlite://${dbDir}/santaka.db`, RUST_LOG: "warn" },
  }).toString();
  const queued = out.match(/queued (\d+) daily digests/);
  expect(queued, out).not.toBeNull();
  return Number(queued![1]);
}

test("the daily digest goes out once per person per day on the demo clock", async ({}, info) => {
  // The clock is the command's argument: each project takes its own day, 09:00 or 10:00 in
  // Vilnius, after the stories above left notifications waiting for the digest.
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + (isHydrated(info) ? 1 : 2));
  day.setUTCHours(7, 0, 0, 0);
  const early = new Date(day);
  early.setUTCHours(4, 0, 0, 0);
  expect(digestsAt(early), "nothing before 08:00 in Vilnius").toBe(0);
  expect(digestsAt(day)).toBeGreaterThan(0);
  const later = new Date(day);
  later.setUTCHours(15);
  expect(digestsAt(later), "the same day again: nothing twice").toBe(0);
});
