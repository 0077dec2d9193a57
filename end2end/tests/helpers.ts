import { expect, Page, TestInfo } from "@playwright/test";

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
