import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { as, closeAsPages, isHydrated, linkFromEmail, logIn, open, uniqueEmail } from "./helpers";

test.afterEach(closeAsPages);

// Eglė of the steering group imports organisations from a spreadsheet: the first file has two
// bad rows, which the preview shows with their reasons while nothing is written; she fixes
// the file, uploads it again and imports every row; the new organisations are in the partner
// directory. A file in a spreadsheet's own encoding is refused with the reason.
test("the steering group imports a CSV after fixing its two bad rows", async ({ browser }, info) => {
  const page = await as(browser, info, "egle");
  await page.setViewportSize({ width: 360, height: 740 });
  const suffix = `${info.project.name}-${Date.now()}`;
  const org = (n: string) => `${n} ${suffix}`;
  const upload = async (name: string, text: string | Buffer) => {
    await page.goto("/steering/import");
    await page.getByLabel("Ką importuojate").selectOption("organisations");
    await page.getByLabel("CSV failas").setInputFiles({
      name,
      mimeType: "text/csv",
      buffer: typeof text === "string" ? Buffer.from(text, "utf-8") : text,
    });
    await page.getByRole("button", { name: "Peržiūrėti" }).click();
    await expect(page).toHaveURL(/\/steering\/import(\/\d+)?/);
  };

  const bad =
    "name;sector;kind;offers\r\n" +
    `${org("Šančių bendruomenės dirbtuvės")};socialinis;ngo;medžiagos\r\n` +
    `${org("Kauno šokio studija")};šokis;cultural_institution;venue\r\n` +
    `;youth;ngo;\r\n`;
  await upload("tinklas.csv", "\ufeff" + bad);
  await expect(page).toHaveURL(/\/steering\/import\/\d+$/);
  await expect(page.getByTestId("import-summary")).toHaveText("Eilučių: 3, iš jų su problemomis: 2.");
  await expect(page.getByText("Stulpeliai atskirti kabliataškiais")).toBeVisible();
  await expect(page.getByText("baitų tvarkos žymė (BOM)")).toBeVisible();
  const rows = page.getByTestId("import-rows");
  await expect(rows.getByRole("row", { name: /^3 / })).toContainText("Nežinomas sektorius");
  await expect(rows.getByRole("row", { name: /^4 / })).toContainText("Trūksta pavadinimo");
  await expect(page.getByRole("button", { name: /Importuoti/ })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (isHydrated(info)) {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }

  // The same table from a spreadsheet saved in Windows-1257: refused, with what to do.
  await upload("tinklas-1257.csv", Buffer.from([...Buffer.from("name,sector,kind\n"), 0xd0, 0x61, 0x6e, 0xe8, 0x69, 0x61, 0x69, 0x2c, 0x73, 0x6f, 0x63, 0x69, 0x61, 0x6c, 0x2c, 0x6e, 0x67, 0x6f, 0x0a]));
  await expect(page.getByTestId("import-file-problem")).toContainText("Failas ne UTF-8 koduotės (klaida 2 eilutėje)");

  // Fixed: every row right, then imported at once.
  const good =
    "name,sector,kind,offers\n" +
    `${org("Šančių bendruomenės dirbtuvės")},social,ngo,materials\n` +
    `${org("Kauno šokio studija")},culture,cultural_institution,venue; mentoring\n` +
    `${org("Vilijampolės jaunimo klubas")},youth,ngo,\n`;
  await upload("tinklas.csv", good);
  await expect(page.getByTestId("import-summary")).toHaveText("Eilučių: 3, iš jų su problemomis: 0.");
  await page.getByRole("button", { name: "Importuoti visas 3 eilutes" }).click();
  await expect(page.getByTestId("import-done")).toContainText("Importuota eilučių: 3");
  await expect(page.getByRole("button", { name: /Importuoti/ })).toHaveCount(0);

  // In the directory, with what the file said.
  await page.goto("/partners?offer=mentoring");
  await page.getByRole("link", { name: org("Kauno šokio studija") }).click();
  await expect(page.getByRole("heading", { level: 1, name: org("Kauno šokio studija") })).toBeVisible();
  await expect(page.getByText("Mentorystė")).toBeVisible();
});

// Ten megabytes of junk get the form back with the reason, never a server error.
test("ten megabytes of junk are refused with a reason", async ({ browser }, info) => {
  const page = await as(browser, info, "egle");
  await page.goto("/steering/import");
  const junk = Buffer.alloc(10 * 1024 * 1024);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 251;
  await page.getByLabel("CSV failas").setInputFiles({ name: "junk.csv", mimeType: "text/csv", buffer: junk });
  await page.getByRole("button", { name: "Peržiūrėti" }).click();
  await expect(page).toHaveURL(/\/steering\/import\?problem=too_large$/);
  await expect(page.getByRole("alert")).toContainText("Failas per didelis");
});

// Eglė imports mentors: a new person gets an account attached to nothing but the role, and an
// e-mailed link to set their password; they set it, sign in and find themselves a mentor.
test("imported mentors set their own password through the e-mailed link", async ({ browser }, info) => {
  const page = await as(browser, info, "egle");
  const email = uniqueEmail("mentore", info);
  await page.goto("/steering/import");
  await page.getByLabel("Ką importuojate").selectOption("mentors");
  await page.getByLabel("CSV failas").setInputFiles({
    name: "mentoriai.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`name,email,expertise,capacity\nGintarė Mockutė,${email},"Pilietinis ugdymas, Viešasis kalbėjimas",2\n`, "utf-8"),
  });
  await page.getByRole("button", { name: "Peržiūrėti" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText("Eilučių: 1, iš jų su problemomis: 0.");
  await page.getByRole("button", { name: "Importuoti visas 1 eilutes" }).click();
  await expect(page.getByTestId("import-done")).toContainText("Importuota eilučių: 1");

  const mentor = await as(browser, info, null);
  const link = await linkFromEmail(email, "mentor_invitation", "/reset");
  await open(mentor, info, link);
  await mentor.getByLabel(/^Naujas slaptažodis/).fill("Mentore-Kaune-2026");
  await mentor.getByRole("button", { name: "Nustatyti slaptažodį" }).click();
  await expect(mentor).toHaveURL(/\/login\?reset=1$/);
  await logIn(mentor, info, email, "Mentore-Kaune-2026");
  await mentor.goto("/profile");
  await expect(mentor.getByLabel("Ekspertizė", { exact: true })).toHaveValue("Pilietinis ugdymas, Viešasis kalbėjimas");
});
