import { Browser, expect, Page, TestInfo } from "@playwright/test";

export const isHydrated = (info: TestInfo) => info.project.name === "hydrated";

/** Fails the test on any uncaught error or console error in the page (a failed hydration shows as one). */
export function failOnPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** Opens a page; in the hydrated project, waits until the WASM bundle has taken over. */
export async function open(page: Page, info: TestInfo, url: string) {
  const response = await page.goto(url);
  if (isHydrated(info)) {
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  }
  return response;
}

// Without SMTP the server writes every email to its log; the Playwright config sends that log
// to the database folder, and these helpers read links from it as a person would from a mailbox.
import * as fs from "node:fs";
import * as path from "node:path";

export const dbDir = process.env.SANTAKA_E2E_DB_DIR ?? path.resolve(__dirname, "../../target/e2e-data");
const logFile = path.join(dbDir, "server.log");
/** The server binary the Playwright config starts (its `digest` command runs against the same database). */
export const serverBin = process.env.SANTAKA_SERVER_BIN ?? path.resolve(__dirname, "../../target/release/server");

/** The link in the newest email of `kind` to `email`, waiting a few seconds for the sender. */
export async function linkFromEmail(email: string, kind: string, linkPath: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${linkPath.replace("/", "\\/")}\\?token=[A-Za-z0-9_-]+`);
  for (let attempt = 0; attempt < 50; attempt++) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "";
    const messages = log.split("email to ").reverse();
    for (const message of messages) {
      if (message.startsWith(`${email} (${kind})`)) {
        const link = message.match(pattern);
        if (link) return link[0];
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${kind} email with a ${linkPath} link to ${email} in ${logFile}`);
}

/** A unique address per project and run, so both projects register their own people. */
export function uniqueEmail(name: string, info: TestInfo): string {
  return `${name}-${info.project.name}-${Date.now()}@kaunas.test`;
}

/** Signs in through the form; everyone lands on their start page, My Santaka. */
export async function logIn(page: Page, info: TestInfo, email: string, password: string) {
  await open(page, info, "/login");
  await page.getByLabel(/^El\. paštas/).fill(email);
  await page.getByLabel(/^Slaptažodis/).fill(password);
  await page.getByRole("button", { name: "Prisijungti" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mano Santaka");
  if (isHydrated(info)) {
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  }
}

/** Registers and confirms an account through the emailed link (which signs in), then signs out. */
export async function registerAndConfirm(page: Page, info: TestInfo, email: string, name: string, password: string) {
  await open(page, info, "/register");
  await page.getByLabel(/^El\. paštas/).fill(email);
  await page.getByLabel("Vardas, rodomas kitiems").fill(name);
  await page.getByLabel(/^Slaptažodis/).fill(password);
  await page.getByRole("button", { name: "Registruotis" }).click();
  await expect(page).toHaveURL(/\/register\/sent$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Patikrinkite el. paštą");
  const link = await linkFromEmail(email, "verify_email", "/confirm");
  await open(page, info, link);
  await page.getByRole("button", { name: "Patvirtinti el. paštą" }).click();
  // The link signs the person in, on their start page; the helper leaves them signed out.
  await expect(page).toHaveURL(/\/me\?confirmed=1$/);
  await expect(page.getByText("El. paštas patvirtintas, jūs prisijungę. Sveiki atvykę į Santaką!")).toBeVisible();
  await page.context().clearCookies();
}

// Each demo person signs in once per project for the whole run (the server allows 30 sign-ins
// per address in five minutes, and the whole suite runs from one address); later tests, in
// any spec file, reuse the session.
const sessions = new Map<string, Awaited<ReturnType<Page["context"]>["storageState"]>>();
/** Pages opened through `as`, closed by `closeAsPages`. */
export const asPages: Page[] = [];
/** Errors logged by any page opened through `as`; a failed hydration shows as one. */
export const pageErrors: string[] = [];

/** A new browser context signed in as the demo account `who` (or anonymous for null). */
export async function as(browser: Browser, info: TestInfo, who: string | null): Promise<Page> {
  const options = {
    baseURL: info.project.use.baseURL,
    locale: "lt-LT",
    javaScriptEnabled: isHydrated(info),
  };
  const key = `${info.project.name}:${who}`;
  const context = await browser.newContext(
    who && sessions.has(key) ? { ...options, storageState: sessions.get(key) } : options,
  );
  if (who && !sessions.has(key)) {
    const response = await context.request.post("/api/login", {
      form: { email: `${who}@santaka.test`, password: `${who}-demo-2026` },
      headers: { accept: "application/json" },
    });
    expect(response.status(), `sign-in of ${who}`).toBe(200);
    sessions.set(key, await context.storageState());
  }
  const page = await context.newPage();
  page.on("pageerror", (err) => pageErrors.push(`${who}: pageerror: ${err.message}`));
  page.on("console", (msg) => {
    // A live-update connection a story cuts on purpose is not a page error, nor are the map
    // tiles the tests have no server for, nor a server function's refusal of bad input (422)
    // that the page shows as a message.
    const url = msg.location().url;
    const refusal = /status of 422/.test(msg.text()) && url.includes("/api/");
    if (msg.type() === "error" && !url.includes("/live/teams/") && !url.startsWith("http://127.0.0.1:9/") && !refusal) {
      pageErrors.push(`${who}: console: ${msg.text()}`);
    }
  });
  asPages.push(page);
  return page;
}

/** Closes the pages `as` opened and fails on any error they logged. */
export async function closeAsPages() {
  for (const page of asPages.splice(0)) await page.context().close();
  expect(pageErrors.splice(0), "the pages logged errors").toEqual([]);
}

/** Posts form fields (repeated keys allowed) to a server function as the page's person. */
export async function api(page: Page, name: string, pairs: [string, string][]): Promise<string> {
  const body = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
  const response = await page.request.post(`/api/${name}`, {
    data: body,
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
  });
  const text = await response.text();
  expect(response.status(), `${name}: ${text}`).toBe(200);
  return text;
}
