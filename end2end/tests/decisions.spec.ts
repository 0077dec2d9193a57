import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { as, closeAsPages, isHydrated, linkFromEmail, logIn, open, uniqueEmail } from "./helpers";

test.afterEach(closeAsPages);

async function axe(page: import("@playwright/test").Page, info: import("@playwright/test").TestInfo) {
  if (!isHydrated(info)) return;
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

// Eglė sees on her start page that a decision waits on her, proposes one about an
// organisation (a wrong link is refused with the reason and nothing is lost), answers it with
// a reason (without a choice and a reason she is told what is missing), and finds every step
// in the audit log, filtered to decisions. axe and 360 px.
test("a steering member proposes and answers a decision, and the audit log shows it", async ({ browser }, info) => {
  const page = await as(browser, info, "egle");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/me");
  const waiting = page.getByRole("link", { name: /Sprendimai laukia jūsų atsakymo/ });
  await expect(waiting).toBeVisible();
  await waiting.click();
  await expect(page).toHaveURL(/\/steering\/decisions$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sprendimų žurnalas" })).toBeVisible();
  await expect(page.getByTestId("decisions-open")).toContainText("verslo praktikos centrą");
  await expect(page.getByTestId("decisions-recorded")).toContainText("Nepritarta");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await axe(page, info);

  await page.goto("/partners");
  const org = page.getByRole("link", { name: "Žaliakalnio kūrybinės dirbtuvės" }).first();
  const orgPath = (await org.getAttribute("href"))!;
  expect(orgPath).toMatch(/^\/partners\/\d+$/);

  const text = `Skirti dirbtuvėms 200 eurų medžiagoms (${info.project.name}).`;
  await page.goto("/steering/decisions");
  await page.getByLabel("Sprendimas", { exact: true }).fill(text);
  await page.getByLabel(/^Apie ką/).fill("/teams/1");
  await page.getByLabel(/^Atsakyti iki/).fill(new Date(Date.now() + 7 * 864e5).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Pasiūlyti" }).click();
  await expect(page.getByText("Nuoroda turi vesti į esamą idėją")).toBeVisible();
  await expect(page.getByLabel("Sprendimas", { exact: true })).toHaveValue(text);
  await page.getByLabel(/^Apie ką/).fill(orgPath);
  await page.getByRole("button", { name: "Pasiūlyti" }).click();
  await expect(page).toHaveURL(/\/steering\/decisions\/\d+\?proposed=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Sprendimas pasiūlytas" })).toBeVisible();
  await expect(page.getByTestId("decision")).toContainText(text);
  await expect(page.getByTestId("decision")).toContainText("Žaliakalnio kūrybinės dirbtuvės");
  await expect(page.getByTestId("decision-state")).toContainText("Atsakė 0 iš 3");

  // Answering needs a choice and a reason.
  await page.getByRole("button", { name: "Atsakyti" }).click();
  await expect(page.getByText("Pasirinkite vieną iš siūlomų variantų.")).toBeVisible();
  await expect(page.getByText("Parašykite savo atsakymo priežastį.")).toBeVisible();
  await page.getByLabel("Pritariu", { exact: true }).check();
  await page.getByLabel("Priežastis").fill("Medžiagos liks dirbtuvėms ir kitiems metams.");
  await page.getByRole("button", { name: "Atsakyti" }).click();
  await expect(page).toHaveURL(/\?answered=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Jūsų atsakymas įrašytas" })).toBeVisible();
  await expect(page.getByTestId("decision-answers")).toContainText("Medžiagos liks dirbtuvėms ir kitiems metams.");
  await expect(page.getByTestId("decision-tally")).toContainText("Pritarė 1, nepritarė 0, susilaikė 0");
  // Once answered there is no form to answer again.
  await expect(page.getByRole("button", { name: "Atsakyti" })).toHaveCount(0);
  await axe(page, info);

  // The audit log, filtered to decisions: her answer is the newest entry.
  await page.goto("/steering/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Veiksmų žurnalas" })).toBeVisible();
  await page.getByLabel("Sritis").selectOption("decisions");
  await page.getByRole("button", { name: "Rodyti" }).click();
  await expect(page).toHaveURL(/area=decisions/);
  const first = page.getByTestId("audit-rows").getByRole("row").nth(1);
  await expect(first).toContainText("Atsakyta į sprendimą");
  await expect(first).toContainText("Eglė Steponavičienė");
  await expect(page.getByTestId("audit-rows")).not.toContainText("Idėja paslėpta");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await axe(page, info);
});

// A visitor sees the steering group's recorded decision on the organisation it was about;
// nobody but the steering group opens the logs.
test("a recorded decision shows on its organisation, and the logs are the steering group's only", async ({ browser }, info) => {
  const visitor = await as(browser, info, null);
  await visitor.goto("/partners");
  await visitor.getByRole("link", { name: "Žaliakalnio kūrybinės dirbtuvės" }).first().click();
  const notes = visitor.getByTestId("decision-notes");
  await expect(notes.getByRole("heading", { name: "Koordinacinės grupės sprendimai" })).toBeVisible();
  await expect(notes).toContainText("Pritarta");
  await expect(notes).toContainText("Pritarė 2, nepritarė 0, susilaikė 1");
  await axe(visitor, info);
  const ruta = await as(browser, info, "ruta");
  for (const path of ["/steering/decisions", "/steering/audit"]) {
    expect((await ruta.request.get(path)).status()).toBe(403);
    expect((await visitor.request.get(path)).status()).toBe(401);
  }
});

// Eglė invites an organisation's contact from its page (a malformed address is refused on the
// field); the contact sets a password through the e-mailed link, signs in, and is then listed
// as the organisation's person.
test("the steering group invites an organisation's contact, who joins attached to it", async ({ browser }, info) => {
  const page = await as(browser, info, "egle");
  await page.goto("/partners");
  await page.getByRole("link", { name: "Spaustuvė „Vario raidė“" }).first().click();
  await expect(page).toHaveURL(/\/partners\/\d+$/);
  const orgUrl = page.url();
  const invite = page.getByRole("region", { name: "Pakviesti organizacijos atstovą" });
  // One contact per project (both run against the same server).
  const name = isHydrated(info) ? "Laura Petraitienė" : "Laura Vaitkutė";
  await invite.getByLabel(/^Vardas ir pavardė/).fill(name);
  await invite.getByLabel(/^El\. paštas/).fill("laura@");
  await invite.getByRole("button", { name: "Siųsti kvietimą" }).click();
  await expect(invite.getByText("Įrašykite el. pašto adresą, pvz., vardas@pastas.lt.")).toBeVisible();
  await expect(invite.getByLabel(/^Vardas ir pavardė/)).toHaveValue(name);
  const email = uniqueEmail("laura", info);
  await invite.getByLabel(/^El\. paštas/).fill(email);
  await invite.getByRole("button", { name: "Siųsti kvietimą" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kvietimas išsiųstas" })).toBeVisible();
  await axe(page, info);

  const contact = await as(browser, info, null);
  const link = await linkFromEmail(email, "partner_invitation", "/reset");
  await open(contact, info, link);
  await contact.getByLabel(/^Naujas slaptažodis/).fill("Kaunas-partneris-2026");
  await contact.getByRole("button", { name: "Nustatyti slaptažodį" }).click();
  await expect(contact).toHaveURL(/\/login\?reset=1$/);
  await logIn(contact, info, email, "Kaunas-partneris-2026");
  await contact.goto(orgUrl);
  await expect(contact.getByRole("link", { name })).toBeVisible();
  // The invitation form is the steering group's only.
  await expect(contact.getByRole("region", { name: "Pakviesti organizacijos atstovą" })).toHaveCount(0);
});
