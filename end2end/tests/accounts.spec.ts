import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { as, closeAsPages, failOnPageErrors, isHydrated, logIn, open, registerAndConfirm, uniqueEmail } from "./helpers";

const PASSWORD = "Nemunas ir Neris 2026";

test.describe("accounts", () => {
  let errors: string[] = [];
  let allowed: RegExp[] = [];
  test.beforeEach(({ page }) => {
    errors = failOnPageErrors(page);
    allowed = [];
  });
  test.afterEach(() => {
    // Pages answering 401/403 are reported by the browser as failed resources.
    const unexpected = errors.filter((e) => !allowed.some((a) => a.test(e)));
    expect(unexpected, "the page logged errors").toEqual([]);
  });

  test("register, confirm from the email, log in, edit the profile, log out", async ({ page }, info) => {
    const email = uniqueEmail("lina", info);
    await registerAndConfirm(page, info, email, "Lina Jankauskaitė", PASSWORD);

    await logIn(page, info, email, PASSWORD);
    // A newcomer's start page says where to begin.
    await expect(page.getByTestId("start-first")).toBeVisible();
    await expect(page.getByTestId("user-name")).toHaveText("Lina Jankauskaitė");
    await page.getByTestId("account-toggle").click();
    await page.getByTestId("nav-profile").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mano profilis");

    await page.getByLabel("Trumpai apie save").fill("Noriu Vilijampolėje surengti kaimynų pusryčius prie Neries.");
    await page.getByLabel("Kultūra").check();
    await page.getByLabel("Gebėjimai", { exact: true }).fill("Maisto gaminimas, Fotografija");
    await page.getByLabel("Esu atviras(-a) prisijungti prie komandos").check();
    await page.getByRole("button", { name: "Išsaugoti profilį" }).click();
    await expect(page.getByText("Profilis išsaugotas.")).toBeVisible();
    await expect(page.getByLabel("Trumpai apie save")).toHaveValue(
      "Noriu Vilijampolėje surengti kaimynų pusryčius prie Neries.",
    );
    await expect(page.getByLabel("Kultūra")).toBeChecked();
    await expect(page.getByLabel("Gebėjimai", { exact: true })).toHaveValue("Fotografija, Maisto gaminimas");

    await page.getByTestId("account-toggle").click();
    await page.getByRole("button", { name: "Atsijungti" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "Prisijungti" })).toBeVisible();
    await open(page, info, "/profile");
    await expect(page.getByText("Šis puslapis skirtas prisijungusiems.")).toBeVisible();
    allowed.push(/status of 401/);
  });

  test("bad input is explained next to each field and nothing typed is lost", async ({ page }, info) => {
    await open(page, info, "/register");
    await page.getByLabel(/^El\. paštas/).fill("ne-pastas");
    await page.getByLabel("Vardas, rodomas kitiems").fill("L");
    await page.getByLabel(/^Slaptažodis/).fill("trumpas");
    await page.getByLabel("Gimimo metai").fill(String(new Date().getFullYear() - 10));
    await page.getByRole("button", { name: "Registruotis" }).click();
    await expect(page.getByText("Įrašykite el. pašto adresą, pvz., vardas@pastas.lt.")).toBeVisible();
    await expect(page.getByText("Vardas turi būti nuo 2 iki 60 simbolių.")).toBeVisible();
    await expect(page.getByText(/Slaptažodis turi būti bent 10 simbolių/)).toBeVisible();
    await expect(page.getByText(/Jaunesniems nei 14 metų reikia tėvų ar globėjų el. pašto/)).toBeVisible();
    await expect(page.getByLabel(/^El\. paštas/)).toHaveValue("ne-pastas");
    await expect(page.getByLabel(/^El\. paštas/)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Vardas, rodomas kitiems")).toHaveValue("L");
    // The page comes back with the first field that needs attention focused (autofocus),
    // with or without JavaScript.
    await expect(page.getByLabel(/^El\. paštas/)).toBeFocused();
  });

  test("a participant is refused the administration page", async ({ page }, info) => {
    allowed.push(/status of 403/);
    await logIn(page, info, "ruta@santaka.test", "ruta-demo-2026");
    const response = await open(page, info, "/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByText("Šiam veiksmui neturite teisių.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Administravimas" })).toHaveCount(0);
  });

  test("the steering group grants the mentor role and the new mentor sees the badge", async ({ page, context }, info) => {
    const email = uniqueEmail("tomas", info);
    const name = `Tomas ${info.project.name}`;
    await registerAndConfirm(page, info, email, name, PASSWORD);

    await logIn(page, info, "egle@santaka.test", "egle-demo-2026");
    await page.getByTestId("account-toggle").click();
    await page.getByRole("link", { name: "Administravimas" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administravimas");
    await page.getByLabel("Ieškoti žmonių").fill(name);
    await page.getByRole("button", { name: "Ieškoti" }).click();
    const row = page.locator(`[data-person="${name}"]`);
    await expect(row).toHaveCount(1);
    await row.getByRole("button", { name: `Suteikti: Mentorius – ${name}` }).click();
    await expect(page.locator(`[data-person="${name}"] [data-role="mentor"]`)).toBeVisible();
    await expect(
      page.locator(`[data-person="${name}"]`).getByRole("button", { name: `Atimti: Mentorius – ${name}` }),
    ).toBeVisible();
    await page.getByTestId("account-toggle").click();
    await page.getByRole("button", { name: "Atsijungti" }).click();
    await expect(page).toHaveURL(/\/$/);

    await context.clearCookies();
    await logIn(page, info, email, PASSWORD);
    await expect(page.locator(".user-menu [data-role='mentor']")).toHaveText("Mentorius");
    await expect(page.getByRole("heading", { name: /^Kur manęs reikia/ })).toBeVisible();
    await open(page, info, "/profile");
    await expect(page.getByRole("heading", { name: "Mentoriaus informacija" })).toBeVisible();
  });

  test("the language switch works on the profile page", async ({ page }, info) => {
    await logIn(page, info, "aiste@santaka.test", "aiste-demo-2026");
    await open(page, info, "/profile");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mano profilis");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My profile");
    await expect(page.getByLabel("A short bio")).toBeVisible();
    await expect(page).toHaveURL(/\/profile$/);
    await page.getByRole("link", { name: "Lietuvių" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mano profilis");
  });

  test("the people directory shows mentors and partner organisations", async ({ page }, info) => {
    await open(page, info, "/people");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Žmonės");
    await expect(page.getByRole("link", { name: "Aistė Vaitkienė" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Žaliakalnio kūrybinės dirbtuvės" })).toBeVisible();
  });

  for (const path of ["/register", "/login", "/profile", "/admin", "/people"]) {
    test(`${path} has no accessibility violations and fits a phone`, async ({ page: visitor, browser }, info) => {
      test.skip(!isHydrated(info), "axe needs JavaScript in the page");
      // The signed-in pages reuse the steering member's session (sign-ins are rate limited).
      const page = path === "/profile" || path === "/admin" ? await as(browser, info, "egle") : visitor;
      await page.setViewportSize({ width: 360, height: 740 });
      await open(page, info, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      await closeAsPages();
    });
  }
});
