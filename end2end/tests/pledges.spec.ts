import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { as, closeAsPages, isHydrated, open } from "./helpers";

// Partners back ideas: the demo partner pledges money to one of Rūta's ideas, she accepts it,
// and anyone sees who backs the idea and which of its needs are met. Each project takes one of
// her ideas, so the two runs do not meet.
test.afterEach(async () => {
  await closeAsPages();
});

test("a partner pledges money, the team accepts, and the idea shows who backs it", async ({ browser }, info) => {
  const idea = isHydrated(info) ? "Kiemų kinas Šilainiuose" : "Tuščios vitrinos – jaunųjų menininkų galerijos centre";
  const amount = isHydrated(info) ? "250" : "180";

  const mindaugas = await as(browser, info, "mindaugas");
  await open(mindaugas, info, `/ideas?q=${encodeURIComponent(idea.split(" ")[0])}`);
  const href = (await mindaugas.locator(".idea-card-title a", { hasText: idea }).first().getAttribute("href"))!;
  const path = href.replace(/[?#].*$/, "");
  await open(mindaugas, info, path);
  const backing = mindaugas.locator("#backing");
  await backing.getByText(/^Pasiūlyti paramą/).click();
  // A wrong amount is refused with its reason, and nothing is lost.
  await backing.getByLabel("Ką siūlote").selectOption({ label: "Lėšos" });
  await backing.getByLabel(/^Suma eurais/).fill("du šimtai");
  await backing.getByLabel(/^Pastaba/).fill(`Filmų licencijoms ir afišoms (${info.project.name})`);
  await backing.getByRole("button", { name: "Siųsti pasiūlymą" }).click();
  await expect(mindaugas.locator("#backing").getByLabel(/^Pastaba/)).toHaveValue(/Filmų licencijoms/);
  await mindaugas.locator("#backing").getByLabel(/^Suma eurais/).fill(amount);
  await mindaugas.locator("#backing").getByRole("button", { name: "Siųsti pasiūlymą" }).click();
  await expect(mindaugas.getByText("Pasiūlymas išsiųstas komandai.")).toBeVisible();

  // Rūta, who leads the team, accepts it.
  const ruta = await as(browser, info, "ruta");
  await open(ruta, info, path);
  const offer = ruta.getByTestId("pledge-offers").locator("li.pledge", { hasText: `${amount} €` });
  await offer.getByRole("button", { name: /^Priimti/ }).click();
  await expect(ruta.getByText("Parama priimta; ji rodoma prie idėjos.")).toBeVisible();

  // Anyone sees the backing.
  const visitor = await as(browser, info, null);
  await open(visitor, info, path);
  await expect(visitor.getByTestId("backed-by")).toContainText(`${amount} €`);
  await expect(visitor.getByTestId("backed-by")).toContainText("Žaliakalnio kūrybinės dirbtuvės");
  if (isHydrated(info)) {
    await expect(visitor.getByTestId("needs-met").locator("li", { hasText: "Lėšos" })).toContainText("paremta");
    const results = await new AxeBuilder({ page: visitor }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});
